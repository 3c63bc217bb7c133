// Targets from a table planners fill in (CSV or .xlsx): the folder's API.

export { decodeText, type TextEncoding } from './decodeText.ts';
export { kindWord } from './kindWord.ts';
export { type ColumnKey, PLAN_TABLE_COLUMNS } from './planTableColumns.ts';
export { planTemplateCsv, planTemplateRows } from './planTemplate.ts';
export { planTemplateXlsx } from './planTemplateXlsx.ts';
export { readPlanTable } from './readPlanTable.ts';
export { readPlanTableRows } from './readPlanTableRows.ts';
export { readPlanXlsx } from './readPlanXlsx.ts';
export { firstSheetText, isZip, readXlsxSheets, type XlsxSheet } from './readXlsxSheets.ts';
export { tableIssueMessage, tableIssueText } from './tableIssueMessage.ts';
export type { PlanTableResult, TableIssue, TableIssueCode, TableTarget } from './tableTypes.ts';
