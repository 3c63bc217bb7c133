// How many verdicts rest on data, on reckoned figures, on assumptions, or wait for a base, and how many of each
// code; 力争 targets counted apart, not-comparable and qualitative ones beside.
import type { Plan } from '../plan/planSchema.ts';
import type { TargetResult, VerdictBasis, VerdictSummary } from '../run/runTypes.ts';
import type { VerdictCode } from './verdictFor.ts';

const CODES: VerdictCode[] = [
  'achieved',
  'missed',
  'on-track',
  'at-risk',
  'off-track',
  'unknown-base',
  'no-record',
  'not-comparable',
  'qualitative',
];

export function verdictSummary(
  plan: Plan,
  targets: readonly Pick<TargetResult, 'verdict' | 'verdictBasis' | 'aspirational'>[],
): VerdictSummary {
  const empty = () => ({
    basis: { data: 0, derived: 0, assumption: 0, 'unknown-base': 0 } as Record<VerdictBasis, number>,
    verdicts: Object.fromEntries(CODES.map((c) => [c, 0])) as Record<VerdictCode, number>,
  });
  const main = empty();
  const aspirational = empty();
  let notComparable = 0;
  for (const t of targets) {
    if (t.verdict.code === 'not-comparable') {
      notComparable++;
      continue;
    }
    const into = t.aspirational ? aspirational : main;
    into.basis[t.verdictBasis]++;
    into.verdicts[t.verdict.code]++;
  }
  const qualitative = plan.targets.filter((t) => t.kind === 'qualitative').length;
  return { ...main, aspirational, qualitative, notComparable };
}
