// `planpath template`: writes the target table template (CSV with BOM, or .xlsx) for planners to fill in and
// import with `planpath extract --table FILE`.
import { writeFileSync } from 'node:fs';
import { planTemplateCsv, planTemplateXlsx } from '../index.ts';
import { choiceOption, UsageError } from './cliInputs.ts';
import { templateUsage } from './commandUsages.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

export { templateUsage };

export async function templateCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, { format: { type: 'string' }, out: { type: 'string' } });
  const fromName = values.out?.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
  const format = choiceOption(values.format, 'format', ['csv', 'xlsx'] as const, fromName);
  if (values.out === undefined) throw new UsageError('--out FILE is required');
  const data = format === 'csv' ? planTemplateCsv() : await planTemplateXlsx();
  try {
    writeFileSync(values.out, data);
  } catch (error) {
    throw new UsageError(`cannot write ${values.out}: ${(error as Error).message}`);
  }
  process.stdout.write(`wrote ${values.out} (${format})\n`);
  return 0;
}
