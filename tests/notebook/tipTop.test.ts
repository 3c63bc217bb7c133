// A questioned value's tip in the entered-data table stands above its cell, not over the next row (N10).
import { describe, expect, it } from 'vitest';
import { tipTop } from '../../notebook/views/tipTop.ts';

describe('where the tooltip stands', () => {
  const cell = { top: 300, bottom: 324 };

  it('stands above an element that asks, clear of it by a gap', () => {
    expect(tipTop(cell, 60, true, 0)).toBe(234);
    expect(tipTop(cell, 60, true, 1000)).toBe(1234);
  });

  it('stands below where there is no room above, and for every other element', () => {
    expect(tipTop({ top: 40, bottom: 64 }, 60, true, 0)).toBe(70);
    expect(tipTop(cell, 60, false, 0)).toBe(330);
  });
});
