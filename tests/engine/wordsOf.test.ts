// The page's engine worker loads no message catalogue (≈ 22 KB gzipped of a first visit): what it makes — an
// input issue, a refused scenario, a pasted value questioned — carries its message (`what`), and the page
// renders that in its own language. Each test starts a module graph of its own, loading only what the worker
// loads, then the catalogue, as the CLI and the page do.
import { beforeEach, describe, expect, it, vi } from 'vitest';

beforeEach(() => {
  vi.resetModules();
});

describe('words where the catalogue is loaded, and codes where it is not', () => {
  it('an input issue made without the catalogue holds its code, and renders from `what` once it is loaded', async () => {
    const { inputIssue } = await import('../../engine/plan/inputIssue.ts');
    const issue = inputIssue('paths', 'input.uncertain.unreadable', { value: 'abc' });
    expect(issue.message).toBe('input.uncertain.unreadable');
    const { renderMessage } = await import('../../engine/report/messages/render.ts');
    expect(renderMessage('zh', issue.what!)).toContain('abc');
    expect(renderMessage('zh', issue.what!)).not.toContain('input.uncertain');
    // Made now, with the catalogue loaded, the same issue has its English words.
    const worded = inputIssue('paths', 'input.uncertain.unreadable', { value: 'abc' });
    expect(worded.message).toBe(renderMessage('en', issue.what!));
  });

  it('a scenario refused without the catalogue names its file, and the page formats its issues in Chinese', async () => {
    const { loadScenario } = await import('../../engine/plan/loadScenario.ts');
    const { yaohaiPlan } = await import('./planFixtures.ts');
    const { readJson } = await import('./planFixtures.ts');
    const plan = yaohaiPlan();
    const baseline = readJson('scenarios/baseline.json') as Record<string, unknown>;
    let error: unknown;
    try {
      loadScenario({ ...baseline, levers: { nope: { intensity: 1 } } }, 'link', plan);
    } catch (e) {
      error = e;
    }
    const { PlanError, formatIssues } = await import('../../engine/plan/PlanError.ts');
    expect(error).toBeInstanceOf(PlanError);
    const { file, issues } = error as InstanceType<typeof PlanError>;
    expect(issues[0]!.what).toBeDefined();
    await import('../../engine/report/messages/render.ts');
    const zh = formatIssues(file, issues, 'zh');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).toContain('nope');
    expect(zh).not.toMatch(/\binput\.[a-z]/);
  });

  it('an actuals issue made without the catalogue keeps its message, and sorts as it does with words', async () => {
    const { IssueSink, at } = await import('../../engine/actuals/issueSink.ts');
    const sink = new IssueSink();
    const place = at(3, { index: 1, header: '2023' }, 'x1');
    sink.add('error', place, 'notNumber', {} as never);
    sink.add('error', place, 'csv', {} as never);
    const bare = sink.sorted();
    expect(bare.map((i) => i.messageZh)).toEqual(bare.map((i) => i.what.code));
    expect(bare.map((i) => i.code)).toEqual(['notNumber', 'csv']);
    const { renderMessage } = await import('../../engine/report/messages/render.ts');
    expect(renderMessage('zh', bare[0]!.what)).toMatch(/[\u4e00-\u9fff]/);
    const again = new IssueSink();
    again.add('error', place, 'notNumber', {} as never);
    again.add('error', place, 'csv', {} as never);
    expect(again.sorted().map((i) => i.code)).toEqual(bare.map((i) => i.code));
  });
});
