// Draws a chart's SVG onto a canvas and returns PNG bytes, for the Word export (Word and WPS show PNG
// everywhere; SVG only in recent versions). Text styles are written into the SVG, which has no page CSS.
import type { ChartImage } from './exportDocx.ts';

const STYLE =
  '<style>text{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;font-size:11px;fill:#333}line.axis{stroke:#999}</style>';

export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<ChartImage> {
  const styled = svg.replace(/^(<svg[^>]*>)/, `$1${STYLE}`);
  const url = URL.createObjectURL(new Blob([styled], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const img = new Image();
    img.decoding = 'sync';
    await new Promise<void>((resolve, reject) => {
      img.onload = () => resolve();
      img.onerror = () => reject(new Error('chart image could not be drawn'));
      img.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * scale;
    canvas.height = height * scale;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
    return { data: new Uint8Array(await blob.arrayBuffer()), width: canvas.width, height: canvas.height };
  } finally {
    URL.revokeObjectURL(url);
  }
}
