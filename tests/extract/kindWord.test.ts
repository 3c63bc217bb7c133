// `planpath extract` printed the engine's kind codes (pp-change, level) in its 类型 column under a Chinese header
// (a tester); it prints the word a target table's 类型 column takes back.
import { describe, expect, it } from 'vitest';
import { kindWord } from '../../engine/table/kindWord.ts';
import { KIND_WORDS } from '../../engine/table/planTableColumns.ts';

describe('kindWord', () => {
  it('writes each kind as a Chinese word the table reader reads back as that kind', () => {
    const kinds = [...new Set(Object.values(KIND_WORDS))];
    expect(kinds.length).toBeGreaterThan(6);
    for (const kind of kinds) {
      const word = kindWord(kind, 'zh');
      expect(word).toMatch(/^[\u4e00-\u9fff]+$/);
      expect(KIND_WORDS[word]).toBe(kind);
    }
    expect(kindWord('pp-change', 'zh')).toBe('提高百分点');
    expect(kindWord('level', 'zh')).toBe('总量');
    expect(kindWord('pp-change', 'en')).toBe('pp-change');
  });
});
