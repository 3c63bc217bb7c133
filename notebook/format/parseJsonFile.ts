// A JSON file's text, parsed, or what is wrong with it in the reader's language: an empty file, or where the
// syntax breaks (line and column). The browser's own message ("Expected double-quoted property name in JSON at
// position 63") had been shown as the reason, in English on the Chinese page too.
import { decodeText } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

export type JsonFile = { ok: true; value: unknown } | { ok: false; problem: (lang: Lang) => string };

export function parseJsonFile(text: string): JsonFile {
  if (text.trim() === '')
    return { ok: false, problem: (lang) => (lang === 'zh' ? '文件是空的' : 'the file is empty') };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message);
    if (!at) {
      return {
        ok: false,
        problem: (lang) =>
          lang === 'zh' ? '不是有效的 JSON（文件似乎不完整）' : 'not valid JSON (the file seems cut short)',
      };
    }
    const before = text.slice(0, Number(at[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return {
      ok: false,
      problem: (lang) =>
        lang === 'zh'
          ? `不是有效的 JSON：第 ${line} 行第 ${column} 列附近有误`
          : `not valid JSON: an error near line ${line}, column ${column}`,
    };
  }
}

/**
 * A JSON file's bytes, read in the encoding it was saved in (decodeText): a scenario edited in Notepad on Chinese
 * Windows is saved as GBK, and read as UTF-8 its names had opened as U+FFFD with no word said (何工). `gbk`: it
 * was read as GBK, which the page says.
 */
export function parseJsonBytes(bytes: Uint8Array): JsonFile & { gbk: boolean } {
  const { text, encoding } = decodeText(bytes);
  return { ...parseJsonFile(text), gbk: encoding === 'gb18030' };
}

/** The line the page adds when a file was read as GBK. */
export function gbkNote(file: string, lang: Lang): string {
  return lang === 'zh'
    ? `${file} 不是 UTF-8 编码，已按 GBK（GB18030）读取；如有乱码，请另存为 UTF-8 后重新导入。`
    : `${file} is not UTF-8; it was read as GBK (GB18030). If any text looks garbled, save it as UTF-8 and import it again.`;
}
