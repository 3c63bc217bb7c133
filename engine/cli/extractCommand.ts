// `planpath extract`: the quantitative targets in the text of a plan (or in a filled-in target table), as a
// draft for review. JSON is the data the page reviews; the table is for reading in a terminal.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { GenerateOptions, GenerateTarget } from '../index.ts';
import {
  type BaseFact,
  baseUnknownTargets,
  type ColumnKey,
  type DraftTarget,
  extractMessage,
  extractTargets,
  generatePlan,
  kindWord,
  type Lang,
  PLAN_TABLE_COLUMNS,
  type PlanTableResult,
  readPlanTable,
  readPlanXlsx,
  refusesText,
  render,
  renderMessage,
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
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  if (values.table !== undefined) return tableCommand(values.table, format, lang, planOut);
  if (values.text === undefined) throw new UsageError('--text FILE is required');
  const text = readText(values.text, 'text');
  const result = extractTargets(text, targetYear === undefined ? {} : { targetYear });
  const refused = result.messages.find(refusesText);
  if (refused) {
    process.stderr.write(
      `planpath extract: ${values.text}: ${renderMessage(lang, extractMessage(refused))}\n`,
    );
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
    process.stdout.write(`${table(result.targets, result.baseFacts, result.targetYear, lang)}\n`);
    for (const m of result.messages)
      process.stderr.write(`planpath extract: ${values.text}: ${renderMessage(lang, extractMessage(m))}\n`);
  }
  if (planOut !== undefined) {
    writePlan(
      planOut,
      result.targets,
      {
        facts: result.baseFacts,
        ...(result.targetYear === null ? {} : { targetYear: result.targetYear }),
        ...(result.title === undefined ? {} : { title: result.title }),
      },
      lang,
    );
  }
  return 0;
}

/** Writes the generated plan and says on stderr how many targets wait for a base. */
function writePlan(
  path: string,
  targets: readonly GenerateTarget[],
  options: GenerateOptions,
  lang: Lang,
): void {
  const { plan, pending } = generatePlan(targets, options);
  try {
    writeFileSync(path, `${JSON.stringify(plan, null, 2)}\n`);
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as Error).message}`);
  }
  const waiting = baseUnknownTargets(plan).length;
  const qualitative = plan.targets.filter((t) => t.kind === 'qualitative').length;
  const wrote = render(lang, 'cli.extract.wrote', {
    path,
    simulated: plan.targets.length - qualitative,
    waiting,
    pending: pending.length,
  });
  process.stderr.write(`planpath extract: ${wrote}\n`);
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
    // A row of a table in the text names the year its base is for (2025年基期).
    ...(t.baseYear != null ? { baseYear: t.baseYear } : {}),
    aspirational: t.aspirational,
    // A total over the period (五年累计…), the sum of yearly figures.
    ...(t.total ? { total: true } : {}),
    // 预期性/约束性 as a table in the text prints it (null when nothing says): the page shows it too.
    nature: t.nature ?? null,
    section: t.section,
  };
}

/** 预期性 / 约束性 as a cell of the CLI's tables; empty when nothing says. */
function natureText(nature: DraftTarget['nature'], lang: Lang): string {
  return nature ? render(lang, `cli.extract.nature.${nature}`) : '';
}

function valueText(v: number | [number, number]): string {
  return Array.isArray(v) ? `${v[0]}–${v[1]}` : String(v);
}

/** A template column's header (the import template's own column name, in every language). */
const header = (key: ColumnKey): string => PLAN_TABLE_COLUMNS.find((c) => c.key === key)!.header;

function table(targets: DraftTarget[], facts: BaseFact[], targetYear: number | null, lang: Lang): string {
  const aspirational = render(lang, 'verdict.aspirational.label');
  const rows = targets.map((t, k) => [
    String(k + 1),
    t.name,
    t.figure,
    valueText(t.value),
    t.unit,
    t.comparator,
    kindWord(t.kind, lang),
    t.year === null ? '—' : String(t.year),
    t.base === null ? '' : String(t.base),
    t.aspirational ? aspirational : '',
    natureText(t.nature, lang),
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
  const [name, figure, unit, section] = [
    header('name'),
    render(lang, 'cli.extract.figure'),
    header('unit'),
    header('section'),
  ];
  return [
    render(lang, 'cli.extract.targets', { n: targets.length, year: targetYear ?? '—' }),
    formatTable(
      [
        '#',
        name,
        figure,
        header('value'),
        unit,
        header('comparator'),
        header('kind'),
        header('year'),
        header('baseValue'),
        header('aspirational'),
        header('nature'),
        section,
      ],
      rows,
    ),
    '',
    render(lang, 'cli.extract.facts', { n: facts.length }),
    formatTable(
      [name, figure, render(lang, 'cli.extract.value'), unit, render(lang, 'cli.extract.year'), section],
      factRows,
    ),
  ].join('\n');
}

async function tableCommand(
  path: string,
  format: 'json' | 'table',
  lang: Lang,
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
      kindWord(t.kind, lang),
      String(t.year),
      t.base === null ? '' : `${t.base}${t.baseYear === null ? '' : ` (${t.baseYear})`}`,
      t.aspirational ? render(lang, 'verdict.aspirational.label') : '',
      natureText(t.nature, lang),
      t.section ?? '',
    ]);
    const keys: ColumnKey[] = [
      'name',
      'value',
      'unit',
      'comparator',
      'kind',
      'year',
      'baseValue',
      'aspirational',
      'nature',
      'section',
    ];
    process.stdout.write(`${formatTable([render(lang, 'cli.extract.row'), ...keys.map(header)], rows)}\n`);
  }
  for (const issue of result.issues) {
    process.stderr.write(`planpath extract: ${path}: ${tableIssueText(issue, lang)}\n`);
  }
  if (planOut !== undefined && result.targets.length > 0)
    writePlan(
      planOut,
      result.targets,
      {
        ...(result.title === undefined ? {} : { title: result.title }),
        ...(result.baseFacts ? { facts: result.baseFacts } : {}),
      },
      lang,
    );
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
