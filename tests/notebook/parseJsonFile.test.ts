// The reason a scenario or plan file is refused, in the page's language, with where: the browser's own
// "Expected double-quoted property name in JSON at position 63" had been shown on the Chinese page.
import { describe, expect, it } from 'vitest';
import { parseJsonFile } from '../../notebook/format/parseJsonFile.ts';

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
