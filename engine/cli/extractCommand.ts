// `planpath extract`: the quantitative targets in the text of a plan (or in a filled-in target table), as a
// draft for review. JSON is the data the page reviews; the table is for reading in a terminal.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { GenerateOptions, GenerateTarget } from '../index.ts';
import {
  type BaseFact,
  baseUnknownTargets,
  type DraftTarget,
  type ExtractMessage,
  extractTargets,
  generatePlan,
  type PlanTableResult,
  readPlanTable,
  readPlanXlsx,
  type TableTarget,
  tableIssueText,
} from '../index.ts';
import { choiceOption, intOption, readText, UsageError } from './cliInputs.ts';
import { extractUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

export { extractUsage };

export async function extractCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, {
    text: { type: 'string' },
    table: { type: 'string' },
    'target-year': { type: 'string' },
    format: { type: 'string' },
    lang: { type: 'string' },
    'plan-out': { type: 'string' },
  });
  const planOut = values['plan-out'];
  const format = choiceOption(values.format, 'format', ['json', 'table'] as const, 'table');
  const targetYear = intOption(values['target-year'], 'target-year', 1949, 2100);
  if ((values.text === undefined) === (values.table === undefined)) {
    throw new UsageError('give one of --text FILE or --table FILE');
  }
  if (values.table !== undefined) {
    const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
    return tableCommand(values.table, format, lang, planOut);
  }
  if (values.text === undefined) throw new UsageError('--text FILE is required');
  const text = readText(values.text, 'text');
  const result = extractTargets(text, targetYear === undefined ? {} : { targetYear });
  const refused = result.messages.find((m) => m.code === 'text-too-large' || m.code === 'empty-text');
  if (refused) {
    process.stderr.write(`planpath extract: ${values.text}: ${messageText(refused)}\n`);
    return 1;
  }
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify(
        {
          targets: result.targets.map(targetJson),
          baseFacts: result.baseFacts,
          targetYear: result.targetYear,
          messages: result.messages,
        },
        null,
        2,
      )}\n`,
    );
  } else {
    process.stdout.write(`${table(result.targets, result.baseFacts, result.targetYear)}\n`);
    for (const m of result.messages)
      process.stderr.write(`planpath extract: ${values.text}: ${messageText(m)}\n`);
  }
  if (planOut !== undefined) {
    writePlan(planOut, result.targets, {
      facts: result.baseFacts,
      ...(result.targetYear === null ? {} : { targetYear: result.targetYear }),
    });
  }
  return 0;
}

/** Writes the generated plan and says on stderr how many targets wait for a base. */
function writePlan(path: string, targets: readonly GenerateTarget[], options: GenerateOptions): void {
  const { plan, pending } = generatePlan(targets, options);
  try {
    writeFileSync(path, `${JSON.stringify(plan, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
  const waiting = baseUnknownTargets(plan).length;
  const qualitative = plan.targets.filter((t) => t.kind === 'qualitative').length;
  process.stderr.write(
    `planpath extract: wrote ${path}: ${plan.targets.length - qualitative} targets simulated, of which ${waiting} 基期待补 (base unknown: no verdict until it is entered); ${pending.length} not simulated (qualitative, outside the plan's years)\n`,
  );
}

/** The documented field order of a target in the JSON output. */
function targetJson(t: DraftTarget) {
  return {
    name: t.name,
    figure: t.figure,
    offset: t.offset,
    value: t.value,
    unit: t.unit,
    comparator: t.comparator,
    kind: t.kind,
    year: t.year,
    base: t.base,
    aspirational: t.aspirational,
    section: t.section,
  };
}

export function messageText(m: ExtractMessage): string {
  switch (m.code) {
    case 'empty-text':
      return 'the text is empty';
    case 'no-targets':
      return 'no quantitative target found (a target is a number with a unit, e.g. 达到100亿元, 新增5家)';
    case 'text-too-large':
      return `the text is ${(m.bytes / 1048576).toFixed(1)} MB; at most ${(m.limitBytes / 1048576).toFixed(1)} MB is read — paste the plan's 发展目标 section instead`;
  }
}

function valueText(v: number | [number, number]): string {
  return Array.isArray(v) ? `${v[0]}–${v[1]}` : String(v);
}

function table(targets: DraftTarget[], facts: BaseFact[], targetYear: number | null): string {
  const rows = targets.map((t, k) => [
    String(k + 1),
    t.name,
    t.figure,
    valueText(t.value),
    t.unit,
    t.comparator,
    t.kind,
    t.year === null ? '—' : String(t.year),
    t.base === null ? '' : String(t.base),
    t.aspirational ? '力争' : '',
    t.section ?? '',
  ]);
  const factRows = facts.map((f) => [
    f.name,
    f.figure,
    valueText(f.value),
    f.unit,
    f.year === null ? '—' : String(f.year),
    f.section ?? '',
  ]);
  return [
    `${targets.length} 项目标 (target year ${targetYear ?? '—'})`,
    formatTable(['#', '指标', '原文', '值', '单位', '比较', '类型', '年份', '基期值', '力争', '章节'], rows),
    '',
    `${facts.length} 项基期事实 (base facts)`,
    formatTable(['指标', '原文', '值', '单位', '年份', '章节'], factRows),
  ].join('\n');
}

async function tableCommand(
  path: string,
  format: 'json' | 'table',
  lang: 'zh' | 'en',
  planOut: string | undefined,
): Promise<number> {
  if (!existsSync(path)) throw new UsageError(`table file not found: ${path}`);
  let result: PlanTableResult;
  if (path.toLowerCase().endsWith('.xlsx')) {
    result = await readPlanXlsx(new Uint8Array(readFileSync(path)));
  } else {
    result = readPlanTable(readText(path, 'table'));
  }
  if (format === 'json') {
    process.stdout.write(
      `${JSON.stringify({ targets: result.targets.map(tableTargetJson), issues: result.issues }, null, 2)}\n`,
    );
  } else {
    const rows = result.targets.map((t) => [
      String(t.row),
      t.name,
      t.value === null ? '—' : valueText(t.value),
      t.unit,
      t.comparator,
      t.kind,
      String(t.year),
      t.base === null ? '' : `${t.base}${t.baseYear === null ? '' : ` (${t.baseYear})`}`,
      t.aspirational ? '力争' : '',
      t.section ?? '',
    ]);
    process.stdout.write(
      `${formatTable(['行', '指标', '目标值', '单位', '比较', '类型', '目标年', '基期值', '力争', '章节'], rows)}\n`,
    );
  }
  for (const issue of result.issues) {
    process.stderr.write(`planpath extract: ${path}: ${tableIssueText(issue, lang)}\n`);
  }
  if (planOut !== undefined && result.targets.length > 0) writePlan(planOut, result.targets, {});
  return result.issues.some((i) => i.severity === 'error') ? 1 : 0;
}

/** A table row in the same field order as a drafted target, plus what only a table gives. */
function tableTargetJson(t: TableTarget) {
  return {
    name: t.name,
    figure: t.figure,
    offset: null,
    value: t.value,
    unit: t.unit,
    comparator: t.comparator,
    kind: t.kind,
    year: t.year,
    base: t.base,
    aspirational: t.aspirational,
    section: t.section,
    baseYear: t.baseYear,
    nature: t.nature,
    row: t.row,
  };
}
