// The report's tables as an Excel workbook (.xlsx): the verdict table with numbers as numbers (rounded as
// shown, units in their own columns, the same cells as the CSV), the counts by status, and the base-year
// values still missing as a data request to fill in (it reads back as actuals). `exceljs` is loaded only
// when a planner exports.
import '../i18n/reportMessages.ts';
import type { Evaluation } from '../../engine/index.ts';
import { evaluationTable, listedStatuses, statusLabel } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import type { ReportDoc } from './reportDocument.ts';

export async function reportXlsx(
  ev: Evaluation,
  lang: Lang,
  baseNeeds: { fields: string[]; data: (string | null)[][] } | null = null,
  sources: readonly { target: string; figure: string; source: string }[] = [],
  settings: ReportDoc['settings'] | null = null,
): Promise<Blob> {
  const mod = await import('exceljs');
  const ExcelJS = (mod as unknown as { default?: typeof mod }).default ?? mod;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'planpath';
  const { fields, data } = evaluationTable(ev, lang);
  const sheet = wb.addWorksheet(t(lang, 'rep.sheet.verdicts'), {
    views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }],
  });
  sheet.addRow(fields);
  // A workbook's text cells are text: "+0.2个百分点/年" or a note beginning with "=" is never run as a formula
  // (the CSV, which a spreadsheet parses, guards its own). A leading apostrophe had shown in Excel as typed.
  for (const r of data) sheet.addRow(r);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'middle' };
  sheet.columns.forEach((col, i) => {
    col.width = i === 1 ? 36 : Math.max(10, Math.min(18, (fields[i]?.length ?? 8) * 2));
  });
  const counts = wb.addWorksheet(t(lang, 'rep.sheet.summary'));
  counts.addRow([t(lang, 'col.status'), t(lang, 'report.count')]);
  for (const s of listedStatuses(ev.summary.counts))
    counts.addRow([statusLabel(s, lang), ev.summary.counts[s]]);
  counts.getRow(1).font = { bold: true };
  counts.getColumn(1).width = 20;
  if (baseNeeds) {
    const needs = wb.addWorksheet(t(lang, 'rep.sheet.baseNeeds'), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    needs.addRow(baseNeeds.fields);
    for (const r of baseNeeds.data) needs.addRow(r);
    needs.getRow(1).font = { bold: true };
    [36, 10, 12, 80].forEach((w, i) => {
      needs.getColumn(i + 1).width = w;
    });
  }
  if (sources.length) {
    const src = wb.addWorksheet(t(lang, 'rep.sheet.sources'), { views: [{ state: 'frozen', ySplit: 1 }] });
    src.addRow([
      t(lang, 'rep.sources.col.target'),
      t(lang, 'rep.sources.col.figure'),
      t(lang, 'rep.sources.col.source'),
    ]);
    for (const r of sources) src.addRow([r.target, r.figure, r.source]);
    src.getRow(1).font = { bold: true };
    [36, 30, 100].forEach((w, i) => {
      src.getColumn(i + 1).width = w;
    });
  }
  if (settings) {
    // What reproduces the numbers: the settings apart from the plan's defaults, the run, the link.
    const set = wb.addWorksheet(t(lang, 'rep.sheet.settings'));
    set.addRow([settings.intro]);
    set.addRow([
      t(lang, 'rep.settings.col.setting'),
      t(lang, 'rep.settings.col.value'),
      t(lang, 'rep.settings.col.default'),
    ]).font = { bold: true };
    for (const r of settings.rows) set.addRow([r.setting, r.value, r.planDefault]);
    for (const note of settings.notes) set.addRow([note]);
    if (settings.run) set.addRow([settings.run]);
    if (settings.url) set.addRow([t(lang, 'rep.settings.link', { link: settings.url })]);
    [40, 24, 24].forEach((w, i) => {
      set.getColumn(i + 1).width = w;
    });
  }
  const buffer = await wb.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
