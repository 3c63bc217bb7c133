// Tester F: 在孵企业达100家 waited for a base, and 录入基期 offered 孵化器、众创空间数 without saying why.
import { describe, expect, it } from 'vitest';
import { rootUnknownBases } from '../../engine/index.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { baseEntryForm } from '../../notebook/views/baseEntryForm.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('the base-entry form', () => {
  const plan = yaohaiWithStatistics();

  it('says which indicator the fields are for, when they are not the target’s own', () => {
    const roots = rootUnknownBases(plan, 'incubated_firms');
    expect(roots).not.toContain('incubated_firms');
    const zh = baseEntryForm(plan, roots, 'zh', translator('zh'), 'incubated_firms');
    expect(zh).toMatch(/在孵企业[^<]*由[^<]*推算，推演先要有其基期/);
    const en = baseEntryForm(plan, roots, 'en', translator('en'), 'incubated_firms');
    expect(en).toContain('whose base the run needs first');
  });

  it('says nothing more when the field is the target’s own indicator', () => {
    const own = plan.indicators.find((i) => rootUnknownBases(plan, i.id).includes(i.id))!;
    const form = baseEntryForm(plan, [own.id], 'zh', translator('zh'), own.id);
    expect(form).not.toContain('base-entry-why');
  });
});
