// File names the page saves under: safe on Windows, Chinese kept, and no leading "_" where a name began with a
// quotation mark (an English detail CSV was saved as "_Five-above_enterprises…").
import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../notebook/export/download.ts';

describe('safeFileName', () => {
  it('keeps Chinese, replaces what Windows refuses, and trims the joins at either end', () => {
    expect(safeFileName('终期评估报告_基准（已修改）')).toBe('终期评估报告_基准（已修改）');
    expect(safeFileName('"Five-above" enterprises: Baseline')).toBe('Five-above_enterprises_Baseline');
    expect(safeFileName('???')).toBe('planpath');
  });
});
