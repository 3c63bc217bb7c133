// English text names the plan's units in English: a pasted value questioned in English had read "6480000亿元",
// a verdict resting on one "2900 亿元, perhaps 290 亿元", a formula cell "(unit: 倍)"; 家 read "firms" for R&D
// institutions too, and 个 and 条 had no unit at all. The Chinese text stays as it was.
import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import type { QuestionedActual } from '../../engine/actuals/questionedActuals.ts';
import { formatTyped } from '../../engine/report/formatTyped.ts';
import { formatValue, sheetUnit, unitLabel } from '../../engine/report/formatValue.ts';
import { msg } from '../../engine/report/messages/message.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { targetPhrase } from '../../engine/report/targetPhrase.ts';
import { questionedMessage } from '../../engine/report/verdictMessage.ts';
import { convertUnit } from '../../engine/units/unitFactor.ts';
import { reportCells } from '../../notebook/report/reportCells.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';

const HAN_UNIT = /\d\s*(亿元|万元|万人|万户|家|个|条|项|倍|户|人|件|是\/否)/u;
/** English text without the money it quotes as typed, in the plan's unit beside its English reading (formatTyped). */
const untyped = (s: string) => s.replace(/\d[\d.e+]* (亿元|万元|亿美元|万美元)(\/人)? \(/gu, '(');

describe('a pasted value questioned in English', () => {
  // With the published statistics: 2021's figure is what 2022's is read against.
  const plan = yaohaiWithStatistics();
  const paste = [
    '指标\t年份\t数值',
    '社会消费品零售总额\t2021\t6480000',
    '社会消费品零售总额\t2022\t5800',
    '高新技术企业数\t2022\t-5',
    '高新技术企业数\t2023\t72.5',
  ].join('\n');
  const issues = parseActuals(paste, plan).issues;
  const of = (code: string) => issues.find((i) => i.code === code)!;

  it('quotes the value and what it is read against in English units, every digit kept', () => {
    // Money as typed, in the plan's unit, with the English reading beside it (a slipped 48.5 亿元 questioned as
    // "4.85 bn yuan … did you mean 48.5 bn yuan" had read as offering back the 48.5 typed).
    expect(of('farFromBaseRefused').message).toContain(
      '6,480,000 亿元 (648,000 bn yuan) is 30 or more times off',
    );
    expect(of('farFromBaseRefused').message).toContain(', 435 亿元 (43.5 bn yuan):');
    expect(of('decimalSlipYear').message).toContain('read, but 5,800 亿元 (580 bn yuan) is far from');
    expect(of('decimalSlipYear').message).toContain(
      'did you mean 580 亿元 (58 bn yuan), a decimal point moved?',
    );
    expect(of('negativeAmountRefused').message).toContain('(-5 firms)');
    // A unit named in a sentence, not beside a figure: "counts whole 家" had stood in the English.
    expect(of('notWholeCount').message).toContain('counts whole firms, not 72.5');
    for (const i of issues) expect(untyped(i.message)).not.toMatch(HAN_UNIT);
  });

  it('reads in Chinese as it did', () => {
    expect(of('farFromBaseRefused').messageZh).toContain(
      '6,480,000亿元 与社会消费品零售总额的基期值 435亿元',
    );
    expect(of('decimalSlipYear').messageZh).toContain('5,800亿元 与社会消费品零售总额2021年的 473亿元');
    expect(of('decimalSlipYear').messageZh).toContain('疑为 580亿元');
    expect(of('negativeAmountRefused').messageZh).toBe(
      '高新技术企业数不能为负数（-5家）：请核对后重新录入，该值不采用',
    );
  });
});

describe('a verdict resting on a questioned value', () => {
  const q: QuestionedActual = {
    indicator: 'retail_sales',
    name: { zh: '社会消费品零售总额', en: 'Retail sales' },
    unit: '亿元',
    year: 2023,
    value: 2900,
    guess: 290,
    why: 'decimal',
  };
  const said = (lang: 'zh' | 'en') => renderMessage(lang, questionedMessage(msg('verdict.basis.data'), [q]));

  it('says the value and the guess in English units', () => {
    expect(said('en')).toContain(
      'Retail sales 2023: 2,900 亿元 (290 bn yuan), perhaps 290 亿元 (29 bn yuan), a decimal point moved',
    );
    expect(untyped(said('en'))).not.toMatch(HAN_UNIT);
    expect(said('zh')).toContain('2023年社会消费品零售总额 2,900 亿元 疑为 290 亿元（小数点错位）');
  });
});

describe('the English words of the plan’s common units', () => {
  it('give 个 and 条 a neutral noun, not nothing, and keep 家 as firms', () => {
    expect(formatValue(20, '家', 'en')).toBe('20 firms');
    expect(formatValue(5, '个', 'en')).toBe('5 units');
    expect(formatValue(1, '条', 'en')).toBe('1 unit');
    expect(formatValue(3, '条/年', 'en')).toBe('3 units/yr');
    expect(unitLabel('个', 'en')).toBe('units');
    expect(sheetUnit('条', 'en')).toBe('units (条)');
    // An English table that says them is read back into the plan's unit; the older word still is.
    expect(convertUnit(3, 'firms', '家')).toBe(3);
    expect(convertUnit(3, 'establishments', '家')).toBe(3);
    expect(convertUnit(3, 'units', '个')).toBe(3);
  });

  it('say a ratio, points and a yes/no milestone in English', () => {
    expect(formatValue(2.25, '倍', 'en')).toBe('2.25×');
    expect(unitLabel('倍', 'en')).toBe('times');
    expect(formatValue(2, '个百分点', 'en')).toBe('2 pp');
    expect(formatValue(1, '是/否', 'en')).toBe('yes');
    expect(formatValue(0, '是/否', 'en')).toBe('no');
    expect(targetPhrase({ kind: 'milestone', comparator: '>=', value: 1 }, '是/否', 'en')).toBe('yes');
    expect(sheetUnit('是/否', 'en')).toBe('yes = 1, no = 0 (是/否)');
  });

  it('quote a typed value with its digits, money in the English scale', () => {
    expect(formatTyped(6480000, '亿元', 'en')).toBe('6,480,000 亿元 (648,000 bn yuan)');
    expect(formatTyped(12.345678, '万元', 'en')).toBe('12.3457 万元 (123,457 yuan)');
    expect(formatTyped(0.62, '万人', 'en')).toBe('0.62 × 10k people');
    expect(formatTyped(90, '家/年', 'en')).toBe('90 firms/yr');
    expect(formatTyped(0.0425, '%', 'en')).toBe('4.25%');
  });

  it('leave every one of them as it was in Chinese', () => {
    expect(formatValue(20, '家', 'zh')).toBe('20 家');
    expect(formatValue(5, '个', 'zh')).toBe('5 个');
    expect(formatValue(2.25, '倍', 'zh')).toBe('2.25 倍');
    expect(formatValue(1, '是/否', 'zh')).toBe('1 是/否');
    expect(unitLabel('倍', 'zh')).toBe('倍');
    expect(targetPhrase({ kind: 'milestone', comparator: '>=', value: 1 }, '是/否', 'zh')).toBe('≥ 1 是/否');
    expect(formatTyped(6480000, '亿元', 'zh', true)).toBe('6,480,000亿元');
    expect(formatTyped(2900, '亿元', 'zh')).toBe('2,900 亿元');
  });
});

describe('a formula cell in the English report', () => {
  it('names its unit in English', () => {
    const plan = yaohaiPlan();
    const scenario = {
      name: { zh: '测试' },
      plan: plan.meta.id,
      formulas: [{ id: 'fx_odds', name: { zh: '比值', en: 'Odds' }, unit: '倍', formula: 'gdp / gdp' }],
      cells: [{ id: 'cell_f', kind: 'formula', after: 'formulas', formula: 'fx_odds' }],
    } as unknown as Working;
    const line = (lang: 'zh' | 'en') => reportCells(plan, scenario, 'x', null, lang)[0]!.lines[0];
    expect(line('en')).toBe('Odds = gdp / gdp (unit: times)');
    expect(line('zh')).toBe('比值 = gdp / gdp（单位：倍）');
  });
});
