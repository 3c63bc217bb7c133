// Each chart as a standalone SVG file (styles inlined) and as a PNG at twice its size, its title written
// above it: a file of it alone had named its indicator only in the file's name.
import { download, safeFileName } from './download.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
/** The band above the chart that holds its title. */
const TITLE_H = 24;

/** The chart styles, inlined so the file looks the same outside the page. */
const CHART_STYLE = `
  text { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; fill: #333; }
  .tick { font-size: 11px; fill: #555; } .unit, .legend { font-size: 11px; fill: #333; }
  .grid { stroke: #e5e5e5; stroke-width: 1; } .axis { stroke: #888; stroke-width: 1; }
  .chart-title { font-size: 13px; font-weight: 600; fill: #222; }
`;

/** The chart as a file: white, its styles inlined, its title (the SVG's own <title>) above it. */
function standalone(svg: SVGSVGElement): { text: string; width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const chartH = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
  const title = svg.querySelector('title')?.textContent?.trim() ?? '';
  const height = chartH + (title ? TITLE_H : 0);
  const outer = document.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('xmlns', SVG_NS);
  outer.setAttribute('width', String(width));
  outer.setAttribute('height', String(height));
  outer.setAttribute('viewBox', `0 0 ${width} ${height}`);
  const style = document.createElementNS(SVG_NS, 'style');
  style.textContent = CHART_STYLE;
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#fff');
  outer.append(style, bg);
  if (title) {
    const heading = document.createElementNS(SVG_NS, 'text');
    heading.setAttribute('class', 'chart-title');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', '17');
    heading.textContent = title;
    outer.append(heading);
  }
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('x', '0');
  clone.setAttribute('y', String(title ? TITLE_H : 0));
  outer.append(clone);
  return {
    text: `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(outer)}`,
    width,
    height,
  };
}

export function standaloneSvg(svg: SVGSVGElement): string {
  return standalone(svg).text;
}

export function exportSvg(svg: SVGSVGElement, name: string): void {
  download(`${safeFileName(name)}.svg`, standaloneSvg(svg), 'image/svg+xml;charset=utf-8');
}

export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const { text, width: w, height: h } = standalone(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.width = w;
    img.height = h;
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('the chart could not be rendered as an image'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(w * scale);
    canvas.height = Math.round(h * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, w, h);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export async function exportPng(svg: SVGSVGElement, name: string): Promise<void> {
  download(`${safeFileName(name)}.png`, await svgToPngBlob(svg));
}
