// A scenario names the plan it was made for. One of another plan, read against the open plan, fails on every
// id it sets (ten 规划中没有此编号的参数 for one cause): the file or link is refused for that one reason instead.

/** The other plan's id, when `doc` names a plan other than `planId`; null for the open plan's or none named. */
export function scenarioForOtherPlan(doc: unknown, planId: string): string | null {
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return null;
  const plan = (doc as { plan?: unknown }).plan;
  return plan !== undefined && plan !== planId ? String(plan) : null;
}
