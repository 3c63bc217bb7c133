// A table file as the text a paste of it would give, for the evaluation's paste box: a workbook's first sheet
// with cells as tab-separated rows (as Excel copies them), a CSV or text file in the encoding it was saved in.
// A tester's actuals.xlsx had had nowhere to go: 实施评估 took only a paste, and dropped on the box it did nothing.
import { decodeText, firstSheetText, isZip, readXlsxSheets } from '../../engine/index.ts';

export type TableFileText =
  | { ok: true; text: string; sheet: string | null; gbk: boolean }
  | { ok: false; problem: 'not-xlsx' | 'file-too-large' | 'empty' };

export async function tableFileText(bytes: Uint8Array): Promise<TableFileText> {
  if (!isZip(bytes)) {
    const { text, encoding } = decodeText(bytes);
    return text.trim() === ''
      ? { ok: false, problem: 'empty' }
      : { ok: true, text, sheet: null, gbk: encoding === 'gb18030' };
  }
  const read = await readXlsxSheets(bytes);
  if ('error' in read) return { ok: false, problem: read.error };
  const first = firstSheetText(read.sheets);
  if (!first) return { ok: false, problem: 'empty' };
  return {
    ok: true,
    text: first.text,
    sheet: first.sheet === read.sheets[0] ? null : first.sheet.name,
    gbk: false,
  };
}
