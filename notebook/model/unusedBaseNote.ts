// Why a base the planner gave (typed in the review, or in a table's base column) is not the base of the plan
// generated from it: the 基期待补 note of the target's indicator, which names the base not used and why (another
// year than the plan's base year, a unit that does not convert). The review had counted such a row among those
// without a base, without a word.
import type { generatePlan } from '../../engine/index.ts';
import { oddsPart, proseText } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';

/** A plan as the generator drafts it, before it is loaded. */
type DraftPlan = ReturnType<typeof generatePlan>['plan'];

/** The note of the unknown base the target `targetId` waits on (a share's sits on its odds); null if none. */
export function unusedBaseNote(plan: DraftPlan, targetId: string, lang: Lang): string | null {
  const target = plan.targets.find((x) => x.id === targetId);
  const ind = plan.indicators.find((i) => i.id === target?.indicator);
  if (!ind) return null;
  const odds = ind.dynamics.kind === 'derived' ? oddsPart(ind.dynamics.formula) : null;
  const holder = odds === null ? ind : plan.indicators.find((i) => i.id === odds);
  const base = holder?.base;
  if (!base || !('unknown' in base) || !base.note) return null;
  return proseText(base.note, lang);
}
