// A base typed in the import's review, checked as 录入基期 checks one (checkEnteredBase): against what its row
// gives, its target figure, unit and kind. The review had taken 6500 on a 万人 flow row aimed at 累计3万人, and
// 0.668 on a share row aimed at 72%, without a word (a tester). The row is drafted as generating would draft
// it, so the base lands where the plan would put it (a flow's yearly pace, a share's odds), and is checked there
// as though the plan gave none.
import {
  type BaseFact,
  checkEnteredBase,
  type GenerateTarget,
  generatePlan,
  loadPlan,
  oddsPart,
  renderMessage,
} from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export type ReviewBaseCheck =
  /** Kept; `question`: kept, but to be checked, and why. */
  | { kept: true; question: string | null }
  /** Not taken: `text` says why, with what was probably meant. */
  | { kept: false; text: string };

/** `target` carries the base as read from the cell (readBaseCell); `raw`, as typed, quoted. */
export function checkReviewBase(
  target: GenerateTarget,
  raw: string,
  options: { facts: BaseFact[]; targetYear: number | null },
  lang: Lang,
): ReviewBaseCheck {
  const fine = { kept: true, question: null } as const;
  if (target.base === null) return fine;
  const opts = {
    facts: options.facts,
    ...(options.targetYear === null ? {} : { targetYear: options.targetYear }),
  };
  const withBase = generatePlan([{ ...target, baseEntered: true }], opts).plan;
  const without = generatePlan([{ ...target, base: null }], opts).plan;
  // Where the typed base went: the one indicator whose base it changed (a base the plan does not use changes
  // none, and the review says so apart: unusedBaseNote).
  const before = new Map(without.indicators.map((i) => [i.id, JSON.stringify(i.base)]));
  const holder = withBase.indicators.find((i) => JSON.stringify(i.base) !== before.get(i.id));
  if (!holder?.base || !('value' in holder.base)) return fine;
  // A share simulated through its odds is checked as the share (0–100 %, against the share aimed at).
  const share = withBase.indicators.find(
    (i) => i.dynamics.kind === 'derived' && oddsPart(i.dynamics.formula) === holder.id,
  );
  const o = holder.base.value;
  const value = share ? o / (1 + o) : o;
  holder.base = { unknown: true };
  let plan: ReturnType<typeof loadPlan>;
  try {
    plan = loadPlan(JSON.parse(JSON.stringify(withBase)), 'review');
  } catch {
    // A draft the plan format refuses is said on generating; nothing to check the base against here.
    return fine;
  }
  const { kept, issues } = checkEnteredBase(plan, share?.id ?? holder.id, value, raw.trim());
  if (issues.length === 0) return fine;
  const t = translator(lang);
  const params = {
    name: target.name,
    value: raw.trim(),
    why: issues.map((i) => renderMessage(lang, i.what)).join(t('sep.semi')),
  };
  return kept
    ? { kept: true, question: t('feas.enterBase.question', params) }
    : { kept: false, text: t('feas.enterBase.refused', params) };
}
