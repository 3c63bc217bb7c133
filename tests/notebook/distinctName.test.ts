// Two compared columns both titled 规划默认, one of them changed, could not be told apart (a tester).
import { describe, expect, it } from 'vitest';
import { distinctName } from '../../notebook/model/distinctName.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';

const named = (zh: string, en?: string) => ({ name: { zh, ...(en ? { en } : {}) } }) as Working;

describe('distinctName', () => {
  it('numbers a name already compared, in both languages, past the numbers taken', () => {
    const taken = [named('规划默认', 'Plan default'), named('规划默认（第2版）')];
    expect(distinctName(named('规划默认', 'Plan default'), taken).name).toEqual({
      zh: '规划默认（第3版）',
      en: 'Plan default (version 3)',
    });
  });

  it('leaves a new name, and an unnamed scenario, as they are', () => {
    const s = named('政策加力');
    expect(distinctName(s, [named('规划默认')])).toBe(s);
    const unnamed = {} as Working;
    expect(distinctName(unnamed, [named('规划默认')])).toBe(unnamed);
  });
});
