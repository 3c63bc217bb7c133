import { describe, expect, it } from 'vitest';
import { BOM, toCsv } from '../../notebook/export/csv.ts';

describe('toCsv', () => {
  it('starts with a UTF-8 BOM and ends lines with CRLF, so Excel and WPS read Chinese', async () => {
    const csv = await toCsv([
      ['指标', '2025'],
      ['五大支柱产业', 607],
    ]);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv).toBe(`${BOM}指标,2025\r\n五大支柱产业,607\r\n`);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });
  it('quotes commas, quotes and line breaks', async () => {
    expect(await toCsv([['a,b', 'say "hi"', 'x\ny']])).toBe(`${BOM}"a,b","say ""hi""","x\ny"\r\n`);
  });
  it('keeps negative numbers but defuses every text cell a spreadsheet would run as a formula', async () => {
    // A signed number alone ("-2.5") is read as that number and runs nothing: left as it is.
    expect(await toCsv([['=1+1', '-2.5', -3, '@cmd']])).toBe(`${BOM}"'=1+1",-2.5,-3,"'@cmd"\r\n`);
    // "starts with a digit after the minus" was once let through: a spreadsheet still runs it.
    expect(await toCsv([["-2+3+cmd|' /C calc'!A0"]])).toBe(`${BOM}"'-2+3+cmd|' /C calc'!A0"\r\n`);
  });
  it('leaves missing and non-finite numbers empty', async () => {
    expect(await toCsv([[null, undefined, Number.NaN, 1]])).toBe(`${BOM},,,1\r\n`);
  });
});
