// What a run did with actuals of derived indicators is said in both languages, naming the indicators by
// their names (not ids) and the parts that took an assumed share.
import { describe, expect, it } from 'vitest';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { runSync } from '../../engine/run/run.ts';
import { actualsScenario, feasibilityPlan } from './feasibilityFixture.ts';

describe('anchoring messages', () => {
  const plan = feasibilityPlan();
  const name = (id: string) => plan.indicators.find((i) => i.id === id)!.name.zh;

  it('name the split parts and the year of an even split, in Chinese and English', () => {
    const r = runSync(plan, actualsScenario({ total_c: { '2023': 150 } }), { paths: 0 });
    const [m, ...rest] = anchoringMessages(plan, r);
    expect(rest).toEqual([]);
    const zh = renderMessage('zh', m!);
    expect(zh).toContain('2023');
    expect(zh).toContain(name('total_c'));
    expect(zh).toContain(name('unknown_c'));
    expect(zh).toContain('均分');
    const en = renderMessage('en', m!);
    expect(en).toContain('equal parts');
    expect(en).not.toMatch(/\{\w+\}/);
  });

  it('say a pro-rata re-anchoring and a carried ratio, and nothing when no actual is given', () => {
    const pro = runSync(plan, actualsScenario({ total: { '2023': 150 } }), { paths: 0 });
    expect(anchoringMessages(plan, pro).map((m) => m.code)).toEqual(['anchor.reanchored']);
    const carried = runSync(plan, actualsScenario({ share: { '2022': 0.3 } }), { paths: 0 });
    expect(anchoringMessages(plan, carried).map((m) => m.code)).toEqual(['anchor.actual-carried']);
    expect(anchoringMessages(plan, runSync(plan, null, { paths: 0 }))).toEqual([]);
  });
});
