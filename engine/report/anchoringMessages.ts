// What a run did with actuals (simulate.ts: reanchored, actualIssues; bridgeGaps.ts: bridges), as messages:
// a planner who types 2023's total must see how it was carried into the later years, which part of it rests
// on an assumption (an even split among parts whose bases are unknown), and which years between two known
// values were reckoned rather than simulated — never a silent change.
import type { Plan } from '../plan/planSchema.ts';
import { rootUnknownBases } from '../plan/rootUnknownBases.ts';
import type { Bridge } from '../run/bridgeGaps.ts';
import type { FlowHistory } from '../run/flowHistory.ts';
import type { HistoryRate } from '../run/historyRates.ts';
import type { RunWarning } from '../run/runWarnings.ts';
import type { ActualIssue, Reanchored } from '../run/simulate.ts';
import { historyRateBasis } from './historyRateBasis.ts';
import { delta, list, type Message, type MessageArg, msg, named, pct, qty } from './messages/message.ts';
import { runWarningMessage } from './runWarningMessage.ts';

export function anchoringMessages(
  plan: Plan,
  anchoring: {
    reanchored: readonly Reanchored[];
    actualIssues: readonly ActualIssue[];
    /** Absent from results made before it (the page's shipped 基准 of an older build). */
    bridges?: readonly Bridge[];
    historyRates?: readonly HistoryRate[];
    shortHistory?: readonly HistoryRate[];
    flowHistory?: readonly FlowHistory[];
    /** An evaluation's actuals for years its run does not cover (a run says these among its warnings). */
    outsideRun?: readonly Extract<RunWarning, { code: 'actualsOutsideHorizon' }>[];
  },
): Message[] {
  const byId = new Map(plan.indicators.map((i) => [i.id, i]));
  const name = (id: string) => {
    const ind = byId.get(id);
    return ind ? named(ind) : id;
  };
  const names = (ids: readonly string[]) => list(ids.map(name), 'sep.enum');
  return [
    ...(anchoring.outsideRun ?? []).map((w) => runWarningMessage(w, plan)),
    ...anchoring.reanchored.map((r) =>
      msg('anchor.reanchored', { indicator: name(r.indicator), year: r.year, parts: names(r.parts) }),
    ),
    ...refusedMessages(plan, anchoring.actualIssues, name, names),
    ...anchoring.actualIssues
      .filter((i) => i.code !== 'actual-refused')
      .map((i) =>
        msg(`anchor.${i.code}`, {
          indicator: name(i.indicator),
          year: i.year,
          ...(i.parts ? { parts: names(i.parts) } : {}),
        }),
      ),
    ...(anchoring.bridges ?? []).map((b) =>
      msg('anchor.bridged', {
        indicator: name(b.indicator),
        years: gapYears(b),
        how: bridgeHow(b, byId.get(b.indicator)?.unit ?? ''),
      }),
    ),
    ...(anchoring.historyRates ?? []).map((h) =>
      msg(h.reading === 'growth' ? 'anchor.historyRate' : `anchor.historyRate.${h.reading}`, {
        indicator: name(h.indicator),
        from: h.from,
        to: h.to,
        // The entry rate's parts, the exit rate's source among them, as the other views say them. A reckoned rate
        // with its two decimals, as the page and the verdicts give it: 7.99% rounded to 8% (a plan's own target
        // rate) read as if the plan's pace had been assumed.
        ...(h.reading === 'entry' ? { basis: historyRateBasis(h) } : {}),
        rate: pct(h.rate, 2),
        sd: pct(h.replaced.sd, 1),
        mean: pct(h.replaced.mean, 1),
        ...sharesSaid(h, byId.get(h.indicator)?.unit ?? '%'),
      }),
    ),
    ...(anchoring.flowHistory ?? []).map((f) =>
      flowHistoryMessage(f, name(f.indicator), byId.get(f.indicator)?.unit ?? ''),
    ),
    // A share's one-year change is said as its odds' change, as the two-year notice says it (钱主任: 优良天数比率
    // 85.6 → 86.9 had read "一年的变化（11.6%）").
    ...(anchoring.shortHistory ?? []).map((h) =>
      msg(h.reading === 'odds' ? 'anchor.historyTooShort.odds' : 'anchor.historyTooShort', {
        indicator: name(h.indicator),
        from: h.from,
        to: h.to,
        // Two decimals, as every reckoned rate is said (historyRate above; the levers panel and the verdicts).
        observed: pct(h.observed, 2),
        sd: pct(h.replaced.sd, 1),
        mean: pct(h.replaced.mean, 1),
        ...sharesSaid(h, byId.get(h.indicator)?.unit ?? '%'),
      }),
    ),
    // A value questioned as a slip is left out of the rate (historyRates.ts), and said.
    ...[...(anchoring.historyRates ?? []), ...(anchoring.shortHistory ?? [])].flatMap((h) =>
      h.skipped
        ? [msg('anchor.historySkipped', { indicator: name(h.indicator), years: list(h.skipped, 'sep.enum') })]
        : [],
    ),
  ];
}

/**
 * An indicator's actuals its formula could not carry on, in one line with what would let it: six lines of
 * "2020年在孵企业数的实际值只用于当年：公式在该年无值…" had told a planner nothing to do (tester F, R19). Its
 * formula waits for the base of the indicators named (rootUnknownBases), which the 录入基期 form asks for.
 */
function refusedMessages(
  plan: Plan,
  issues: readonly ActualIssue[],
  name: (id: string) => MessageArg,
  names: (ids: readonly string[]) => MessageArg,
): Message[] {
  const years = new Map<string, number[]>();
  for (const i of issues)
    if (i.code === 'actual-refused') years.set(i.indicator, [...(years.get(i.indicator) ?? []), i.year]);
  return [...years].map(([id, ys]) => {
    const needs = rootUnknownBases(plan, id).filter((x) => x !== id);
    const args = { indicator: name(id), years: yearRuns(ys) };
    return needs.length === 0
      ? msg('anchor.actual-refused.zero', args)
      : msg('anchor.actual-refused.needs', { ...args, needs: names(needs), baseYear: plan.meta.baseYear });
  });
}

/** "2020–2023", "2021、2023": consecutive years as a span. */
function yearRuns(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const runs: string[] = [];
  for (let k = 0; k < sorted.length; ) {
    let j = k;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    runs.push(j === k ? String(sorted[k]) : `${sorted[k]}–${sorted[j]}`);
    k = j + 1;
  }
  return runs.join('、');
}

/** "按2021–2023年录入均值 31.7家/年", and whether its spread is the entered values' or the assumption's kept. */
function flowHistoryMessage(f: FlowHistory, indicator: MessageArg, unit: string): Message {
  // An average of whole counts is not one: 31.7, not 32.
  const avg = (v: number): MessageArg => ({ qty: v, unit, whole: false });
  const spread =
    f.sd > f.observedSd
      ? msg('anchor.flowHistory.spread.floor', { observed: avg(f.observedSd), sd: avg(f.sd) })
      : msg('anchor.flowHistory.spread.observed', { sd: avg(f.sd) });
  return msg('anchor.flowHistory', {
    indicator,
    from: f.from,
    to: f.to,
    years: f.years,
    mean: avg(f.mean),
    spread,
    oldMean: qty(f.replaced.mean, unit),
    oldSd: qty(f.replaced.sd, unit),
  });
}

/** The years a gap reckons: "2022–2024", or "2022" alone. */
export function gapYears(b: Bridge): string {
  return b.to - b.from === 2 ? String(b.from + 1) : `${b.from + 1}–${b.to - 1}`;
}

/** How a gap's years were reckoned: "取2021年与2025年已知值之间按年均增长1.6%的推算值，…" (also the
 * indicator detail's line for them). */
export function bridgeHow(b: Bridge, unit: string): Message {
  const step = msg(`anchor.bridged.${b.shape}.${b.step < 0 ? 'down' : 'up'}`, {
    by: b.shape === 'rate' ? pct(Math.abs(b.step), 1) : qty(Math.abs(b.step), unit),
  });
  const from = b.fromBase ? 'fromBase' : 'between';
  if (!b.published?.length) return msg(`anchor.bridged.${from}`, { from: b.from, to: b.to, step });
  // "2024年按公布增速3.0%，其余年份按年均增长1.2%": the published year is not hidden in an average.
  return msg(`anchor.bridged.${from}.published`, {
    from: b.from,
    to: b.to,
    step,
    published: list(
      b.published.map((p) => msg('anchor.bridged.publishedYear', { year: p.year, rate: pct(p.rate, 1) })),
      'sep.enum',
    ),
  });
}

/**
 * A share's observed figures and their change in points a year, for a rate read from its odds: a director asks
 * how many 个百分点 a year, not at what rate s/(1−s) grew (钱主任, testers).
 */
function sharesSaid(h: HistoryRate, unit: string): { [name: string]: MessageArg } {
  if (!h.shares) return {};
  return {
    shareFrom: qty(h.shares.from, unit),
    shareTo: qty(h.shares.to, unit),
    perYear: delta((h.shares.to - h.shares.from) / (h.to - h.from), unit),
  };
}
