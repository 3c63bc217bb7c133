// `planpath run`: simulate a plan under a scenario and print paths, quantiles and target probabilities.

import { writeFileSync } from 'node:fs';
import {
  anchoringMessages,
  BOM,
  basisMessage,
  formatBare,
  formatProbTenths,
  formatRate,
  formatValue,
  inTenths,
  isPercentUnit,
  type Lang,
  loadCsvWriter,
  msg,
  type Plan,
  planTargetShape,
  probabilityPercent,
  QUANTILE_KEYS,
  type RunResult,
  renderMessage,
  render as renderText,
  run,
  runWarningMessage,
  settledIn,
  settledKey,
  type TargetResult,
  type TargetShape,
  targetPhrase,
  toJsonResult,
  unitLabel,
  verdictMessage,
  YEAR_MAX,
} from '../index.ts';
import { choiceOption, intOption, pathsAndSeed, readPlanAndScenario, UsageError } from './cliInputs.ts';
import { runUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseScenarioArgs } from './parseCommandArgs.ts';

export { runUsage };

export async function runCommand(args: string[]): Promise<number> {
  const values = parseScenarioArgs(args, {
    horizon: { type: 'string' },
    lang: { type: 'string' },
    of: { type: 'string' },
    out: { type: 'string' },
  });
  const format = choiceOption(values.format, 'format', ['json', 'csv', 'table'] as const, 'table');
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  const of = choiceOption(values.of, 'of', ['indicators', 'targets'] as const, 'indicators');
  if (values.of !== undefined && format !== 'csv') throw new UsageError('--of is for --format csv');
  const { plan, scenario } = readPlanAndScenario(values);
  const result = await run(plan, scenario, {
    ...pathsAndSeed(values, 0),
    horizon: intOption(values.horizon, 'horizon', plan.meta.baseYear + 1, YEAR_MAX),
    keepDraws: false, // the process's only run
  });
  // Warnings go to stderr, so the JSON or CSV on stdout stays machine-readable (JSON carries them too).
  for (const w of result.warnings)
    process.stderr.write(`planpath run: warning: ${renderMessage(lang, runWarningMessage(w, plan))}\n`);
  for (const m of anchoringMessages(plan, result))
    process.stderr.write(`planpath run: note: ${renderMessage(lang, m)}\n`);
  // The CSV writer is loaded for CSV alone (see loadCsvWriter).
  const writer = format === 'csv' ? await loadCsvWriter() : null;
  const text = `${render(plan, result, format, lang, writer?.writeCsv, of)}\n`;
  // A file gets a BOM when it is CSV, as the page's CSVs have: Excel on Chinese Windows reads one without it as
  // GBK. stdout, which may be piped, gets none.
  if (values.out !== undefined) {
    writeFileSync(values.out, (format === 'csv' ? BOM : '') + text);
    process.stderr.write(`planpath run: written to ${values.out}\n`);
  } else process.stdout.write(text);
  return 0;
}

function render(
  plan: Plan,
  result: RunResult,
  format: 'json' | 'csv' | 'table',
  lang: Lang,
  writeCsv?: Awaited<ReturnType<typeof loadCsvWriter>>['writeCsv'],
  of: 'indicators' | 'targets' = 'indicators',
): string {
  if (format === 'json') return JSON.stringify(toJsonResult(result), null, 2);
  if (format === 'csv' && writeCsv && of === 'targets')
    return targetsCsv(plan, result, lang, writeCsv).trimEnd();
  if (format === 'csv' && writeCsv) {
    // In the unit the column names: a share of 0.85 under "%" had read as 0.85% in Excel.
    const rows = Object.entries(result.indicators).flatMap(([id, ind]) => {
      const k100 = isPercentUnit(ind.unit) ? 100 : 1;
      // Twelve significant digits: the floating-point tails of a sum or a scaling (1175.0500000000002,
      // 30.900000000000006) are no figure a statistics office writes (周科长), and twelve keep every digit the
      // model means.
      const v = (x: number | undefined) =>
        x === undefined ? undefined : Number.isFinite(x) ? Number((x * k100).toPrecision(12)) : x * k100;
      return result.years.map((year, k) => [
        id,
        ind.unit,
        year,
        v(ind.deterministic[k]),
        ...QUANTILE_KEYS.map((key) => v(ind.quantiles[key][k])),
        v(ind.mean[k]),
        result.paths,
        result.seed,
      ]);
    });
    // Each row says which run it is from (孙科长: the CLI's 2,000 paths and the page's 5,000 give figures a
    // little apart, and neither file had said so).
    return writeCsv(
      ['indicator', 'unit', 'year', 'deterministic', ...QUANTILE_KEYS, 'mean', 'paths', 'seed'],
      rows,
    ).trimEnd();
  }
  const last = result.years.length - 1;
  // As the page shows them: shares × 100, counts whole, 亿元 and 户 as a planner reads them.
  const indicatorRows = Object.entries(result.indicators).map(([id, ind]) => {
    const f = (v: number | undefined) => (v === undefined ? '—' : formatBare(v, ind.unit, lang, ind.count));
    return [
      id,
      unitLabel(ind.unit, lang),
      f(ind.deterministic[last]),
      f(ind.quantiles.p5[last]),
      f(ind.quantiles.p50[last]),
      f(ind.quantiles.p95[last]),
    ];
  });
  const targetRows = result.targets.map((t) => {
    const unit = result.indicators[t.indicator]?.unit ?? '';
    const measured = Number.isFinite(t.deterministicValue);
    const planTarget = plan.targets.find((x) => x.id === t.id);
    const shape: TargetShape = planTargetShape(plan.meta.baseYear, { ...t, statedAs: planTarget?.statedAs });
    const settled = settledKey(t);
    return [
      t.id,
      `${targetPhrase(shape, t.kind === 'growth' ? '%' : unit, lang)} (${t.year})`,
      measureText(t, unit, lang, shape.printedChange?.years, result.indicators[t.indicator]?.count),
      // A path that cannot be computed (a base still to be entered) has not missed the target: unknown.
      measured ? (t.deterministicMet ? 'yes' : 'no') : '—',
      // To 0.1 point, and the verdict's sentence beside it too (inTenths): 33.1% there read 33% here.
      settled !== null ? renderText(lang, settled) : formatProbTenths(t.pMet, lang),
      renderMessage(lang, inTenths(verdictMessage(t.verdict, t.aspirational, t.nature))),
      renderMessage(lang, basisMessage({ verdictBasis: t.verdictBasis, verdict: t.verdict })),
    ];
  });
  const s = result.summary;
  // Those waiting for a record or past figures rest on an assumption, but are no verdict: counted apart.
  const counts = ({ basis: b, verdicts: v }: Pick<typeof s, 'basis' | 'verdicts'>) => {
    const noRecord = v['no-record'];
    const args = {
      data: b.data,
      derived: b.derived > 0 ? msg('cli.run.basisCounts.derived', { n: b.derived }) : '',
      assumption: b.assumption - noRecord,
      unknown: b['unknown-base'],
    };
    return noRecord > 0
      ? msg('cli.run.basisCounts.noRecord', { ...args, noRecord })
      : msg('cli.run.basisCounts', args);
  };
  const headline = renderMessage(
    lang,
    msg('cli.run.headline', {
      counts: counts(s),
      aspirational: counts(s.aspirational),
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

/**
 * The targets of a run as a batch script or a spreadsheet reads them: the threshold as the plan writes it, P(met)
 * in % (as the evaluation's CSV gives it), the verdict and what it rests on, in the language asked for.
 */
function targetsCsv(
  plan: Plan,
  result: RunResult,
  lang: Lang,
  writeCsv: Awaited<ReturnType<typeof loadCsvWriter>>['writeCsv'],
): string {
  const rows = result.targets.map((t) => {
    const unit = result.indicators[t.indicator]?.unit ?? '';
    const planTarget = plan.targets.find((x) => x.id === t.id);
    const shape: TargetShape = planTargetShape(plan.meta.baseYear, { ...t, statedAs: planTarget?.statedAs });
    return [
      t.id,
      planTarget ? planTarget.name.zh : t.id,
      t.year,
      targetPhrase(shape, t.kind === 'growth' ? '%' : unit, lang),
      // Settled by an observed year, it has no chance left to quote: empty, as in the page's and the
      // evaluation's files (周科长: 0 here beside 已定 there).
      t.pMet === null || settledIn(t) !== null ? null : probabilityPercent(t.pMet),
      t.verdict.code,
      renderMessage(lang, inTenths(verdictMessage(t.verdict, t.aspirational, t.nature))),
      // Not simulated as a share: its basis says so, as the table's does (it had read unknown-base here).
      t.verdict.code === 'not-comparable' ? 'not-comparable' : t.verdictBasis,
      result.paths,
      result.seed,
    ];
  });
  return writeCsv(
    [
      'target',
      'name',
      'year',
      'threshold',
      'pmet_percent',
      'verdict',
      'verdict_text',
      'basis',
      'paths',
      'seed',
    ],
    rows,
  );
}

/** What a target measures on the deterministic path, in the target's terms: a level, a rate, an increase. */
/** `changeYears`: a change stated over that many years is shown as the change, as its target is. */
function measureText(
  t: TargetResult,
  unit: string,
  lang: Lang,
  changeYears?: number,
  whole?: boolean,
): string {
  const v = t.deterministicValue;
  if (!Number.isFinite(v)) return '—';
  if (t.kind === 'growth' && changeYears !== undefined) return formatRate(v * changeYears, lang);
  if (t.kind === 'growth') return `${formatRate(v, lang)}${renderText(lang, 'unit.perYear')}`;
  return `${t.kind === 'increase' && v > 0 ? '+' : ''}${formatValue(v, unit, lang, false, whole)}`;
}
