// The page tells its engine worker what the address opens through the worker's name (workerName.ts).
import { describe, expect, it } from 'vitest';
import { bootOf, readWorkerName, workerName } from '../../notebook/client/workerName.ts';

describe('workerName', () => {
  it('carries what the address opens, link and user plan, and reads it back', () => {
    for (const address of [
      { hash: '#v2.abc.def', search: '' },
      { hash: '', search: '?plan=user:k1' },
      { hash: '#v1.x"y\\\\z', search: '?plan=yaohai' },
      { hash: '', search: '' },
    ]) {
      const boot = bootOf(address);
      expect(readWorkerName(workerName(boot))).toEqual(boot);
    }
    expect(bootOf({ hash: '#v2.a', search: '?plan=user:k1&x=1' })).toEqual({ link: '#v2.a', userPlan: true });
    expect(bootOf({ hash: '', search: '?plan=yaohai' }).userPlan).toBe(false);
  });

  it('reads nothing from a worker the page started later, or from a name of another form', () => {
    expect(readWorkerName(workerName(null))).toBeNull();
    for (const name of [
      '',
      'planpath-engine',
      'planpath-engine {',
      'planpath-engine {"link":1,"userPlan":false}',
      'planpath-engine null',
      'other {"link":"","userPlan":false}',
    ])
      expect(readWorkerName(name)).toBeNull();
  });
});
