// planpath's command line: `npm run cli -- <command> [options]`. Every failure ends in a message that says
// what and where, and a non-zero exit code; a stack trace is printed only for a bug (an unexpected error).
import { PlanError } from '../index.ts';
import { checkCommand, checkUsage } from './checkCommand.ts';
import { UsageError } from './cliInputs.ts';
import { evaluateCommand, evaluateUsage } from './evaluateCommand.ts';
import { extractCommand, extractUsage } from './extractCommand.ts';
import { goalseekCommand, goalseekUsage } from './goalseekCommand.ts';
import { optimizeCommand, optimizeUsage } from './optimizeCommand.ts';
import { planCommand, planUsage } from './planCommand.ts';
import { runCommand, runUsage } from './runCommand.ts';
import { schemaCommand, schemaUsage } from './schemaCommand.ts';
import { sensitivityCommand, sensitivityUsage } from './sensitivityCommand.ts';
import { templateCommand, templateUsage } from './templateCommand.ts';

type Command = { run: (args: string[]) => Promise<number>; usage: string };

/** Commands by name. Analytics commands register here too. */
const commands: Record<string, Command> = {
  run: { run: runCommand, usage: runUsage },
  plan: { run: planCommand, usage: planUsage },
  schema: { run: schemaCommand, usage: schemaUsage },
  evaluate: { run: evaluateCommand, usage: evaluateUsage },
  goalseek: { run: goalseekCommand, usage: goalseekUsage },
  optimize: { run: optimizeCommand, usage: optimizeUsage },
  sensitivity: { run: sensitivityCommand, usage: sensitivityUsage },
  check: { run: checkCommand, usage: checkUsage },
  extract: { run: extractCommand, usage: extractUsage },
  template: { run: templateCommand, usage: templateUsage },
};

function usage(): string {
  return [
    'usage: npm run cli -- <command> [options]',
    '',
    ...Object.values(commands).map((c) => c.usage),
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${usage()}\n`);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`planpath: unknown command "${name}"\n\n${usage()}\n`);
    return 2;
  }
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof PlanError) {
      process.stderr.write(`planpath ${name}: ${error.message}\n`);
      return 1;
    }
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS') || error instanceof RangeError) {
      process.stderr.write(`planpath ${name}: ${e.message}\n\n${command.usage}\n`);
      return 2;
    }
    process.stderr.write(`planpath ${name}: internal error (please report): ${e.stack ?? e.message}\n`);
    return 70;
  }
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('engine/cli/main.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
