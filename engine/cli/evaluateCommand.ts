// `planpath evaluate`: mid-term evaluation of the plan's targets on observed values pasted or exported
// from a spreadsheet (CSV long or wide form, or a tab-separated table with Chinese headers).
import { writeFileSync } from 'node:fs';
import {
  type ActualsIssue,
  anchoringMessages,
  asOfNotes,
  BOM,
  evaluateTargets,
  evaluationReport,
  evaluationRows,
  evaluationTable,
  listedStatuses,
  loadCsvWriter,
  noDataText,
  parseActuals,
  renderMessage,
  type StatusThresholds,
  statusLabel,
  statusRuleText,
  statusText,
  targetName,
  YEAR_MAX,
} from '../index.ts';
import {
  choiceOption,
  intOption,
  pathsAndSeed,
  readPlanAndScenario,
  readTableText,
  UsageError,
} from './cliInputs.ts';
import { evaluateUsage } from './commandUsages.ts';
import { formatTable } from './formatTable.ts';
import { parseScenarioArgs } from './parseCommandArgs.ts';
import { withProgress } from './progressReporter.ts';

export { evaluateUsage };

/** An issue of the actuals file as a line on stderr, in the reader's language. */
function issueLine(i: ActualsIssue, lang: 'zh' | 'en'): string {
  if (lang === 'zh') {
    const where = `${i.row === null ? '' : `第${i.row}行`}${i.column === null ? '' : `第${i.column}列${i.columnName ? `（${i.columnName}）` : ''}`}`;
    const value = i.value === null ? '' : `“${i.value}”`;
    const head = `${where}${value}`;
    return `${SEVERITY_ZH[i.severity]}：${head === '' ? '' : `${head}：`}${i.messageZh}`;
  }
  const where = [
    i.row === null ? null : `row ${i.row}`,
    i.column === null ? null : `column ${i.column}${i.columnName ? ` (${i.columnName})` : ''}`,
  ]
    .filter(Boolean)
    .join(', ');
  const value = i.value === null ? '' : ` "${i.value}"`;
  return `${i.severity}: ${where || 'input'}${value}: ${i.message}`;
}

const SEVERITY_ZH = { error: '错误', warning: '注意', info: '说明' } as const;

function parseThresholds(text: string | undefined): StatusThresholds | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(',').map((s) => Number(s.trim()));
  if (parts.length !== 3 || parts.some((v) => !Number.isFinite(v))) {
    throw new UsageError(
      `--thresholds must be three numbers "ahead,onTrack,behind" such as 1.1,0.9,0.6, not "${text}"`,
    );
  }
  const [ahead, onTrack, behind] = parts as [number, number, number];
  if (!(ahead > onTrack && onTrack > behind)) {
    throw new UsageError(`--thresholds must be decreasing (ahead > onTrack > behind), not "${text}"`);
  }
  return { ahead, onTrack, behind };
}

/** Reads the actuals file, listing its problems on stderr; `accepted` 0 when nothing could be read. */
async function readActuals(file: string, plan: Parameters<typeof parseActuals>[1], lang: 'zh' | 'en') {
  const parsed = parseActuals(await readTableText(file, 'actuals'), plan, {
    source: file,
    thisYear: new Date().getFullYear(),
  });
  for (const i of parsed.issues) process.stderr.write(`planpath evaluate: ${file}: ${issueLine(i, lang)}\n`);
  const refused = parsed.issues.filter((i) => i.severity === 'error').length;
  const zh = lang === 'zh';
  if (parsed.accepted === 0)
    process.stderr.write(
      zh
        ? `planpath evaluate: 未能从 ${file} 读取任何数值\n`
        : `planpath evaluate: no values could be read from ${file}\n`,
    );
  else
    process.stderr.write(
      zh
        ? `planpath evaluate: 从 ${file} 读取 ${parsed.accepted} 个数值${refused > 0 ? `，${refused} 个单元格未采用` : ''}\n`
        : `planpath evaluate: ${parsed.accepted} value${parsed.accepted === 1 ? '' : 's'} read from ${file}${refused > 0 ? `, ${refused} cells refused` : ''}\n`,
    );
  return { ...parsed, refused };
}

export async function evaluateCommand(args: string[]): Promise<number> {
  const values = parseScenarioArgs(args, {
    actuals: { type: 'string' },
    lang: { type: 'string' },
    html: { type: 'boolean' },
    'as-of': { type: 'string' },
    thresholds: { type: 'string' },
    strict: { type: 'boolean' },
    out: { type: 'string' },
  });
  const format = choiceOption(values.format, 'format', ['json', 'csv', 'table', 'report'] as const, 'table');
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  const thresholds = parseThresholds(values.thresholds);
  const { plan, scenario } = readPlanAndScenario(values);
  const parsed = values.actuals === undefined ? null : await readActuals(values.actuals, plan, lang);
  if (parsed === null) {
    // Without a file, the values the plan itself observes (its published statistics) are evaluated, as the
    // page does before anything is pasted.
    const entered = Object.values(scenario?.actuals ?? {}).reduce(
      (n, byYear) => n + Object.keys(byYear).length,
      0,
    );
    if (plan.observations.length === 0 && entered === 0)
      throw new UsageError(
        '--actuals FILE is required: neither the plan (published statistics) nor the scenario carries observed values',
      );
    // The scenario's entered values count: the note had said only the plan's were evaluated, beside a table of them.
    process.stderr.write(
      entered > 0
        ? `planpath evaluate: no --actuals: evaluating the scenario's ${entered} entered values and the plan's ${plan.observations.length} published ones\n`
        : `planpath evaluate: no --actuals: evaluating the plan's own ${plan.observations.length} observed values (its published statistics)\n`,
    );
  } else {
    if (parsed.accepted === 0) return 1;
    if (values.strict && parsed.refused > 0) return 1;
  }

  const ev = await withProgress((onProgress) =>
    evaluateTargets(plan, scenario, parsed?.actuals ?? {}, {
      ...(thresholds ? { thresholds } : {}),
      ...pathsAndSeed(values, 0),
      // An index chained from the file's yearly rates is said to be, with its arithmetic.
      ...(parsed ? { actualRates: parsed.rates } : {}),
      // A scenario file saved from a review as of a year reopens it (the page keeps 评估截至 in the scenario).
      asOf: intOption(values['as-of'], 'as-of', plan.meta.baseYear, YEAR_MAX) ?? scenario?.asOf,
      onProgress,
    }),
  );
  for (const m of anchoringMessages(plan, ev.anchoring))
    process.stderr.write(`planpath evaluate: note: ${renderMessage(lang, m)}\n`);

  let text: string;
  if (format === 'json') {
    text = JSON.stringify(
      {
        ...ev,
        targets: ev.targets.map((t) => ({
          ...t,
          statusLabel: t.status === null ? null : statusLabel(t.status, lang),
        })),
        actualsIssues: parsed?.issues ?? [],
      },
      null,
      2,
    );
  } else if (format === 'csv') {
    // Through the one CSV writer (formula cells escaped, CRLF); no BOM on stdout, which may be piped, but one in
    // a file (--out), as the page's CSVs have: Excel on Chinese Windows reads a CSV without it as GBK.
    const { writeCsv } = await loadCsvWriter();
    const { fields, data } = evaluationTable(ev, lang);
    text = writeCsv(fields, data);
  } else if (format === 'report')
    text = evaluationReport(ev, {
      format: values.html ? 'html' : 'markdown',
      lang,
      thisYear: new Date().getFullYear(),
    });
  else {
    const { header, rows } = evaluationRows(ev, lang);
    const summary = listedStatuses(ev.summary.counts)
      .map((s) => `${statusLabel(s, lang)} ${ev.summary.counts[s]}`)
      .join(' · ');
    text = [
      formatTable(header, rows),
      '',
      summary,
      statusRuleText(ev.summary, lang),
      // What the report's cover and the page's heading add to 实际数据截至 (a later figure reckoned, the period
      // over, an assumption published after the as-of year): the table had said none of it.
      ...asOfNotes(ev, new Date().getFullYear()).map((m) =>
        lang === 'zh'
          ? `${renderMessage(lang, m)}。`
          : `${renderMessage(lang, m).replace(/^./, (c) => c.toUpperCase())}.`,
      ),
      ...ev.targets
        .filter((x) => x.latest !== null && x.note)
        .map((x) => `  ${targetName(x, lang)} (${statusText(x, lang)}): ${renderMessage(lang, x.note!)}`),
      noDataText(ev, lang) ?? '',
    ].join('\n');
  }
  if (values.out !== undefined) {
    const bom = format === 'csv' ? BOM : '';
    writeFileSync(values.out, bom + (text.endsWith('\n') ? text : `${text}\n`));
    process.stderr.write(`planpath evaluate: written to ${values.out}\n`);
  } else process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
  return 0;
}
