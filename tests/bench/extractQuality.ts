// `npm run extract:quality`: how well the text extractor finds the targets of a real plan. Runs it on the
// Yaohai plan's text (../shared/seeds) and compares with the 72 targets hand-encoded in seeds/yaohai.plan.json,
// matching on value (converted to the plan's unit) + comparator + year. Not a test: it prints figures for
// BENCHMARKS.md. Two readings of the comparator are reported: strict, and with >= and > treated alike (the
// hand encoding wrote 超过 as >= before the format had >).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type DraftTarget, extractTargets } from '../../engine/extract/index.ts';
import { convertUnit } from '../../engine/units/unitFactor.ts';

interface PlanTarget {
  id: string;
  year: number;
  value: number | [number, number] | null;
  comparator: string | null;
  unit?: string;
  kind: string;
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const textPath = process.argv[2] ?? `${root}../shared/seeds/yaohai-sme-14th-five-year-plan.txt`;
const text = readFileSync(textPath, 'utf8');
const plan = JSON.parse(readFileSync(`${root}seeds/yaohai.plan.json`, 'utf8')) as {
  targets: PlanTarget[];
  indicators: { id: string; unit: string }[];
};

const started = performance.now();
const result = extractTargets(text);
const ms = performance.now() - started;

/** The extracted value in the plan target's unit (percentages are stored as fractions in plan files). */
function inPlanUnit(value: number, from: string, to: string): number | null {
  if (from === '%' && to === '%') return value / 100;
  return convertUnit(value, from, to);
}

function sameNumber(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function matches(d: DraftTarget, t: PlanTarget, loose: boolean): boolean {
  if (t.value === null || t.value === undefined || d.year !== t.year) return false;
  // A yes/no milestone prints no number: the kind and the year are what there is to match.
  if (d.kind === 'milestone' || t.kind === 'milestone') return d.kind === t.kind;
  // A rate per population (件/万人) is printed as 每万人…N件: compare the numerator's unit.
  const unit = (t.unit ?? '').replace(/\/万?人$/, '');
  const comp = (c: string) => (loose && c === '>' ? '>=' : c);
  if (comp(d.comparator) !== comp(t.comparator ?? '')) return false;
  if (Array.isArray(t.value) !== Array.isArray(d.value)) return false;
  const dv = Array.isArray(d.value) ? d.value : [d.value];
  const tv = Array.isArray(t.value) ? t.value : [t.value];
  return dv.every((v, k) => {
    const converted = inPlanUnit(v, d.unit, unit);
    return converted !== null && sameNumber(converted, tv[k]!);
  });
}

const quantitative = plan.targets.filter((t) => t.value !== null && t.value !== undefined);
for (const loose of [false, true]) {
  const found = quantitative.filter((t) => result.targets.some((d) => matches(d, t, loose)));
  const correct = result.targets.filter((d) => quantitative.some((t) => matches(d, t, loose)));
  const label = loose ? 'with >= and > alike' : 'strict';
  console.log(
    `${label}: recall ${found.length}/${quantitative.length} quantitative = ${pct(found.length / quantitative.length)} ` +
      `(${found.length}/${plan.targets.length} of all targets = ${pct(found.length / plan.targets.length)}); ` +
      `precision ${correct.length}/${result.targets.length} = ${pct(correct.length / result.targets.length)}`,
  );
  if (loose || process.argv.includes('--verbose')) {
    for (const t of quantitative.filter((t) => !found.includes(t))) {
      console.log(`  missed   ${t.id}: ${JSON.stringify(t.value)} ${t.comparator} ${t.year}`);
    }
    for (const d of result.targets.filter((d) => !correct.includes(d))) {
      console.log(
        `  extra    ${d.figure} @${d.offset} ${JSON.stringify(d.value)} ${d.unit} ${d.comparator} ${d.year} "${d.name}"`,
      );
    }
  }
}
console.log(
  `${result.targets.length} targets, ${result.baseFacts.length} base facts, target year ${result.targetYear}; ` +
    `${plan.targets.length - quantitative.length} qualitative targets have no figure to match; ` +
    `extraction took ${ms.toFixed(1)} ms (${text.length} characters)`,
);

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
