// A refusal's reason in the page's language: a crafted link nested thousands deep could not even be handed to
// the worker, and the browser's own "Failed to execute 'postMessage' … Maximum call stack size exceeded" had
// been shown as the reason, under "does not fit this plan".
import { describe, expect, it } from 'vitest';
import { problemOf } from '../../notebook/share/shareSync.ts';

describe('problemOf', () => {
  it('says a scenario nested too deeply in words of the page', () => {
    const error = new RangeError(
      "Failed to execute 'postMessage' on 'Worker': Maximum call stack size exceeded",
    );
    expect(problemOf(error)('zh')).toBe('内容嵌套过深，无法读取');
    expect(problemOf(error)('en')).toBe('it is nested too deeply to be read');
  });

  it('says a PlanError by its issues, in either language', () => {
    const error = { file: 'scenario', issues: [{ path: 'levers.x', message: 'unknown lever', what: null }] };
    expect(problemOf(error)('en')).toContain('levers.x');
  });
});
