// A printed 主要指标 table often writes the target's verb into its value cell (新增3, 累计3, 提高2, 下降14,
// 年均增长6), which had been refused as "not a number". The verb says the row's kind (and a fall, its sign), as
// the 类型 column would; the reader takes it where that column is empty and checks the two agree where not.
import { toHalfWidth } from '../actuals/parseNumberCell.ts';
import type { Comparator } from '../extract/extractTypes.ts';
import { isPointUnit, isPrintedPercent } from '../units/unitVocabulary.ts';
import type { KIND_WORDS } from './planTableColumns.ts';

type Kind = (typeof KIND_WORDS)[string];

export interface CellVerb {
  /** The verb as written (下降, 年均增长). */
  word: string;
  /** The cell without it: the figure (14, 11以上). */
  rest: string;
  /** The kinds a 类型 column may say beside it (下降 beside 年均增长 is a yearly fall). */
  agrees: readonly Kind[];
  /** The kind it says alone, in the row's unit: 提高2 is points of a share in %, 2 more of a count otherwise. */
  kindIn: (unit: string) => Kind;
  /** A fall: the figure is the size of a cut (下降14: −14, met at or below). */
  falls: boolean;
  /** A total over the period (累计3), as the 类型 累计 says. */
  total: boolean;
  /** A level reached (提高到72, 下降到0.4): the comparator it says. */
  comparator?: Comparator;
}

/** A change in the row's unit: points of a share, a rate in %, or a count's or amount's change. */
const change =
  (percent: Kind) =>
  (unit: string): Kind =>
    isPointUnit(unit) ? 'pp-change' : isPrintedPercent(unit) ? percent : 'increase';
const RATES: readonly Kind[] = ['pp-change', 'growth', 'cumulative-growth', 'increase'];

/** Longest first, so 年均下降 is not read as 年均 and 下降. */
const VERBS: [words: string[], verb: Omit<CellVerb, 'word' | 'rest'>][] = [
  [
    ['提高到', '增长到', '增加到'],
    { agrees: ['level', 'share'], kindIn: () => 'level', falls: false, total: false, comparator: '>=' },
  ],
  [
    ['下降到', '降低到', '减少到', '压减到', '控制在'],
    { agrees: ['level', 'share'], kindIn: () => 'level', falls: false, total: false, comparator: '<=' },
  ],
  [
    ['年均增长', '年均提高', '年均增加'],
    { agrees: ['growth'], kindIn: () => 'growth', falls: false, total: false },
  ],
  [
    ['年均下降', '年均降低', '年均减少'],
    { agrees: ['growth'], kindIn: () => 'growth', falls: true, total: false },
  ],
  [
    ['累计增长'],
    { agrees: ['cumulative-growth'], kindIn: () => 'cumulative-growth', falls: false, total: false },
  ],
  [
    ['累计下降', '累计降低', '累计减少'],
    {
      agrees: ['cumulative-growth', 'pp-change', 'increase'],
      kindIn: change('cumulative-growth'),
      falls: true,
      total: false,
    },
  ],
  [['每年新增', '每年'], { agrees: ['quota'], kindIn: () => 'quota', falls: false, total: false }],
  [
    ['五年累计', '期间累计', '累计新增', '累计'],
    { agrees: ['increase'], kindIn: () => 'increase', falls: false, total: true },
  ],
  [
    ['新增', '净增', '增加'],
    { agrees: ['increase', 'quota'], kindIn: () => 'increase', falls: false, total: false },
  ],
  [['提高'], { agrees: RATES, kindIn: change('pp-change'), falls: false, total: false }],
  [['增长'], { agrees: RATES, kindIn: change('cumulative-growth'), falls: false, total: false }],
  [
    ['下降', '降低', '减少', '压减', '压降'],
    { agrees: RATES, kindIn: change('cumulative-growth'), falls: true, total: false },
  ],
];
const ORDERED = VERBS.flatMap(([words, verb]) => words.map((word) => ({ word, verb }))).sort(
  (a, b) => b.word.length - a.word.length,
);

/** The verb a value cell opens with, before a figure; null when it opens with none. */
export function verbInCell(text: string): CellVerb | null {
  const t = toHalfWidth(text).trim();
  const found = ORDERED.find(({ word }) => t.startsWith(word));
  if (!found) return null;
  const rest = t.slice(found.word.length).trim();
  // A figure follows (下降14, 下降约14, 新增3-5, 下降〔14〕: a total over the period), not a word (增加值).
  if (!/^(?:约|了)?\s*[[【〔〖]?\s*[-+]?\d/.test(rest)) return null;
  return { word: found.word, rest, ...found.verb };
}

/** A cell that is a verb whole (类型 下降, 累计下降, 年均下降): what it says; null when it is none. */
export function verbWord(text: string): Omit<CellVerb, 'rest'> | null {
  const t = toHalfWidth(text).trim();
  const found = ORDERED.find(({ word }) => word === t);
  return found ? { word: found.word, ...found.verb } : null;
}
