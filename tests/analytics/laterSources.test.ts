// An evaluation as of an earlier year had projected 社零 from 2023 with g_retail's 3%, the 2021–2025 average of a
// report issued in January 2026, and said nothing of it (社零 2025 read 532.4 as of 2023).
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { laterSources } from '../../engine/evaluate/laterSources.ts';
import { SCENARIO_FORMAT } from '../../engine/plan/scenarioSchema.ts';
import { asOfNotes } from '../../engine/report/asOfNotes.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { captureCli, tempFile } from '../cliInProcess.ts';
import { yaohaiPlan, yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('laterSources', () => {
  it('lists the parameters resting on a statistic published after the year that follows the as-of year', () => {
    const plan = yaohaiPlan();
    expect(laterSources(plan, null, 2023).map((p) => [p.parameter, p.date])).toEqual([
      ['g_retail', '2026-01-14'],
    ]);
    // Published in January 2026: an evaluation as of 2024 could not have known it either; as of 2025 it could.
    expect(laterSources(plan, null, 2024).map((p) => p.parameter)).toEqual(['g_retail']);
    expect(laterSources(plan, null, 2025)).toEqual([]);
    // Set by the scenario, it is the planner's own figure.
    const own = { format: SCENARIO_FORMAT, name: { zh: 'x' }, parameters: { g_retail: '5%' } };
    expect(laterSources(plan, own as never, 2023)).toEqual([]);
  });

  it('is said beside 截至 in the evaluation as of an earlier year, and only then', async () => {
    const asOf = await evaluateTargets(yaohaiWithStatistics(), null, {}, { paths: 0, asOf: 2023 });
    expect(asOf.summary.laterSources.map((p) => p.parameter)).toEqual(['g_retail']);
    expect(asOf.summary.chosenAsOf).toBe(2023);
    const zh = asOfNotes(asOf, 2026).map((m) => renderMessage('zh', m));
    expect(zh).toContainEqual(
      expect.stringContaining('假设“社会消费品零售总额增速”（2026-01-14公布）取自2023年之后公布的资料'),
    );
    expect(asOfNotes(asOf, 2026).map((m) => renderMessage('en', m))).toContainEqual(
      expect.stringContaining('rests on figures published after 2023'),
    );
    const now = await evaluateTargets(yaohaiWithStatistics(), null, {}, { paths: 0 });
    expect(now.summary.laterSources).toEqual([]);
    expect(now.summary.chosenAsOf).toBeNull();
    expect(
      asOfNotes(now, 2026)
        .map((m) => renderMessage('zh', m))
        .join(''),
    ).not.toContain('之后公布的资料');
  });

  // The page keeps 评估截至 in the scenario, so its link and file reopen the same review.
  it('is read from a scenario file that stands at a year, when --as-of is not given', async () => {
    const file = tempFile(
      'asof.scenario.json',
      JSON.stringify({ format: SCENARIO_FORMAT, name: { zh: '中期评估' }, asOf: 2023 }),
    );
    const { code, stdout } = await captureCli(main, [
      'evaluate',
      '--scenario',
      file,
      '--paths',
      '0',
      '--format',
      'json',
    ]);
    expect(code).toBe(0);
    const ev = JSON.parse(stdout);
    expect(ev.summary.chosenAsOf).toBe(2023);
    const retail = ev.targets.find((t: { id: string }) => t.id === 'retail_sales_2025');
    expect(retail.latest.year).toBe(2021);
    const over = await captureCli(main, [
      'evaluate',
      '--scenario',
      file,
      '--as-of',
      '2024',
      '--paths',
      '0',
      '--format',
      'json',
    ]);
    expect(JSON.parse(over.stdout).summary.chosenAsOf).toBe(2024);
  });

  it('is printed by the CLI table beside the other as-of notes', async () => {
    const { code, stdout } = await captureCli(main, [
      'evaluate',
      '--as-of',
      '2023',
      '--paths',
      '0',
      '--format',
      'table',
    ]);
    expect(code).toBe(0);
    expect(stdout).toContain('取自2023年之后公布的资料');
    // In English each note is a sentence of its own, capitalised.
    const en = await captureCli(main, [
      'evaluate',
      '--as-of',
      '2023',
      '--paths',
      '0',
      '--format',
      'table',
      '--lang',
      'en',
    ]);
    expect(en.stdout).toContain(
      'The assumption “Retail sales growth” (published 2026-01-14) rests on figures published after 2023',
    );
  });
});
