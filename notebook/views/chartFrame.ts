// A chart with its title and the export buttons (SVG, PNG) that every chart carries.
import { exportPng, exportSvg } from '../export/chartExport.ts';
import type { Translate } from '../i18n/t.ts';

/** `fileName` may be a function, for a frame whose chart is redrawn in place (its name read at export). */
export function chartFrame(
  svgMarkup: string,
  fileName: string | (() => string),
  t: Translate,
  caption?: string,
): HTMLElement {
  const name = () => (typeof fileName === 'function' ? fileName() : fileName);
  const figure = document.createElement('figure');
  figure.className = 'chart';
  figure.innerHTML = svgMarkup;
  const bar = document.createElement('div');
  bar.className = 'chart-tools';
  const label = document.createElement('span');
  label.textContent = t('export.chart');
  const svgBtn = document.createElement('button');
  svgBtn.type = 'button';
  svgBtn.textContent = t('export.svg');
  svgBtn.className = 'small';
  const pngBtn = document.createElement('button');
  pngBtn.type = 'button';
  pngBtn.textContent = t('export.png');
  pngBtn.className = 'small';
  const svg = () => figure.querySelector('svg') as SVGSVGElement;
  svgBtn.addEventListener('click', () => exportSvg(svg(), name()));
  pngBtn.addEventListener('click', () => void exportPng(svg(), name()));
  bar.append(label, svgBtn, pngBtn);
  if (caption) {
    const cap = document.createElement('figcaption');
    cap.textContent = caption;
    figure.append(cap);
  }
  figure.append(bar);
  return figure;
}
