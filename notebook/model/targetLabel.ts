// A target's name as a list shows it, told apart from the plan's other targets of the same name: a plan read
// from a table names its 地区生产总值 level (850亿元) and its growth (年均增长7%) alike, "地区生产总值" twice in
// goal-seek's list and the comparison, and a planner could not tell which was which (tester, session 43). Such a
// name carries what the target measures and its year: 地区生产总值（2030年目标值） / 地区生产总值（至2030年年均增速）.
import type { Plan, Target } from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { MessageKey } from '../i18n/messages.ts';
import { translator } from '../i18n/t.ts';

/** `target`'s name, with what it measures when another target of `plan` bears the same name in `lang`. */
export function targetLabel(plan: Pick<Plan, 'targets'>, target: Target, lang: Lang): string {
  const name = pick(target.name, lang) || target.id;
  const twin = plan.targets.some((x) => x.id !== target.id && (pick(x.name, lang) || x.id) === name);
  if (!twin) return name;
  return `${name}${translator(lang)(`target.which.${target.kind}` as MessageKey, { year: target.year })}`;
}
