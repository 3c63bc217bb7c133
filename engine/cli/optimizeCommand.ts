// `planpath optimize`: the least-cost mix of lever intensities that meets the chosen targets with P(met) ≥ P.
import { optimizeMix, totalCostUnit } from '../index.ts';
import {
  choiceOption,
  idListOption,
  pathsAndSeed,
  probabilityOption,
  readPlanAndScenario,
  targetIdsOption,
  UsageError,
} from './cliInputs.ts';
import { optimizeUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseScenarioArgs } from './parseCommandArgs.ts';
import { withProgress } from './progressReporter.ts';

export { optimizeUsage };

/** An amount of money as the page writes it: thousands grouped, no more than two decimals (7500.00 had read bare). */
const money = (v: number): string => Number(v.toFixed(2)).toLocaleString('en-US');

export async function optimizeCommand(args: string[]): Promise<number> {
  const values = parseScenarioArgs(args, {
    targets: { type: 'string' },
    prob: { type: 'string' },
    deterministic: { type: 'boolean' },
    levers: { type: 'string' },
    method: { type: 'string' },
  });
  if (values.targets === undefined) throw new UsageError('--targets ID,ID,… is required');
  const probability = probabilityOption(values.prob, values.deterministic);
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  const method = choiceOption(values.method, 'method', ['auto', 'exact', 'greedy'] as const, 'auto');
  const { plan, scenario } = readPlanAndScenario(values);
  const targets = targetIdsOption(values.targets, plan);
  // A plan with no levers (imported from a plan's text) has nothing to mix: said as such, with what can be sought.
  if (plan.levers.length === 0) {
    const message = `the plan has no policy levers (measures with an intensity and a fiscal cost), so there is no mix to cost; only growth and other assumptions can be sought: planpath goalseek --target ID --growth PARAM_ID (parameters: ${plan.parameters.map((p) => p.id).join(', ')})`;
    process.stdout.write(
      format === 'json'
        ? `${JSON.stringify({ status: 'no-levers', targets, message }, null, 2)}\n`
        : `no-levers: ${message}\n`,
    );
    return 3;
  }
  const levers =
    values.levers === undefined
      ? undefined
      : idListOption(values.levers, (id) => plan.levers.some((l) => l.id === id), 'lever');
  const r = await withProgress((onProgress) =>
    optimizeMix(plan, scenario, {
      targets,
      probability,
      ...(levers ? { levers } : {}),
      method,
      ...pathsAndSeed(values, 1),
      onProgress,
    }),
  );
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
  } else {
    const leverRows = r.levers
      .filter((l) => l.relevant)
      .map((l) => [
        l.id,
        String(r.intensities[l.id]),
        `${l.min}–${l.max} step ${Number(l.step.toPrecision(6))}`,
        `${money(l.unitCost)} ${totalCostUnit(r.cost.unit)}`,
        money(r.cost.byLever[l.id] ?? 0),
      ]);
    const targetRows = targets.map((id) => [
      id,
      r.pMet[id] === null || r.pMet[id] === undefined ? '—' : `${(r.pMet[id]! * 100).toFixed(1)}%`,
      r.deterministicMet[id] ? 'yes' : 'no',
    ]);
    const ignored = r.levers.filter((l) => !l.relevant).map((l) => l.id);
    process.stdout.write(
      [
        `${r.status} (${r.method}): ${r.message}`,
        `total fiscal cost to the target year ${money(r.cost.total)} ${totalCostUnit(r.cost.unit)}; ${r.runs} runs, ${r.paths} paths, seed ${r.seed}`,
        '',
        // Per unit of intensity over the whole run, not a year's (the page says 1,500 万元/年; this is 7,500 万元).
        formatTable(['lever', 'intensity', 'grid', 'cost per unit, all years', 'cost'], leverRows),
        '',
        formatTable(['target', 'P(met)', 'deterministic met'], targetRows),
        ignored.length > 0
          ? `\nlevers with no effect on these targets (left at minimum): ${ignored.join(', ')}`
          : '',
      ].join('\n') + '\n',
    );
  }
  return r.status === 'infeasible' || r.status === 'unknown-base' || r.status === 'observed' ? 3 : 0;
}
