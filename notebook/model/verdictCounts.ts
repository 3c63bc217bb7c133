// The dashboard headline: how many verdicts rest on data, how many on assumptions, how many wait for a
// base; 力争 (aspirational) targets counted apart, whatever they rest on.
import type { Plan, RunResult } from '../../engine/index.ts';
import { feasibilityOf } from './feasibilityOf.ts';

export interface VerdictCounts {
  data: number;
  /** Resting on a figure reckoned from published ones, not published itself (VerdictBasis 'derived'). */
  derived: number;
  /** Resting on assumptions, apart from those waiting for a record (noRecord). */
  assumption: number;
  /** No verdict until a record of delivery is entered (待补执行记录). */
  noRecord: number;
  unknownBase: number;
  notComparable: number;
  aspirational: number;
  qualitative: number;
}

interface EngineSummary {
  basis: { data: number; derived?: number; assumption: number; 'unknown-base': number };
  verdicts?: Record<string, number>;
  aspirational: { basis: Record<string, number> };
  qualitative: number;
  notComparable: number;
}

export function verdictCounts(plan: Plan, result: RunResult | null): VerdictCounts {
  // The engine's summary when it sends one (the same rule, counted where the verdicts are made).
  const sent = (result as { summary?: EngineSummary } | null)?.summary;
  if (sent?.basis) {
    const noRecord = sent.verdicts?.['no-record'] ?? 0;
    return {
      data: sent.basis.data,
      derived: sent.basis.derived ?? 0,
      assumption: sent.basis.assumption - noRecord,
      noRecord,
      unknownBase: sent.basis['unknown-base'],
      notComparable: sent.notComparable,
      aspirational: Object.values(sent.aspirational.basis).reduce((a, b) => a + b, 0),
      qualitative: sent.qualitative,
    };
  }
  const c: VerdictCounts = {
    data: 0,
    derived: 0,
    assumption: 0,
    noRecord: 0,
    unknownBase: 0,
    notComparable: 0,
    aspirational: 0,
    qualitative: 0,
  };
  for (const target of plan.targets) {
    if (target.kind === 'qualitative') {
      c.qualitative++;
      continue;
    }
    if (target.aspirational) {
      c.aspirational++;
      continue;
    }
    if (target.comparable === false) {
      c.notComparable++;
      continue;
    }
    const f = feasibilityOf(result?.targets.find((r) => r.id === target.id));
    if (f.verdict?.code === 'not-comparable') c.notComparable++;
    else if (f.verdictBasis === 'unknown-base' || f.verdict?.code === 'unknown-base') c.unknownBase++;
    else if (f.verdict?.code === 'no-record') c.noRecord++;
    else if (f.verdictBasis === 'data') c.data++;
    else if (f.verdictBasis === 'derived') c.derived++;
    else if (f.verdictBasis === 'assumption') c.assumption++;
  }
  return c;
}
