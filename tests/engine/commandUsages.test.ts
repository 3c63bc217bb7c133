// The usage texts live apart from the engine (so `help` starts without it); the figures they print must be
// the engine's own.
import { describe, expect, it } from 'vitest';
import { evaluateUsage } from '../../engine/cli/commandUsages.ts';
import { DEFAULT_STATUS_THRESHOLDS } from '../../engine/index.ts';

describe('command usages', () => {
  it('print the default pace thresholds the evaluation uses', () => {
    const { ahead, onTrack, behind } = DEFAULT_STATUS_THRESHOLDS;
    expect(evaluateUsage).toContain(`(default ${ahead},${onTrack},${behind})`);
  });
});

describe('shared options', () => {
  it('print the engine’s default paths and seed, and the page’s count', async () => {
    const { sharedOptionsUsage } = await import('../../engine/cli/commandUsages.ts');
    const { DEFAULT_PATHS, DEFAULT_SEED } = await import('../../engine/index.ts');
    const { FULL_PATHS } = await import('../../notebook/client/runSizes.ts');
    expect(sharedOptionsUsage).toContain(`else ${DEFAULT_PATHS}.`);
    expect(sharedOptionsUsage).toContain(`else ${DEFAULT_SEED} (`);
    expect(sharedOptionsUsage).toContain(`The page runs ${FULL_PATHS}`);
  });
});
