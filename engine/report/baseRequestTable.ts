// The base-year values a plan still needs (baseRequests) as a table to send to the statistics office: one row
// per indicator, its name and the plan's unit, an empty cell for the base year, and a note naming the targets
// that wait for it. Filled in, the same table is read back as actuals (pasted in the page, or `--actuals`):
// the year header is a year column and 说明 is a note column the reader passes over.
import type { BaseRequest } from '../evaluate/baseRequests.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Lang } from './lang.ts';
import { render } from './messages/render.ts';

export function baseRequestTable(
  plan: Plan,
  requests: readonly BaseRequest[],
  lang: Lang = 'zh',
): { fields: string[]; data: (string | null)[][] } {
  const pick = (t: { zh: string; en?: string | undefined }) => (lang === 'en' && t.en ? t.en : t.zh);
  const indicators = new Map(plan.indicators.map((i) => [i.id, i]));
  const targets = new Map(plan.targets.map((t) => [t.id, t]));
  const fields = [
    render(lang, 'col.indicator'),
    render(lang, 'col.unit'),
    render(lang, 'col.valueIn', { year: plan.meta.baseYear }),
    render(lang, 'col.note'),
  ];
  const data = requests.map((r) => {
    const ind = indicators.get(r.indicator)!;
    const names = r.targets.map((id) => pick(targets.get(id)!.name));
    return [pick(ind.name), ind.unit, null, render(lang, 'baseRequest.waiting', { targets: names })];
  });
  return { fields, data };
}
