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
