// Text copied out of a PDF breaks its lines where the page did, in the middle of a name:
//   …高新技术企业数量超过80家；规模以上工业企业
//   达到200家以上；…
// drafted 200家以上 with no name at all. A break inside a sentence is read as the space it stands for; the
// text keeps its length, so every offset still points into the planner's own text.
import { findHeadings } from './findHeadings.ts';

/** Ends a line that finishes what it says: a stop, a colon, a closing bracket or quote. */
const FINISHED = /[。；;！!？?：:）)”】」]\s*$/;
/** A line of prose (not a title, not a table row): it has a comma or a stop in it. */
const PROSE = /[，,。；;]/;
const STARTS_HAN = /^\s*\p{Script=Han}/u;

/** `text` with each line break inside a sentence of prose replaced by a space (same length). */
export function joinSoftBreaks(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2) return text;
  let out = lines[0]!;
  for (let i = 1; i < lines.length; i++) {
    const before = lines[i - 1]!;
    const line = lines[i]!;
    const soft =
      PROSE.test(before) &&
      !FINISHED.test(before) &&
      !before.includes('\t') &&
      !line.includes('\t') &&
      STARTS_HAN.test(line) &&
      findHeadings(line).length === 0;
    out += (soft ? ' ' : '\n') + line;
  }
  return out;
}
