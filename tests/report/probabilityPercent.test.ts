// A probability exported to a spreadsheet: 4,975 of 5,000 paths (99.5%) had read 100 in the evaluation's CSV and
// .xlsx beside the page's ">99%", which a reader takes for certainty.
import { describe, expect, it } from 'vitest';
import { probabilityPercent } from '../../engine/report/evaluationColumns.ts';

describe('a probability as an exported percentage', () => {
  it('keeps a tenth of a point and never reads certain or impossible short of it', () => {
    expect(probabilityPercent(4975 / 5000)).toBe(99.5);
    expect(probabilityPercent(4999 / 5000)).toBe(99.9);
    expect(probabilityPercent(1 / 5000)).toBe(0.1);
    expect(probabilityPercent(0.1976)).toBe(19.8);
    expect(probabilityPercent(1)).toBe(100);
    expect(probabilityPercent(0)).toBe(0);
  });
});
