// `planpath sensitivity`: tornado data — which assumptions and levers move a target's P(met) and its
// target-year median most.
import { formatValue, isPercentUnit, sensitivity } from '../index.ts';
import {
  choiceOption,
  intOption,
  pathsAndSeed,
  readPlanAndScenario,
  targetIdsOption,
  UsageError,
} from './cliInputs.ts';
import { sensitivityUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseScenarioArgs } from './parseCommandArgs.ts';
import { withProgress } from './progressReporter.ts';

export { sensitivityUsage };

const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)}%`);
const num = (v: number) =>
  Math.abs(v) >= 100 ? v.toFixed(1) : Math.abs(v) >= 1 ? v.toFixed(2) : v.toPrecision(3);
/** An input's value in its own unit: a rate as a percentage (0.0416 had printed bare), a count's as counted. */
const inUnit = (v: number, unit: string) =>
  isPercentUnit(unit) ? `${Number((v * 100).toPrecision(3))}%` : num(v);

export async function sensitivityCommand(args: string[]): Promise<number> {
  const values = parseScenarioArgs(args, {
    target: { type: 'string' },
    top: { type: 'string' },
  });
  if (values.target === undefined) throw new UsageError('--target ID is required');
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  const top = intOption(values.top, 'top', 1, 1000) ?? 12;
  const { plan, scenario } = readPlanAndScenario(values);
  const targets = targetIdsOption(values.target, plan);
  const r = await withProgress((onProgress) =>
    sensitivity(plan, scenario, { targets, ...pathsAndSeed(values, 1), onProgress }),
  );
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return 0;
  }
  const blocks = r.targets.map((t) => {
    const rows = t.bars
      .slice(0, top)
      .map((b) => [
        `${b.input.kind === 'lever' ? 'lever ' : ''}${b.input.id}`,
        `${inUnit(b.input.low, b.input.unit)} → ${inUnit(b.input.high, b.input.unit)}`,
        b.input.basis,
        `${pct(b.pMetLow)} → ${pct(b.pMetHigh)}`,
        b.swingP === null ? '—' : `${b.swingP >= 0 ? '+' : ''}${(b.swingP * 100).toFixed(1)}`,
        `${formatValue(b.medianLow, t.unit, 'zh')} → ${formatValue(b.medianHigh, t.unit, 'zh')}`,
      ]);
    // The median is the indicator's level, not the target's measure (a net increase of +258 read as 909 家):
    // said by the indicator's name.
    const measured = plan.indicators.find((i) => i.id === t.indicator)?.name.zh ?? t.indicator;
    return [
      `${t.id} (${t.name.zh}, ${t.year}): P(met) ${pct(t.pMet)}, median of ${measured} ${formatValue(t.median, t.unit, 'zh')}`,
      formatTable(
        ['input', 'low → high', 'range', 'P(met)', 'swing (pts)', `${measured} ${t.year}, median`],
        rows,
      ),
      t.bars.length > top ? `… ${t.bars.length - top} more` : '',
      t.noEffect.length > 0 ? `no effect: ${t.noEffect.length} inputs` : '',
    ]
      .filter(Boolean)
      .join('\n');
  });
  process.stdout.write(`${blocks.join('\n\n')}\n\n${r.runs} runs, ${r.paths} paths, seed ${r.seed}\n`);
  return 0;
}
