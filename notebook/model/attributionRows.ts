// The attribution's figures as a table shows them: per target whose shown chance moves, the two scenarios'
// chances, each change's effect alone and what the changes do only together, all in whole points of the shown
// chances (chanceDifference), so the parts and the remainder add up to the difference the comparison prints.
import type { AttributionResult, Text } from '../../engine/index.ts';
import { chanceDifference } from './chanceDifference.ts';

export interface AttributionRow {
  id: string;
  name: Text;
  year: number;
  /** The two scenarios' chances. */
  from: number;
  to: number;
  /** Each change alone, in points (aligned with the result's changes). */
  parts: number[];
  /** The difference less the parts: what the changes do only together. */
  together: number;
  total: number;
}

export interface AttributionRows {
  rows: AttributionRow[];
  /** Targets an observation settles in either scenario (no chance to divide). */
  settled: number;
  /** Targets no change moves. */
  unmoved: number;
}

export function attributionRows(result: AttributionResult): AttributionRows {
  const rows: AttributionRow[] = [];
  let settled = 0;
  let unmoved = 0;
  for (const t of result.targets) {
    const { from, to } = t;
    if (from === null || to === null || t.withEach.some((p) => p === null)) {
      settled++;
      continue;
    }
    const parts = t.withEach.map((p) => chanceDifference(p!, from));
    const total = chanceDifference(to, from);
    const together = total - parts.reduce((a, b) => a + b, 0);
    if (total === 0 && together === 0 && parts.every((x) => x === 0)) {
      unmoved++;
      continue;
    }
    rows.push({ id: t.id, name: t.name, year: t.year, from, to, parts, together, total });
  }
  // The largest moves first, then the plan's order.
  rows.sort((x, y) => Math.abs(y.total) - Math.abs(x.total));
  return { rows, settled, unmoved };
}
