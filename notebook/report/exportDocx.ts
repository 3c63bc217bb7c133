// The report as a Word document (.docx, opens in Word and WPS): a cover, the summary, a chart per target
// (PNG drawn from the page's SVG), the verdict table on landscape pages with its header repeated on every
// page, methods, notes and the planner's cells, page numbers in the footer. `docx` is loaded only when a
// planner exports.

import { columnWidths } from './columnWidths.ts';
import { headerLines } from './headerLines.ts';
import { FIGURE_COLUMNS, type ReportDoc } from './reportDocument.ts';

/** A chart as PNG bytes with its size in pixels. */
export interface ChartImage {
  data: Uint8Array;
  width: number;
  height: number;
}

const FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', eastAsia: 'SimHei' };

/** `cellImages[i][j]`: the j-th chart of the report's i-th planner cell. */
export async function reportDocx(
  doc: ReportDoc,
  images: readonly (ChartImage | null)[],
  cellImages: readonly (readonly (ChartImage | null)[])[] = [],
): Promise<Blob> {
  const d = await import('docx');
  const { AlignmentType, HeadingLevel, PageOrientation, Paragraph, TextRun, WidthType } = d;
  const zh = doc.lang === 'zh';
  const para = (
    text: string,
    opts: { bold?: boolean; size?: number; keepNext?: boolean; center?: boolean } = {},
  ) =>
    new Paragraph({
      keepNext: opts.keepNext ?? false,
      alignment: opts.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      spacing: { after: 120, line: 360 },
      children: [new TextRun({ text, bold: opts.bold ?? false, size: opts.size ?? 24, font: FONT })],
    });
  const heading = (text: string, level: 1 | 2 = 1) =>
    new Paragraph({
      heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
      keepNext: true,
      keepLines: true,
      spacing: { before: 240, after: 120 },
      children: [new TextRun({ text, bold: true, size: level === 1 ? 30 : 26, font: HEADING_FONT })],
    });
  const footer = new d.Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            font: FONT,
            size: 18,
            children: zh ? ['第 ', d.PageNumber.CURRENT, ' 页'] : ['Page ', d.PageNumber.CURRENT],
          }),
        ],
      }),
    ],
  });

  // Cover: the title, then plan, issuer, 编制单位, scenario, data as of, date, as a borderless table.
  const none = { style: d.BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = {
    top: none,
    bottom: none,
    left: none,
    right: none,
    insideHorizontal: none,
    insideVertical: none,
  };
  const cover = [
    new Paragraph({ spacing: { before: 2400 }, children: [] }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: doc.titleLines[0], bold: true, size: 36, font: HEADING_FONT })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 1200 },
      children: [new TextRun({ text: doc.titleLines[1], bold: true, size: 44, font: HEADING_FONT })],
    }),
    new d.Table({
      width: { size: 7600, type: WidthType.DXA },
      columnWidths: [2500, 5100],
      layout: d.TableLayoutType.FIXED,
      alignment: AlignmentType.CENTER,
      borders: noBorders,
      rows: doc.cover.map(
        (c) =>
          new d.TableRow({
            children: [
              new d.TableCell({
                width: { size: 2500, type: WidthType.DXA },
                children: [para(`${c.label}${zh ? '：' : ':'}`, { bold: true, size: 28 })],
              }),
              new d.TableCell({
                width: { size: 5100, type: WidthType.DXA },
                children: [para(c.value, { size: 28 })],
              }),
            ],
          }),
      ),
    }),
  ];

  const body: InstanceType<typeof Paragraph>[] = [heading(doc.headings.summary)];
  for (const p of doc.summary) body.push(para(p));
  for (const a of doc.attention)
    body.push(
      new Paragraph({
        bullet: { level: 0 },
        spacing: { after: 80 },
        children: [new TextRun({ text: a, size: 24, font: FONT })],
      }),
    );
  if (doc.charts.length > 0) {
    body.push(heading(doc.headings.charts), para(doc.chartLegend, { size: 20 }));
    doc.charts.forEach((c, i) => {
      const img = images[i];
      // Caption, picture and status stay together on one page.
      body.push(para(c.caption, { bold: true, keepNext: true, size: 22 }));
      if (img) {
        const w = 600;
        body.push(
          new Paragraph({
            keepNext: true,
            alignment: AlignmentType.CENTER,
            children: [
              new d.ImageRun({
                type: 'png',
                data: img.data,
                transformation: { width: w, height: Math.round((w * img.height) / img.width) },
              }),
            ],
          }),
        );
      }
      body.push(para(c.status, { size: 22 }));
    });
  }

  // The verdict table, landscape, header row repeated, rows never split across pages.
  const widths = columnWidths(doc.table.header, doc.table.rows);
  const TABLE_TWIPS = 15000;
  const cell = (text: string, bold: boolean, w: number, right: boolean) =>
    new d.TableCell({
      width: { size: Math.round(w * TABLE_TWIPS), type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 60, right: 60 },
      children: [
        new Paragraph({
          alignment: right ? AlignmentType.RIGHT : AlignmentType.LEFT,
          // A header in its printed lines (headerLines); a cell's text as it is.
          children: (bold ? headerLines(text) : [text]).map(
            (line, i) =>
              new TextRun({
                text: line,
                bold,
                size: 16,
                font: bold ? HEADING_FONT : FONT,
                break: i > 0 ? 1 : 0,
              }),
          ),
        }),
      ],
    });
  const table = new d.Table({
    width: { size: TABLE_TWIPS, type: WidthType.DXA },
    columnWidths: widths.map((w) => Math.round(w * TABLE_TWIPS)),
    layout: d.TableLayoutType.FIXED,
    rows: [
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: doc.table.header.map((h, c) => cell(h, true, widths[c]!, false)),
      }),
      ...doc.table.rows.map(
        (r) =>
          new d.TableRow({
            cantSplit: true,
            children: r.map((v, c) => cell(v, false, widths[c]!, FIGURE_COLUMNS.has(doc.table.keys[c]!))),
          }),
      ),
    ],
  });
  const tableSection = [heading(doc.headings.table), table];

  const tail: InstanceType<typeof Paragraph>[] = [heading(doc.headings.methods)];
  for (const m of doc.methods) tail.push(para(m, { size: 22 }));
  tail.push(heading(doc.headings.notes));
  if (doc.notes.length === 0) tail.push(para(zh ? '（无）' : '(none)'));
  for (const n of doc.notes) {
    if (n.title) tail.push(para(n.title, { bold: true, keepNext: true }));
    for (const line of n.text.split(/\n+/)) tail.push(para(line));
  }
  // The planner's cells: a heading each, the formula or caption, the medians table, the charts.
  const tailBlocks: (InstanceType<typeof Paragraph> | InstanceType<typeof d.Table>)[] = [...tail];
  if (doc.cells.length) tailBlocks.push(heading(doc.headings.cells));
  const PORTRAIT_TWIPS = 9000;
  doc.cells.forEach((b, i) => {
    tailBlocks.push(heading(b.title, 2));
    for (const line of b.lines) tailBlocks.push(para(line, { size: 22 }));
    if (b.table) {
      const cols = b.table.header.length;
      const first = Math.min(0.34, 2 / (cols + 1));
      const w = b.table.header.map((_, c) => (c === 0 ? first : (1 - first) / Math.max(1, cols - 1)));
      tailBlocks.push(
        new d.Table({
          width: { size: PORTRAIT_TWIPS, type: WidthType.DXA },
          columnWidths: w.map((x) => Math.round(x * PORTRAIT_TWIPS)),
          layout: d.TableLayoutType.FIXED,
          rows: [
            new d.TableRow({
              tableHeader: true,
              cantSplit: true,
              children: b.table.header.map((h, c) =>
                cell(h, true, (w[c]! * PORTRAIT_TWIPS) / TABLE_TWIPS, c > 0),
              ),
            }),
            ...b.table.rows.map(
              (r) =>
                new d.TableRow({
                  cantSplit: true,
                  children: r.map((v, c) => cell(v, false, (w[c]! * PORTRAIT_TWIPS) / TABLE_TWIPS, c > 0)),
                }),
            ),
          ],
        }),
        para('', { size: 12 }),
      );
    }
    b.charts.forEach((c, j) => {
      const img = cellImages[i]?.[j];
      tailBlocks.push(para(c.caption, { bold: true, keepNext: true, size: 22 }));
      if (img) {
        const w = 560;
        tailBlocks.push(
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [
              new d.ImageRun({
                type: 'png',
                data: img.data,
                transformation: { width: w, height: Math.round((w * img.height) / img.width) },
              }),
            ],
          }),
        );
      }
    });
  });
  // The appendices after the body, as the printed report has them: sources, then settings.
  if (doc.sources.length) {
    tailBlocks.push(heading(doc.headings.sources));
    for (const r of doc.sources)
      tailBlocks.push(para(`${r.target} · ${r.figure}${zh ? '：' : ': '}${r.source}`, { size: 20 }));
  }
  tailBlocks.push(heading(doc.headings.settings), para(doc.settings.intro));
  for (const r of doc.settings.rows)
    tailBlocks.push(
      para(
        `${r.setting}${zh ? '：' : ': '}${r.value}${zh ? '（规划默认 ' : ' (plan default '}${r.planDefault}${zh ? '）' : ')'}`,
        { size: 20 },
      ),
    );
  for (const note of doc.settings.notes) tailBlocks.push(para(note, { size: 20 }));
  if (doc.settings.run) tailBlocks.push(para(doc.settings.run, { size: 20 }));
  if (doc.settings.link) tailBlocks.push(para(doc.settings.link, { size: 18 }));
  if (doc.noData) {
    tailBlocks.push(heading(doc.headings.noData), para(doc.noData.intro, { size: 20 }));
    for (const line of doc.noData.lines) tailBlocks.push(para(line, { size: 18 }));
  }
  if (doc.baseNeeds) {
    tailBlocks.push(heading(doc.headings.baseNeeds), para(doc.baseNeeds.intro, { size: 22 }));
    for (const line of doc.baseNeeds.lines) tailBlocks.push(para(line, { size: 18 }));
  }

  const portrait = { page: { margin: { top: 1440, bottom: 1440, left: 1440, right: 1440 } } };
  const landscape = {
    page: {
      size: { orientation: PageOrientation.LANDSCAPE },
      margin: { top: 1000, bottom: 1000, left: 900, right: 900 },
    },
  };
  const document = new d.Document({
    creator: 'planpath',
    title: doc.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      { properties: portrait, footers: { default: footer }, children: cover },
      { properties: portrait, footers: { default: footer }, children: body },
      // No actuals, no verdict table: its landscape page is left out, not printed empty.
      ...(doc.table.rows.length > 0
        ? [{ properties: landscape, footers: { default: footer }, children: tableSection }]
        : []),
      { properties: portrait, footers: { default: footer }, children: tailBlocks },
    ],
  });
  return d.Packer.toBlob(document);
}
