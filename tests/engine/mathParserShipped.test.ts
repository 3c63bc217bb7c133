// (Every formula of the shipped plans and scenarios; mathParser.test.ts has the hand-picked ones.)
// The engine's parser is mathjs's own, created without what only evaluation needs (mathParser.ts). It must
// build the very trees, and report the very syntax errors, that mathjs's full parse does: every formula of
// the shipped plans and scenarios, and a set of malformed ones, parsed both ways.
import { readdirSync } from 'node:fs';
import { create, parseDependencies } from 'mathjs';
import { describe, expect, it } from 'vitest';
import { parseExpression } from '../../engine/compile/formula/mathParser.ts';
import { dynamicsFormulas } from '../../engine/plan/checkPlanReferences.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import { goldenPlan, readJson } from './planFixtures.ts';

const full = create({ parseDependencies: parseDependencies! });

function planFormulas(): string[] {
  const plans = [
    goldenPlan(),
    loadPlan(readJson('seeds/yaohai.plan.json'), 'yaohai'),
    loadPlan(readJson('seeds/synthetic.plan.json'), 'synthetic'),
  ];
  const out = plans.flatMap((p) => p.indicators.flatMap((i) => Object.values(dynamicsFormulas(i.dynamics))));
  for (const file of readdirSync(new URL('../../scenarios/', import.meta.url))) {
    const doc = readJson(`scenarios/${file}`) as { formulas?: { formula: string }[] };
    for (const f of doc.formulas ?? []) out.push(f.formula);
  }
  return out;
}

const MALFORMED = [
  'a +',
  '(a + b',
  'a b',
  'max(a,',
  '2x',
  '1e',
  'a ? b',
  'a[1',
  '"text',
  'a = = b',
  '',
  '))',
];

function outcome(parse: (s: string) => unknown, source: string): unknown {
  try {
    return { tree: JSON.parse(JSON.stringify(parse(source))) };
  } catch (error) {
    const e = error as Error & { char?: number };
    return { error: e.message, char: e.char };
  }
}

describe('the trimmed mathjs parser', () => {
  it('builds the same trees as mathjs for every shipped formula', () => {
    const formulas = planFormulas();
    expect(formulas.length).toBeGreaterThan(100);
    for (const f of formulas) expect(outcome(parseExpression, f), f).toEqual(outcome(full.parse, f));
  });

  it('reports the same syntax errors at the same places', () => {
    for (const f of MALFORMED) {
      const ours = outcome(parseExpression, f);
      expect(ours, f).toEqual(outcome(full.parse, f));
    }
    expect(
      MALFORMED.filter((f) => 'error' in (outcome(parseExpression, f) as object)).length,
    ).toBeGreaterThanOrEqual(8);
  });

  it('gives the same tree object back for the same source (parsed once)', () => {
    expect(parseExpression('a * (b + 1)')).toBe(parseExpression('a * (b + 1)'));
  });
});
