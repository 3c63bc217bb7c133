// The message after saving a plan had read "已保存“X”。 打开运行 。分享链接时…": the link a sentence of its own
// between two full stops, and the notice's flex gaps around it (testers).
import { describe, expect, it } from 'vitest';
import { savedPlanNotice } from '../../notebook/format/savedPlanNotice.ts';

describe('the notice after a plan is saved', () => {
  it.each([
    [
      'zh',
      '已保存“青溪区测试规划”，可打开运行。分享链接时，对方还需要这份规划文件（请一并发送导出的文件）。',
    ],
    [
      'en',
      'Saved “青溪区测试规划”: open and run it. A link to it works for a colleague only with the plan file: send the exported file too.',
    ],
  ] as const)('reads as one sentence in %s, the link inside it', (lang, sentence) => {
    const { before, link, after } = savedPlanNotice('青溪区测试规划', lang);
    expect(`${before}${link}${after}`).toBe(sentence);
    // The link is words of the sentence, not a sentence of its own between stops.
    expect(before).not.toMatch(/[。.]\s*$/);
    expect(after).toMatch(/^[。.]/);
  });
});
