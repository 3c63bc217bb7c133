// The assumptions an evaluation "as of" an earlier year takes from figures published after it could have
// known them: g_retail's 3% is the 2021–2025 average of a report issued in January 2026, so an evaluation as of
// 2023 projects 2024–2025 with knowledge of how they turned out (社零 2025 read 532.4 as of 2023, beside a
// figure of 492–517 reckoned from that very report). Said, not changed: the planner decides what 2023 knew.
import type { Plan } from '../plan/planSchema.ts';
import type { Scenario } from '../plan/scenarioSchema.ts';

export interface LaterSource {
  parameter: string;
  name: Plan['parameters'][number]['name'];
  /** The source's publication date, as the plan gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  date: string;
}

/**
 * Parameters that rest on a statistic published after the end of the year following `asOf` (a year's figures
 * are published in the next), unless the scenario sets the parameter itself.
 */
export function laterSources(plan: Plan, scenario: Scenario | null, asOf: number): LaterSource[] {
  return plan.parameters
    .filter((p) => scenario?.parameters?.[p.id] === undefined)
    .flatMap((p) =>
      // The date as printed: YYYY, YYYY-MM or YYYY-MM-DD.
      p.provenance.kind === 'statistic' && Number(p.provenance.date.slice(0, 4)) > asOf + 1
        ? [{ parameter: p.id, name: p.name, date: p.provenance.date }]
        : [],
    );
}
