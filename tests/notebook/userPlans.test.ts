// Without IndexedDB (here: Node) the user-plan store answers with a coded failure, never a throw, so the page
// can say storage was refused and keep what is on screen.
import { describe, expect, it } from 'vitest';
import { userPlanFromAddress } from '../../notebook/state/userPlanSource.ts';
import {
  getUserPlan,
  listUserPlans,
  saveUserPlan,
  userPlanAddress,
  userPlanIdOf,
} from '../../notebook/state/userPlans.ts';

describe('user plans without storage', () => {
  it('list, get and save report storage-unavailable', async () => {
    expect(typeof indexedDB).toBe('undefined');
    expect(await listUserPlans()).toMatchObject({ ok: false, code: 'storage-unavailable' });
    expect(await getUserPlan('x')).toMatchObject({ ok: false, code: 'storage-unavailable' });
    const record = { id: 'x', title: 't', saved: '2026-11-28T00:00:00Z', plan: {}, origin: 'text' as const };
    expect(await saveUserPlan(record)).toMatchObject({ ok: false, code: 'storage-unavailable' });
  });

  it('the address names a user plan; opening one without storage says why', async () => {
    expect(userPlanAddress('u1 2')).toBe('?plan=user:u1%202');
    expect(await userPlanFromAddress('')).toBeNull();
    expect(await userPlanFromAddress('?plan=yaohai')).toBeNull();
    await expect(userPlanFromAddress('?plan=user:u1')).rejects.toThrow(/存储不可用/);
  });

  it('names a plan by its content: the file exported and imported elsewhere keeps the id a link names', () => {
    const plan = { format: 'planpath/plan@1', meta: { title: { zh: '青溪区规划' } }, targets: [1, 2] };
    const exported = `${JSON.stringify(plan, null, 2)}\n`;
    expect(userPlanIdOf(JSON.parse(exported))).toBe(userPlanIdOf(plan));
    expect(userPlanIdOf({ ...plan, targets: [1, 3] })).not.toBe(userPlanIdOf(plan));
    expect(userPlanIdOf(plan)).toMatch(/^p[0-9a-z]+$/);
  });
});
