// A pinned total rescales its parts in that year; what else reads a part that year must come after the total.
import { describe, expect, it } from 'vitest';
import { dependencyOrder } from '../../engine/compile/formula/dependencyOrder.ts';
import { readersAfterSums } from '../../engine/compile/formula/readersAfterSums.ts';

const deps = (entries: [string, string[]][]) => new Map(entries.map(([k, v]) => [k, new Set(v)]));

describe('readersAfterSums', () => {
  it('orders a same-year reader of a part after the sum', () => {
    // net reads the stock; total = stock + shops. Without the edge, net may come before total.
    const d = deps([
      ['stock', []],
      ['shops', []],
      ['net', ['stock']],
      ['total', ['stock', 'shops']],
    ]);
    const before = dependencyOrder(d);
    expect(before.ok && before.order.indexOf('net') < before.order.indexOf('total')).toBe(true);
    const after = dependencyOrder(readersAfterSums(d, new Map([['total', ['stock', 'shops']]])));
    expect(after.ok && after.order.indexOf('net') > after.order.indexOf('total')).toBe(true);
    expect(d.get('net')).toEqual(new Set(['stock'])); // the input is not changed
  });

  it('adds no edge that would make a loop: a reader the sum itself reads stays before it', () => {
    const d = deps([
      ['a', []],
      ['b', ['a']],
      ['total', ['a', 'b']],
    ]);
    const out = readersAfterSums(d, new Map([['total', ['a', 'b']]]));
    expect(out.get('b')).toEqual(new Set(['a']));
    expect(dependencyOrder(out).ok).toBe(true);
  });
});
