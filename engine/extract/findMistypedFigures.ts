// Figures in a plan's text with a letter typed for a digit (1O00家, 2l0家): the quantity reader takes digits
// only, so such a figure was no target and no message — a tester's 完成数字化改造企业达到1O00家 vanished from
// the review with 采用 9/9. They are said, with what was likely meant, where they stand.
import { lookalikesAsDigits } from '../actuals/parseNumberCell.ts';
import { readUnit } from '../units/unitVocabulary.ts';

export interface MistypedFigure {
  /** Offset of the figure in the text. */
  offset: number;
  /** As printed, with its unit: 1O00家. */
  figure: string;
  /** The digits it likely stands for, with the unit: 1000家. */
  meant: string;
}

/** A digit, then digits and the letters O/o/I/l with at least one letter, not inside a Latin word. */
const MIXED = /(?<![A-Za-z\d.])\d(?=[\dOoIl.]*[OoIl])[\dOoIl]*(?:\.[\dOoIl]+)?/g;

export function findMistypedFigures(text: string): MistypedFigure[] {
  const out: MistypedFigure[] = [];
  for (const m of text.matchAll(MIXED)) {
    const end = m.index + m[0].length;
    // Only a figure with a unit, as a target has: a model number (3D1O型) is not one.
    const unit = readUnit(text, end);
    if (unit === null) continue;
    out.push({ offset: m.index, figure: m[0] + unit, meant: lookalikesAsDigits(m[0]) + unit });
  }
  return out;
}
