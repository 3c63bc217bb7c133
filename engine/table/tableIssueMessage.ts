// A table reader's issue as a catalogue message: where in the sheet, then what is wrong. The words are in
// the engine's one catalogue (engine/report/messages/tableMessages.ts); the reader returns only codes.

import '../report/messages/tableMessages.ts';
import type { CellErrorCode } from '../actuals/parseNumberCell.ts';
import type { Lang } from '../report/lang.ts';
import { type Message, msg } from '../report/messages/message.ts';
import { renderMessage } from '../report/messages/render.ts';
import { PLAN_TABLE_COLUMNS } from './planTableColumns.ts';
import type { TableIssue } from './tableTypes.ts';

const header = (key: string) => PLAN_TABLE_COLUMNS.find((c) => c.key === key)?.header ?? key;

function whereMessage(i: TableIssue): Message | null {
  if (i.row === null) return null;
  if (i.column === null) return msg('table.where.row', { row: i.row });
  return i.columnName
    ? msg('table.where.cellNamed', { row: i.row, column: i.column, columnName: i.columnName })
    : msg('table.where.cell', { row: i.row, column: i.column });
}

/** A number cell's reason in words ("数字后有多余文字“a”"), not its code. */
function detailMessage(i: TableIssue): Message | string {
  if ((i.code !== 'bad-number' && i.code !== 'bad-base') || i.detail === undefined) return i.detail ?? '';
  return msg(`actuals.${i.detail as CellErrorCode}`, { text: i.detailText ?? '' });
}

export function tableIssueMessage(i: TableIssue): Message {
  const plainNumber = i.detail === 'notNumber';
  const code =
    i.code === 'bad-number' && plainNumber
      ? 'table.not-a-number'
      : i.code === 'bad-base' && plainNumber
        ? 'table.bad-base.plain'
        : `table.${i.code}`;
  const what = msg(code as `table.${TableIssue['code']}`, {
    value: i.value ?? '',
    detail: detailMessage(i),
    nameColumn: header('name'),
    valueColumn: header('value'),
  });
  const where = whereMessage(i);
  return where === null ? what : msg('text.pair', { a: where, b: what });
}

/** The issue in one language, for the CLI's stderr and the page's notices. */
export function tableIssueText(i: TableIssue, lang: Lang = 'zh'): string {
  return renderMessage(lang, tableIssueMessage(i));
}
