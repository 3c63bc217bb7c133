// `planpath check`: the consistency check of a plan's own targets (rates vs totals, implied bases, shares
// and their denominators, parts vs totals, quotas vs stocks, mixed measures). Exit code 0 when nothing
// above `--fail-on` severity is found (default: never fail on findings).
import {
  checkPlan,
  type FindingText,
  type Lang,
  type PlanRelation,
  parseJsonText,
  planRelationsSchema,
  render,
  renderFindings,
  type Severity,
} from '../index.ts';
import { choiceOption, readPlan, readText, UsageError } from './cliInputs.ts';
import { checkUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

export { checkUsage };

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export async function checkCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, {
    plan: { type: 'string' },
    statistics: { type: 'string' },
    relations: { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    'fail-on': { type: 'string' },
  });
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  const failOn =
    values['fail-on'] === undefined
      ? null
      : choiceOption(values['fail-on'], 'fail-on', ['error', 'warning', 'info'] as const, 'error');
  const plan = readPlan(values.plan, values.statistics);
  let relations: PlanRelation[] | undefined;
  if (values.relations !== undefined) {
    const parsed = planRelationsSchema.safeParse(
      parseJsonText(readText(values.relations, 'relations'), values.relations),
    );
    if (!parsed.success) {
      throw new UsageError(
        `${values.relations}: not a list of relations: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    relations = parsed.data;
  }
  const findings = renderFindings(checkPlan(plan, relations ? { relations } : {}).findings, lang);
  process.stdout.write(
    `${format === 'json' ? JSON.stringify({ plan: plan.meta.id, findings }, null, 2) : table(findings, lang)}\n`,
  );
  if (failOn !== null && findings.some((f) => RANK[f.severity] <= RANK[failOn])) return 1;
  return 0;
}

function table(findings: FindingText[], lang: Lang): string {
  if (findings.length === 0) return render(lang, 'check.none');
  const severity = (s: Severity) => render(lang, `check.severity.${s}`);
  const counts = (['error', 'warning', 'info'] as const).map(
    (s) => `${severity(s)} ${findings.filter((f) => f.severity === s).length}`,
  );
  const blocks = findings.map((f, k) =>
    [
      `${k + 1}. [${severity(f.severity)}] ${f.kind} — ${f.targets.join(', ')}`,
      f.sections.length > 0 ? `   ${render(lang, 'cli.check.sections')}: ${f.sections.join(' / ')}` : null,
      `   ${f.message}`,
      `   ${render(lang, 'cli.check.arithmetic')}: ${f.arithmetic}`,
    ]
      .filter((x) => x !== null)
      .join('\n'),
  );
  const summary = formatTable(
    [render(lang, 'cli.check.kind'), render(lang, 'cli.check.count')],
    [...new Set(findings.map((f) => f.kind))].map((kind) => [
      kind,
      String(findings.filter((f) => f.kind === kind).length),
    ]),
  );
  return [
    `${render(lang, 'cli.check.findings', { n: findings.length })}: ${counts.join(' · ')}`,
    '',
    summary,
    '',
    ...blocks,
  ].join('\n');
}
