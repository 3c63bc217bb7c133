// Exported scenario files carry the page's path count for the CLI; read back, that count is no setting of the
// scenario's own (an exported 基准 is 基准 again), while a count of the planner's own is kept.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../engine/run/run.ts';
import { FULL_PATHS } from '../../notebook/client/runSizes.ts';
import { exportedScenario, PAGE_SEED, workingFromDocument } from '../../notebook/state/scenarioFile.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';

describe('a scenario file’s paths', () => {
  it('drops the page’s own count and keeps another', () => {
    const doc = { format: 'planpath/scenario@1', name: { zh: '基准' } };
    expect(workingFromDocument({ ...doc, paths: FULL_PATHS })).toEqual({ name: { zh: '基准' } });
    expect(workingFromDocument({ ...doc, paths: 20_000 }).paths).toBe(20_000);
  });
});

// An auditor's file named 基准, described as "no levers", carried levers; and it had no seed.
describe('an exported scenario', () => {
  const base = { name: { zh: '基准', en: 'Baseline' }, description: { zh: '不加政策杠杆与冲击' } };
  const moved = { ...base, levers: { hefei_11_upgrade: { intensity: 1.5 } } } as unknown as Working;

  it('names a modified scenario as modified and drops the description it no longer fits', () => {
    const file = exportedScenario(moved, { origin: base as Working, modified: true }, FULL_PATHS);
    expect(file.name).toEqual({ zh: '基准（已修改）', en: 'Baseline (modified)' });
    expect(file.description).toBeUndefined();
    expect(file.levers).toEqual(moved.levers);
  });

  // A tester: with actuals entered alone the top bar read 基准（已录入实际数据）, the downloaded file 基准（已修改）.
  it('takes the top bar’s mark when it is given one', () => {
    const mark = { zh: '（已录入实际数据）', en: ' (with entered actuals)' };
    const file = exportedScenario(moved, { origin: base as Working, modified: true, mark }, FULL_PATHS);
    expect(file.name).toEqual({ zh: '基准（已录入实际数据）', en: 'Baseline (with entered actuals)' });
  });

  it('keeps a name and description of the planner’s own, and an unmodified scenario as it is', () => {
    const own = { ...moved, name: { zh: '政策加力' }, description: { zh: '加大科技投入' } } as Working;
    expect(exportedScenario(own, { origin: base as Working, modified: true }, FULL_PATHS)).toMatchObject({
      name: { zh: '政策加力' },
      description: { zh: '加大科技投入' },
    });
    expect(
      exportedScenario(base as Working, { origin: base as Working, modified: false }, FULL_PATHS).name,
    ).toEqual(base.name);
  });

  it('writes the page’s seed, the engine’s default, and reads it back as no setting', () => {
    const file = exportedScenario(base as Working, { origin: base as Working, modified: false }, FULL_PATHS);
    expect(file.seed).toBe(DEFAULT_SEED);
    expect(PAGE_SEED).toBe(DEFAULT_SEED);
    expect(workingFromDocument({ format: 'planpath/scenario@1', ...file })).toEqual(base);
    expect(workingFromDocument({ format: 'planpath/scenario@1', ...file, seed: 7 }).seed).toBe(7);
  });
});
