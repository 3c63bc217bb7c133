// Energy intensity as planners' own plans print it: a fall since the base year (较2020年下降14%, 累计下降), or the
// level in 吨标准煤/万元 (0.42 → 0.36). Each reads as a cut, met at or below, and keeps the indicator's plain name.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';
import { run } from '../../engine/run/run.ts';
import { comparedYear } from '../../engine/table/comparedYear.ts';
import { readPlanTable } from '../../engine/table/index.ts';
import { perOutputUnit } from '../../engine/units/perOutputUnit.ts';
import { planFromTable } from './planFromTable.ts';
import { planFromText } from './planFromText.ts';

const header = '指标,单位,基期年,基期值,目标年,目标值,属性';

/** P(met) of one target of a plan whose rates are set to no spread: 1 or 0 by the deterministic path. */
async function pMet(plan: Plan, id: string): Promise<number | null> {
  const result = await run(plan, null, { paths: 50, seed: 1 });
  return result.targets.find((t) => t.id === id)!.pMet;
}

describe('a fall since a year the row names', () => {
  it('reads 单位GDP能耗较2020年下降 | % | 14 as a fall of 14% from 2020, named without the year', () => {
    const { targets } = readPlanTable(
      ['指标,单位,目标年,目标值', '单位GDP能耗较2020年下降,%,2025,14'].join('\n'),
    );
    expect(targets.map((t) => [t.name, t.kind, t.value, t.comparator, t.baseYear])).toEqual([
      ['单位GDP能耗', 'cumulative-growth', -14, '<=', 2020],
    ]);
  });

  it('keeps 累计 with the verb, out of the name', () => {
    const { targets } = readPlanTable(
      [
        '指标,单位,目标年,目标值',
        '单位地区生产总值能耗累计下降,%,2025,13.5',
        '单位GDP能耗五年累计降低,%,2025,13',
      ].join('\n'),
    );
    expect(targets.map((t) => [t.name, t.kind, t.value, t.comparator])).toEqual([
      ['单位地区生产总值能耗', 'cumulative-growth', -13.5, '<='],
      ['单位GDP能耗', 'cumulative-growth', -13, '<='],
    ]);
  });

  it('reads a rise since the year named as a change over the period, not a rate a year', () => {
    const { targets } = readPlanTable(
      ['指标,单位,目标年,目标值', '地区生产总值较2020年增长,%,2025,30'].join('\n'),
    );
    expect(targets.map((t) => [t.name, t.kind, t.value, t.baseYear])).toEqual([
      ['地区生产总值', 'cumulative-growth', 30, 2020],
    ]);
  });

  it('leaves a year outside the plan’s five as words of the name’s, not the plan’s base year', () => {
    expect(comparedYear('单位GDP二氧化碳排放较2005年下降')).toEqual({
      name: '单位GDP二氧化碳排放下降',
      year: 2005,
    });
    const { targets } = readPlanTable(
      ['指标,单位,目标年,目标值', '碳排放强度较2005年下降,%,2030,65'].join('\n'),
    );
    expect(targets[0]!.baseYear).toBeNull();
  });

  it('reads the text’s 较2020年下降13.5% the same way, and the plan judges it met at or below', async () => {
    const text = '到2025年，全区单位地区生产总值能耗较2020年下降13.5%（约束性）。';
    expect(extractTargets(text).targets.map((t) => [t.name, t.kind, t.value, t.comparator])).toEqual([
      ['全区单位地区生产总值能耗', 'cumulative-growth', -13.5, '<='],
    ]);
    const plan = planFromText(text, 2025);
    expect(plan.meta.baseYear).toBe(2020);
    const [target] = plan.targets;
    expect([target!.comparator, target!.statedAs]).toEqual(['<=', 'change']);
    // A fall of 4% a year is a fall of 18.5% by 2025: met; a rise of 4% a year is not.
    const param = plan.parameters[0]!;
    param.value = { mean: -0.04, sd: 0 };
    expect(await pMet(plan, target!.id)).toBe(1);
    param.value = { mean: 0.04, sd: 0 };
    expect(await pMet(plan, target!.id)).toBe(0);
  });
});

describe('a level of energy intensity in 吨标准煤/万元', () => {
  it('writes the unit’s spellings as one', () => {
    expect(
      ['吨标准煤/万元GDP', '吨标准煤/万元地区生产总值', 'tce/10k yuan', '吨标准煤/万元'].map(perOutputUnit),
    ).toEqual(Array(4).fill('吨标准煤/万元'));
    expect([perOutputUnit('万元/人'), perOutputUnit('吨标准煤'), perOutputUnit('%')]).toEqual([
      null,
      null,
      null,
    ]);
  });

  it('reads 0.42 → 0.36 as a cap of 0.36 with its base, in any spelling of the unit, without a question', () => {
    for (const unit of ['吨标准煤/万元', '吨标准煤/万元GDP', 'tce/10k yuan']) {
      const { targets, issues } = readPlanTable(
        [header, `单位地区生产总值能耗,${unit},2020,0.42,2025,0.36,约束性`].join('\n'),
      );
      expect(targets.map((t) => [t.kind, t.value, t.unit, t.comparator, t.base, t.baseYear])).toEqual([
        ['level', 0.36, '吨标准煤/万元', '<=', 0.42, 2020],
      ]);
      expect(issues.map((i) => i.code)).toEqual([]);
    }
  });

  it('keeps a comparator the row states', () => {
    const { targets } = readPlanTable(
      [`${header},比较`, '单位地区生产总值能耗,吨标准煤/万元,2020,0.42,2025,0.36,约束性,以上'].join('\n'),
    );
    expect(targets[0]!.comparator).toBe('>=');
  });

  it('generates the level from its printed base, falling by default never, judged met at or below', async () => {
    const plan = planFromTable(
      [header, '单位地区生产总值能耗,吨标准煤/万元,2020,0.42,2025,0.36,约束性'],
      2025,
    );
    const [ind] = plan.indicators;
    expect([ind!.unit, ind!.base && 'value' in ind!.base ? ind!.base.value : null]).toEqual([
      '吨标准煤/万元',
      0.42,
    ]);
    const [target] = plan.targets;
    expect([target!.kind, target!.value, target!.comparator]).toEqual(['level', 0.36, '<=']);
    // The default for a capped indicator: no change a year (not the 5% rise of an amount, which had met it).
    const param = plan.parameters.find((p) => p.id === (ind!.dynamics as { rate: string }).rate)!;
    expect(param.value).toEqual({ mean: 0, sd: 0.03 });
    param.value = { mean: -0.04, sd: 0 }; // 0.42 × 0.96⁵ = 0.342
    expect(await pMet(plan, target!.id)).toBe(1);
    param.value = { mean: -0.02, sd: 0 }; // 0.42 × 0.98⁵ = 0.380
    expect(await pMet(plan, target!.id)).toBe(0);
  });

  it('reads the table of a plan’s text the same, its base cited as the plan’s', () => {
    const text = [
      '主要指标',
      '指标\t单位\t2020年\t2025年\t属性',
      '单位地区生产总值能耗\t吨标准煤/万元GDP\t0.42\t0.36\t约束性',
    ].join('\n');
    const { targets, messages } = extractTargets(text);
    expect(targets.map((t) => [t.name, t.value, t.unit, t.comparator, t.base])).toEqual([
      ['单位地区生产总值能耗', 0.36, '吨标准煤/万元', '<=', 0.42],
    ]);
    expect(messages).toEqual([]);
    const plan = planFromText(text, 2025);
    expect(plan.indicators[0]!.base).toMatchObject({ value: 0.42, provenance: { kind: 'plan' } });
  });
});

// The text read 单位GDP能耗达到0.36吨标准煤/万元 as a floor (≥ 0.36), met by any rise, while the same figure in a
// table read as the cap it is: one rule now says which levels a unit makes caps (capsLevel), for both.
describe('a level of energy intensity in the plan’s text', () => {
  const read = (sentence: string) =>
    extractTargets(`到2025年，${sentence}。`).targets.map((t) => [t.name, t.value, t.unit, t.comparator]);

  it('reads 达到 or a bare figure of an intensity as a cap, as a table row does', () => {
    expect(read('单位GDP能耗达到0.36吨标准煤/万元')).toEqual([['单位GDP能耗', 0.36, '吨标准煤/万元', '<=']]);
    expect(read('单位GDP能耗0.36吨标准煤/万元')).toEqual([['单位GDP能耗', 0.36, '吨标准煤/万元', '<=']]);
    expect(read('万元工业增加值用水量达到12立方米/万元')).toEqual([
      ['万元工业增加值用水量', 12, '立方米/万元', '<='],
    ]);
  });

  it('keeps a comparator the text states, and leaves other levels reached as floors', () => {
    expect(read('单位GDP能耗不低于0.36吨标准煤/万元')).toEqual([
      ['单位GDP能耗', 0.36, '吨标准煤/万元', '>='],
    ]);
    expect(read('单位GDP能耗0.36吨标准煤/万元以内')).toEqual([['单位GDP能耗', 0.36, '吨标准煤/万元', '<=']]);
    expect(read('地区生产总值达到700亿元')).toEqual([['地区生产总值', 700, '亿元', '>=']]);
    // A duration with no base to be below is not capped by its unit alone: hours of training are a floor.
    expect(read('职工年均培训时长达到40小时')).toEqual([['职工年均培训时长', 40, '小时', '>=']]);
  });

  it('keeps the base year’s printed intensity a plain figure, so the plan finds its base', () => {
    const text =
      '2020年，全区单位GDP能耗0.42吨标准煤/万元。\n到2025年，全区单位GDP能耗达到0.36吨标准煤/万元。';
    const { targets, baseFacts } = extractTargets(text);
    expect(baseFacts.map((f) => [f.value, f.comparator])).toEqual([[0.42, '>=']]);
    expect(targets.map((t) => t.comparator)).toEqual(['<=']);
    const plan = planFromText(text, 2025);
    expect(plan.indicators[0]!.base).toMatchObject({ value: 0.42 });
    expect(plan.targets[0]).toMatchObject({ value: 0.36, comparator: '<=' });
  });

  it('reads per 万元 from the name when the figure’s unit leaves it out', () => {
    expect(read('万元GDP能耗降至0.45吨标准煤')).toEqual([['万元GDP能耗', 0.45, '吨标准煤/万元', '<=']]);
    expect(read('万元地区生产总值能耗0.45吨标准煤')).toEqual([
      ['万元地区生产总值能耗', 0.45, '吨标准煤/万元', '<='],
    ]);
    expect(read('万元工业增加值用水量下降到12立方米')).toEqual([
      ['万元工业增加值用水量', 12, '立方米/万元', '<='],
    ]);
    // 万元 as an amount is not an output: 人均收入 stays in 万元, 能耗总量 in 万吨标准煤.
    expect(read('城镇居民人均可支配收入达到6万元')).toEqual([['城镇居民人均可支配收入', 6, '万元', '>=']]);
    expect(read('能源消费总量控制在500万吨标准煤以内')).toEqual([['能源消费总量', 500, '万吨标准煤', '<=']]);
  });

  it('reads a table row of an intensity with no base as a cap too', () => {
    const { targets, issues } = readPlanTable(
      ['指标,单位,目标年,目标值,属性', '单位地区生产总值能耗,吨标准煤/万元,2025,0.36,约束性'].join('\n'),
    );
    expect(targets.map((t) => [t.value, t.comparator])).toEqual([[0.36, '<=']]);
    expect(issues.map((i) => i.code)).toEqual([]);
  });
});

// A plan's table prints a fall over the period in brackets (单位GDP能耗下降 | % | 〔14〕): the target was read as
// the cut it is, but named 单位GDP能耗下降, an indicator of its own the prose's 单位GDP能耗 and the actuals missed.
describe('a bracketed fall in a plan’s table', () => {
  it('names the indicator, the fall being the target', () => {
    for (const value of ['〔14〕', '[14]', '［14］']) {
      const { targets } = readPlanTable(
        ['指标,单位,目标年,目标值', `单位GDP能耗下降,%,2025,${value}`].join('\n'),
      );
      expect(targets.map((t) => [t.name, t.kind, t.value, t.comparator])).toEqual([
        ['单位GDP能耗', 'cumulative-growth', -14, '<='],
      ]);
    }
    const { targets } = readPlanTable(
      ['指标,单位,目标年,目标值', '单位地区生产总值二氧化碳排放累计降低,%,2025,〔18〕'].join('\n'),
    );
    expect(targets.map((t) => t.name)).toEqual(['单位地区生产总值二氧化碳排放']);
  });

  it('names it so in the table of a plan’s text, and drafts it once with the prose that says the same fall', () => {
    const table = [
      '主要指标',
      '指标\t单位\t2020年\t2025年\t属性',
      '单位GDP能耗下降\t%\t\t〔14〕\t约束性',
      '地区生产总值\t亿元\t500\t700\t预期性',
    ];
    const read = (lines: string[]) =>
      extractTargets(lines.join('\n')).targets.map((t) => [t.name, t.value, t.comparator, t.nature ?? null]);
    const expected = [
      ['单位GDP能耗', -14, '<=', 'binding'],
      ['地区生产总值', 700, '>=', 'indicative'],
    ];
    expect(read(table)).toEqual(expected);
    expect(read(['到2025年，单位GDP能耗下降14%。', ...table])).toEqual(expected);
  });

  it('reads the verb printed outside the bracket (下降〔14〕), as the bracket inside the name’s fall', () => {
    const { targets, issues } = readPlanTable(
      ['指标,单位,目标年,目标值', '单位GDP能耗,%,2025,下降〔14〕', '高新技术企业,家,2025,新增〔82〕'].join(
        '\n',
      ),
    );
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    // The rise in brackets is a total over the period, as 〔82〕 alone reads.
    expect(targets.map((t) => [t.name, t.kind, t.value, t.comparator, t.total ?? false])).toEqual([
      ['单位GDP能耗', 'cumulative-growth', -14, '<=', false],
      ['高新技术企业', 'increase', 82, '>=', true],
    ]);
  });
});

describe('a bracketed figure in a plan’s text', () => {
  it('reads 下降〔14〕% as 下降14% reads, cited as printed, and leaves a reference mark [1] alone', () => {
    const read = (text: string) =>
      extractTargets(text).targets.map((t) => [t.name, t.kind, t.value, t.comparator, t.figure]);
    expect(read('到2025年，单位GDP能耗下降〔14〕%，单位GDP二氧化碳排放累计下降［18］%。见附件[1]。')).toEqual(
      [
        ['单位GDP能耗', 'cumulative-growth', -14, '<=', '〔14〕%'],
        ['单位GDP二氧化碳排放', 'cumulative-growth', -18, '<=', '［18］%'],
      ],
    );
    const plain = read('到2025年，单位GDP能耗下降14%。')[0]!;
    expect(read('到2025年，单位GDP能耗下降〔14〕%。')[0]!.slice(0, 4)).toEqual(plain.slice(0, 4));
  });
});
