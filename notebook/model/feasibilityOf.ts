// The issue-9 fields of a target result (what a verdict rests on), read defensively: a result from an
// older engine build, or a worker that has not sent them yet, reads as "no verdict" rather than failing.
import type { BaseSource, TargetResult, Verdict, VerdictBasis } from '../../engine/index.ts';

export interface Feasibility {
  verdict: Verdict | null;
  verdictBasis: VerdictBasis | null;
  baseSource: BaseSource | null;
  /** Growth a base-unknown target needs from a base the planner enters: (X/base)^(1/n) − 1. */
  requiredGrowth: unknown;
  needs: 'base' | null;
  /** The base-unknown indicators whose 2020 value would unlock this target, when the engine names them. */
  needsBaseOf: string[] | null;
}

export function feasibilityOf(tr: TargetResult | undefined): Feasibility {
  const r = (tr ?? {}) as Partial<Record<keyof Feasibility, unknown>>;
  const verdict =
    r.verdict && typeof r.verdict === 'object' && 'code' in r.verdict ? (r.verdict as Verdict) : null;
  return {
    verdict,
    verdictBasis: (r.verdictBasis as VerdictBasis | undefined) ?? null,
    baseSource: (r.baseSource as BaseSource | undefined) ?? null,
    requiredGrowth: r.requiredGrowth ?? null,
    needs: r.needs === 'base' ? 'base' : null,
    needsBaseOf: Array.isArray(r.needsBaseOf) ? (r.needsBaseOf as string[]) : null,
  };
}
