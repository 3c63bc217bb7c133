// The report's settings say what an unset default gives way to once actuals are entered. A stock's entry rate
// does not take its own average change: it takes the observed net growth plus the exit rate (historyRateBasis),
// and the note beside its default must say so, in both languages.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import type { Plan } from '../../engine/index.ts';
import type { Lang } from '../../notebook/i18n/lang.ts';
import { buildReport } from '../../notebook/report/reportDocument.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { planFromTable } from '../extract/planFromTable.ts';

/** The plan-default cell of the settings row of parameter `id`, set in the scenario to `value`. */
async function defaultCell(plan: Plan, id: string, value: string, lang: Lang): Promise<string> {
  const working: Working = { name: { zh: '调整' }, plan: plan.meta.id, parameters: { [id]: value } };
  const evaluation = await evaluateTargets(plan, working as never, {}, { paths: 0 });
  const doc = buildReport(
    {
      plan,
      evaluation,
      result: null,
      actuals: {},
      scenarioName: '调整',
      organisation: '',
      date: '2026-06-30',
      notes: [],
      scenario: working,
    },
    lang,
  );
  // As the report names it: a generated name has its English (generatedName).
  const { name: text } = plan.parameters.find((p) => p.id === id)!;
  const name = lang === 'en' ? (text.en ?? text.zh) : text.zh;
  return doc.settings.rows.find((r) => r.setting.includes(name))!.planDefault;
}

describe('the note beside a default that gives way to history', () => {
  const firms = planFromTable(['指标,单位,2020年,2025年', '科技型中小企业,家,140,320'], 2025);
  const entry = firms.parameters.find((p) => p.id.startsWith('entry_') && p.untilHistory)!;

  it('says net growth plus the exit rate for a stock’s entry rate', async () => {
    const zh = await defaultCell(firms, entry.id, '15% ± 4%', 'zh');
    expect(zh).toContain('实际年均净增长率 + 年退出率');
    expect(zh).not.toContain('年均变化');
    const en = await defaultCell(firms, entry.id, '15% ± 4%', 'en');
    expect(en).toContain('net growth');
    expect(en).toContain('exit rate');
  });

  it('still says the average change for a level’s growth rate', async () => {
    const gdp = planFromTable(['指标,单位,2020年,2025年', '地区生产总值,亿元,285.6,400'], 2025);
    const growth = gdp.parameters.find((p) => p.untilHistory)!;
    expect(await defaultCell(gdp, growth.id, '6% ± 3%', 'zh')).toContain('（录入实际数据后改用其年均变化）');
  });
});
