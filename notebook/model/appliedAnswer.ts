// Goal-seek's answer applied to the scenario: a lever's intensity, or a parameter's mean with the spread it was
// sought with (the engine varies the mean alone: withParameterMean). Applied as a bare 19.55%, a growth rate ran
// at ± 0 and its target read >99% where the answer had promised 80% (tester G).

import type { Plan } from '../../engine/index.ts';
import { parameterValue, setLever, setParameter, type Working } from '../state/scenarioOps.ts';

export function appliedAnswer(
  plan: Plan,
  s: Working,
  kind: 'lever' | 'parameter',
  id: string,
  value: number,
): Working {
  return kind === 'lever'
    ? setLever(plan, s, id, value)
    : setParameter(plan, s, id, { mean: value, sd: parameterValue(plan, s, id).sd });
}
