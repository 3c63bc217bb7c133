// The comparator a target's wording gives its figure (docs/feasibility.md, "Reading the plan's wording";
// docs/plan-import.md, "Reading a text"):
//   以上 / 不少于 / 不低于 / 达到 / 提高到 → >=      超过 / 突破 / 超 / 高于 → >
//   以内 / 以下 / 不超过 / 控制在 / 压缩至 / 缩小到 / 降至 → <= (低于 / 少于 → <)      左右 / 约 / 近 / 上下 → ~=
// The word right after the figure wins over one before it (超过…以上 is still a floor); with neither, a
// plan's figure is a floor (>=).
import type { Comparator } from './extractTypes.ts';

const BEFORE: readonly [string, Comparator][] = [
  ['不少于', '>='],
  ['不低于', '>='],
  ['不小于', '>='],
  ['不超过', '<='],
  ['不高于', '<='],
  ['不大于', '<='],
  ['控制在', '<='],
  ['压减到', '<='],
  ['压减至', '<='],
  ['压缩到', '<='],
  ['压缩至', '<='],
  ['缩短到', '<='],
  ['缩短至', '<='],
  ['降低到', '<='],
  ['降低至', '<='],
  ['下降到', '<='],
  ['下降至', '<='],
  // 收入比由2.25缩小到2.1: a gap narrowed to a figure is met at or below it (it had read ≥ 2.1).
  ['缩小到', '<='],
  ['缩小至', '<='],
  ['缩小为', '<='],
  ['降至', '<='],
  ['降到', '<='],
  ['减少到', '<='],
  ['减少至', '<='],
  ['超过', '>'],
  ['突破', '>'],
  ['高于', '>'],
  ['大于', '>'],
  ['多于', '>'],
  ['超', '>'],
  ['低于', '<'],
  ['少于', '<'],
  ['小于', '<'],
  ['大约', '~='],
  ['约', '~='],
  ['接近', '~='],
  ['近', '~='],
  ['达到', '>='],
  ['达', '>='],
];

const AFTER: readonly [string, Comparator][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['以内', '<='],
  ['以下', '<='],
  ['左右', '~='],
  ['上下', '~='],
];

/** The comparator word that ends closest to the figure in `before` (the text just before it), or null. */
export function comparatorWordBefore(before: string): { comparator: Comparator; word: string } | null {
  let best: { end: number; word: string; comparator: Comparator } | null = null;
  for (const [word, comparator] of BEFORE) {
    const at = before.lastIndexOf(word);
    if (at < 0) continue;
    const end = at + word.length;
    if (best === null || end > best.end || (end === best.end && word.length > best.word.length)) {
      best = { end, word, comparator };
    }
  }
  // Only a word near the figure speaks for it: 超过全市平均水平，达到… must not make the next figure strict.
  return best !== null && before.length - best.end <= 6
    ? { comparator: best.comparator, word: best.word }
    : null;
}

/**
 * No word, or 达到 / 达: the figure is to be reached, with no word of which side of it the plan wants — a floor
 * for an amount, a cap for an intensity (capsLevel). 以上, 不低于, 以内 … say the side.
 */
export function statesNoSide(word: string | null): boolean {
  return word === null || word === '达到' || word === '达';
}

/** The comparator word printed right after the figure (以上, 左右 …) and its length, or null. */
export function comparatorAfter(after: string): { comparator: Comparator; word: string } | null {
  for (const [word, comparator] of AFTER) if (after.startsWith(word)) return { comparator, word };
  return null;
}

/** A text that is one comparator word and nothing else (不低于, 约 …), or null. */
export function comparatorWord(text: string): Comparator | null {
  return BEFORE.find(([word]) => word === text)?.[1] ?? null;
}

/** The comparator word a text ends with (…以上, …左右) and that word, or null. */
export function comparatorEnding(text: string): { comparator: Comparator; word: string } | null {
  for (const [word, comparator] of AFTER) if (text.endsWith(word)) return { comparator, word };
  return null;
}

/** A decrease turns a floor on its size into a ceiling on the (negative) change, and back. */
export function flipComparator(c: Comparator): Comparator {
  const flips: Record<Comparator, Comparator> = {
    '>=': '<=',
    '>': '<',
    '<=': '>=',
    '<': '>',
    '~=': '~=',
    range: 'range',
  };
  return flips[c];
}
