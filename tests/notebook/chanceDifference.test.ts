import { describe, expect, it } from 'vitest';
import { chanceDifference } from '../../notebook/model/chanceDifference.ts';

describe('the difference of two chances', () => {
  it('is the difference of the chances as shown (郑处长: 99% and 65% had read −33)', () => {
    expect(chanceDifference(0.6541, 0.9862)).toBe(-34);
    expect(chanceDifference(0.59, 0.914)).toBe(-32);
    expect(chanceDifference(0.5, 0.5)).toBe(0);
    // >99% and <1% are taken at 99 and 1, as a reader takes them.
    expect(chanceDifference(0.996, 0.5)).toBe(49);
    expect(chanceDifference(0.002, 0.3)).toBe(-29);
  });
});
