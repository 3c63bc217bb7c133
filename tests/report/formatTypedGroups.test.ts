// A tester: the paste's questions read "80100户 比前一个已知值每年多 78866户 … 中位数 -30000户" beside the cell's own
// 80,100. A typed value keeps every digit, its whole digits grouped by thousands, in zh and en.
import { describe, expect, it } from 'vitest';
import { formatTyped } from '../../engine/report/formatTyped.ts';

describe('formatTyped groups thousands', () => {
  it('in zh, signed and with decimals, leaving small figures and exponents alone', () => {
    expect(formatTyped(43_210, '户', 'zh', true)).toBe('43,210户');
    expect(formatTyped(-27_500, '户', 'zh')).toBe('-27,500 户');
    expect(formatTyped(-270_500, '户', 'zh')).toBe('-270,500 户');
    expect(formatTyped(1234.56, '亿元', 'zh')).toBe('1,234.56 亿元');
    expect(formatTyped(875, '家', 'zh')).toBe('875 家');
    expect(formatTyped(1e300, '亿元', 'zh')).toBe('1e+300 亿元');
  });

  it('in en', () => {
    expect(formatTyped(-27_500, '户', 'en')).toMatch(/^-27,500 /);
  });
});
