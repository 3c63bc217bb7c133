import { describe, expect, it } from 'vitest';
import type { AttributionResult } from '../../engine/index.ts';
import { attributionRows } from '../../notebook/model/attributionRows.ts';

const verdict = { code: 'at-risk', reason: null, params: {} } as const;
const target = (
  id: string,
  from: number | null,
  to: number | null,
  withEach: (number | null)[],
  noChance: 'settled' | 'needs-base' | null = null,
) => ({
  id,
  name: { zh: id },
  year: 2025,
  from,
  to,
  withEach,
  noChance,
  verdicts: { from: verdict, to: verdict },
});

describe('attributionRows', () => {
  it('splits the shown difference into parts and what they do only together, largest first', () => {
    const result: AttributionResult = {
      changes: [
        { kind: 'lever', id: 'a' },
        { kind: 'parameter', id: 'b' },
      ],
      runs: 4,
      targets: [
        target('small', 0.5, 0.52, [0.51, 0.5]),
        target('big', 0.5, 0.724, [0.6, 0.55]),
        // Shown as >99% and 98%: 99 − 98 = 1 point, though 0.9962 − 0.981 is 1.5.
        target('edge', 0.981, 0.9962, [0.9962, 0.981]),
        target('settled', null, 0.7, [0.6, 0.5], 'settled'),
        // Waiting for its base: counted apart from a settled one (both had been called settled).
        target('base', null, null, [null, null], 'needs-base'),
        target('base2', null, null, [null, null], 'needs-base'),
        target('still', 0.3, 0.3, [0.3, 0.3]),
      ],
    };
    const { rows, settled, needsBase, unmoved } = attributionRows(result);
    expect(rows.map((r) => r.id)).toEqual(['big', 'small', 'edge']);
    expect(rows[0]).toMatchObject({ parts: [10, 5], total: 22, together: 7, from: 0.5, to: 0.724 });
    expect(rows[1]).toMatchObject({ parts: [1, 0], total: 2, together: 1 });
    expect(rows[2]).toMatchObject({ parts: [1, 0], total: 1, together: 0 });
    expect([settled, needsBase, unmoved]).toEqual([1, 2, 1]);
  });
});
