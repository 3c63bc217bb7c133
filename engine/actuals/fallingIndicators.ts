// The indicators whose growth target is a fall (单位GDP能耗下降13.5%: a negative rate): a positive rate pasted for
// one of them is a fall, as a 统计公报 writes "下降2.8%". Read by the name matcher and the indicator facts alike.
import type { Plan } from '../plan/planSchema.ts';

export function fallingIndicators(plan: Plan): Set<string | undefined> {
  return new Set(
    plan.targets
      .filter((t) => t.kind === 'growth' && (Array.isArray(t.value) ? t.value[0] : (t.value ?? 0)) < 0)
      .map((t) => t.indicator),
  );
}
