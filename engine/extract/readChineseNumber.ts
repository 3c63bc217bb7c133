// Reads a number written in Chinese numerals: 三 → 3, 十五 → 15, 两千 → 2000, 一百零五 → 105, 十万 → 100000,
// 一亿二千万 → 120000000, and digit by digit when there is no multiplier (二〇二五 → 2025). Returns null for
// anything else.

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

export function readChineseNumber(text: string): number | null {
  if (text.length === 0) return null;
  if (![...text].every((c) => CHINESE_NUMERAL_CHARS.includes(c))) return null;
  if (!/[十百千万亿]/.test(text)) {
    if (text.length === 1) return DIGITS[text] ?? null;
    return Number([...text].map((c) => DIGITS[c]).join(''));
  }
  let total = 0; // completed 万/亿 groups
  let section = 0; // below 万
  let digit = 0;
  let sawDigit = false;
  for (const c of text) {
    if (c in DIGITS) {
      digit = DIGITS[c]!;
      sawDigit = true;
    } else if (c in SMALL) {
      // A leading 十 means 一十 (十五 = 15).
      section += (sawDigit ? digit : 1) * SMALL[c]!;
      digit = 0;
      sawDigit = false;
    } else if (c === '万') {
      total += (section + digit || 1) * 1e4;
      section = 0;
      digit = 0;
      sawDigit = false;
    } else {
      total = (total + section + digit || 1) * 1e8;
      section = 0;
      digit = 0;
      sawDigit = false;
    }
  }
  return total + section + digit;
}
