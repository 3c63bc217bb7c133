// A target table saved by Excel on Chinese Windows ("CSV (逗号分隔)") is GBK, not UTF-8: read as UTF-8 it had been
// refused for a header it has (未找到表头). The fixture is such a file (two targets), written in GBK.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import { decodeText } from '../../engine/table/decodeText.ts';
import { readPlanTable } from '../../engine/table/readPlanTable.ts';
import { captureCli } from '../cliInProcess.ts';

const GBK = 'tests/fixtures/table/targets.gbk.csv';
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeText', () => {
  it('reads GBK as GB18030 and says so', () => {
    const bytes = readFileSync(GBK);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const { text, encoding } = decodeText(bytes);
    expect(encoding).toBe('gb18030');
    expect(text.startsWith('指标,单位')).toBe(true);
    expect(readPlanTable(text).targets.map((t) => t.name)).toEqual(['规上工业增加值', '高新技术企业数']);
  });

  it('reads UTF-8 with or without a BOM, and UTF-16 with one', () => {
    expect(decodeText(utf8('\uFEFF指标'))).toEqual({ text: '指标', encoding: 'utf-8' });
    expect(decodeText(utf8('指标'))).toEqual({ text: '指标', encoding: 'utf-8' });
    const le = new Uint8Array([0xff, 0xfe, 0x07, 0x63, 0x07, 0x68]); // 指标 in UTF-16LE
    expect(decodeText(le)).toEqual({ text: '指标', encoding: 'utf-16le' });
  });

  it('lets the CLI read the GBK table, with a note on stderr', async () => {
    const { code, stdout, stderr } = await captureCli(main, ['extract', '--table', GBK, '--format', 'json']);
    expect(code).toBe(0);
    expect(stderr).toContain('read as GB18030');
    expect(stdout).toContain('高新技术企业数');
  });
});
