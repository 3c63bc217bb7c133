// `planpath attribute`: which setting moved each target's chance from one scenario to another — each setting
// in which they differ applied alone to the first (engine/search/attribution.ts), as the page's 差异从何而来.
import {
  attribution,
  DEFAULT_PATHS,
  DEFAULT_SEED,
  formatProbTenths,
  type Plan,
  renderMessage,
  type Scenario,
  type ScenarioChange,
  type Verdict,
  verdictLabelMessage,
} from '../index.ts';
import { choiceOption, pathsAndSeed, readPlan, readScenario, targetIdsOption } from './cliInputs.ts';
import { attributeUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';
import { withProgress } from './progressReporter.ts';

export { attributeUsage };

/** A difference of chances in points, to a tenth. */
const pts = (v: number) => {
  const x = Math.round(v * 1000) / 10;
  return `${x > 0 ? '+' : ''}${x.toFixed(1)}`;
};
/** A change by its id and, for a lever, parameter or shock, the plan's name for it: 民营经济 (lever hefei_10_private). */
function changeName(plan: Plan, c: ScenarioChange, lang: 'zh' | 'en'): string {
  const id = c.kind === 'actuals' ? 'actuals' : `${c.kind} ${c.id}`;
  const named =
    c.kind === 'lever'
      ? plan.levers.find((x) => x.id === c.id)?.name
      : c.kind === 'parameter'
        ? plan.parameters.find((x) => x.id === c.id)?.name
        : c.kind === 'shock'
          ? plan.shocks.find((x) => x.id === c.id)?.name
          : undefined;
  const name = named ? (lang === 'en' ? (named.en ?? named.zh) : named.zh) : null;
  return name ? `${name} (${id})` : id;
}

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
    lang: { type: 'string' },
  });
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
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
  const named = (c: ScenarioChange) => changeName(plan, c, lang);
  const runs = (s: Scenario | null) =>
    `${(s?.paths ?? DEFAULT_PATHS).toLocaleString('en')} paths, seed ${s?.seed ?? DEFAULT_SEED}`;
  const head = [
    `from ${label(values.from)} (${runs(from)}) to ${label(values.to)} (${runs(to)})`,
    `settings that differ (${r.changes.length}): ${r.changes.map(named).join('; ') || 'none'}`,
  ].join('\n');
  const omitted = { 'needs-base': 0, settled: 0, unmoved: 0 };
  const rows = r.targets.flatMap((t) => {
    if (t.from === null || t.to === null || t.withEach.some((p) => p === null)) {
      if (t.noChance) omitted[t.noChance]++;
      return [];
    }
    const parts = t.withEach.map((p) => p! - t.from!);
    const total = t.to - t.from;
    const together = total - parts.reduce((a, b) => a + b, 0);
    if (total === 0 && parts.every((x) => x === 0)) {
      omitted.unmoved++;
      return [];
    }
    const moved = parts
      .map((x, i) => ({ x, i }))
      .filter((p) => Math.abs(p.x) >= 0.0005)
      .sort((a, b) => Math.abs(b.x) - Math.abs(a.x))
      .map((p) => `${named(r.changes[p.i]!)} ${pts(p.x)}`);
    if (Math.abs(together) >= 0.0005) moved.push(`together ${pts(together)}`);
    const name = lang === 'en' ? (t.name.en ?? t.name.zh) : t.name.zh;
    // A chance that restates an assumption says so, as the page does (待补执行记录).
    // Tenths, with >99.9% and <0.1% for all or none of the paths (100.0% had read as a certainty).
    const chance = (p: number, v: Verdict) => {
      const shown = formatProbTenths(p, lang);
      return v.code === 'no-record' ? `${shown} (${renderMessage(lang, verdictLabelMessage(v))})` : shown;
    };
    return [
      [
        t.id,
        `${name} (${t.year})`,
        chance(t.from, t.verdicts.from),
        chance(t.to, t.verdicts.to),
        pts(total),
        moved.join('; '),
      ],
    ];
  });
  const table = rows.length
    ? formatTable(
        ['target', 'name', 'P(met) from', 'P(met) to', 'total (pts)', 'each setting alone (pts)'],
        rows,
      )
    : 'no target’s chance moved';
  const left = [
    omitted['needs-base'] ? `waiting for a base (no chance to divide): ${omitted['needs-base']}` : '',
    omitted.settled ? `settled by an observation in some run: ${omitted.settled}` : '',
    omitted.unmoved ? `not moved by these settings: ${omitted.unmoved}` : '',
  ].filter(Boolean);
  const sampling = r.changes.some((c) => c.kind === 'run' && (c.id === 'seed' || c.id === 'paths'))
    ? '\nseed and paths change only the sampling: their effect is sampling noise'
    : '';
  process.stdout.write(
    `${head}\n\n${table}\n${left.length ? `\ntargets not listed — ${left.join('; ')}\n` : ''}\n${r.runs} runs; each setting applied alone to the first scenario on its seed; "together" is the total less the parts${sampling}\n`,
  );
  return 0;
}
