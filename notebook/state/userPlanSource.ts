// When the address says ?plan=user:<id>, the page opens that user plan instead of the embedded one. Loaded
// at boot; the storage code is imported only when the address asks for a user plan.

export interface UserPlanSource {
  json: unknown;
  file: string;
  id: string;
  title: string;
}

/** The address names a user plan this browser does not hold: saved in another browser, or deleted. */
export class MissingUserPlan extends Error {
  constructor(readonly id: string) {
    super(`no user plan ${id} in this browser`);
  }
}

/** The user plan the address names, null when it names none; throws with a message when it cannot be read. */
export async function userPlanFromAddress(search = location.search): Promise<UserPlanSource | null> {
  const id = new URLSearchParams(search).get('plan');
  if (id === null || !id.startsWith('user:')) return null;
  const key = id.slice('user:'.length);
  const { getUserPlan } = await import('./userPlans.ts');
  const found = await getUserPlan(key);
  if (!found.ok) throw new Error(`本浏览器的存储不可用，无法打开自建规划 ${key}（${found.detail}）`);
  if (found.value === undefined) throw new MissingUserPlan(key);
  return {
    json: found.value.plan,
    file: `${found.value.title}.plan.json`,
    id: key,
    title: found.value.title,
  };
}
