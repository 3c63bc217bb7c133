// `planpath schema`: prints the JSON Schema of the plan or scenario format, generated from the validator,
// so the documentation cannot drift from what the loader accepts.
import * as z from 'zod';
import { planSchema, scenarioSchema } from '../index.ts';
import { choiceOption } from './cliInputs.ts';
import { schemaUsage } from './commandUsages.ts';
import { parseCommandArgs } from './parseCommandArgs.ts';

export { schemaUsage };

export function jsonSchemaOf(of: 'plan' | 'scenario'): unknown {
  return z.toJSONSchema(of === 'plan' ? planSchema : scenarioSchema, { io: 'input', unrepresentable: 'any' });
}

export async function schemaCommand(args: string[]): Promise<number> {
  const values = parseCommandArgs(args, { of: { type: 'string' } });
  const of = choiceOption(values.of, 'of', ['plan', 'scenario'] as const, 'plan');
  process.stdout.write(`${JSON.stringify(jsonSchemaOf(of), null, 2)}\n`);
  return 0;
}
