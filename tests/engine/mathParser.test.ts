// The engine's parser is mathjs built from single factories (engine/compile/formula/mathParser.ts). Every
// formula must parse — or be refused with the same message and position — exactly as the full mathjs parses
// it; the full build is the reference here.
import { parse as fullParse } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../engine/compile/formula/mathParser.ts';

const sources = [
  'gdp * (1 + g)',
  'prev(gdp) * (1 + growth) ^ t',
  'year >= 2023 ? a : b',
  'max(a, b) - min(c, 0.5) + abs(-x) % 3',
  'round(x / 1e4) mod 7',
  '0x1F + 0b101 + 1.5e-3',
  '2x', // implicit multiplication, refused later by checkFormula
  '1e', // reads as 1 × e
  'NaN + Infinity',
  '1e400',
  'a and not b or c xor d',
  'a < b <= c',
  '5 cm + 2 inch', // unit names are plain symbols to the parser
  'a.b',
  'a[1]',
  '[1, 2; 3, 4]',
  '{x: 1}',
  'f(x) = x^2',
  'a = 1',
  '1:3',
  'a; b',
  '"text"',
  'x!',
  "a'",
  '-(-(-x))',
  '(a',
  '3 +',
  'a ++ b',
  '[1, 2',
  'f(,)',
  '0x',
  '1.2.3',
  '',
  '@',
];

/** A parse's outcome, comparable across the two builds: the tree as JSON, or the error's message and place. */
function outcome(run: () => unknown): unknown {
  try {
    return { tree: JSON.parse(JSON.stringify(run())) };
  } catch (error) {
    const e = error as Error & { char?: number };
    return { error: e.message, char: e.char, kind: e.constructor.name };
  }
}

describe('parseExpression', () => {
  it.each(sources)('parses %j as the full mathjs does', (source) => {
    expect(outcome(() => parseExpression(source))).toEqual(outcome(() => fullParse(source)));
  });

  it('gives a tree that prints as the full build prints it', () => {
    const s = 'prev(gdp) * (1 + g) - max(a, 2x)';
    expect(parseExpression(s).toString()).toBe(fullParse(s).toString());
  });

  it('refuses to evaluate: the trimmed build has no evaluator behind its nodes', () => {
    expect(() =>
      parseExpression('a[1]')
        .compile()
        .evaluate({ a: [5] }),
    ).toThrow();
  });
});
