// A scenario of the comparison as it is run: one with no actuals of its own runs on those entered in the current
// working scenario. Actuals are data (statistics), not assumptions: 下行 from the library, run without the 40
// values a tester had entered, read 77% against the current scenario's 63% for 新增注册企业4.5万户 and 基期待补
// where the entered bases were not applied — a difference of data, shown as one of assumptions. A scenario with
// actuals of its own keeps them (the comparison then says whose differ). 评估截至 (asOf) is not carried: a run
// does not read it, only the evaluation does.
import type { Working } from '../state/scenarioOps.ts';

/** The data entered in the current working scenario: its actuals and the rates they were chained from. */
export type EnteredData = Pick<Working, 'actuals' | 'actualRates'>;

export interface ComparedScenario {
  scenario: Working;
  /** Runs on the current scenario's entered actuals, having none of its own. */
  shared: boolean;
}

const hasValues = (a: Working['actuals']) =>
  Object.values(a ?? {}).some((byYear) => Object.keys(byYear).length > 0);

export function comparedScenario(s: Working, entered: EnteredData): ComparedScenario {
  if (hasValues(s.actuals) || !hasValues(entered.actuals)) return { scenario: s, shared: false };
  const { actuals: _a, actualRates: _r, ...rest } = s;
  const rates =
    entered.actualRates && Object.keys(entered.actualRates).length > 0 ? entered.actualRates : null;
  return {
    scenario: { ...rest, actuals: entered.actuals, ...(rates ? { actualRates: rates } : {}) },
    shared: true,
  };
}
