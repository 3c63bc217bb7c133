// What a goal-seek's answer rests on when its target's indicator has no data to move by: the assumption that
// stands in for its history or record (standIns) — a generated plan's default 5% ± 3% a year. "至少取 9.4%"
// for an imported 年均增长7% with nothing entered had read as a finding; it is the default's spread at work
// (or, sought through a lever, the default's pace too). Said with the answer, labelled as an assumption, with
// the data that would replace it. Never the target itself: the answer's own variable is no assumption of it.
import { standIns } from '../evaluate/standIns.ts';
import type { Plan } from '../plan/planSchema.ts';
import type { Uncertain } from '../plan/uncertainSchema.ts';
import type { RunSetup } from '../run/resolveScenario.ts';

export interface GoalSeekRestsOn {
  parameter: string;
  /** Its value as the scenario resolved it. */
  value: Uncertain;
  /** Its value and spread, or (the variable sought is this parameter) its spread alone. */
  part: 'value' | 'spread';
  /** What it stands in for: the indicator's history (a default) or a record of delivery. */
  standsFor: 'history' | 'record';
}

/** The assumptions the answer rests on, for a target on `indicator`; none when data moves it. */
export function goalSeekRestsOn(
  plan: Plan,
  setup: RunSetup,
  indicator: string,
  variable: { kind: 'lever' | 'parameter'; id: string },
  probability: number | null,
): GoalSeekRestsOn[] {
  // Through any formula: a share simulated through its odds moves by its odds' default.
  return standIns(
    plan,
    setup,
  )(indicator).flatMap((p): GoalSeekRestsOn[] => {
    const value = setup.parameters.find((x) => x.id === p.id)?.value ?? p.value;
    const standsFor = p.noRecord ? 'record' : 'history';
    if (variable.kind !== 'parameter' || variable.id !== p.id)
      return [{ parameter: p.id, value, part: 'value', standsFor }];
    // The variable's own mean is the answer; its spread, on the deterministic path, plays no part.
    return probability === null || value.sd === 0
      ? []
      : [{ parameter: p.id, value, part: 'spread', standsFor }];
  });
}
