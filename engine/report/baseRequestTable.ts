// The values a plan still needs — base-year values (baseRequests) or the actuals of target years already past
// (pastYearRequests) — as a table to send to the statistics office: one row per indicator, its name and the
// plan's unit, an empty cell for each year asked for, and a note naming the targets that wait for it. Filled
// in, the same table is read back as actuals (pasted in the page, or `--actuals`): the year headers are year
// columns and 说明 is a note column the reader passes over.
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
  const years = [...new Set(requests.map((r) => r.year))].sort((a, b) => a - b);
  if (years.length === 0) years.push(plan.meta.baseYear);
  const fields = [
    render(lang, 'col.indicator'),
    render(lang, 'col.unit'),
    ...years.map((year) => render(lang, 'col.valueIn', { year })),
    render(lang, 'col.note'),
  ];
  // One row per indicator, in the requests' order, whatever years it is asked for.
  const waiting = new Map<string, { targets: Set<string>; progress: Set<string> }>();
  for (const r of requests) {
    const w = waiting.get(r.indicator) ?? { targets: new Set<string>(), progress: new Set<string>() };
    waiting.set(r.indicator, w);
    for (const id of r.targets) w.targets.add(id);
    for (const id of r.progress) w.progress.add(id);
  }
  const names = (ids: Set<string>) => [...ids].map((t) => pick(targets.get(t)!.name));
  const sep = lang === 'zh' ? '；' : '; ';
  const data = [...waiting].map(([id, w]) => {
    const ind = indicators.get(id)!;
    const note = [
      ...(w.targets.size > 0 ? [render(lang, 'baseRequest.waiting', { targets: names(w.targets) })] : []),
      ...(w.progress.size > 0 ? [render(lang, 'baseRequest.progress', { targets: names(w.progress) })] : []),
    ];
    return [pick(ind.name), ind.unit, ...years.map(() => null), note.join(sep)];
  });
  return { fields, data };
}
