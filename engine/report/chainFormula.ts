// The arithmetic of an index chained from yearly growth rates, written the same in both languages so a
// director can redo it: (1 + 9.2%) × (1 + 5.1%) × (1 − 2.8%) ≈ 1.1154.
import type { RatesChain } from '../actuals/ratesChain.ts';

/** A fraction as the percentage it was entered as: 0.092 → 9.2 (float noise of the division dropped). */
const percent = (r: number) => String(Number((Math.abs(r) * 100).toFixed(6)));

export function chainFormula(chain: Pick<RatesChain, 'rates' | 'value'>): string {
  const factors = chain.rates.map(({ rate }) => `(1 ${rate < 0 ? '−' : '+'} ${percent(rate)}%)`);
  return `${factors.join(' × ')} ≈ ${Number(chain.value.toFixed(4))}`;
}
