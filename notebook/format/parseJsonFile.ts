// A JSON file's text, parsed, or what is wrong with it in the reader's language: an empty file, or where the
// syntax breaks (line and column). The browser's own message ("Expected double-quoted property name in JSON at
// position 63") had been shown as the reason, in English on the Chinese page too.
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
