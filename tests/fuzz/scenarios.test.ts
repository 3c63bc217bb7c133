// Fuzzing in the suite (issue 12): a bounded number of fast-check runs with a fixed seed, so `npm test`
// stays fast and reproducible; `npm run fuzz -- --runs N` runs the same target longer (tests/fuzz/runFuzz.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { scenarioTarget } from './fuzzTargets.ts';

describe(`fuzz: ${scenarioTarget.name}`, () => {
  it('no uncaught exception; every refusal names what and where; accepted input is finite or warned', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioTarget.arbitrary, async (input) => {
        await scenarioTarget.check(input);
      }),
      { seed: 20261128, numRuns: 60 },
    );
  });
});
