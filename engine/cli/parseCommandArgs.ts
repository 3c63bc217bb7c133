// Every command's options, parsed one way: strictly (an unknown option or a stray word is a usage error
// that names it). Commands that run a plan under a scenario take the options they all share
// (SCENARIO_OPTIONS: --plan, --statistics, --scenario, --paths, --seed, --format) besides their own.
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { SCENARIO_OPTIONS } from './cliInputs.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(args: string[], options: O) {
  return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
}

export function parseScenarioArgs<O extends Options>(args: string[], own: O) {
  return parseCommandArgs(args, { ...SCENARIO_OPTIONS, ...own });
}
