// A derived indicator's formula written in its parts' names, for a reader who knows no ids: the report had
// printed "enterprise_net_additions / (registered_enterprises - …)", and the evaluation's base tip only said
// "computed by the definition".
import type { Plan } from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';

/** `formula` with each indicator id replaced by its name, and / and * written ÷ and ×. */
export function formulaInNames(plan: Plan, formula: string, lang: Lang): string {
  const names = new Map(plan.indicators.map((i) => [i.id, pick(i.name, lang)]));
  return formula
    .replace(/[A-Za-z_][A-Za-z0-9_]*/g, (id) => names.get(id) ?? id)
    .replace(/\s*\/\s*/g, ' ÷ ')
    .replace(/\s*\*\s*/g, ' × ');
}
