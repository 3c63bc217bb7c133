// A message of the target extractor (engine/extract/) as a catalogue message, for the CLI and the page's
// import section. The words are in engine/report/messages/extractMessages.ts.
import './messages/extractMessages.ts';
import type { ExtractMessage } from '../extract/extractTypes.ts';
import { tableIssueMessage } from '../table/tableIssueMessage.ts';
import { megabytes } from './megabytes.ts';
import { type Message, msg, num } from './messages/message.ts';

export function extractMessage(m: ExtractMessage): Message {
  if (m.code === 'text-too-large') return msg('extract.text-too-large', megabytes(m.bytes, m.limitBytes));
  if (m.code === 'too-many-targets')
    return msg('extract.too-many-targets', { found: num(m.found), limit: m.limit });
  if (m.code === 'mistyped-figure')
    return msg('extract.mistyped-figure', { line: m.line, figure: m.figure, meant: m.meant });
  if ('text' in m) return msg(`extract.${m.code}`, { line: m.line, text: m.text });
  if (m.code === 'table-issue')
    return msg('extract.table-issue', { line: m.line, issue: tableIssueMessage(m.issue) });
  return msg(`extract.${m.code}`);
}
