// Long fuzzing runs: `npm run fuzz -- --runs N [--seed S] [--only NAME]`. Runs every target of
// tests/fuzz/fuzzTargets.ts N times and prints, per target, how many inputs were accepted, accepted with a
// warning, refused, or broke a property (with the first counterexamples). Exit code 1 when any broke one.
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { FUZZ_TARGETS } from './fuzzTargets.ts';

const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1000' }, seed: { type: 'string' }, only: { type: 'string' } },
});
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a positive integer, not "${values.runs}"`);
const seed = values.seed === undefined ? Date.now() % 2 ** 31 : Number(values.seed);

let broken = 0;
console.log(`fuzz: ${runs} runs per target, seed ${seed}`);
for (const target of FUZZ_TARGETS) {
  if (values.only && !target.name.includes(values.only)) continue;
  const counts = { accepted: 0, warned: 0, refused: 0, broken: 0 };
  const examples: string[] = [];
  const started = performance.now();
  for (const input of fc.sample(target.arbitrary, { numRuns: runs, seed })) {
    try {
      counts[await target.check(input)]++;
    } catch (error) {
      counts.broken++;
      if (examples.length < 3)
        examples.push(
          `  ${JSON.stringify(input).slice(0, 300)}\n    → ${(error as Error).message.split('\n').slice(0, 60).join('\n      ')}`,
        );
    }
  }
  broken += counts.broken;
  const ms = Math.round(performance.now() - started);
  console.log(
    `${target.name.padEnd(20)} accepted ${counts.accepted}  warned ${counts.warned}  refused ${counts.refused}  broken ${counts.broken}  (${ms} ms)`,
  );
  for (const e of examples) console.log(e);
}
process.exitCode = broken > 0 ? 1 : 0;
