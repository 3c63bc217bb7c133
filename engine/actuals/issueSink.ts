// Collects the issues of one parse, rendering each code in both languages as it is added, and sorts them the
// way a planner reads a sheet: by row, then column, errors first.
import type {
  ActualsIssue,
  ActualsIssueCode,
  ActualsIssueParams,
  IssuePlace,
  IssueSeverity,
} from './actualsIssue.ts';
import { actualsMessage, type NameOf } from './actualsMessage.ts';

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
    this.#issues.push({
      severity,
      row,
      column: column === null ? null : column.index + 1,
      columnName: column === null || column.header === '' ? null : column.header,
      value,
      code,
      params,
      message: actualsMessage(code, params, 'en', this.nameOf),
      messageZh: actualsMessage(code, params, 'zh', this.nameOf),
    } as ActualsIssue);
  }

  sorted(): ActualsIssue[] {
    return [...this.#issues].sort(
      (a, b) =>
        (a.row ?? 0) - (b.row ?? 0) ||
        (a.column ?? 0) - (b.column ?? 0) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        a.message.localeCompare(b.message),
    );
  }
}

/** A place: row (1-based) and column, with the cell as written. */
export function at(row: number | null, column: IssuePlace['column'], value: string | null): IssuePlace {
  return { row, column, value };
}
