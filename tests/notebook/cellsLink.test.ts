// The golden link with notebook cells: it decodes to the same scenario, the shipped plan accepts it, and the
// page would place its cells where they were (cells were added to the scenario as new optional fields, so
// no migration: a link without them opens as before, its formulas and notes under their own views).
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIO_FORMAT } from '../../engine/index.ts';
import { decodeLink } from '../../notebook/share/linkCodec.ts';
import { sequenceOf } from '../../notebook/state/cellOps.ts';
import { workingFromDocument } from '../../notebook/state/scenarioFile.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { GOLDEN_CELLS_LINK, GOLDEN_CELLS_PAYLOAD } from '../fixtures/goldenCellsLink.ts';
import { GOLDEN_PAYLOAD } from '../fixtures/goldenLinks.ts';

describe('a link with notebook cells', () => {
  it('decodes the golden cells link to its scenario, which the shipped plan accepts', async () => {
    const decoded = await decodeLink(GOLDEN_CELLS_LINK);
    expect(decoded).toMatchObject({ kind: 'ok', payload: GOLDEN_CELLS_PAYLOAD });
    const s = loadScenario(
      { format: SCENARIO_FORMAT, ...GOLDEN_CELLS_PAYLOAD },
      'golden cells link',
      yaohaiPlan(),
    );
    expect(s.cells?.map((c) => `${c.kind}:${c.after}`)).toEqual([
      'chart:dashboard',
      'note:dashboard',
      'formula:detail',
      'table:comparison',
    ]);
  });

  it('places the cells among the built-in views as they were', async () => {
    const decoded = await decodeLink(GOLDEN_CELLS_LINK);
    if (decoded.kind !== 'ok') throw new Error(decoded.kind);
    const order = sequenceOf(workingFromDocument(decoded.payload)).map((x) =>
      'builtIn' in x ? x.builtIn : x.cell.id,
    );
    expect(order.slice(0, 6)).toEqual(['dashboard', 'cell_1', 'cell_2', 'detail', 'cell_3', 'scenarios']);
    expect(order[order.indexOf('comparison') + 1]).toBe('cell_4');
  });

  it('a scenario without cells (the older golden link) gets none but its formulas and notes', () => {
    expect(sequenceOf(workingFromDocument(GOLDEN_PAYLOAD)).every((x) => 'builtIn' in x)).toBe(true);
  });
});
