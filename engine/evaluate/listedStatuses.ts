// Which status counts a summary lists, in order — the page's chips, the report's table, its .xlsx sheet and
// the CLI's line all list the same ones. The pace statuses always show (a zero says something mid-term);
// 已完成 / 未完成 only once some target's year is observed, 控制在目标内 / 超出控制目标 only when a ceiling is
// evaluated, and 进度待补基期 only when a row waits for a base.
import { STATUS_ORDER } from './classifyStatus.ts';
import type { StatusCountKey } from './statusKey.ts';

const WHEN_PRESENT = new Set<StatusCountKey>(['met', 'missed', 'within', 'breached', 'no-base']);

export function listedStatuses(counts: Record<StatusCountKey, number>): StatusCountKey[] {
  const keys: StatusCountKey[] = [...STATUS_ORDER, 'no-base', 'no-data'];
  return keys.filter((k) => !WHEN_PRESENT.has(k) || counts[k] > 0);
}
