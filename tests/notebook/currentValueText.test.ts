// Goal-seek's "当前情景取值" says where the value comes from: the scenario, or the plan's default and its kind.
import { describe, expect, it } from 'vitest';
import type { Plan } from '../../engine/index.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { currentValueText } from '../../notebook/model/currentValueText.ts';

const plan = {
  parameters: [
    { id: 'g_gdp', provenance: { kind: 'assumption' } },
    { id: 'g_retail', provenance: { kind: 'statistic' } },
  ],
} as unknown as Pick<Plan, 'parameters'>;

describe('currentValueText', () => {
  const zh = translator('zh');
  const en = translator('en');
  it('names the plan’s default and the kind of its source when the scenario does not set it', () => {
    expect(currentValueText(plan, {}, 'parameter', 'g_gdp', '5%/年', zh)).toBe(
      '当前情景取值 5%/年（规划默认值，依据：假设）',
    );
    expect(currentValueText(plan, { parameters: {} }, 'parameter', 'g_retail', '3%/年', zh)).toBe(
      '当前情景取值 3%/年（规划默认值，依据：统计数据）',
    );
    expect(currentValueText(plan, {}, 'parameter', 'g_gdp', '5%/yr', en)).toBe(
      'Current scenario: 5%/yr (the plan’s default; basis: Assumption)',
    );
  });

  it('says a value the scenario sets is set there, and a lever it does not use is off', () => {
    expect(currentValueText(plan, { parameters: { g_gdp: 0.06 } }, 'parameter', 'g_gdp', '6%/年', zh)).toBe(
      '当前情景取值 6%/年（本情景设定）',
    );
    expect(
      currentValueText(plan, { levers: { fund: { intensity: 1 } } } as never, 'lever', 'fund', '1', zh),
    ).toBe('当前情景取值 1（本情景设定）');
    expect(currentValueText(plan, { levers: {} }, 'lever', 'fund', '0', zh)).toBe(
      '当前情景取值 0（本情景未启用此项政策）',
    );
  });
});
