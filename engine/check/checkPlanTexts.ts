// The plan check in both languages at once, for the page: the findings do not depend on the language, so
// the worker checks the plan once and a language switch only changes which text is shown. (The findings'
// sentences are still written by the check modules in each language; turning them into catalogue codes,
// as the evaluation and the actuals reader do, is the next step.)
import type { Plan } from '../plan/planSchema.ts';
import { type CheckPlanOptions, checkPlan } from './checkPlan.ts';
import type { Finding } from './planCheckContext.ts';

export interface FindingTexts extends Omit<Finding, 'message' | 'arithmetic'> {
  message: { zh: string; en: string };
  arithmetic: { zh: string; en: string };
}

export function checkPlanTexts(
  plan: Plan,
  options: Omit<CheckPlanOptions, 'lang'> = {},
): { findings: FindingTexts[] } {
  const zh = checkPlan(plan, { ...options, lang: 'zh' }).findings;
  const en = checkPlan(plan, { ...options, lang: 'en' }).findings;
  // The same checks on the same data give the same findings in the same order; only the words differ.
  return {
    findings: zh.map((f, i) => {
      const e = en[i]!;
      if (e.kind !== f.kind || e.targets.join() !== f.targets.join())
        throw new Error(`plan check: finding ${i} differs between languages (${f.kind} / ${e.kind})`);
      return {
        ...f,
        message: { zh: f.message, en: e.message },
        arithmetic: { zh: f.arithmetic, en: e.arithmetic },
      };
    }),
  };
}
