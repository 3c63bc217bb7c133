// What a Monte Carlo run takes from each year as the year completes (simulate.ts onYear): quantiles and
// means, the target loops' counts, and the paths that are not finite. The run holds three rows per indicator,
// so nothing reads its years afterwards.
import type { CompiledModel } from '../compile/compileModel.ts';
import { NonFiniteTally } from '../outputs/NonFiniteTally.ts';
import { TargetTallies } from '../outputs/targetStats.ts';
import { YearSummaries } from '../outputs/YearSummaries.ts';
import type { Simulation } from './simulate.ts';

export class YearOutputs {
  /** null for a run without quantiles (goal-seek, sensitivity). */
  readonly summaries: YearSummaries | null;
  readonly nonFinite: NonFiniteTally;
  readonly targets: TargetTallies;

  constructor(model: CompiledModel, years: readonly number[], quantiles: boolean) {
    const slots = model.indicators.length;
    this.summaries = quantiles ? new YearSummaries(slots, years.length) : null;
    this.nonFinite = new NonFiniteTally(slots, years.length);
    this.targets = new TargetTallies(model.plan, model.slotOf, years);
  }

  /** For simulateSteps' onYear. The means come first: a finite mean tells a cell finite without a scan. */
  readonly observe = (sim: Simulation, y: number): void => {
    const { summaries } = this;
    summaries?.observe(sim, y);
    this.nonFinite.observe(sim, y, summaries ? (slot) => summaries.mean(slot) : undefined);
    this.targets.observe(sim, y);
  };
}
