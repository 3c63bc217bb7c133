// The assumptions the observations leave no say before the plan's last target year. 地区生产总值名义增速 set from
// 6.4% to 3% changed none of 181 figures of the 2025 plan, its GDP published for every year to 2025, while the
// comparison and a link's notice listed it as a difference: a "slowdown" scenario that models nothing. Said
// beside the control, it is not mistaken for one that does.
import { dynamicsFormulas } from '../plan/checkPlanReferences.ts';
import { declaredUnknown } from '../plan/knownBase.ts';
import type { Plan } from '../plan/planSchema.ts';
import { shareOf, wordOf } from './historyRates.ts';

export interface LockedParameter {
  parameter: string;
  /** Every indicator it drives is observed (or bridged between observations) through this year. */
  through: number;
}

/**
 * `actuals`: indicator id → year index → value, pinned (gaps between observations filled), as the run takes
 * them; `years[0]` the base year.
 */
export function lockedParameters(
  plan: Plan,
  years: readonly number[],
  actuals: ReadonlyMap<string, ReadonlyMap<number, number>>,
): LockedParameter[] {
  const last = Math.max(...plan.targets.map((t) => t.year));
  const upTo = years.indexOf(last);
  if (upTo < 1 || actuals.size === 0) return [];
  const pinned = (id: string) => {
    const seen = actuals.get(id) ?? actuals.get(shareOf(plan, id)?.id ?? '');
    if (!seen) return false;
    for (let k = 1; k <= upTo; k++) if (!Number.isFinite(seen.get(k))) return false;
    return true;
  };
  // A base to be entered (基期待补) and no figure for any year: its paths are unknown whatever the parameter
  // (GDP's rate also drives 三次产业结构, whose 2020 figure no one has). One observed in any year is simulated
  // from its latest figure, so the parameter drives it after that (a tester's R&D, observed 2021–2023, went from
  // 79% to >99% with its growth moved, beside a note saying nothing would move).
  const unsimulated = (i: Plan['indicators'][number]) =>
    declaredUnknown(i) && ![...(actuals.get(i.id)?.values() ?? [])].some(Number.isFinite);
  const out: LockedParameter[] = [];
  for (const [parameter, uses] of plainUsers(plan)) {
    // Settled by observations: some indicator it drives is observed to the end, and the rest cannot be run. One
    // that drives only indicators no one has figures for is not settled, only waiting for a base.
    if (uses.some((i) => pinned(i.id)) && uses.every((i) => pinned(i.id) || unsimulated(i)))
      out.push({ parameter, through: last });
  }
  return out;
}

/**
 * Each parameter's indicators, for the parameters that drive only levels, stocks and derived figures — a cohort's
 * renewals and a count's draws carry state past a pinned value. Read off the formulas once a plan: scanning them
 * every run had cost ≈ 1.6 ms of each (52 parameters × 87 indicators).
 */
function plainUsers(plan: Plan): [string, Plan['indicators']][] {
  const known = cache.get(plan);
  if (known) return known;
  const out: [string, Plan['indicators']][] = [];
  for (const p of plan.parameters) {
    const named = wordOf(p.id);
    const uses = plan.indicators.filter((i) =>
      Object.values(dynamicsFormulas(i.dynamics)).some((f) => named.test(f)),
    );
    if (uses.length > 0 && uses.every((i) => ['growth', 'stock', 'derived'].includes(i.dynamics.kind)))
      out.push([p.id, uses]);
  }
  cache.set(plan, out);
  return out;
}

const cache = new WeakMap<Plan, [string, Plan['indicators']][]>();
