// The fuzz targets: every input from outside (links, plan and scenario documents, pasted actuals, formulas)
// with a generator and a check. A check throws (node:assert) when a property is broken and otherwise says
// what became of the input. The properties, for every target:
//   - no uncaught exception: bad input ends in a refusal value or a PlanError, never in anything else;
//   - every refusal names what and where (a code, a path, a row, a message);
//   - accepted input yields finite numbers, or a warning naming each indicator that is not finite;
//   - (actuals) the order of rows never changes the result.
// Used by tests/fuzz/*.test.ts (a few dozen runs each, inside `npm test`) and by `npm run fuzz -- --runs N`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  checkFormula,
  loadPlan,
  loadScenario,
  type Plan,
  PlanError,
  parseActuals,
  runSync,
  SCENARIO_FORMAT,
} from '../../engine/index.ts';
import { decodeLink, encodeLink } from '../../notebook/share/linkCodec.ts';
import { workingFromDocument } from '../../notebook/state/scenarioFile.ts';
import { GOLDEN_LINKS, GOLDEN_PAYLOAD } from '../fixtures/goldenLinks.ts';

export type Outcome = 'accepted' | 'warned' | 'refused';

export interface FuzzTarget<T> {
  name: string;
  arbitrary: fc.Arbitrary<T>;
  check(input: T): Outcome | Promise<Outcome>;
}

const readJson = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const goldenDoc = () => readJson('tests/fixtures/golden.plan.json') as Record<string, unknown>;
let plans: { golden: Plan; yaohai: Plan } | null = null;
function shippedPlans() {
  plans ??= {
    golden: loadPlan(goldenDoc(), 'golden.plan.json'),
    yaohai: loadPlan(readJson('seeds/yaohai.plan.json'), 'yaohai.plan.json'),
  };
  return plans;
}

/** A PlanError must name a place and say what is wrong for every issue; anything else is a bug. */
function refusal(error: unknown): Outcome {
  if (!(error instanceof PlanError)) throw error;
  assert.ok(error.issues.length > 0, 'a PlanError with no issues');
  for (const i of error.issues) {
    assert.ok(i.message.trim() !== '', `an issue without a message at ${i.path}`);
    assert.ok(i.path.trim() !== '' || i.value !== undefined, `an issue that names no place: ${i.message}`);
  }
  return 'refused';
}

/** Runs an accepted plan and scenario: every number finite, or a warning naming the indicator. */
function runChecked(plan: Plan, scenario: Parameters<typeof runSync>[1]): Outcome {
  let r: ReturnType<typeof runSync>;
  try {
    r = runSync(plan, scenario, {
      paths: 8,
      seed: 5,
      horizon: Math.min(plan.meta.targetYear, plan.meta.baseYear + 12),
    });
  } catch (error) {
    return refusal(error);
  }
  const named = new Set(r.warnings.map((w) => w.indicator));
  for (const [id, ind] of Object.entries(r.indicators)) {
    const bad = [...ind.deterministic, ...ind.quantiles.p50].some((v) => !Number.isFinite(v));
    if (bad) assert.ok(named.has(id), `${id} has a non-finite value and no warning`);
  }
  for (const w of r.warnings) {
    assert.ok(w.indicator !== '' && Number.isInteger(w.year), 'a warning without indicator and year');
    if (w.code === 'nonFinite') assert.ok(w.cause.kind === 'input' ? w.cause.from : w.cause.field);
  }
  return r.warnings.length > 0 ? 'warned' : 'accepted';
}

// ── documents: mutations of a valid plan or scenario ─────────────────────────────────────────────────

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every path into a JSON document (objects and arrays), for choosing where to mutate. */
function pathsOf(doc: Json, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  if (doc === null || typeof doc !== 'object') return out;
  for (const [k, v] of Object.entries(doc)) {
    const p = [...prefix, Array.isArray(doc) ? Number(k) : k];
    out.push(p);
    pathsOf(v as Json, p, out);
  }
  return out;
}

const EXTREMES: Json[] = [
  0,
  -1,
  1e308,
  -1e308,
  5e-324,
  2 ** 53,
  -(2 ** 31),
  1e9,
  -1e9,
  0.5,
  '',
  ' ',
  '1e400',
  '8% ± 1e400',
  { low: -1e308, high: 1e308 },
  [],
  {},
  null,
  true,
  'x'.repeat(300),
  '__proto__',
  'prev(x)',
  '1/0',
];

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'set'; at: number; value: Json }
  | { op: 'rename'; at: number; key: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('set' as const), at: fc.nat(), value: fc.constantFrom(...EXTREMES) }),
  fc.record({
    op: fc.constant('set' as const),
    at: fc.nat(),
    value: fc.oneof(fc.double(), fc.integer(), fc.string({ maxLength: 12 })) as fc.Arbitrary<Json>,
  }),
  fc.record({
    op: fc.constant('rename' as const),
    at: fc.nat(),
    key: fc.constantFrom('__proto__', 'constructor', 'x', 'output', 'g'),
  }),
);

/** Applies mutations to a copy of `doc`; positions index into the paths that exist at that moment. */
export function mutate(doc: Json, mutations: Mutation[]): Json {
  const copy = structuredClone(doc);
  for (const m of mutations) {
    const paths = pathsOf(copy);
    if (paths.length === 0) break;
    const path = paths[m.at % paths.length]!;
    let parent = copy as Record<string | number, Json>;
    for (const k of path.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    const key = path.at(-1)!;
    if (m.op === 'delete') {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (m.op === 'set') parent[key] = m.value;
    else if (!Array.isArray(parent)) {
      // JSON.parse makes "__proto__" an own key; defineProperty does the same here.
      Object.defineProperty(parent, m.key, {
        value: parent[key],
        enumerable: true,
        configurable: true,
        writable: true,
      });
      if (m.key !== key) delete parent[key];
    }
  }
  return copy;
}

// biome-ignore lint/suspicious/noExplicitAny: the golden plan's document, edited field by field
type PlanDoc = Record<string, any>;

/** Cycles and dangling ids: formulas and references pointed at each other or at nothing. */
const FORMULA_EDITS: ((d: PlanDoc) => void)[] = [
  (d) => {
    d.indicators[2].dynamics.formula = 'output / gdp + new_total';
    d.indicators[6].dynamics.flow = 'share';
  },
  (d) => {
    d.indicators[0].dynamics.rate = 'nothing_here';
  },
  (d) => {
    d.targets[0].indicator = 'nothing_here';
  },
  (d) => {
    d.indicators[5].dynamics.formula = 'new_firms / 0';
  },
  (d) => {
    d.indicators[5].dynamics.formula = 'log(-1) * new_firms';
  },
  (d) => {
    d.indicators[1].dynamics.rate = 'exp(1000)';
  },
  (d) => {
    d.indicators[0].base.value = 0;
  },
  (d) => {
    d.meta.baseYear = -1_000_000_000;
  },
  (d) => {
    d.indicators.push(structuredClone(d.indicators[0]));
  },
];

export const planTarget: FuzzTarget<{ edits: number[]; mutations: Mutation[] }> = {
  name: 'plan documents',
  arbitrary: fc.record({
    edits: fc.array(fc.nat({ max: FORMULA_EDITS.length - 1 }), { maxLength: 2 }),
    mutations: fc.array(mutationArb, { maxLength: 3 }),
  }),
  check({ edits, mutations }) {
    const doc = goldenDoc() as PlanDoc;
    for (const e of edits) FORMULA_EDITS[e]!(doc);
    let plan: Plan;
    try {
      plan = loadPlan(JSON.parse(JSON.stringify(mutate(doc as Json, mutations))), 'fuzz.plan.json');
    } catch (error) {
      return refusal(error);
    }
    return runChecked(plan, null);
  },
};

const SCENARIO_SEED: Json = {
  format: SCENARIO_FORMAT,
  name: { zh: '模糊测试' },
  parameters: { g: '10% ± 2%' },
  levers: { push: { intensity: 1, start: 2021 } },
  shocks: [{ id: 'slump', name: { zh: '下行' }, year: 2022, effects: [{ parameter: 'g', delta: -0.05 }] }],
  actuals: { output: { '2021': 110 }, firms: { '2022': 60 } },
  formulas: [{ id: 'ratio', name: { zh: '比' }, unit: '1', formula: 'output / gdp' }],
  horizon: 2025,
  paths: 100,
  seed: 3,
};

export const scenarioTarget: FuzzTarget<Mutation[]> = {
  name: 'scenario documents',
  arbitrary: fc.array(mutationArb, { maxLength: 4 }),
  check(mutations) {
    const { golden } = shippedPlans();
    const doc = JSON.parse(JSON.stringify(mutate(SCENARIO_SEED, mutations)));
    let scenario: ReturnType<typeof loadScenario>;
    try {
      scenario = loadScenario(doc, 'fuzz.scenario.json', golden);
    } catch (error) {
      return refusal(error);
    }
    return runChecked(golden, scenario);
  },
};

// ── links ─────────────────────────────────────────────────────────────────────────────────────────

export type LinkCase =
  | { kind: 'text'; text: string }
  | { kind: 'truncate'; version: number; at: number }
  | { kind: 'flip'; version: number; at: number; bit: number }
  | { kind: 'payload'; mutations: Mutation[] };

/** A decoded link: refused with a code, or opened as a scenario that the plan then accepts or refuses. */
async function openLinkText(hash: string): Promise<Outcome> {
  const decoded = await decodeLink(hash);
  if (decoded.kind === 'empty') return 'refused';
  if (decoded.kind === 'error') {
    assert.ok(decoded.code, 'a link refusal without a code');
    return 'refused';
  }
  let working: ReturnType<typeof workingFromDocument>;
  try {
    working = workingFromDocument(decoded.payload);
  } catch {
    return 'refused';
  }
  try {
    loadScenario({ ...working, format: SCENARIO_FORMAT }, 'link', shippedPlans().yaohai);
    return 'accepted';
  } catch (error) {
    return refusal(error);
  }
}

export const linkTarget: FuzzTarget<LinkCase> = {
  name: 'links',
  arbitrary: fc.oneof(
    fc.record({
      kind: fc.constant('text' as const),
      text: fc.oneof(
        fc.string(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom('#v2.', '#v2.AAAAAA.', '#v1.', '#v3.x.y', '#v2.______.____'),
      ),
    }),
    fc.record({ kind: fc.constant('truncate' as const), version: fc.constantFrom(1, 2), at: fc.nat() }),
    fc.record({
      kind: fc.constant('flip' as const),
      version: fc.constantFrom(1, 2),
      at: fc.nat(),
      bit: fc.nat({ max: 5 }),
    }),
    fc.record({
      kind: fc.constant('payload' as const),
      mutations: fc.array(mutationArb, { minLength: 1, maxLength: 3 }),
    }),
  ),
  async check(c) {
    if (c.kind === 'text') return openLinkText(c.text);
    if (c.kind === 'payload') {
      const payload = mutate(GOLDEN_PAYLOAD as unknown as Json, c.mutations);
      if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return 'refused';
      return openLinkText(await encodeLink(payload as Record<string, unknown>));
    }
    const link = GOLDEN_LINKS[c.version]!;
    if (c.kind === 'truncate') {
      const cut = link.slice(0, 1 + (c.at % (link.length - 1)));
      const outcome = await openLinkText(cut);
      assert.equal(outcome, 'refused', `a truncated v${c.version} link opened: ${cut}`);
      return outcome;
    }
    // A bit flipped in one base64url character of the body.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const start = link.lastIndexOf('.') + 1;
    const i = start + (c.at % (link.length - start));
    const flipped = alphabet[alphabet.indexOf(link[i]!) ^ (1 << c.bit)]!;
    const hash = link.slice(0, i) + flipped + link.slice(i + 1);
    const decoded = await decodeLink(hash);
    if (c.version >= 2 && decoded.kind === 'ok') {
      // Only a change confined to the unused padding bits of the last character may still open, unchanged.
      assert.deepEqual(decoded.payload, GOLDEN_PAYLOAD, 'a damaged v2 link opened a different scenario');
    }
    return openLinkText(hash);
  },
};

// ── pasted actuals ─────────────────────────────────────────────────────────────────────────────────

const NAMES = [
  'pillar_output',
  '五大支柱产业中小企业生产总值',
  'ＧＤＰ',
  '地区生产总值（亿元）',
  'hte',
  '高新技术企业数',
  'pillar_share',
  '新认定高新技术企业数',
  '五大支柱产业生产总值年均增长7.5%',
  'no_such',
  '',
  "=cmd|' /C calc'!A0",
  '@SUM(A1)',
];
const VALUES = [
  '454.5',
  '1,010.5',
  '"1,010.5"',
  '１２３４.５',
  '70%',
  '0.47',
  '250%',
  '485.72亿元',
  '12345万元',
  '—',
  '-',
  '…',
  '/',
  'n/a',
  '',
  '1.158',
  '1e400',
  '-3.2',
  '=1+1',
  '+1',
  '12#',
  '3 000',
  '0.0095万家',
  '９５',
];
const YEARS = ['2021', '2022', '２０２３', '2023年', '1850', '2099', 'x', '2021.0'];

export interface ActualsCase {
  rows: { name: number; year: number; value: number; extra: boolean }[];
  header: number;
  delimiter: ',' | '\t';
  order: number[];
}

const HEADERS = ['indicator,year,value', '指标,年份,数值', '指标,年份,数值（%）', '指标,年份,数值,单位', ''];

function table(c: ActualsCase, order: number[]): string {
  const d = c.delimiter;
  const header = HEADERS[c.header % HEADERS.length]!.replace(/,/g, d);
  const lines = order.map((k) => {
    const r = c.rows[k]!;
    const cells = [
      NAMES[r.name % NAMES.length]!,
      YEARS[r.year % YEARS.length]!,
      VALUES[r.value % VALUES.length]!,
    ];
    if (r.extra) cells.push('亿元', '多余');
    return cells.join(d);
  });
  return [header, ...lines].filter((l) => l !== '').join('\n');
}

export const actualsTarget: FuzzTarget<ActualsCase> = {
  name: 'pasted actuals',
  arbitrary: fc
    .array(fc.record({ name: fc.nat(), year: fc.nat(), value: fc.nat(), extra: fc.boolean() }), {
      minLength: 1,
      maxLength: 8,
    })
    .chain((rows) =>
      fc.record({
        rows: fc.constant(rows),
        header: fc.nat(),
        delimiter: fc.constantFrom(',' as const, '\t' as const),
        order: fc.shuffledSubarray([...rows.keys()], { minLength: rows.length, maxLength: rows.length }),
      }),
    ),
  check(c) {
    const plan = loadPlan(readJson('tests/fixtures/analytics/mini.plan.json'), 'mini.plan.json');
    const [textA, textB] = [table(c, [...c.rows.keys()]), table(c, c.order)];
    const a = parseActuals(textA, plan);
    const b = parseActuals(textB, plan);
    assert.deepEqual(b.actuals, a.actuals, `the order of rows changed the result:\n${textA}\n---\n${textB}`);
    for (const i of a.issues) {
      assert.ok(i.code && i.message && i.messageZh, 'an issue without code or message');
      if (i.severity === 'error' && i.code !== 'empty' && i.code !== 'csv')
        assert.ok(i.row !== null, `an error that names no row: ${i.message}`);
    }
    for (const byYear of Object.values(a.actuals)) {
      for (const [year, v] of Object.entries(byYear)) {
        assert.ok(Number.isFinite(v), `a non-finite actual in ${year}`);
        assert.match(year, /^(19[4-9]\d|20\d\d|2100)$/);
      }
    }
    if (a.accepted === 0) return 'refused';
    return a.issues.some((i) => i.severity !== 'info') ? 'warned' : 'accepted';
  },
};

// ── formulas ───────────────────────────────────────────────────────────────────────────────────────

/** Payloads of known mathjs escapes (CVE-2017-1001002/1001003, CVE-2020-7743, 2024–2025 property access). */
export const CVE_PAYLOADS = [
  'import({x: 1}, {override: true})',
  'createUnit("foo")',
  'evaluate("1+1")',
  'parse("1")',
  'cos.constructor("return process")()',
  '[].map.constructor("return this")()',
  'output.constructor',
  'output["constructor"]',
  'output.__proto__',
  '{}["__proto__"]',
  'f(x) = x',
  'output = 1',
  'config({number: "BigNumber"})',
  'typed("x", {"number": f})',
  '"a" + "b"',
  'matrix([1, 2])',
  '1:3',
  'output; g',
  'chain(1).done()',
  'prev(prev(output))',
  'x => x',
  '`x`',
  'this',
  'globalThis',
  'process.exit()',
];
const TOKENS = [
  'output',
  'gdp',
  'g',
  'prev(output)',
  'year',
  't',
  '1',
  '0',
  '2.5',
  '1e',
  '1e999',
  'e',
  'pi',
  '+',
  '-',
  '*',
  '/',
  '^',
  '(',
  ')',
  ',',
  'log(',
  'exp(',
  'min(',
  'max(',
  'clamp(',
  '?',
  ':',
  '==',
  'and',
  'not',
  ' ',
];

/** Well-formed formulas over the golden plan's names, nested to any depth the generator reaches. */
const expressionArb: fc.Arbitrary<string> = fc.letrec<{ expr: string }>((tie) => ({
  expr: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(
      'output',
      'gdp',
      'g',
      'year',
      't',
      '1',
      '0',
      '2.5',
      '1e-3',
      '1e308',
      'pi',
      'e',
      'prev(output)',
    ),
    fc
      .tuple(tie('expr'), fc.constantFrom('+', '-', '*', '/', '^'), tie('expr'))
      .map(([a, o, b]) => `(${a} ${o} ${b})`),
    fc
      .tuple(fc.constantFrom('log', 'exp', 'sqrt', 'abs', 'floor', '-'), tie('expr'))
      .map(([f, a]) => `${f}(${a})`),
    fc.tuple(tie('expr'), tie('expr')).map(([a, b]) => `max(${a}, ${b})`),
  ),
})).expr;

export const formulaTarget: FuzzTarget<
  | { kind: 'cve'; k: number }
  | { kind: 'tokens'; t: number[]; repeat: number }
  | { kind: 'expr'; source: string }
> = {
  name: 'formulas',
  arbitrary: fc.oneof(
    fc.record({ kind: fc.constant('cve' as const), k: fc.nat({ max: CVE_PAYLOADS.length - 1 }) }),
    fc.record({ kind: fc.constant('expr' as const), source: expressionArb }),
    fc.record({
      kind: fc.constant('tokens' as const),
      t: fc.array(fc.nat({ max: TOKENS.length - 1 }), { maxLength: 40 }),
      repeat: fc.constantFrom(1, 1, 1, 30, 400),
    }),
  ),
  check(c) {
    const source =
      c.kind === 'cve'
        ? CVE_PAYLOADS[c.k]!
        : c.kind === 'expr'
          ? c.source
          : c.t
              .map((i) => TOKENS[i])
              .join('')
              .repeat(c.repeat);
    const { golden } = shippedPlans();
    const scope = {
      indicators: new Set(golden.indicators.map((i) => i.id)),
      parameters: new Set(golden.parameters.map((p) => p.id)),
    };
    const check = checkFormula(source, scope);
    if (c.kind === 'cve') assert.equal(check.ok, false, `a known payload was accepted: ${source}`);
    if (!check.ok) {
      for (const e of check.errors)
        assert.ok(e.message.trim() !== '' && !/call stack/i.test(e.message), e.message);
      return 'refused';
    }
    // Accepted: it runs as a formula cell, with finite numbers or a warning naming it.
    const scenario = loadScenario(
      {
        format: SCENARIO_FORMAT,
        name: { zh: 'f' },
        formulas: [{ id: 'cell', name: { zh: 'c' }, unit: '1', formula: source }],
      },
      'fuzz',
      golden,
    );
    return runChecked(golden, scenario);
  },
};

export const FUZZ_TARGETS = [
  linkTarget,
  planTarget,
  scenarioTarget,
  actualsTarget,
  formulaTarget,
] as FuzzTarget<unknown>[];
