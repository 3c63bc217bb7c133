// `planpath template`: writes a table for planners to fill in. `--of targets` (the default): the target table
// template (CSV with BOM, or .xlsx), read back with `planpath extract --table FILE`. `--of bases`: the plan's
// base-year values still missing (基期待补), one row per indicator with the targets waiting for it, to send to
// the statistics office; filled in, it is read back as actuals (`evaluate --actuals FILE`, or pasted in the page).
import { writeFileSync } from 'node:fs';
import {
  BOM,
  baseRequests,
  baseRequestTable,
  loadCsvWriter,
  planTemplateCsv,
  planTemplateXlsx,
  progressWaitingForBase,
  runSync,
  waitingForBase,
} from '../index.ts';
import { choiceOption, readPlanAndScenario, UsageError } from './cliInputs.ts';
import { templateUsage } from './commandUsages.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

export { templateUsage };

function write(out: string, data: string | Uint8Array): void {
  try {
    writeFileSync(out, data);
  } catch (error) {
    throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
  }
}

async function targetTemplate(out: string, format: 'csv' | 'xlsx'): Promise<void> {
  write(out, format === 'csv' ? await planTemplateCsv() : await planTemplateXlsx());
  process.stdout.write(`wrote ${out} (${format})\n`);
}

/** The waiting targets come from a run without paths: whether a target waits for a base is not a matter of chance. */
async function baseTemplate(
  out: string,
  values: { plan?: string; statistics?: string; scenario?: string; lang?: string },
) {
  const lang = choiceOption(values.lang, 'lang', ['zh', 'en'] as const, 'zh');
  const { plan, scenario } = readPlanAndScenario(values);
  const { targets } = runSync(plan, scenario, { paths: 0 });
  const waiting = waitingForBase(targets);
  const requests = baseRequests(plan, waiting, scenario?.actuals ?? {}, progressWaitingForBase(targets));
  const progress = new Set(requests.flatMap((r) => r.progress));
  const { fields, data } = baseRequestTable(plan, requests, lang);
  const { writeCsv } = await loadCsvWriter();
  write(out, BOM + writeCsv(fields, data));
  const year = plan.meta.baseYear;
  process.stdout.write(
    requests.length === 0
      ? `wrote ${out}: no target waits for a base-year value\n`
      : `wrote ${out}: ${requests.length} ${year} values, for ${waiting.length} targets waiting for a base${progress.size > 0 ? ` and ${progress.size} whose progress waits for one` : ''}; fill in the ${year} column and read it back with evaluate --actuals ${out}\n`,
  );
}

export async function templateCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, {
    of: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    plan: { type: 'string' },
    statistics: { type: 'string' },
    scenario: { type: 'string' },
    lang: { type: 'string' },
  });
  const of = choiceOption(values.of, 'of', ['targets', 'bases'] as const, 'targets');
  if (values.out === undefined) throw new UsageError('--out FILE is required');
  if (of === 'bases') {
    if (values.format !== undefined && values.format !== 'csv')
      throw new UsageError(`--of bases writes CSV (read back as actuals), not --format ${values.format}`);
    await baseTemplate(values.out, values);
    return 0;
  }
  for (const option of ['plan', 'statistics', 'scenario', 'lang'] as const)
    if (values[option] !== undefined) throw new UsageError(`--${option} applies to --of bases only`);
  const fromName = values.out.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  await targetTemplate(values.out, choiceOption(values.format, 'format', ['csv', 'xlsx'] as const, fromName));
  return 0;
}
