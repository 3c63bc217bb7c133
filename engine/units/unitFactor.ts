// Unit conversion between the units planners write (亿元, 万元, 元, 万户, 户, %, 亿美元 …). A unit is a
// magnitude prefix (十 百 千 万 亿 and their compounds, e.g. 十万, 千万, 万亿) in front of a base (元, 户, 家,
// 美元 …). Two units convert only when their bases are written identically (a bare magnitude, 万 or 亿, is a
// number word and takes the other's base); anything else is refused, never guessed (户 and 家 may count the same firms, but the plan has to say so, not the importer). A trailing
// "/年" is dropped: an observation is one year's value, so 家/年 and 家 are the same unit for it.

const MAGNITUDES: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 亿: 1e8 };

/** Spellings of the same base unit that are equal by definition. */
const BASE_ALIASES: Record<string, string> = {
  人民币元: '元',
  rmb: '元',
  yuan: '元',
  cny: '元',
  usd: '美元',
  '％': '%',
  percent: '%',
  pct: '%',
  百分比: '%',
  百分点: '%',
  // The page's English unit words (formatValue's COUNT_UNITS_EN): what an English reader sees is what they type.
  entities: '户',
  establishments: '家',
  // The page's word for 家 before it was neutral; a table saved from it may still say so.
  firms: '家',
  units: '个',
  people: '人',
};

/**
 * English magnitude words before a base, longest first: "bn yuan", as the English page writes 亿元 amounts, had
 * been refused in a pasted table while a bare number was read in 亿元 — 45 meant for 45 bn yuan read as 4.5 bn.
 * Only before a base they name (yuan, usd, entities …), so a unit of its own such as "m³" is not read as 10⁶.
 */
const ENGLISH_MAGNITUDES: [string, number][] = [
  ['100million', 1e8],
  ['billion', 1e9],
  ['million', 1e6],
  ['thousand', 1e3],
  ['×10k', 1e4],
  ['10k', 1e4],
  ['bn', 1e9],
  ['mn', 1e6],
  ['m', 1e6],
  ['k', 1e3],
];
const ENGLISH_BASES = new Set([
  'yuan',
  'rmb',
  'cny',
  'usd',
  'entities',
  'establishments',
  'firms',
  'units',
  'people',
]);

export interface ParsedUnit {
  /** Multiplier of the base, e.g. 1e8 for 亿元. */
  magnitude: number;
  /** The base unit, e.g. 元; '' when the unit is a bare magnitude such as 万. */
  base: string;
}

/** Normalises spelling: trims, drops spaces and wrapping brackets, lower-cases Latin letters. */
export function normalizeUnit(unit: string): string {
  return unit
    .trim()
    .replace(/^[（(［[]\s*/, '')
    .replace(/\s*[）)］\]]$/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}

/** Splits a unit into magnitude and base. `%` is its own base (shares are stored as fractions, see toUnitValue). */
export function parseUnit(unit: string): ParsedUnit {
  let text = normalizeUnit(unit);
  let magnitude = 1;
  // Read prefix characters while they are magnitudes and something is left for the base or the unit is
  // only magnitudes (十万, 万亿 …). 百分比 is a base, not 百 + 分比.
  for (const [word, m] of ENGLISH_MAGNITUDES) {
    const rest = text.slice(word.length).replace(/\/(yr|year)$/, '');
    if (text.startsWith(word) && ENGLISH_BASES.has(rest)) {
      magnitude = m;
      text = text.slice(word.length);
      break;
    }
  }
  if (magnitude === 1 && BASE_ALIASES[text] === undefined) {
    while (text.length > 0) {
      const m = MAGNITUDES[text[0]!];
      if (m === undefined) break;
      magnitude *= m;
      text = text.slice(1);
    }
  }
  // A yearly value needs no "/年": each cell is already one year's flow (家/年 in a 2023 cell = 家 in 2023).
  const perYear = text.replace(/\/(年|yr|year|a)$/, '');
  const base = BASE_ALIASES[perYear] ?? perYear;
  return { magnitude, base };
}

/**
 * The factor that turns a value written in `from` into the same quantity in `to` (value_to = value_from ×
 * factor), or null when the units cannot be converted without a guess.
 * `%` converts only to `%`; the caller decides how a percentage is stored.
 */
export function unitFactor(from: string, to: string): number | null {
  if (normalizeUnit(from) === normalizeUnit(to)) return 1;
  const a = parseUnit(from);
  const b = parseUnit(to);
  // A bare magnitude is a number word, not a unit: 5.2万 of an indicator counted in 户 is 52,000 户. Never of
  // a share (5万% means nothing).
  if (a.base === '' && a.magnitude > 1 && b.base !== '%') return a.magnitude / b.magnitude;
  if (a.base !== b.base) return null;
  if (a.base === '%' && (a.magnitude !== 1 || b.magnitude !== 1)) return null;
  return a.magnitude / b.magnitude;
}

/** `value` written in `from`, expressed in `to`; null when the units do not convert. */
export function convertUnit(value: number, from: string, to: string): number | null {
  if (normalizeUnit(from) === normalizeUnit(to)) return value;
  const a = parseUnit(from);
  const b = parseUnit(to);
  if (unitFactor(from, to) === null) return null;
  // Multiply then divide, so 12345 万元 → 1.2345 亿元 exactly (× 0.0001 would leave …0002).
  return (value * a.magnitude) / b.magnitude;
}
