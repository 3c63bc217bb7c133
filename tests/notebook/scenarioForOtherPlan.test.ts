// A scenario file made for another plan, imported into the page, had been refused with ten id errors
// (parameters.g_ind_01：规划中没有此编号的参数 …). It is now refused for the one reason, naming both plans, as a
// link of another plan is (link.error.otherPlan).
import { describe, expect, it } from 'vitest';
import { t } from '../../notebook/i18n/t.ts';
import { scenarioForOtherPlan } from '../../notebook/state/scenarioForOtherPlan.ts';

const doc = (plan?: unknown) => ({
  format: 'planpath/scenario@1',
  ...(plan === undefined ? {} : { plan }),
  name: { zh: '加力' },
  parameters: { g_ind_01: 0.08 },
});

describe('scenarioForOtherPlan', () => {
  it('names the other plan a document was made for', () => {
    expect(scenarioForOtherPlan(doc('nanling-2030'), 'yaohai-14th')).toBe('nanling-2030');
  });

  it('lets through a document of the open plan, and one that names no plan (typed by hand)', () => {
    expect(scenarioForOtherPlan(doc('yaohai-14th'), 'yaohai-14th')).toBeNull();
    expect(scenarioForOtherPlan(doc(), 'yaohai-14th')).toBeNull();
    expect(scenarioForOtherPlan(null, 'yaohai-14th')).toBeNull();
    expect(scenarioForOtherPlan([1], 'yaohai-14th')).toBeNull();
  });

  it('is said in one sentence naming both plans, the current scenario kept', () => {
    const params = { plan: 'nanling-2030', current: 'yaohai-14th' };
    expect(t('zh', 'scen.document.otherPlan', params)).toBe(
      '情景文件属于另一份规划（“nanling-2030”），本页打开的是“yaohai-14th”；当前情景未改动。请在本页导入或打开那份规划后再导入此文件',
    );
    expect(t('en', 'scen.document.otherPlan', params)).toBe(
      'the scenario file belongs to another plan (“nanling-2030”) and this page has “yaohai-14th” open; the current scenario is unchanged. Import or open that plan here, then import the file again',
    );
  });
});
