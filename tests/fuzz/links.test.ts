// Fuzzing in the suite (issue 12): a bounded number of fast-check runs with a fixed seed, so `npm test`
// stays fast and reproducible; `npm run fuzz -- --runs N` runs the same target longer (tests/fuzz/runFuzz.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { linkTarget } from './fuzzTargets.ts';

describe(`fuzz: ${linkTarget.name}`, () => {
  it('no uncaught exception; every refusal names what and where; accepted input is finite or warned', async () => {
    await fc.assert(
      fc.asyncProperty(linkTarget.arbitrary, async (input) => {
        await linkTarget.check(input);
      }),
      { seed: 20261128, numRuns: 60 },
    );
  });
});
