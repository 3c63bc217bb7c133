// The page's input boxes had shown the Yaohai plan's indicators (五大支柱产业中小企业生产总值, pillar_output /
// market_entities) as examples on a planner's own plan, where no such indicator exists (testers). The examples
// follow the plan loaded; the form's name and id examples are neutral.
import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { exampleIndicators } from '../../notebook/model/exampleIndicators.ts';
import { formulaExample } from '../../notebook/model/formulaExample.ts';
import { pastePlaceholder } from '../../notebook/model/pastePlaceholder.ts';
import { readJson, yaohaiPlan } from '../engine/planFixtures.ts';

const synthetic = () => loadPlan(readJson('seeds/synthetic.plan.json'), 'synthetic.plan.json');
const yaohaiWords = /五大支柱|pillar|market_entities|支柱产业/;

describe('the examples in the page’s input boxes', () => {
  it('name the plan loaded, not the Yaohai plan', () => {
    const plan = synthetic();
    for (const lang of ['zh', 'en'] as const) {
      expect(pastePlaceholder(plan, lang)).not.toMatch(yaohaiWords);
      expect(formulaExample(plan)).not.toMatch(yaohaiWords);
    }
    expect(pastePlaceholder(plan, 'zh')).toBe('指标\t2023\t2024\t2025\n数字经济核心产业增加值\t…\t…\t…');
    // In English the id, which a paste reads as well as the name (and no Chinese in an English page).
    expect(pastePlaceholder(plan, 'en')).toBe('indicator\t2023\t2024\t2025\ndigital_output\t…\t…\t…');
    expect(formulaExample(plan)).toBe('digital_output / firms');
  });

  it('give no figure beside a real indicator: a placeholder is not data', () => {
    const text = pastePlaceholder(yaohaiPlan(), 'zh');
    expect(text.split('\n')[1]!.split('\t').slice(1)).toEqual(['…', '…', '…']);
  });

  it('take indicators a target reads, never a share’s odds helper, and stop at the target year', () => {
    const plan = yaohaiPlan();
    const ids = exampleIndicators(plan, 5).map((i) => i.id);
    expect(ids).toHaveLength(5);
    for (const id of ids) expect(plan.targets.some((t) => t.indicator === id)).toBe(true);
    expect(ids.some((id) => id.endsWith('_odds'))).toBe(false);
    const short = { ...plan, meta: { ...plan.meta, baseYear: 2023, targetYear: 2025 } };
    expect(pastePlaceholder(short, 'zh').split('\n')[0]).toBe('指标\t2024\t2025');
  });

  it('read by the paste as they are shown', async () => {
    const { parseActuals } = await import('../../engine/actuals/parseActuals.ts');
    for (const plan of [synthetic(), yaohaiPlan()])
      for (const lang of ['zh', 'en'] as const) {
        const [head, row] = pastePlaceholder(plan, lang).split('\n');
        const ind = exampleIndicators(plan, 1)[0]!;
        // Filled in with its base (a figure far from it is refused as a slip).
        const base = ind.base && 'value' in ind.base ? ind.base.value : 1;
        const parsed = parseActuals(`${head}\n${row!.replace(/…/g, String(base))}`, plan);
        expect(Object.keys(parsed.actuals), `${lang}: ${row}`).toEqual([ind.id]);
      }
  });
});
