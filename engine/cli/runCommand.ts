// `planpath run`: simulate a plan under a scenario and print paths, quantiles and target probabilities.
import {
  anchoringMessages,
  basisMessage,
  type Lang,
  msg,
  QUANTILE_KEYS,
  type RunResult,
  renderMessage,
  run,
  runWarningMessage,
  toJsonResult,
  verdictMessage,
  writeCsv,
  YEAR_MAX,
} from '../index.ts';
import { choiceOption, intOption, pathsAndSeed, readPlanAndScenario } from './cliInputs.ts';
import { runUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseScenarioArgs } from './parseCommandArgs.ts';

export { runUsage };

export async function runCommand(args: string[]): Promise<number> {
  const values = parseScenarioArgs(args, { horizon: { type: 'string' }, lang: { type: 'string' } });
  const format = choiceOption(values.format, 'format', ['json', 'csv', 'table'] as const, 'table');
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  const { plan, scenario } = readPlanAndScenario(values);
  const result = await run(plan, scenario, {
    ...pathsAndSeed(values, 0),
    horizon: intOption(values.horizon, 'horizon', plan.meta.baseYear + 1, YEAR_MAX),
  });
  // Warnings go to stderr, so the JSON or CSV on stdout stays machine-readable (JSON carries them too).
  for (const w of result.warnings)
    process.stderr.write(`planpath run: warning: ${renderMessage(lang, runWarningMessage(w))}\n`);
  for (const m of anchoringMessages(plan, result))
    process.stderr.write(`planpath run: note: ${renderMessage(lang, m)}\n`);
  process.stdout.write(`${render(result, format, lang)}\n`);
  return 0;
}

function render(result: RunResult, format: 'json' | 'csv' | 'table', lang: Lang): string {
  if (format === 'json') return JSON.stringify(toJsonResult(result), null, 2);
  if (format === 'csv') {
    const rows = Object.entries(result.indicators).flatMap(([id, ind]) =>
      result.years.map((year, k) => [
        id,
        ind.unit,
        year,
        ind.deterministic[k],
        ...QUANTILE_KEYS.map((key) => ind.quantiles[key][k]),
        ind.mean[k],
      ]),
    );
    return writeCsv(['indicator', 'unit', 'year', 'deterministic', ...QUANTILE_KEYS, 'mean'], rows).trimEnd();
  }
  const last = result.years.length - 1;
  const indicatorRows = Object.entries(result.indicators).map(([id, ind]) => {
    // Counts (家, 个, 户 …) are whole numbers everywhere they are shown.
    const f = (v: number | undefined) =>
      ind.count && v !== undefined && Number.isFinite(v) ? String(Math.round(v)) : fmt(v);
    return [
      id,
      ind.unit,
      f(ind.deterministic[last]),
      f(ind.quantiles.p5[last]),
      f(ind.quantiles.p50[last]),
      f(ind.quantiles.p95[last]),
    ];
  });
  const targetRows = result.targets.map((t) => [
    t.id,
    `${t.comparator} ${Array.isArray(t.value) ? t.value.join('–') : fmt(t.value)} (${t.year})`,
    fmt(t.deterministicValue),
    t.deterministicMet ? 'yes' : 'no',
    t.pMet === null ? '—' : `${(t.pMet * 100).toFixed(1)}%`,
    renderMessage(lang, verdictMessage(t.verdict, t.aspirational)),
    renderMessage(lang, basisMessage({ verdictBasis: t.verdictBasis })),
  ]);
  const s = result.summary;
  const counts = (b: typeof s.basis) =>
    msg('cli.run.basisCounts', { data: b.data, assumption: b.assumption, unknown: b['unknown-base'] });
  const headline = renderMessage(
    lang,
    msg('cli.run.headline', {
      counts: counts(s.basis),
      aspirational: counts(s.aspirational.basis),
      notComparable: s.notComparable,
      qualitative: s.qualitative,
    }),
  );
  return [
    `${result.planId}: ${result.years[0]}–${result.years[last]}, ${result.paths} paths, seed ${result.seed}`,
    '',
    formatTable(['indicator', 'unit', `det ${result.years[last]}`, 'P5', 'P50', 'P95'], indicatorRows),
    '',
    formatTable(['target', 'threshold', 'deterministic', 'met', 'P(met)', 'verdict', 'basis'], targetRows),
    '',
    headline,
  ].join('\n');
}

const fmt = (v: number | undefined) => {
  if (v === undefined || !Number.isFinite(v)) return '—';
  const a = Math.abs(v);
  return a !== 0 && a < 1 ? v.toFixed(4) : a < 100 ? v.toFixed(2) : v.toFixed(1);
};
