// Issue 12, items 2, 6, 9 and 13: every year in a window, every number finite or refused, and what the
// schema alone could not see (ranges, bounds, blanks, duplicates, "__proto__", a byte-order mark). Each case
// here was found by fuzzing and failed before its fix.
import { describe, expect, it } from 'vitest';
import { main } from '../../engine/cli/main.ts';
import {
  checkFormula,
  loadActuals,
  loadPlan,
  loadScenario,
  PlanError,
  parseJsonText,
  parseUncertain,
  renderMessage,
  runSync,
  runWarningMessage,
  toJsonResult,
} from '../../engine/index.ts';
import { captureCli, tempFile } from '../cliInProcess.ts';
import { planFromText } from '../extract/planFromText.ts';
import { goldenPlan, readJson } from './planFixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: test documents are mutated field by field
type Doc = Record<string, any>;
const golden = () => structuredClone(readJson('tests/fixtures/golden.plan.json')) as Doc;

function issuesOf(fn: () => unknown): PlanError['issues'] {
  try {
    fn();
  } catch (e) {
    if (e instanceof PlanError) return e.issues;
    throw e;
  }
  throw new Error('expected a PlanError');
}
const scenario = (extra: Doc) => ({ format: 'planpath/scenario@1', name: { zh: 's' }, ...extra });

describe('years are bounded to 1949–2100', () => {
  it.each([
    ['meta.baseYear', (d: Doc) => (d.meta.baseYear = -1_000_000_000)],
    ['meta.targetYear', (d: Doc) => (d.meta.targetYear = 1e9)],
    ['targets[0] (output_2023).year', (d: Doc) => (d.targets[0].year = 30000)],
  ])('%s', (path, mutate) => {
    const doc = golden();
    mutate(doc);
    const issue = issuesOf(() => loadPlan(doc, 'p.json')).find((i) => i.path === path);
    expect(issue?.message).toContain('1949 to 2100');
  });
  it('in a scenario: horizon, lever start and actuals years', () => {
    const plan = goldenPlan();
    const paths = issuesOf(() =>
      loadScenario(scenario({ horizon: 1e6, actuals: { output: { '9999': 1 } } }), 's.json', plan),
    ).map((i) => `${i.path}: ${i.message}`);
    expect(paths.join('\n')).toMatch(/horizon: .*1949 to 2100/);
    expect(paths.join('\n')).toMatch(/actuals\.output.*1949 to 2100/);
  });
  // A scenario file of 100,000 notes and 2,000 formulas loaded in half a second, and the page would then
  // compile and draw every one of them.
  it('in a scenario: at most 200 formulas, notes and cells, and notes of bounded length', () => {
    const plan = goldenPlan();
    const many = (n: number, f: (i: number) => Doc) => Array.from({ length: n }, (_, i) => f(i));
    const found = issuesOf(() =>
      loadScenario(
        scenario({
          notes: many(201, (i) => ({ title: `n${i}`, text: 'x' })),
          formulas: many(201, (i) => ({
            id: `f_${i}`,
            name: { zh: `f${i}` },
            unit: '亿元',
            formula: 'output * 2',
          })),
        }),
        's.json',
        plan,
      ),
    ).map((i) => `${i.path}: ${i.message}`);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^notes: at most 200 items/),
        expect.stringMatching(/^formulas: at most 200 items/),
      ]),
    );
    const long = issuesOf(() =>
      loadScenario(scenario({ notes: [{ text: 'x'.repeat(100_001) }] }), 's.json', plan),
    );
    expect(long.map((i) => i.path)).toEqual(['notes[0].text']);
    // At the limits: read.
    expect(() =>
      loadScenario(scenario({ notes: many(200, () => ({ text: 'x'.repeat(100_000) })) }), 's.json', plan),
    ).not.toThrow();
  });
  it('`check` on a plan with base year -1000000000 answers at once with the field named', async () => {
    const doc = golden();
    doc.meta.baseYear = -1_000_000_000;
    const r = await captureCli(main, ['check', '--plan', tempFile('far.plan.json', JSON.stringify(doc))]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('meta.baseYear');
  });
});

describe('numbers are finite or refused', () => {
  it.each(['1e400', '8% ± 1e400', '1e400 to 1e401'])('uncertain text %s', (text) => {
    const u = parseUncertain(text);
    expect('error' in u && u.error).toMatch(/finite|too large/);
  });
  it('an interval whose spread overflows', () => {
    expect('error' in parseUncertain({ low: -1e308, high: 1e308 })).toBe(true);
  });
  it('1e400 as a JSON number in a plan names the field', () => {
    const text = JSON.stringify(golden()).replace('"value":100', '"value":1e400');
    const issues = issuesOf(() => loadPlan(parseJsonText(text, 'p.json'), 'p.json'));
    expect(issues[0]!.path).toMatch(/^indicators\[0\] \(output\)\.base/);
  });
  it('a growth target on an indicator with base 0', () => {
    const doc = golden();
    doc.indicators[0].base.value = 0;
    const issue = issuesOf(() => loadPlan(doc, 'p.json')).find((i) => i.path.includes('output_growth'));
    expect(issue?.message).toMatch(/positive base/);
  });
  it.each([
    ['1/0', 'Infinity'],
    ['log(-1)', 'NaN'],
    ['exp(1000)', 'Infinity'],
    ['2^2^2^2^2^2', 'Infinity'],
  ])('a formula giving %s is reported with indicator, year and cause', (formula, value) => {
    const doc = golden();
    doc.indicators[5].dynamics.formula = `new_firms * ${formula}`; // new_flow, feeding new_total
    const plan = loadPlan(doc, 'p.json');
    const r = runSync(plan, null, { paths: 20, seed: 3 });
    const own = r.warnings.find((w) => w.code === 'nonFinite' && w.indicator === 'new_flow');
    expect(own).toMatchObject({ year: 2020, cause: { kind: 'formula', field: 'formula' } });
    expect(own && own.code === 'nonFinite' && own.value).toBe(value);
    const passedOn = r.warnings.find((w) => w.code === 'nonFinite' && w.indicator === 'new_total');
    expect(passedOn).toMatchObject({ cause: { kind: 'input', from: 'new_flow' } });
    expect(renderMessage('en', runWarningMessage(own!))).toContain('new_flow');
    expect(toJsonResult(r).warnings).toHaveLength(r.warnings.length);
  });
  it('names as the cause the first input the formula mentions that went bad no later, prev() included', () => {
    const doc = golden();
    doc.indicators[0].dynamics.rate = 'log(-1)'; // output: NaN from the first simulated year
    doc.indicators[1].dynamics.rate = 'log(-1)'; // gdp: the same
    const cause = (formula: string) => {
      doc.indicators[2].dynamics.formula = formula; // share
      const r = runSync(loadPlan(doc, 'p.json'), null, { paths: 20, seed: 3 });
      const w = r.warnings.find((x) => x.code === 'nonFinite' && x.indicator === 'share');
      return w?.code === 'nonFinite' ? w.cause : undefined;
    };
    // Both inputs went bad in 2021. Read through prev(), gdp is mentioned first here, though it is read as
    // last year's value; the cause is the first name met, as the formula is written.
    expect(cause('prev(gdp) + output / gdp - prev(gdp)')).toEqual({ kind: 'input', from: 'gdp' });
    expect(cause('output / gdp')).toEqual({ kind: 'input', from: 'output' });
    expect(cause('gdp / output')).toEqual({ kind: 'input', from: 'gdp' });
  });
  it('the CLI prints each warning on stderr and keeps stdout machine-readable', async () => {
    const doc = golden();
    doc.indicators[5].dynamics.formula = 'new_firms / 0';
    const file = tempFile('inf.plan.json', JSON.stringify(doc));
    const r = await captureCli(main, ['run', '--plan', file, '--paths', '10', '--format', 'json']);
    expect(r.code).toBe(0);
    // In the catalogue's words, in the CLI's language (Chinese unless --lang en).
    // The indicator named as the plan names it (it read its id, new_flow).
    // Said as what it is (无穷大), not as JavaScript's Infinity (何工).
    expect(r.stderr).toMatch(
      /warning: 年新增 自 2020 年起无法计算（.*）：其公式 new_firms \/ 0 得出无穷大（如除以 0）/,
    );
    const en = await captureCli(main, [
      'run',
      '--plan',
      file,
      '--paths',
      '10',
      '--format',
      'json',
      '--lang',
      'en',
    ]);
    expect(en.stderr).toMatch(
      /warning: 年新增 cannot be computed from 2020 on \(.*\): its formula new_firms \/ 0 gives infinity/,
    );
    expect(JSON.parse(r.stdout).warnings[0]).toMatchObject({ code: 'nonFinite', indicator: 'new_flow' });
  });
  it('a shock of -1e308 that overflows the paths is reported, not printed as blank', () => {
    const plan = goldenPlan();
    const s = loadScenario(
      scenario({
        shocks: [
          {
            id: 'crash',
            name: { zh: '崩' },
            year: 2021,
            effects: [{ parameter: 'g', delta: -1e308 }],
          },
        ],
      }),
      's.json',
      plan,
    );
    const r = runSync(plan, s, { paths: 20, seed: 1 });
    expect(r.warnings.some((w) => w.code === 'nonFinite' && w.indicator === 'output')).toBe(true);
  });
  it('a clean run has no warnings', () => {
    expect(runSync(goldenPlan(), null, { paths: 50 }).warnings).toEqual([]);
  });
});

describe('schema gaps', () => {
  const pathsOf = (mutate: (d: Doc) => void) => {
    const doc = golden();
    mutate(doc);
    return issuesOf(() => loadPlan(doc, 'p.json')).map((i) => `${i.path} | ${i.message}`);
  };
  it('range [5, 1]', () => {
    expect(
      pathsOf((d) => {
        d.targets[0].comparator = 'range';
        d.targets[0].value = [5, 1];
      }).join('\n'),
    ).toMatch(/targets\[0\].*value \| .*low ≤ high/);
  });
  it('parameter min > max, and a value outside its own bounds', () => {
    expect(pathsOf((d) => Object.assign(d.parameters[0], { min: 1, max: 0 })).join('\n')).toMatch(
      /parameters\[0\] \(g\)\.min \| min must not exceed max/,
    );
    expect(pathsOf((d) => (d.parameters[0].value = 0.9)).join('\n')).toMatch(
      /parameters\[0\] \(g\)\.value \| .*outside the parameter's own range/,
    );
  });
  it('whitespace-only names, units and sections', () => {
    const text = pathsOf((d) => {
      d.indicators[0].name.zh = '   ';
      d.indicators[1].unit = '\t';
      d.targets[0].provenance = { kind: 'plan', section: ' ', figure: 'x' };
    }).join('\n');
    expect(text).toMatch(/indicators\[0\] \(output\)\.name\.zh \| must not be empty/);
    expect(text).toMatch(/indicators\[1\] \(gdp\)\.unit/);
    expect(text).toMatch(/targets\[0\] \(output_2023\)\.provenance\.section/);
  });
  it('duplicate fact ids and relations', () => {
    const fact = {
      id: 'f',
      name: { zh: 'f' },
      year: 2015,
      value: 1,
      unit: '户',
      provenance: { kind: 'assumption', rationale: 'r' },
    };
    const rel = { kind: 'quota', quota: 'new_quota', stock: 'firms_increase' };
    const text = pathsOf((d) => {
      d.facts = [fact, fact];
      d.relations = [rel, rel];
    }).join('\n');
    expect(text).toMatch(/facts\[0, 1\] \| duplicate id/);
    expect(text).toMatch(/relations\[0, 1\] \| the same relation is stated twice/);
  });
  it('"__proto__" keys are refused by name, not dropped', () => {
    const plan = goldenPlan();
    const doc = JSON.parse(
      '{"format":"planpath/scenario@1","name":{"zh":"s"},"levers":{"__proto__":{"intensity":1}}}',
    );
    expect(issuesOf(() => loadScenario(doc, 's.json', plan))[0]!.path).toBe('levers.__proto__');
    const planDoc = JSON.parse(JSON.stringify(golden()).replace('"meta":{', '"meta":{"__proto__":{"x":1},'));
    expect(issuesOf(() => loadPlan(planDoc, 'p.json'))[0]!.path).toBe('meta.__proto__');
  });
  it('a plan file with a UTF-8 byte-order mark is read', () => {
    const text = `\uFEFF${JSON.stringify(golden())}`;
    expect(loadPlan(parseJsonText(text, 'bom.json'), 'bom.json').meta.id).toBe('golden-small');
  });
  it('actuals for years the run does not simulate are reported', () => {
    const plan = goldenPlan();
    const s = loadScenario(scenario({ actuals: { output: { '2019': 90, '2030': 300 } } }), 's.json', plan);
    const w = runSync(plan, s, { paths: 0 }).warnings;
    expect(w.map((x) => x.code === 'actualsOutsideHorizon' && x.year)).toEqual([2019, 2030]);
  });
  it('actuals handed to the worker are checked ("abc" is not a value)', () => {
    expect(issuesOf(() => loadActuals({ output: { '2021': 'abc' } }, 'actuals'))[0]!.path).toBe(
      'actuals.output.2021',
    );
  });
});

describe('formulas (item 13)', () => {
  const errorOf = (source: string) => {
    const c = checkFormula(source);
    return c.ok ? null : c.errors;
  };
  it('999-deep brackets: a message, not a stack overflow', () => {
    expect(errorOf(`${'('.repeat(999)}1${')'.repeat(999)}`)![0]!.message).toMatch(/nested deeper than 64/);
  });
  it('"1e" is not read as 1 × e, nor "2x" as 2 × x', () => {
    expect(errorOf('1e')![0]!.message).toMatch(/write \*/);
    expect(errorOf('2 pi')![0]!.message).toMatch(/write \*/);
  });
  it('a flat sum of 500 terms is not "nesting"', () => {
    expect(errorOf(Array.from({ length: 500 }, () => '1').join('+'))).toBeNull();
  });
  it('1e999 is named as too large, once', () => {
    const errors = errorOf('1e999 + 1e999')!;
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/too large.*Infinity/);
  });
});

// A tester's 固定资产投资 / 0 said nothing: the flow awaits its base (基期待补), so its NaN is expected, but it is
// observed from 2021 and the formula's infinity from then on is not.
describe('a formula over an indicator awaiting its base', () => {
  it('reports the infinity it gives once the indicator is observed', () => {
    const plan = planFromText('“十四五”期间，全区固定资产投资五年累计1500亿元。', 2025);
    const flow = plan.indicators.find((i) => i.id.endsWith('_flow'))!.id;
    const s = loadScenario(
      scenario({
        actuals: { [flow]: { '2021': 280, '2022': 310 } },
        formulas: [{ id: 'fx_e', name: { zh: 'e' }, unit: '倍', formula: `${flow} / 0` }],
      }),
      's.json',
      plan,
    );
    const w = runSync(plan, s, { paths: 20, seed: 3 }).warnings.find(
      (x) => x.code === 'nonFinite' && x.indicator === 'fx_e',
    );
    expect(w).toMatchObject({ year: 2021, value: 'Infinity', cause: { kind: 'formula' } });
  });
});
