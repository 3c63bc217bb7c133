// A link of 基准 with settings changed names 基准's description and notes instead of copying them (a tester's
// link passed 2,000 characters after two changes, 1,450 of them 基准's own prose), and the page that opens it
// fills them back in; prose the planner changed travels in full.
import { describe, expect, it } from 'vitest';
import type { NamedScenario } from '../../notebook/app.ts';
import { scenarioLibrary } from '../../notebook/planSource.ts';
import { withLibraryText, withoutLibraryText } from '../../notebook/share/libraryText.ts';
import { decodeLink, encodeLink, LINK_WARN_LENGTH } from '../../notebook/share/linkCodec.ts';
import { linkPayload } from '../../notebook/share/shareSync.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';

const plan = yaohaiPlan();
const library: NamedScenario[] = scenarioLibrary(plan.meta.id);
const baseline = library.find((l) => l.key === 'library:baseline')!.scenario;
const [first, second, third] = plan.levers;
const changed: Working = {
  ...baseline,
  levers: {
    [first!.id]: { intensity: 2 },
    [second!.id]: { intensity: 1.5 },
    [third!.id]: { intensity: 2.5, start: 2023 },
  },
  parameters: { [plan.parameters[0]!.id]: { mean: 0.081, sd: 0.012 } },
};
const url = async (payload: Record<string, unknown>) => `http://localhost:5173/${await encodeLink(payload)}`;

describe('a link of a library scenario with settings changed', () => {
  it('names the library scenario for its prose, and stays short enough for chat apps', async () => {
    expect((baseline.description?.zh ?? '').length + JSON.stringify(baseline.notes).length).toBeGreaterThan(
      700,
    );
    const payload = linkPayload(plan.meta.id, changed, library);
    expect(payload.libraryText).toBe('baseline');
    expect(payload).not.toHaveProperty('description');
    expect(payload).not.toHaveProperty('notes');
    expect((await url(payload)).length).toBeLessThan(LINK_WARN_LENGTH);
    // Copying the prose, as before, the same link was over the limit.
    expect((await url(linkPayload(plan.meta.id, changed))).length).toBeGreaterThan(LINK_WARN_LENGTH);
  });

  it('reopens with the same description, notes and settings', async () => {
    const decoded = await decodeLink(await encodeLink(linkPayload(plan.meta.id, changed, library)));
    if (decoded.kind !== 'ok') throw new Error(decoded.kind);
    const { plan: _plan, ...reopened } = withLibraryText(decoded.payload, library) as Record<string, unknown>;
    const { plan: _own, ...sent } = changed as Working & { plan?: string };
    expect(reopened).toEqual(JSON.parse(JSON.stringify(sent)));
  });

  it('carries prose the planner changed in full', () => {
    const edited = { ...changed, notes: [...(baseline.notes ?? []), { text: '请区统计局核对2023年数据' }] };
    const payload = linkPayload(plan.meta.id, edited, library);
    expect(payload).not.toHaveProperty('libraryText');
    expect(payload.notes).toEqual(edited.notes);
    expect(withoutLibraryText({ name: { zh: '我的情景' }, levers: {} }, library)).toEqual({
      name: { zh: '我的情景' },
      levers: {},
    });
  });

  it('opens without the prose where this page lacks the library scenario named', () => {
    expect(withLibraryText({ name: { zh: '基准' }, libraryText: 'gone', paths: 500 }, library)).toEqual({
      name: { zh: '基准' },
      paths: 500,
    });
  });
});
