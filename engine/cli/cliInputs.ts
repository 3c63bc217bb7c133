// What every CLI command shares: reading the plan and scenario files named on the command line (the embedded
// Yaohai plan by default), and a usage error type whose message is all the user sees.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KERNELS as EMBEDDED_PLAN_KERNELS } from '../../seeds/yaohai.kernels.ts';
import type { Plan, Scenario } from '../index.ts';
import {
  applyStatistics,
  decodeText,
  firstSheetText,
  isZip,
  loadPlan,
  loadScenario,
  loadStatistics,
  parseJsonText,
  readXlsxSheets,
  useShippedKernels,
} from '../index.ts';
import { UsageError } from './UsageError.ts';

export { UsageError } from './UsageError.ts';

export const DEFAULT_PLAN_PATH = fileURLToPath(new URL('../../seeds/yaohai.plan.json', import.meta.url));

/** A text file (UTF-8, UTF-16 with a BOM, or GB18030/GBK as Excel saves CSV on Chinese Windows: decodeText). */
export function readText(path: string, what: string): string {
  const { text, encoding } = decodeText(readBytes(path, what));
  if (encoding === 'gb18030') process.stderr.write(`planpath: ${path} is not UTF-8; read as GB18030 (GBK)\n`);
  return text;
}

/**
 * The plan named by --plan (default: the embedded Yaohai plan) with its statistics applied: the file
 * named by --statistics, else the one the plan's meta.statistics names (relative to the plan file);
 * `--statistics none` runs on the plan alone.
 */
export function readPlan(path: string | undefined, statistics?: string): Plan {
  // The embedded plan's kernels come ready, so its formulas are not parsed at every start; they serve only a
  // plan whose formulas, count flags and parameters are exactly the embedded plan's (compileModel).
  useShippedKernels(EMBEDDED_PLAN_KERNELS);
  const file = path ?? DEFAULT_PLAN_PATH;
  const plan = loadPlan(parseJsonText(readText(file, 'plan'), file), file);
  if (statistics === 'none') return plan;
  const statsFile =
    statistics ?? (plan.meta.statistics ? resolve(dirname(file), plan.meta.statistics) : undefined);
  if (statsFile === undefined) return plan;
  // A plan copied elsewhere without its statistics: say where the name came from and the ways on.
  if (statistics === undefined && !existsSync(statsFile))
    throw new UsageError(
      `${file}: its meta.statistics names "${plan.meta.statistics}", not found beside the plan (${statsFile}); copy it there, or pass --statistics FILE, or --statistics none to run on the plan alone`,
      { usage: false },
    );
  const stats = loadStatistics(parseJsonText(readText(statsFile, 'statistics'), statsFile), statsFile);
  return applyStatistics(plan, stats).plan;
}

export function readScenario(path: string | undefined, plan: Plan): Scenario | null {
  if (path === undefined) return null;
  return loadScenario(parseJsonText(readText(path, 'scenario'), path), path, plan);
}

/** The plan and the scenario named by --plan, --statistics and --scenario. */
export function readPlanAndScenario(values: {
  plan?: string | undefined;
  statistics?: string | undefined;
  scenario?: string | undefined;
}): { plan: Plan; scenario: Scenario | null } {
  const plan = readPlan(values.plan, values.statistics);
  return { plan, scenario: readScenario(values.scenario, plan) };
}

/** Parses an optional integer option, naming the option when it is not one. */
export function intOption(
  value: string | undefined,
  name: string,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  // Decimal digits only: Number() would read "" as 0, "0x10" as 16 and " 5 " as 5.
  const n = /^[+-]?\d{1,16}$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new UsageError(`--${name} must be an integer from ${min} to ${max}, not "${value}"`);
  }
  return n;
}

export function choiceOption<T extends string>(
  value: string | undefined,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}"`);
  }
  return value as T;
}

/** Options every simulating command takes (parseScenarioArgs adds them to its own). */
export const SCENARIO_OPTIONS = {
  plan: { type: 'string' },
  statistics: { type: 'string' },
  scenario: { type: 'string' },
  paths: { type: 'string' },
  seed: { type: 'string' },
  format: { type: 'string' },
} as const;

/**
 * The probability a target must be met with (--prob, default 0.8), or null with --deterministic (the
 * deterministic path must meet it).
 */
export function probabilityOption(
  prob: string | undefined,
  deterministic: boolean | undefined,
): number | null {
  if (deterministic && prob !== undefined)
    throw new UsageError('--prob and --deterministic exclude each other');
  if (deterministic) return null;
  if (prob === undefined) return 0.8;
  const p = Number(prob);
  if (!(p > 0 && p <= 1)) throw new UsageError(`--prob must be in (0, 1], not "${prob}"`);
  return p;
}

/** A comma-separated list of ids from the command line, each checked against `known`. */
export function idListOption(text: string, known: (id: string) => boolean, what: string): string[] {
  const ids = text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const id of ids) if (!known(id)) throw new UsageError(`no ${what} "${id}"`);
  return ids;
}

/** Ids of quantitative targets (qualitative ones are not simulated). */
export function targetIdsOption(text: string, plan: Plan): string[] {
  return idListOption(
    text,
    (id) => plan.targets.some((t) => t.id === id && t.kind !== 'qualitative'),
    'quantitative target',
  );
}

/** --paths and --seed, parsed; `minPaths` is 1 for commands that need a Monte Carlo, 0 where a deterministic run will do. */
export function pathsAndSeed(
  values: { paths?: string; seed?: string },
  minPaths: 0 | 1,
): { paths?: number; seed?: number } {
  return {
    paths: intOption(values.paths, 'paths', minPaths, 200_000),
    seed: intOption(values.seed, 'seed', 0, 2 ** 32 - 1),
  };
}

/** A file's bytes, or a usage error naming it. */
export function readBytes(path: string, what: string): Uint8Array {
  if (!existsSync(path)) throw new UsageError(`${what} file not found: ${path}`, { usage: false });
  try {
    return readFileSync(path);
  } catch (error) {
    throw new UsageError(`cannot read ${what} file ${path}: ${(error as Error).message}`);
  }
}

/**
 * A table file as the text a paste would give: a workbook's first sheet with any cell (tab-separated rows, as
 * Excel copies them), else the file's text. An .xlsx given to --actuals had been read as GB18030 and refused
 * as a header "PK" (a tester).
 */
export async function readTableText(path: string, what: string): Promise<string> {
  const bytes = readBytes(path, what);
  if (!isZip(bytes)) return readText(path, what);
  const read = await readXlsxSheets(bytes);
  if ('error' in read)
    throw new UsageError(
      read.error === 'file-too-large'
        ? `${what} file ${path} is larger than 10 MB`
        : `${what} file ${path} is neither a table nor a workbook Excel or WPS can open${read.detail ? ` (${read.detail})` : ''}`,
      { usage: false },
    );
  const first = firstSheetText(read.sheets);
  if (!first) throw new UsageError(`${what} file ${path}: every sheet is empty`, { usage: false });
  if (first.sheet !== read.sheets[0])
    process.stderr.write(`planpath: ${path}: read sheet "${first.sheet.name}"\n`);
  return first.text;
}
