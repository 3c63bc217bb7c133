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
});
