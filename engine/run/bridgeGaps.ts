// The years between two known values of an indicator, pinned on a line between them. Simulated freely, those
// years wander off and the later value snaps the path back: 社零 rose to ≈ 517亿元 in 2024 on a 3% pace from
// 2021's 473 and fell to the 504.3 known for 2025, a drop no year of data shows. Between two known values
// the run knows where the path ends, so it draws no noise there: the gap years take the constant annual rate
// that joins the two values (or constant steps, for a value that is zero or negative at either end), and the
// run says so (anchoringMessages), since the values are reckoned, not observed. A year whose growth was
// published (plan.growthObservations: 社零 2024 "增速3%左右") takes that growth, and the other years of the gap
// the constant rate that still joins the two values: 2022–2024 had read 1.6% a year beside a published 3%.
import { engineMath } from '../compile/wasm/engineMath.ts';
import type { Plan } from '../plan/planSchema.ts';
import { fromPercent } from '../units/fromScale.ts';

export interface Bridge {
  indicator: string;
  /** The known years the gap lies between (from < to − 1). */
  from: number;
  to: number;
  /** true: a base-year value (the plan's or a statistic's), not an observation, starts the gap. */
  fromBase: boolean;
  /** 'rate': each year × (1 + step); 'steps': each year + step. */
  shape: 'rate' | 'steps';
  /** The other years' rate or step, when some years take a published growth. */
  step: number;
  /** Years of the gap (to included) that take their published growth, as a fraction (0.03); absent if none. */
  published?: { year: number; rate: number }[];
}

/** Year index → published growth as a fraction, for one indicator. */
function publishedGrowth(plan: Plan, id: string, years: readonly number[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const o of plan.growthObservations ?? [])
    if (o.indicator === id && o.year > years[0]! && o.year <= years.at(-1)!)
      out.set(o.year - years[0]!, fromPercent(o.value));
  return out;
}

/** Kinds whose yearly value is a level a line can join: not a count or an event drawn year by year. */
const LEVELS = new Set(['growth', 'stock', 'cohort', 'cumulative']);

/**
 * Adds the gap years' values to `actuals` (indicator id → year index → value; year index 0 is the base year)
 * and returns what it added. A gap starts at an observation, or at the indicator's known base; derived
 * indicators are left to their parts (anchorActual carries each observation), and counts and events draw a
 * new value each year. A gap holding the year of a target on the indicator is simulated as before.
 */
export function bridgeGaps(
  plan: Plan,
  years: readonly number[],
  actuals: Map<string, Map<number, number>>,
): Bridge[] {
  const bridges: Bridge[] = [];
  for (const ind of plan.indicators) {
    const observed = actuals.get(ind.id);
    if (!observed || observed.size === 0 || !LEVELS.has(ind.dynamics.kind)) continue;
    const known = new Map(observed);
    const base = ind.base && 'value' in ind.base ? ind.base.value : undefined;
    const fromBase = !known.has(0) && base !== undefined && Number.isFinite(base);
    if (fromBase) known.set(0, base);
    const at = [...known.keys()].sort((a, b) => a - b);
    // A target's own years are left to the forecast: a reckoned value there would decide its chance outright (a
    // quota's are every year up to its own, each one counted).
    const targetYears = plan.targets
      .filter((t) => t.indicator === ind.id)
      .flatMap((t) => (t.kind === 'quota' ? years.filter((y) => y > years[0]! && y <= t.year) : [t.year]));
    for (let k = 1; k < at.length; k++) {
      const [a, b] = [at[k - 1]!, at[k]!];
      if (b - a < 2) continue;
      if (targetYears.some((y) => y > years[a]! && y < years[b]!)) continue;
      const [va, vb] = [known.get(a)!, known.get(b)!];
      if (!Number.isFinite(va) || !Number.isFinite(vb)) continue;
      const rate = va > 0 && vb > 0;
      const withPublished = rate ? publishedBridge(publishedGrowth(plan, ind.id, years), a, b, va, vb) : null;
      if (withPublished) {
        for (const [y, v] of withPublished.values) observed.set(y, v);
        bridges.push({
          indicator: ind.id,
          from: years[a]!,
          to: years[b]!,
          fromBase: fromBase && a === 0,
          shape: 'rate',
          step: withPublished.step,
          published: withPublished.published.map(([y, r]) => ({ year: years[y]!, rate: r })),
        });
        continue;
      }
      // The engine's pow, not the host's: the same plan gives the same bits in every browser.
      const step = rate ? engineMath().pow(vb / va, 1 / (b - a)) - 1 : (vb - va) / (b - a);
      for (let y = a + 1; y < b; y++)
        observed.set(y, rate ? va * engineMath().pow(vb / va, (y - a) / (b - a)) : va + step * (y - a));
      bridges.push({
        indicator: ind.id,
        from: years[a]!,
        to: years[b]!,
        fromBase: fromBase && a === 0,
        shape: rate ? 'rate' : 'steps',
        step,
      });
    }
  }
  return bridges;
}

/**
 * The gap a..b with its published years' growth and the constant rate that joins va to vb over the rest, or
 * null when no year of it is published, every year is (the levels and rates then say two things: the levels
 * are kept, at their constant rate), or a published growth is −100% or below.
 */
function publishedBridge(
  growth: ReadonlyMap<number, number>,
  a: number,
  b: number,
  va: number,
  vb: number,
): { values: [number, number][]; step: number; published: [number, number][] } | null {
  const published: [number, number][] = [];
  for (let y = a + 1; y <= b; y++) {
    const r = growth.get(y);
    if (r !== undefined) published.push([y, r]);
  }
  const free = b - a - published.length;
  if (published.length === 0 || free === 0 || published.some(([, r]) => !(r > -1))) return null;
  const factor = published.reduce((f, [, r]) => f * (1 + r), 1);
  const step = engineMath().pow(vb / va / factor, 1 / free) - 1;
  const values: [number, number][] = [];
  let v = va;
  for (let y = a + 1; y < b; y++) {
    v *= 1 + (growth.get(y) ?? step);
    values.push([y, v]);
  }
  return { values, step, published };
}
