// What a heading that says 实际数据截至 {asOf} 年 adds when the tables below show a later, reckoned figure
// (社零 2025 = 435 × 1.03⁵, 时间进度 100%, 未完成): 周科长 had read "截至2023年" over a body quoting 2025.
import type { EvaluationSummary } from '../evaluate/evaluateTargets.ts';
import { list, type Message, msg, named } from './messages/message.ts';

export function reckonedLaterMessage(summary: Pick<EvaluationSummary, 'reckonedLater'>): Message | null {
  const later = summary.reckonedLater ?? [];
  if (later.length === 0) return null;
  return msg('eval.asOf.reckoned', {
    items: list(
      later.map((r) => msg('eval.asOf.reckonedItem', { indicator: named(r), year: r.year })),
      'sep.enum',
    ),
  });
}
