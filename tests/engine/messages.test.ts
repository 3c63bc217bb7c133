// The one message catalogue and the one formatter: every code reads in both languages with the same
// placeholders; the page's catalogue includes the engine's; list parameters are joined per language; the
// engine's table formatter and the page's agree on which units are fractions.
import { describe, expect, it } from 'vitest';
import {
  basisMessage,
  renderMessage,
  runWarningMessage,
  type TableIssueCode,
  tableIssueText,
  verdictMessage,
} from '../../engine/index.ts';
import { formatQuantity } from '../../engine/report/formatQuantity.ts';
import { formatValue, isPercentUnit } from '../../engine/report/formatValue.ts';
import { ENGINE_MESSAGES } from '../../engine/report/messages/catalogue.ts';
import { CLI_MESSAGES } from '../../engine/report/messages/cliMessages.ts';
import { EXTRACT_MESSAGES } from '../../engine/report/messages/extractMessages.ts';
import { fill, render } from '../../engine/report/messages/render.ts';
import { TABLE_MESSAGES } from '../../engine/report/messages/tableMessages.ts';
import { targetPhrase } from '../../engine/report/targetPhrase.ts';
import { MESSAGES as PAGE_MESSAGES } from '../../notebook/i18n/messages.ts';
import { REPORT_MESSAGES } from '../../notebook/i18n/reportMessages.ts';
import { t } from '../../notebook/i18n/t.ts';

// The page's labels and the report's (loaded with the report's code), and the engine's words loaded with the
// code that says them (the table reader's, the extractor's, the CLI's).
const MESSAGES = {
  ...PAGE_MESSAGES,
  ...REPORT_MESSAGES,
  ...EXTRACT_MESSAGES,
  ...TABLE_MESSAGES,
  ...CLI_MESSAGES,
};

// The names a text fills (a name may be written twice in one language and once in the other).
const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('the message catalogue', () => {
  it('has every entry in both languages with the same placeholders', () => {
    const problems: string[] = [];
    for (const [code, text] of Object.entries(MESSAGES) as [string, { zh: string; en: string }][]) {
      if (placeholders(text.zh).join() !== placeholders(text.en).join())
        problems.push(`${code}: placeholders differ`);
      if (text.zh.trim() === '' && text.en.trim() !== '') problems.push(`${code}: no Chinese`);
      if (text.en.trim() === '' && text.zh.trim() !== '' && !code.startsWith('common.'))
        problems.push(`${code}: no English`);
    }
    expect(problems).toEqual([]);
  });

  it('renders the words loaded later once their code has loaded, and keeps them out of the first catalogue', () => {
    expect(render('zh', 'table.unknown-column', { value: 'x' })).toBe('不认识的列“x”，已忽略');
    expect(render('en', 'cli.check.kind')).toBe('kind');
    expect(
      Object.keys(ENGINE_MESSAGES).some((k) => /^(table|extract|cli)\./.test(k) || /^check\.arith/.test(k)),
    ).toBe(false);
    expect(Object.keys(PAGE_MESSAGES).some((k) => /^(table|extract|cli)\./.test(k))).toBe(false);
  });

  it('includes every engine code, so an engine output reads the same on the page and in the CLI', () => {
    for (const code of Object.keys(ENGINE_MESSAGES) as (keyof typeof ENGINE_MESSAGES)[]) {
      expect(t('zh', code, { n: 3 })).toBe(render('zh', code, { n: 3 }));
      expect(t('en', code, { n: 3 })).toBe(render('en', code, { n: 3 }));
    }
  });

  it('writes no Chinese in English texts outside quotes or brackets (citations), and no English sentence in Chinese', () => {
    const cjk = /[\u3400-\u9FFF]/;
    const latinSentence = /[A-Za-z]{2,}(?:[\s,;:'’-]+[A-Za-z]{2,}){2,}/;
    const unquoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"|\([^()]*\)|（[^（）]*）/g, '');
    const bad: string[] = [];
    for (const [code, text] of Object.entries(MESSAGES) as [string, { zh: string; en: string }][]) {
      if (code === 'lang.toggle') continue; // names the other language in that language
      if (cjk.test(unquoted(text.en))) bad.push(`${code} (en): ${text.en}`);
      if (latinSentence.test(text.zh)) bad.push(`${code} (zh): ${text.zh}`);
    }
    expect(bad).toEqual([]);
  });

  // Goal-seek said “净增“五上”企业200家”: a name quoting the plan's own term, inside the message's quotation.
  it('writes the double quotes of a quoted name as single ones, and leaves an unquoted name as it is', () => {
    const name = '净增“五上”企业200家';
    expect(fill('目标“{target}”无解；{target}', { target: name })).toBe(
      '目标“净增‘五上’企业200家”无解；净增“五上”企业200家',
    );
  });

  it('fills parameters, joins lists as each language writes them, and leaves a missing one visible', () => {
    expect(fill('{names}', { names: ['甲', '乙'] }, 'zh')).toBe('甲、乙');
    expect(fill('{names}', { names: ['a', 'b'] }, 'en')).toBe('a, b');
    expect(render('zh', 'eval.noDataList', { n: 2, names: '甲；乙' })).toBe(
      '无实际数据的目标 2 项（未评估）：甲；乙。',
    );
    expect(fill('{a} and {b}', { a: 1 }, 'en')).toBe('1 and {b}');
    expect(render('en', 'status.on-track')).toBe('broadly on plan');
  });
});

describe('the one formatter', () => {
  it('treats the same units as fractions in the CLI tables and on the page', () => {
    for (const unit of ['%', '%/年', '百分点', '比例', ' % ']) expect(isPercentUnit(unit)).toBe(true);
    for (const unit of ['亿元', '家', '户/年']) expect(isPercentUnit(unit)).toBe(false);
    // A rate in %/年 is a percentage in both, never "0.075 %/年".
    expect(formatQuantity(0.075, '%/年', 'zh')).toBe('7.5%/年');
    expect(formatValue(0.075, '%/年', 'zh')).toBe('7.5%/年');
    expect(formatQuantity(0.075, '%/年', 'en')).toBe('7.5%/yr');
  });

  it('formats the same with cached formatters as with fresh ones, in both languages', () => {
    const fresh = (v: number, lang: 'zh' | 'en', d: number) =>
      new Intl.NumberFormat(lang === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: d }).format(v);
    for (const v of [0, 1.5, 12345.678, -3.2]) {
      expect(formatValue(v, '个', 'en').split(' ')[0]).toBe(fresh(v, 'en', 0)); // counts are whole
      expect(formatQuantity(v, '亿元', 'zh')).toBe(
        `${fresh(v, 'zh', Math.abs(v) >= 1000 ? 0 : Math.abs(v) >= 10 ? 1 : Math.abs(v) >= 1 ? 2 : 3)} 亿元`,
      );
    }
  });

  it('writes a target one way everywhere', () => {
    expect(targetPhrase({ kind: 'level', comparator: '>=', value: 607 }, '亿元', 'zh')).toBe('≥ 607 亿元');
    expect(targetPhrase({ kind: 'growth', comparator: '>=', value: 0.075 }, '%', 'zh')).toBe('≥ +7.5%/年');
    expect(targetPhrase({ kind: 'increase', comparator: '>=', value: 150 }, '家', 'zh')).toBe('≥ +150 家');
    // A count the plan prints with decimals (每千人口托位数 4.5 个) is not rounded to whole items.
    expect(targetPhrase({ kind: 'level', comparator: '>=', value: 4.5 }, '个', 'zh')).toBe('≥ 4.5 个');
    // A share's increase is in points (提高0.9个百分点), not a share of 0.9%.
    expect(targetPhrase({ kind: 'increase', comparator: '>=', value: 0.009 }, '%', 'zh')).toBe(
      '≥ +0.9 个百分点',
    );
    expect(targetPhrase({ kind: 'increase', comparator: '>=', value: 0.009 }, '%', 'en')).toBe('≥ +0.9 pp');
    expect(targetPhrase({ kind: 'quota', comparator: '>=', value: 30 }, '家', 'en')).toBe('≥ 30 firms/yr');
    expect(targetPhrase({ kind: 'level', comparator: 'range', value: [3, 5] }, '个', 'zh')).toBe(
      '3 个 – 5 个',
    );
    // A fall the plan asks for reads as a fall (赵工: "单位GDP能耗降低 ≤ -13.5%（5年累计）" was a double negative).
    const energy = { kind: 'growth', comparator: '<=', value: -0.027, printedChange: { years: 5 } };
    expect(targetPhrase(energy, '%', 'zh')).toBe('下降 ≥ 13.5%（5年累计）');
    expect(targetPhrase(energy, '%', 'en')).toBe('fall ≥ 13.5% over 5 yrs');
    expect(targetPhrase({ kind: 'growth', comparator: '<=', value: -0.03 }, '%', 'zh')).toBe('下降 ≥ 3%/年');
    // A ceiling on a rise is still a ceiling.
    expect(targetPhrase({ kind: 'growth', comparator: '<=', value: 0.02 }, '%', 'zh')).toBe('≤ +2%/年');
  });
});

// The sentences below are what the CLI, the CSV and the report printed before these words moved into the
// catalogue (engine/report/verdictText.ts, engine/table/tableIssueText.ts, the page's run-warning texts);
// the verdict words have since become the page's too (one vocabulary: tests/notebook/verdictSentence.test.ts).
describe('verdicts, table issues and run warnings through the catalogue', () => {
  const missed = {
    code: 'at-risk' as const,
    reason: 'quota-every-year' as const,
    params: { pace: 0.83, pMet: 0.4567, missedYears: [2022, 2024] },
  };

  it('words a verdict with its reason and numbers, in both languages', () => {
    expect(renderMessage('en', verdictMessage(missed))).toBe(
      'At risk: The quota is due every year: one short year misses it; 2022, 2024 fell short.',
    );
    expect(renderMessage('zh', verdictMessage({ ...missed, code: 'achieved' }))).toBe(
      '已达成：年度任务须逐年完成，任一年不足即未达成；2022、2024 年未完成。',
    );
    expect(
      renderMessage('en', verdictMessage({ ...missed, code: 'off-track', params: { missedYears: [] } })),
    ).toBe('Off track: The quota is due every year: one short year misses it.');
    const below = {
      code: 'at-risk' as const,
      reason: 'latest-actual-below-path' as const,
      params: { plannedPathRatio: 0.9, pMet: 0.4 },
    };
    expect(renderMessage('en', verdictMessage(below, true))).toBe(
      'Aspirational · At risk: The latest actual lies below the planned path (90% of it); starting from it, P(met) is 40%.',
    );
    expect(renderMessage('zh', verdictMessage({ code: 'on-track', reason: null, params: {} }, true))).toBe(
      '力争 · 进展顺利',
    );
  });

  // The 670亿 retail target read "below the planned path (100% of it); … P(met) is 0%" beside a table
  // showing 99.7% and <1%.
  it('never words a ratio just under the path as 100%, nor a P(met) under 1% as 0%', () => {
    const below = {
      code: 'off-track' as const,
      reason: 'latest-actual-below-path' as const,
      params: { plannedPathRatio: 0.997, pMet: 0.0004 },
    };
    expect(renderMessage('en', verdictMessage(below))).toBe(
      'Off track: The latest actual lies below the planned path (99.7% of it); starting from it, P(met) is under 1%.',
    );
    expect(renderMessage('zh', verdictMessage(below))).toBe(
      '难以达成：最新实际值低于计划路径（为路径值的 99.7%），推演从该值出发，达成概率 <1%。',
    );
    const above = {
      ...below,
      reason: 'latest-actual-above-path' as const,
      params: { plannedPathRatio: 1.0004, pMet: 0.9996 },
    };
    expect(renderMessage('en', verdictMessage(above))).toContain(
      '(100.04% of it); starting from it, P(met) is over 99%.',
    );
    expect(
      renderMessage('en', verdictMessage({ ...below, params: { plannedPathRatio: 0.93, pMet: 0.25 } })),
    ).toContain('(93% of it); starting from it, P(met) is 25%.');
  });

  it('says what a verdict rests on, with the base source unless the base is unknown', () => {
    expect(renderMessage('zh', basisMessage({ verdictBasis: 'data', baseSource: 'plan' }))).toBe(
      // The bracket is the base's source, said as such: "依据假设 (规划原文)" read as a contradiction.
      '依据数据（基期：规划原文）',
    );
    expect(renderMessage('en', basisMessage({ verdictBasis: 'data', baseSource: 'statistic' }))).toBe(
      'Rests on data (base: published statistic)',
    );
    expect(renderMessage('en', basisMessage({ verdictBasis: 'unknown-base', baseSource: 'unknown' }))).toBe(
      'Base to be entered',
    );
  });

  it('places a table issue in the sheet and names the template columns from the column spec', () => {
    const issue = (
      code: TableIssueCode,
      row: number | null,
      column: number | null,
      columnName: string | null,
    ) => ({
      severity: 'error' as const,
      code,
      row,
      column,
      columnName,
      value: 'X1',
      detail: 'D1',
    });
    expect(tableIssueText(issue('missing-value', 4, 6, '目标值'))).toBe(
      '第4行第6列（目标值）：目标值为空（定性指标请在“类型”中填“定性”）',
    );
    expect(tableIssueText(issue('no-header', null, null, null), 'en')).toBe(
      'no header found: it needs columns 指标 and 目标值 (the template has D1)',
    );
    expect(tableIssueText(issue('bad-year', 7, null, null), 'en')).toBe(
      'row 7: "X1" is not a year (expected four digits such as 2025)',
    );
  });

  it('words a run warning from the engine catalogue', () => {
    const w = {
      code: 'nonFinite' as const,
      indicator: 'new_flow',
      year: 2021,
      value: 'NaN' as const,
      deterministic: false,
      paths: 12,
      cause: { kind: 'input' as const, from: 'gdp' },
    };
    expect(renderMessage('zh', runWarningMessage(w))).toBe(
      'new_flow 自 2021 年起无法计算（12 条模拟路径）：它引用的 gdp 已无法计算',
    );
  });
});
