// The reason a scenario or plan file is refused, in the page's language, with where: the browser's own
// "Expected double-quoted property name in JSON at position 63" had been shown on the Chinese page.
import { describe, expect, it } from 'vitest';
import { gbkNote, parseJsonBytes, parseJsonFile } from '../../notebook/format/parseJsonFile.ts';

describe('parseJsonFile', () => {
  it('says where the syntax breaks, by line and column', () => {
    const r = parseJsonFile('{\n  "name": 1,\n}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problem('zh')).toBe('不是有效的 JSON：第 3 行第 1 列附近有误');
    expect(r.problem('en')).toBe('not valid JSON: an error near line 3, column 1');
  });

  it('says a file is empty, or cut short', () => {
    const empty = parseJsonFile('  \n');
    expect(!empty.ok && empty.problem('zh')).toBe('文件是空的');
    const cut = parseJsonFile('{"name": ');
    expect(!cut.ok && cut.problem('en')).toMatch(/cut short|near line 1/);
  });

  it('parses what is valid', () => {
    expect(parseJsonFile('{"a":[1]}')).toEqual({ ok: true, value: { a: [1] } });
  });
});

// 何工: a scenario saved as GBK by Notepad had opened with its Chinese name as U+FFFD, and nothing said.
describe('parseJsonBytes', () => {
  const gbk = (text: string) => {
    // GB18030 bytes of the text, written out by hand for the characters used (no encoder in the platform).
    const table: Record<string, number[]> = { 情: [0xc7, 0xe9], 景: [0xbe, 0xb0], 甲: [0xbc, 0xd7] };
    return new Uint8Array([...text].flatMap((c) => table[c] ?? [c.charCodeAt(0)]));
  };
  it('reads a GBK file as GBK and says so; UTF-8 as it is', () => {
    const r = parseJsonBytes(gbk('{"name":{"zh":"情景甲"}}'));
    expect(r).toMatchObject({ ok: true, gbk: true, value: { name: { zh: '情景甲' } } });
    const u = parseJsonBytes(new TextEncoder().encode('{"name":{"zh":"情景甲"}}'));
    expect(u).toMatchObject({ ok: true, gbk: false, value: { name: { zh: '情景甲' } } });
    expect(gbkNote('a.json', 'zh')).toContain('已按 GBK（GB18030）读取');
    expect(gbkNote('a.json', 'en')).toContain('read as GBK');
  });
  it('still says where a broken GBK file breaks, in characters as an editor counts them', () => {
    const r = parseJsonBytes(gbk('{"name":"情景甲",}'));
    expect(!r.ok && r.problem('zh')).toBe('不是有效的 JSON：第 1 行第 15 列附近有误');
  });
});
