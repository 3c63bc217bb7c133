// Collects the issues of one parse, each with its message and (where the catalogue is loaded: wordsOf.ts) its
// words in both languages, and sorts them the way a planner reads a sheet: by row, then column, errors first.

import { wordsOf } from '../report/messages/wordsOf.ts';
import type {
  ActualsIssue,
  ActualsIssueCode,
  ActualsIssueParams,
  IssuePlace,
  IssueSeverity,
} from './actualsIssue.ts';
import { actualsIssueMessage, type NameOf } from './actualsMessage.ts';

const SEVERITY_ORDER: Record<IssueSeverity, number> = { error: 0, warning: 1, info: 2 };

export class IssueSink {
  readonly #issues: ActualsIssue[] = [];

  /** `nameOf`: the plan's indicator names, so a message names "高新技术企业数" rather than its id. */
  constructor(private readonly nameOf?: NameOf) {}

  add<C extends ActualsIssueCode>(
    severity: IssueSeverity,
    place: IssuePlace,
    code: C,
    params: ActualsIssueParams[C],
  ): void {
    const { row, column, value } = place;
    const what = actualsIssueMessage(code, params, this.nameOf);
    this.#issues.push({
      severity,
      row,
      column: column === null ? null : column.index + 1,
      columnName: column === null || column.header === '' ? null : column.header,
      value,
      code,
      params,
      what,
      message: wordsOf('en', what),
      messageZh: wordsOf('zh', what),
    } as ActualsIssue);
  }

  /** Ties keep the order found (a stable sort): the same in every language, and where no words are loaded. */
  sorted(): ActualsIssue[] {
    return [...this.#issues].sort(
      (a, b) =>
        (a.row ?? 0) - (b.row ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
    );
  }
}

/** A place: row (1-based) and column, with the cell as written. */
export function at(row: number | null, column: IssuePlace['column'], value: string | null): IssuePlace {
  return { row, column, value };
}
