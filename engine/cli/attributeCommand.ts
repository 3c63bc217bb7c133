// `planpath attribute`: which setting moved each target's chance from one scenario to another — each setting
// in which they differ applied alone to the first (engine/search/attribution.ts), as the page's 差异从何而来.
import { attribution, type ScenarioChange } from '../index.ts';
import { choiceOption, pathsAndSeed, readPlan, readScenario, targetIdsOption } from './cliInputs.ts';
import { attributeUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { withProgress } from './progressReporter.ts';

export { attributeUsage };

const pct = (v: number) => `${(v * 100).toFixed(1)}%`;
/** A difference of chances in points, to a tenth. */
const pts = (v: number) => {
  const x = Math.round(v * 1000) / 10;
  return `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
};
const changeName = (c: ScenarioChange) => (c.kind === 'actuals' ? 'actuals' : `${c.kind} ${c.id}`);

export async function attributeCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, {
    plan: { type: 'string' },
    statistics: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    paths: { type: 'string' },
    seed: { type: 'string' },
    target: { type: 'string' },
    format: { type: 'string' },
  });
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  const plan = readPlan(values.plan, values.statistics);
  const targets = values.target === undefined ? undefined : targetIdsOption(values.target, plan);
  // --paths and --seed, when given, hold for both scenarios (so neither is itself a change).
  const { paths, seed } = pathsAndSeed(values, 1);
  const own = { ...(paths === undefined ? {} : { paths }), ...(seed === undefined ? {} : { seed }) };
  const read = (path: string | undefined) => {
    const s = readScenario(path, plan);
    return s
      ? { ...s, ...own }
      : Object.keys(own).length
        ? { format: 'planpath/scenario@1' as const, name: { zh: '规划' }, ...own }
        : null;
  };
  const [from, to] = [read(values.from), read(values.to)];
  const r = await withProgress((onProgress) => attribution(plan, from, to, { targets, onProgress }));
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    return 0;
  }
  const label = (path: string | undefined) => path ?? 'the plan alone';
  const head = `from ${label(values.from)} to ${label(values.to)}: ${r.changes.length} settings differ (${r.changes.map(changeName).join(', ') || 'none'})`;
  const rows = r.targets.flatMap((t) => {
    if (t.from === null || t.to === null || t.withEach.some((p) => p === null)) return [];
    const parts = t.withEach.map((p) => p! - t.from!);
    const total = t.to - t.from;
    const together = total - parts.reduce((a, b) => a + b, 0);
    if (total === 0 && parts.every((x) => x === 0)) return [];
    const moved = parts
      .map((x, i) => ({ x, i }))
      .filter((p) => Math.abs(p.x) >= 0.0005)
      .sort((a, b) => Math.abs(b.x) - Math.abs(a.x))
      .map((p) => `${changeName(r.changes[p.i]!)} ${pts(p.x)}`);
    if (Math.abs(together) >= 0.0005) moved.push(`together ${pts(together)}`);
    return [[t.id, `${t.name.zh} (${t.year})`, pct(t.from), pct(t.to), pts(total), moved.join('; ')]];
  });
  const table = rows.length
    ? formatTable(
        ['target', 'name', 'P(met) from', 'P(met) to', 'total (pts)', 'each setting alone (pts)'],
        rows,
      )
    : 'no target’s chance moved';
  process.stdout.write(
    `${head}\n\n${table}\n\n${r.runs} runs; each setting applied alone to the first scenario, same seed; "together" is the total less the parts\n`,
  );
  return 0;
}
