// The attribution's figures as a table shows them: per target whose shown chance moves, the two scenarios'
// chances, each change's effect alone and what the changes do only together, all in whole points of the shown
// chances (chanceDifference), so the parts and the remainder add up to the difference the comparison prints.
import type { AttributionResult, TargetAttribution, Text } from '../../engine/index.ts';
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
  /** The two verdicts: a chance that restates an assumption (待补执行记录) is said so beside it. */
  verdicts: TargetAttribution['verdicts'];
}

export interface AttributionRows {
  rows: AttributionRow[];
  /** Targets an observation settles in some run (no chance to divide). */
  settled: number;
  /** Targets still waiting for their base (基期待补): no verdict, no chance. */
  needsBase: number;
  /** Targets no change moves. */
  unmoved: number;
}

export function attributionRows(result: AttributionResult): AttributionRows {
  const rows: AttributionRow[] = [];
  let settled = 0;
  let needsBase = 0;
  let unmoved = 0;
  for (const t of result.targets) {
    const { from, to } = t;
    if (from === null || to === null || t.withEach.some((p) => p === null)) {
      if (t.noChance === 'needs-base') needsBase++;
      else if (t.noChance === 'settled') settled++;
      continue;
    }
    const parts = t.withEach.map((p) => chanceDifference(p!, from));
    const total = chanceDifference(to, from);
    const together = total - parts.reduce((a, b) => a + b, 0);
    if (total === 0 && together === 0 && parts.every((x) => x === 0)) {
      unmoved++;
      continue;
    }
    rows.push({
      id: t.id,
      name: t.name,
      year: t.year,
      from,
      to,
      parts,
      together,
      total,
      verdicts: t.verdicts,
    });
  }
  // The largest moves first, then the plan's order.
  rows.sort((x, y) => Math.abs(y.total) - Math.abs(x.total));
  return { rows, settled, needsBase, unmoved };
}
