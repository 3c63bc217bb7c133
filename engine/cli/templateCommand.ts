// `planpath template`: writes the target table template (CSV with BOM, or .xlsx) for planners to fill in and
// import with `planpath extract --table FILE`.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { planTemplateCsv, planTemplateXlsx } from '../index.ts';
import { choiceOption, UsageError } from './cliInputs.ts';

export const templateUsage = `planpath template [--format csv|xlsx] --out FILE
  Writes the target table template: 指标, 单位, 基期年, 基期值, 目标年, 目标值, 类型, 比较, 属性, 力争, 章节,
  原文, with one example row (skipped on import). Fill it in and read it back with extract --table FILE.`;

export async function templateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { format: { type: 'string' }, out: { type: 'string' } },
    strict: true,
  });
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
