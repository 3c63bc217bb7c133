// Exported scenario files carry the page's path count for the CLI; read back, that count is no setting of the
// scenario's own (an exported 基准 is 基准 again), while a count of the planner's own is kept.
import { describe, expect, it } from 'vitest';
import { FULL_PATHS } from '../../notebook/client/runSizes.ts';
import { workingFromDocument } from '../../notebook/state/scenarioFile.ts';

describe('a scenario file’s paths', () => {
  it('drops the page’s own count and keeps another', () => {
    const doc = { format: 'planpath/scenario@1', name: { zh: '基准' } };
    expect(workingFromDocument({ ...doc, paths: FULL_PATHS })).toEqual({ name: { zh: '基准' } });
    expect(workingFromDocument({ ...doc, paths: 20_000 }).paths).toBe(20_000);
  });
});
