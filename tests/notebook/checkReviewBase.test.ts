// The import review's base cell runs the checks the page's 录入基期 runs (checkEnteredBase), against what its
// row gives: 6500 typed on a 万人 flow row aimed at 累计3万人 and 0.668 on a share row aimed at 72% had been
// taken without a word (a tester).
import { describe, expect, it } from 'vitest';
import { extractTargets } from '../../engine/extract/index.ts';
import { baseCellUnit } from '../../notebook/model/baseCellUnit.ts';
import { checkReviewBase } from '../../notebook/model/checkReviewBase.ts';
import { readBaseCell } from '../../notebook/model/readBaseCell.ts';

const table = [
  '指标\t单位\t目标年\t目标值\t类型',
  '城镇新增就业人数\t万人\t2027\t3\t累计',
  '户籍人口城镇化率\t%\t2027\t72\t',
  '专精特新企业\t家\t2027\t240\t',
  '工业投资\t亿元\t2027\t90\t',
].join('\n');
const draft = extractTargets(table, { targetYear: 2027 });
const row = (name: string) => draft.targets.find((t) => t.name.startsWith(name))!;

/** The cell typed as the review reads it, then checked. */
function typed(name: string, text: string, lang: 'zh' | 'en' = 'zh') {
  const t = row(name);
  const read = readBaseCell(text, baseCellUnit(t), false);
  if (!read.ok || read.base === null) throw new Error(`${text} does not read`);
  return checkReviewBase({ ...t, base: read.base }, text, { facts: draft.baseFacts, targetYear: 2027 }, lang);
}

describe('a base typed in the import review, checked against its row', () => {
  it('refuses a 万人 flow’s base a thousand times off the pace of its total, saying against what', () => {
    const zh = typed('城镇新增就业人数', '6500');
    expect(zh.kept).toBe(false);
    expect(!zh.kept && zh.text).toContain('“城镇新增就业人数”的基期值“6500”未保存');
    expect(!zh.kept && zh.text).toContain('3万人 折合的每年 0.6万人 相差 30 倍以上');
    const en = typed('城镇新增就业人数', '6500', 'en');
    expect(!en.kept && en.text).toContain('0.6 × 10k people a year');
    expect(typed('城镇新增就业人数', '0.55')).toEqual({ kept: true, question: null });
  });

  it('refuses a share typed as a fraction against the share aimed at, with the percentage meant', () => {
    const zh = typed('户籍人口城镇化率', '0.668');
    expect(zh.kept).toBe(false);
    expect(!zh.kept && zh.text).toContain('66.8%');
    expect(!zh.kept && zh.text).toContain('2027年目标 72%');
    const en = typed('户籍人口城镇化率', '0.668', 'en');
    expect(!en.kept && en.text).toContain('if 66.8% was meant, enter 66.8%');
    expect(typed('户籍人口城镇化率', '66.8')).toEqual({ kept: true, question: null });
    expect(typed('户籍人口城镇化率', '103').kept).toBe(false);
  });

  it('keeps a count 30 times off its target with the question; refuses money so far off', () => {
    const firms = typed('专精特新企业', '9000');
    expect(firms.kept).toBe(true);
    expect(firms.kept && firms.question).toContain('9,000家');
    expect(typed('专精特新企业', '9000', 'en')).toMatchObject({
      kept: true,
      question: expect.stringMatching(/240/),
    });
    expect(typed('专精特新企业', '120.5').kept).toBe(false);
    expect(typed('工业投资', '5000').kept).toBe(false);
    expect(typed('工业投资', '60亿元')).toEqual({ kept: true, question: null });
  });
});
