// The English of the plan's notes travels apart from the plan a first visit loads, and comes back whole.
import { describe, expect, it } from 'vitest';
import { mergeEnglishProse, splitEnglishProse } from '../../notebook/build/splitEnglishProse.ts';
import { yaohaiWithStatistics } from '../engine/planFixtures.ts';

describe('the English of the plan notes', () => {
  const plan = yaohaiWithStatistics();
  const { plan: zhOnly, english } = splitEnglishProse(plan);

  it('leaves the plan a first visit loads with Chinese notes only, and the plan itself untouched', () => {
    const text = JSON.stringify(zhOnly);
    const retail = plan.parameters.find((p) => p.id === 'g_retail')!.provenance as { note: { en: string } };
    expect(text).not.toContain(retail.note.en);
    expect(JSON.stringify(plan)).toContain(retail.note.en);
    // Names and descriptions keep both languages: the page's labels need them in either.
    expect(zhOnly.indicators[0]!.name).toEqual(plan.indicators[0]!.name);
    expect(Object.keys(english.prose).length).toBeGreaterThan(200);
    expect(text.length).toBeLessThan(JSON.stringify(plan).length * 0.9);
  });

  it('puts every English note back where it was', () => {
    const merged = structuredClone(zhOnly);
    mergeEnglishProse(merged, english);
    expect(merged).toEqual(plan);
  });

  it('puts nothing into another plan', () => {
    const other = structuredClone(zhOnly);
    other.meta.id = 'another-plan';
    mergeEnglishProse(other, english);
    expect(other).toEqual({ ...zhOnly, meta: { ...zhOnly.meta, id: 'another-plan' } });
  });
});
