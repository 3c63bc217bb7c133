// A plan as the import makes it from a plan's text, validated as the page loads it (planFromTable's twin).
import { extractTargets } from '../../engine/extract/index.ts';
import { generatePlan } from '../../engine/generate/generatePlan.ts';
import { loadPlan } from '../../engine/plan/loadPlan.ts';
import type { Plan } from '../../engine/plan/planSchema.ts';

export function planFromText(text: string, targetYear: number): Plan {
  const draft = extractTargets(text);
  return loadPlan(
    JSON.parse(JSON.stringify(generatePlan(draft.targets, { facts: draft.baseFacts, targetYear }).plan)),
    'text.plan.json',
  );
}
