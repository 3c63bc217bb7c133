// planpath's command line: `npm run cli -- <command> [options]`. Every failure ends in a message that says
// what and where, and a non-zero exit code; a stack trace is printed only for a bug (an unexpected error).
import '../report/messages/cliMessages.ts';
import {
  attributeUsage,
  checkUsage,
  evaluateUsage,
  extractUsage,
  goalseekUsage,
  optimizeUsage,
  planUsage,
  runUsage,
  schemaUsage,
  sensitivityUsage,
  sharedOptionsUsage,
  templateUsage,
} from './commandUsages.ts';
import { UsageError } from './UsageError.ts';

type Command = { run: () => Promise<(args: string[]) => Promise<number>>; usage: string };

/**
 * Commands by name, each module imported only when it runs: `help` and usage errors start without the engine
 * (a chunk of its own in the bundle). Analytics commands register here too.
 */
const commands: Record<string, Command> = {
  run: { run: async () => (await import('./runCommand.ts')).runCommand, usage: runUsage },
  plan: { run: async () => (await import('./planCommand.ts')).planCommand, usage: planUsage },
  schema: { run: async () => (await import('./schemaCommand.ts')).schemaCommand, usage: schemaUsage },
  evaluate: { run: async () => (await import('./evaluateCommand.ts')).evaluateCommand, usage: evaluateUsage },
  goalseek: { run: async () => (await import('./goalseekCommand.ts')).goalseekCommand, usage: goalseekUsage },
  optimize: { run: async () => (await import('./optimizeCommand.ts')).optimizeCommand, usage: optimizeUsage },
  sensitivity: {
    run: async () => (await import('./sensitivityCommand.ts')).sensitivityCommand,
    usage: sensitivityUsage,
  },
  attribute: {
    run: async () => (await import('./attributeCommand.ts')).attributeCommand,
    usage: attributeUsage,
  },
  check: { run: async () => (await import('./checkCommand.ts')).checkCommand, usage: checkUsage },
  extract: { run: async () => (await import('./extractCommand.ts')).extractCommand, usage: extractUsage },
  template: { run: async () => (await import('./templateCommand.ts')).templateCommand, usage: templateUsage },
};

function usage(): string {
  return [
    'usage: npm run cli -- <command> [options]',
    '',
    ...Object.values(commands).map((c) => c.usage),
    '',
    sharedOptionsUsage,
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
    return await (await command.run())(args);
  } catch (error) {
    // The engine is loaded by now (the command ran): its error type costs nothing more to import.
    const { PlanError, formatIssues } = await import('../index.ts');
    if (error instanceof PlanError) {
      // In the language asked for: a scenario's typo read in English under --lang zh, as the page words it in Chinese.
      const lang = langAsked(args);
      process.stderr.write(
        `planpath ${name}: ${lang === 'en' ? error.message : formatIssues(error.file, error.issues, lang)}\n`,
      );
      return 1;
    }
    const e = error as Error & { code?: string };
    if (error instanceof UsageError || e.code?.startsWith('ERR_PARSE_ARGS') || error instanceof RangeError) {
      const withUsage = !(error instanceof UsageError) || error.usage;
      process.stderr.write(`planpath ${name}: ${e.message}\n${withUsage ? `\n${command.usage}\n` : ''}`);
      return 2;
    }
    process.stderr.write(`planpath ${name}: internal error (please report): ${e.stack ?? e.message}\n`);
    return 70;
  }
}

/** The language --lang asks for (--lang zh or --lang=zh); English otherwise. */
function langAsked(args: readonly string[]): 'zh' | 'en' {
  const at = args.indexOf('--lang');
  const value = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  return value === 'zh' ? 'zh' : 'en';
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('engine/cli/main.ts')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
