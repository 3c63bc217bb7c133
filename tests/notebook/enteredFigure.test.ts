// The indicator detail's line for an entered figure: a slipped decimal point is quoted as typed, in the plan's
// unit, with the guess likewise, so English cannot read as offering back the figure typed.
import { describe, expect, it } from 'vitest';
import type { QuestionedActual } from '../../engine/index.ts';
import { translator } from '../../notebook/i18n/t.ts';
import { enteredFigure } from '../../notebook/model/enteredFigure.ts';

const slip: QuestionedActual = {
  indicator: 'retail',
  name: { zh: '社会消费品零售总额', en: 'Retail sales' },
  unit: '亿元',
  year: 2022,
  value: 48.5,
  guess: 485,
  why: 'decimal',
} as QuestionedActual;

describe('enteredFigure', () => {
  it('quotes a slipped figure and its guess as typed in English, with the English reading beside each', () => {
    const line = enteredFigure(48.5, '亿元', slip, 'en', translator('en'));
    expect(line).toContain('48.5 亿元 (4.85 bn yuan)');
    expect(line).toContain('perhaps 485 亿元 (48.5 bn yuan)');
    // The display's reading alone ("perhaps 48.5 bn yuan" after "4.85 bn yuan") is what read as the typed 48.5.
    expect(line).not.toMatch(/perhaps 48\.5 bn/);
  });

  it('keeps the Chinese as the plan writes it', () => {
    const line = enteredFigure(48.5, '亿元', slip, 'zh', translator('zh'));
    expect(line).toContain('48.5 亿元');
    expect(line).toContain('疑为 485 亿元');
  });

  it('shows an unquestioned figure in the display words, with no mark', () => {
    const line = enteredFigure(485, '亿元', undefined, 'en', translator('en'));
    expect(line).toBe('48.5 bn yuan');
    expect(line).not.toContain('⚠');
  });

  it('says of a stock’s lone value the values either side it was read against (valuesApart)', () => {
    const apart = {
      ...slip,
      indicator: 'individual_businesses',
      unit: '户',
      value: 870,
      guess: Number.NaN,
      why: 'apart',
      beside: { before: 57_900, after: 63_400 },
    } as QuestionedActual;
    const zh = enteredFigure(870, '户', apart, 'zh', translator('zh'));
    expect(zh).toContain('⚠ 数据存疑：与前后已知值 57,900 户、63,400 户 均相差 5 倍以上');
    const en = enteredFigure(870, '户', apart, 'en', translator('en'));
    expect(en).toContain('5 or more times off both values either side (57,900');
    expect(en).not.toMatch(/NaN|undefined|\{/);
  });
});
