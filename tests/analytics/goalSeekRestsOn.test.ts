// Goal-seek on an indicator with no data (a plan imported from its text: no base figure of its own, nothing
// entered) had given "至少取 9.4%" for 年均增长7% as if a finding, resting unsaid on the default 5% ± 3% a year
// (tester, session 43). The answer now names the assumption it rests on (restsOn), and none once data moves it.
import { describe, expect, it } from 'vitest';
import { SCENARIO_FORMAT, type Scenario } from '../../engine/plan/scenarioSchema.ts';
import { goalSeek } from '../../engine/search/goalSeek.ts';
import { restsOnNotes } from '../../notebook/model/restsOnNotes.ts';
import { planFromText } from '../extract/planFromText.ts';

const plan = planFromText('全区地区生产总值年均增长7%。', 2025);
const target = plan.targets[0]!;
const g = `g_${target.indicator}`;
const seek = (scenario: Scenario | null, probability: number | null) =>
  goalSeek(plan, scenario, {
    target: target.id,
    variable: { kind: 'parameter', id: g },
    probability,
    paths: 500,
    seed: 1,
  });

describe('goal-seek on an indicator with no data', () => {
  it('says the answer rests on the default spread, labelled as an assumption (500 paths, seed 1)', async () => {
    const r = await seek(null, 0.8);
    expect(r.status).toBe('found');
    expect(r.restsOn).toEqual([
      { parameter: g, value: { mean: 0.05, sd: 0.03 }, part: 'spread', standsFor: 'history' },
    ]);
    expect(restsOnNotes(plan, r, 'zh')).toEqual([
      '此答案依据“全区地区生产总值（指数，基期=1）年增速”的波动 ± 3%/年，这是无历史数据时的默认假设，不是数据；录入该指标的历年实际值后，将按实际重算。',
    ]);
    expect(restsOnNotes(plan, r, 'en')[0]).toMatch(
      /^This answer rests on the spread ± 3%\/yr of “.+annual growth”, a default assumed when no history is given, not data; enter the indicator’s actuals/,
    );
  });

  it('rests on nothing on the deterministic path, where the variable alone moves the target', async () => {
    expect((await seek(null, null)).restsOn).toBeUndefined();
  });

  it('rests on nothing once actuals move the indicator, nor on a value the planner set', async () => {
    const withActuals: Scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '基准' },
      actuals: { [target.indicator!]: { '2021': 1.06, '2022': 1.13 } },
    };
    expect((await seek(withActuals, 0.8)).restsOn).toBeUndefined();
    const own: Scenario = {
      format: SCENARIO_FORMAT,
      name: { zh: '基准' },
      parameters: { [g]: { mean: 0.06, sd: 0.02 } },
    };
    expect((await seek(own, 0.8)).restsOn).toBeUndefined();
  });
});
