// A tester's plan text said 完成数字化改造企业达到1O00家: the figure was neither a target nor a message, and the
// review read 采用 9/9. A figure with a letter typed for a digit is now said, with what it likely is, where it is.
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/extractTargets.ts';
import { findMistypedFigures } from '../../engine/extract/findMistypedFigures.ts';
import { extractMessage } from '../../engine/report/extractMessage.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';

describe('findMistypedFigures', () => {
  it('finds a figure with O or l among its digits before a unit, and what it likely is', () => {
    expect(findMistypedFigures('改造企业达到1O00家，规上企业2l0家，强度3.O%。')).toEqual([
      { offset: 6, figure: '1O00家', meant: '1000家' },
      { offset: 16, figure: '2l0家', meant: '210家' },
      { offset: 23, figure: '3.O%', meant: '3.0%' },
    ]);
  });

  it('leaves alone what is no figure: a model or network name, a figure without letters, one without a unit', () => {
    expect(findMistypedFigures('推进5G网络和O2O模式，引进T1O型设备，建成1000家，编号1O0号段')).toEqual([]);
  });
});

describe('extractTargets', () => {
  it('says a mistyped figure by its line, as the review and the CLI show it, and drafts the rest', () => {
    const text = '二、发展目标\n到2025年，研发经费投入强度达到3.2%；\n完成数字化改造企业达到1O00家。';
    const r = extractTargets(text);
    expect(r.targets.map((t) => t.figure)).toEqual(['3.2%']);
    const m = r.messages.find((x) => x.code === 'mistyped-figure')!;
    expect(m).toEqual({ code: 'mistyped-figure', line: 3, figure: '1O00家', meant: '1000家' });
    expect(renderMessage('zh', extractMessage(m))).toBe(
      '全文第 3 行“1O00家”：数字里混有字母 O 或 l，疑为 1000家；未读作目标，请改正原文后重新识别',
    );
    expect(renderMessage('en', extractMessage(m))).toContain('likely 1000家');
  });
});
