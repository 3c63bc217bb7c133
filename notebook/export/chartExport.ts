// Each chart as a standalone SVG file (styles inlined) and as a PNG at twice its size.
import { download, safeFileName } from './download.ts';

/** The chart styles, inlined so the file looks the same outside the page. */
const CHART_STYLE = `
  text { font-family: "Noto Sans CJK SC", "Noto Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif; fill: #333; }
  .tick { font-size: 11px; fill: #555; } .unit, .legend { font-size: 11px; fill: #333; }
  .grid { stroke: #e5e5e5; stroke-width: 1; } .axis { stroke: #888; stroke-width: 1; }
`;

export function standaloneSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = CHART_STYLE;
  const bg = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  bg.setAttribute('width', '100%');
  bg.setAttribute('height', '100%');
  bg.setAttribute('fill', '#fff');
  clone.prepend(style, bg);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
}

export function exportSvg(svg: SVGSVGElement, name: string): void {
  download(`${safeFileName(name)}.svg`, standaloneSvg(svg), 'image/svg+xml;charset=utf-8');
}

export async function svgToPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = standaloneSvg(svg);
  const w = Number(svg.getAttribute('width')) || svg.viewBox.baseVal.width;
  const h = Number(svg.getAttribute('height')) || svg.viewBox.baseVal.height;
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
