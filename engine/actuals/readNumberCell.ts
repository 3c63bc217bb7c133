// One value cell read as a number, its problem reported where it is: the number with the unit written in it,
// or null (blank, or refused with the reason: "12a" is never 12). Levels and rates alike start here.
import type { IssuePlace } from './actualsIssue.ts';
import type { IssueSink } from './issueSink.ts';
import { type NumberCell, parseNumberCell } from './parseNumberCell.ts';

export function readNumberCell(
  raw: string,
  place: IssuePlace,
  sink: IssueSink,
): Extract<NumberCell, { kind: 'number' }> | null {
  const cell = parseNumberCell(raw);
  if (cell.kind === 'blank') return null;
  if (cell.kind === 'error') {
    if (cell.code === 'textAfterNumber' || cell.code === 'textAfterPercent' || cell.code === 'letterForDigit')
      sink.add('error', place, cell.code, { text: cell.text ?? '' });
    else sink.add('error', place, cell.code, {});
    return null;
  }
  // Read as its figure, and said so: the verdict then rests on a figure the source gave as approximate.
  if (cell.approx) sink.add('info', place, 'approxFigure', {});
  return cell;
}
