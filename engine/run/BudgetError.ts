// A request refused up front because it would take more than the engine allows itself: memory for a run,
// or paths × evaluations × cells for an analysis. It carries a message code and the figures, so the page
// and the CLI can say what it would need; `message` is the English rendering. A RangeError, so callers that
// already treat out-of-range options as the user's mistake (the CLI: exit code 2) do so here too.

export type BudgetCode = 'run.memory' | 'analysis.work';

export class BudgetError extends RangeError {
  override name = 'BudgetError';

  constructor(
    readonly code: BudgetCode,
    /** The figures the message names: what it would need, the budget, and the request. */
    readonly params: Readonly<Record<string, number>>,
    message: string,
  ) {
    super(message);
  }
}
