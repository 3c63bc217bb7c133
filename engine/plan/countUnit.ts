// Units whose values are counts of whole things (enterprises, lines, certificates), and the size of one
// thing in them: 1 for 家, 1e-4 for 万户 (one household in ten-thousands). Count indicators show whole
// numbers and round their flows; "超过 N" of a count is met at N + one item.
import type { Indicator } from './planSchema.ts';

const ITEMS = ['家', '个', '户', '条', '张', '件', '场', '项', '人', '所', '座'];
const SCALES: [string, number][] = [
  ['万', 1e-4],
  ['千', 1e-3],
  ['百', 1e-2],
];

/** One item in `unit`, or null when the unit is not a count. */
export function countStep(unit: string): number | null {
  const u = unit.trim();
  if (ITEMS.includes(u)) return 1;
  for (const [prefix, step] of SCALES)
    if (u.startsWith(prefix) && ITEMS.includes(u.slice(prefix.length))) return step;
  return null;
}

/** Whole numbers: the indicator says so, or (when it does not) its unit is a count of single items. */
export function isCountIndicator(ind: Pick<Indicator, 'count' | 'unit' | 'dynamics'>): boolean {
  if (ind.count !== undefined) return ind.count;
  if (ind.dynamics.kind === 'event') return true;
  // A count drawn in a scaled unit (每年1.2万人) is whole in people, not in 万人.
  if (ind.dynamics.kind === 'count') return (countStep(ind.unit) ?? 1) === 1;
  // Only single items are whole numbers: 万户 counts in fractions of ten thousand.
  return countStep(ind.unit) === 1;
}
