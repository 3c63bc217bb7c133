// Money in 万 (万元, 万美元, and per head, 万元/人) in English: a million or more in millions (2,000 万元 is
// 20 m yuan), and less in whole yuan with thousands separators — 6 万元 per head had read "0.06 m yuan", a
// fraction of a million no one says, and 万元/人 had stayed in Chinese beside English words.

interface WanMoney {
  /** The currency's English name: yuan, USD. */
  currency: string;
  /** What follows the currency: '' or " per person". */
  per: string;
}

const WAN_MONEY: Record<string, WanMoney> = {
  万元: { currency: 'yuan', per: '' },
  万美元: { currency: 'USD', per: '' },
  '万元/人': { currency: 'yuan', per: ' per person' },
  '万美元/人': { currency: 'USD', per: ' per person' },
};

/** Under this many 万 (one million) a sum is written in whole units of its currency. */
const MILLION_IN_WAN = 100;

/** The English scale of a sum of `size` in 万 of `unit` (factor from 万, and the words after the number), or
 * undefined for another unit: a row of figures shares the scale of its largest (commonScale). */
export function wanMoneyScale(size: number, unit: string): { factor: number; words: string } | undefined {
  const money = Object.hasOwn(WAN_MONEY, unit) ? WAN_MONEY[unit]! : undefined;
  if (!money) return undefined;
  return Math.abs(size) < MILLION_IN_WAN
    ? { factor: 10_000, words: `${money.currency}${money.per}` }
    : { factor: 0.01, words: `m ${money.currency}${money.per}` };
}

/**
 * `value` in 万 of `unit` as English writes it, or undefined for another unit. `write(x, millions)` writes the
 * number: in millions (`millions` true) or in whole yuan.
 */
export function wanMoneyEn(
  value: number,
  unit: string,
  write: (x: number, millions: boolean) => string,
): string | undefined {
  const scale = wanMoneyScale(value, unit);
  if (!scale) return undefined;
  return `${write(value * scale.factor, scale.factor < 1)} ${scale.words}`;
}
