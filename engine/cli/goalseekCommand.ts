// `planpath goalseek`: the smallest lever intensity or growth assumption at which a target is met with
// probability P (or on the deterministic path).
import {
  chanceShown,
  type GoalSeekVariable,
  goalSeek,
  goalSeekPoints,
  historyRateBasis,
  isPercentUnit,
  oddsRateShare,
  type Plan,
  renderMessage,
  totalCostUnit,
} from '../index.ts';
import {
  choiceOption,
  pathsAndSeed,
  probabilityOption,
  readPlanAndScenario,
  UsageError,
} from './cliInputs.ts';
import { goalseekUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseScenarioArgs } from './parseCommandArgs.ts';
import { withProgress } from './progressReporter.ts';

export { goalseekUsage };

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value.trim().replace(/%$/, '')) / (value.trim().endsWith('%') ? 100 : 1);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${value}"`);
  return n;
}

/**
 * A search range inside the variable's own (a parameter's slider range, a lever's intensities): 5,10 typed for
 * 5%–10% had searched growth rates of 500%–1000%. Said up front, with the fractions meant for a percentage.
 */
function checkRange(plan: Plan, variable: GoalSeekVariable, range: [number, number], typed: string): void {
  const own =
    variable.kind === 'lever'
      ? plan.levers.find((l) => l.id === variable.id)!.intensity
      : plan.parameters.find((p) => p.id === variable.id)!;
  const min = own.min ?? -Infinity;
  const max = own.max ?? Infinity;
  if (range[0] >= min && range[1] <= max) return;
  const percent =
    variable.kind === 'parameter' && isPercentUnit(plan.parameters.find((p) => p.id === variable.id)!.unit);
  const hint =
    percent && range[0] / 100 >= min && range[1] / 100 <= max
      ? `; a percentage is a fraction or ends in %: --range ${range[0] / 100},${range[1] / 100} or --range ${range[0]}%,${range[1]}%`
      : '';
  throw new UsageError(
    `--range ${typed} lies outside the range the plan gives ${variable.kind} ${variable.id}, ${min}–${max}${hint}`,
  );
}

/** Points a year, signed: +0.196. */
function signed(perYear: number): string {
  const n = Number((perYear * 100).toFixed(3));
  return `${n > 0 ? '+' : n < 0 ? '−' : ''}${Math.abs(n)}`;
}

export async function goalseekCommand(args: string[]): Promise<number> {
  const values = parseScenarioArgs(args, {
    target: { type: 'string' },
    lever: { type: 'string' },
    growth: { type: 'string' },
    parameter: { type: 'string' },
    prob: { type: 'string' },
    deterministic: { type: 'boolean' },
    range: { type: 'string' },
    tolerance: { type: 'string' },
  });
  if (values.target === undefined) throw new UsageError('--target ID is required');
  const param = values.growth ?? values.parameter;
  if ((values.lever === undefined) === (param === undefined))
    throw new UsageError('give exactly one of --lever ID or --growth PARAM_ID');
  const probability = probabilityOption(values.prob, values.deterministic);
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  let range: [number, number] | undefined;
  if (values.range !== undefined) {
    const parts = values.range.split(',').map((s) => numberOption(s, 'range'));
    if (parts.length !== 2 || parts.some((v) => v === undefined) || !(parts[1]! > parts[0]!)) {
      throw new UsageError(`--range must be LOW,HIGH with LOW < HIGH, not "${values.range}"`);
    }
    range = [parts[0]!, parts[1]!];
  }
  const { plan, scenario } = readPlanAndScenario(values);
  const variable: GoalSeekVariable =
    values.lever !== undefined ? { kind: 'lever', id: values.lever } : { kind: 'parameter', id: param! };
  if (variable.kind === 'lever' && !plan.levers.some((l) => l.id === variable.id)) {
    throw new UsageError(`no lever "${variable.id}"; levers: ${plan.levers.map((l) => l.id).join(', ')}`);
  }
  if (variable.kind === 'parameter' && !plan.parameters.some((p) => p.id === variable.id)) {
    throw new UsageError(
      `no parameter "${variable.id}"; parameters: ${plan.parameters.map((p) => p.id).join(', ')}`,
    );
  }
  if (range) checkRange(plan, variable, range, values.range!);
  const target = plan.targets.find((t) => t.id === values.target);
  if (!target || target.kind === 'qualitative') {
    throw new UsageError(
      `no quantitative target "${values.target}"; targets: ${plan.targets
        .filter((t) => t.kind !== 'qualitative')
        .map((t) => t.id)
        .join(', ')}`,
    );
  }
  const tolerance = numberOption(values.tolerance, 'tolerance');
  const r = await withProgress((onProgress) =>
    goalSeek(plan, scenario, {
      target: target.id,
      variable,
      probability,
      ...(range ? { range } : {}),
      ...(tolerance === undefined ? {} : { tolerance }),
      ...pathsAndSeed(values, 1),
      onProgress,
    }),
  );
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  } else {
    // A growth rate stored as 0.08 reads "8%" (its unit); a lever's intensity has none.
    const unit =
      variable.kind === 'parameter' ? plan.parameters.find((p) => p.id === variable.id)?.unit : undefined;
    // To six significant digits: a bisection's midpoints had printed as 141.4529291215674.
    const own = (v: number) =>
      unit !== undefined && isPercentUnit(unit)
        ? `${Number((v * 100).toFixed(4))}%`
        : String(Number(v.toPrecision(6)));
    // A share's odds rate means nothing to a planner (9.3% of the odds of 研发投入强度): its values are said as
    // the share's points a year and the level reached (goalSeekPoints); a lever or a growth beside them.
    const odds = variable.kind === 'parameter' && oddsRateShare(plan, variable.id) !== null;
    const points = (v: number) => {
      const p = goalSeekPoints(r, v);
      return p ? signed(p.perYear) : '—';
    };
    const level = (v: number) => {
      const p = goalSeekPoints(r, v);
      return p ? `${Number((p.level * 100).toFixed(3))}%` : '—';
    };
    const shown = (v: number) =>
      odds && r.points ? `${points(v)} pp/yr (${level(v)} in ${r.points.year})` : own(v);
    const reading = r.points ? [`${r.points.indicator} pp/yr`, `level ${r.points.year}`] : [];
    const rows = [...r.evaluations]
      .sort((a, b) => a.value - b.value)
      .map((e) => [
        ...(odds && r.points ? [] : [own(e.value)]),
        ...(r.points ? [points(e.value), level(e.value)] : []),
        e.pMet === null ? '—' : chanceShown(e.pMet, probability),
        e.deterministicMet ? 'yes' : 'no',
        e.met ? 'yes' : 'no',
      ]);
    // Where no data moves the target: the assumption the answer rests on, labelled, with what would replace it.
    const restsOn = (r.restsOn ?? [])
      .map((a) => {
        const u = plan.parameters.find((p) => p.id === a.parameter)?.unit ?? '';
        const v = (x: number) =>
          isPercentUnit(u) ? `${Number((x * 100).toFixed(4))}%` : String(Number(x.toPrecision(6)));
        // A share's odds spread is no figure a planner reads: named as the share's change, without it.
        const share = oddsRateShare(plan, a.parameter);
        const what =
          share !== null
            ? `the default ${a.part === 'spread' ? 'spread of' : 'pace and spread of'} ${share}'s yearly change (${a.parameter})`
            : a.part === 'spread'
              ? `the spread ± ${v(a.value.sd)} of ${a.parameter}`
              : `${a.parameter} = ${v(a.value.mean)} ± ${v(a.value.sd)}`;
        return a.standsFor === 'record'
          ? `${what} (an assumption standing in for a record of delivery, not data: enter the record to replace it)`
          : `${what} (a default assumed when no history is given, not data: enter the indicator's actuals to replace it)`;
      })
      .join('; ');
    const from = r.points
      ? `points a year from ${r.points.from.observed ? 'the actual' : 'the base'} ${Number((r.points.from.value * 100).toFixed(3))}% in ${r.points.from.year}, on the deterministic path`
      : '';
    process.stdout.write(
      [
        `${r.status}: ${r.message}`,
        restsOn && r.status !== 'unknown-base' ? `rests on the assumption ${restsOn}` : '',
        // A count's or an amount's unit said once, beside the name (five_up_upgrades = 127.1 had no 家/年).
        `${variable.kind} ${variable.id}${unit !== undefined && !isPercentUnit(unit) ? ` (${unit})` : ''}: range ${shown(r.range[0])}–${shown(r.range[1])}, current ${shown(r.current)}${r.currentHistory ? ` (${renderMessage('en', historyRateBasis(r.currentHistory))}, in place of the default)` : ''}${r.bracket ? `, final bracket [${shown(r.bracket[0])}, ${shown(r.bracket[1])}]` : ''}, ${r.iterations} bisection steps, ${r.paths} paths, seed ${r.seed}${r.monotone ? '' : ' — WARNING: P(met) did not rise monotonically with the variable'}`,
        from,
        r.cost && variable.kind === 'lever'
          ? `fiscal cost of all levers at this value: ${Number(r.cost.total.toPrecision(4))} ${totalCostUnit(r.cost.unit)}`
          : '',
        '',
        formatTable(
          [
            ...(odds && r.points ? [] : [variable.id]),
            ...reading,
            'P(met)',
            'deterministic met',
            'sufficient',
          ],
          rows,
        ),
      ]
        .filter((l, k) => l !== '' || k === 5)
        .join('\n') + '\n',
    );
  }
  return r.status === 'no-solution' || r.status === 'unknown-base' || r.status === 'observed' ? 3 : 0;
}
