// The comparison's median columns (N9): 新增市场主体 read +6.99 万户 in 基准 and +6.02 万户 in 下行, with a
// difference of −9,665 户 beside them. A row's medians and differences now share one unit, and subtract.
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../engine/plan/loadScenario.ts';
import { runSync } from '../../engine/run/run.ts';
import { medianRow } from '../../notebook/model/medianRow.ts';
import { readJson, yaohaiWithStatistics } from '../engine/planFixtures.ts';

const plan = yaohaiWithStatistics();
const results = ['baseline', 'downturn', 'high-growth'].map((name) =>
  runSync(plan, loadScenario(readJson(`scenarios/${name}.json`), `${name}.json`, plan), {
    paths: 400,
    seed: 1,
  }),
);
const target = (id: string) => plan.targets.find((t) => t.id === id)!;
/** "+6.99 万户" → [6.99, " 万户"]. */
const split = (text: string): [number, string] => {
  const m = /^([-−+±]?)([\d,]+(?:\.\d+)?)(.*)$/.exec(text)!;
  return [(m[1] === '-' || m[1] === '−' ? -1 : 1) * Number(m[2]!.replaceAll(',', '')), m[3]!];
};

describe('medianRow', () => {
  it('writes each scenario’s median and its difference in one unit, which subtract', () => {
    for (const lang of ['zh', 'en'] as const) {
      for (const id of [
        'enterprises_new',
        'five_up_net_increase',
        'high_tech_2025',
        'enterprises_growth_annual',
      ]) {
        const row = medianRow(plan, target(id), results, lang, '算术平均');
        expect(row[0]!.deltaText).toBeNull();
        const [first, firstUnit] = split(row[0]!.text!.replace(/（算术平均）$/, ''));
        for (const cell of row.slice(1)) {
          const [median, unit] = split(cell.text!.replace(/（算术平均）$/, ''));
          const [delta, deltaUnit] = split(cell.deltaText!);
          expect(unit, `${id} ${lang}`).toBe(firstUnit);
          // A rate's difference is in points; anything else's in the medians' own unit.
          if (!firstUnit.startsWith('%')) expect(deltaUnit, `${id} ${lang}`).toBe(unit);
          expect(delta, `${id} ${lang}: ${cell.text} − ${row[0]!.text} = ${cell.deltaText}`).toBeCloseTo(
            median - first,
            9,
          );
        }
      }
    }
  });

  it('puts 新增市场主体 in 万户 for every figure of its row, where its difference had been in 户', () => {
    const row = medianRow(plan, target('enterprises_new'), results, 'zh', '算术平均');
    for (const cell of row) expect(cell.text).toMatch(/^\+\d+\.\d+ 万户$/);
    // The downturn's difference is under ten thousand 户: alone it would read in 户.
    expect(Math.abs(row[1]!.delta!)).toBeLessThan(10_000);
    expect(row[1]!.deltaText).toMatch(/^−\d\.\d+ 万户$/);
  });
});
