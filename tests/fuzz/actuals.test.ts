// Fuzzing in the suite (issue 12): a bounded number of fast-check runs with a fixed seed, so `npm test`
// stays fast and reproducible; `npm run fuzz -- --runs N` runs the same target longer (tests/fuzz/runFuzz.ts).
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { actualsTarget } from './fuzzTargets.ts';

describe(`fuzz: ${actualsTarget.name}`, () => {
  it('no uncaught exception; every issue has a code and a row; values finite; row order never matters', async () => {
    await fc.assert(
      fc.asyncProperty(actualsTarget.arbitrary, async (input) => {
        await actualsTarget.check(input);
      }),
      { seed: 20261128, numRuns: 60 },
    );
  });
});
