// A quantity per head in a counted unit (每万人口高价值发明专利拥有量, 件) is a ratio: 12.3 entered for 2026 had
// been shown as "12 件" in the evaluation, its base 11.2 as "11 件", and its median rounded to whole items, so a
// planner could not find her own figure in the table.

import { describe, expect, it } from 'vitest';
import { parseActuals } from '../../engine/actuals/parseActuals.ts';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { evaluationColumn } from '../../engine/report/evaluationColumns.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { verdictMessage } from '../../engine/report/verdictMessage.ts';
import { planFromTable } from '../extract/planFromTable.ts';

const plan = planFromTable([
  '指标名称,单位,2025年基期,2030年目标',
  '每万人口高价值发明专利拥有量,件,11.2,16.5',
  '专精特新企业,家,120,200',
]);
const [patents, firms] = plan.targets;

describe('a quantity per head in a counted unit, shown', () => {
  it('keeps the decimals of its base and of the actual entered', async () => {
    const pasted = parseActuals(
      ['指标,2026', '每万人口高价值发明专利拥有量,12.3', '专精特新企业,131'].join('\n'),
      plan,
    );
    const ev = await evaluateTargets(plan, null, pasted.actuals, { paths: 200, seed: 1 });
    const row = ev.targets.find((t) => t.id === patents!.id)!;
    expect(row.whole).toBe(false);
    expect(evaluationColumn('base').text(row, 'zh')).toBe('11.2 件');
    expect(evaluationColumn('latest').text(row, 'zh')).toContain('12.3 件');
    expect(evaluationColumn('latest').text(row, 'en')).toContain('12.3 items');
    // A count of firms stays whole.
    const firmRow = ev.targets.find((t) => t.id === firms!.id)!;
    expect(firmRow.whole).toBe(true);
  });

  it('says the value of a missed target year with its decimals', async () => {
    const pasted = parseActuals(['指标,2030', '每万人口高价值发明专利拥有量,15.4'].join('\n'), plan);
    const ev = await evaluateTargets(plan, null, pasted.actuals, { paths: 200, seed: 1 });
    const row = ev.targets.find((t) => t.id === patents!.id)!;
    expect(row.verdict.code).toBe('missed');
    expect(renderMessage('zh', verdictMessage(row.verdict))).toContain('15.4 件');
  });
});
