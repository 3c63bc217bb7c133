// What a heading that says 实际数据截至 {asOf} 年 adds, in order: the later figures its tables quote that are
// reckoned, not observed (reckonedLaterMessage); once the period is over without its last year's figures,
// that those verdicts are forecasts (periodOverMessage); and, as of an earlier year, the assumptions resting on
// figures published after it (laterSourcesMessage). The page's heading, the report's cover and the CLI's
// report say the same.
import type { Evaluation } from '../evaluate/evaluateTargets.ts';
import { laterSourcesMessage } from './laterSourcesMessage.ts';
import type { Message } from './messages/message.ts';
import { periodOverMessage } from './periodOverMessage.ts';
import { reckonedLaterMessage } from './reckonedLaterMessage.ts';

/** `thisYear`: the reader's calendar year. */
export function asOfNotes(ev: Pick<Evaluation, 'plan' | 'summary'>, thisYear?: number): Message[] {
  return [
    reckonedLaterMessage(ev.summary),
    periodOverMessage(ev, thisYear),
    laterSourcesMessage(ev.summary),
  ].filter((m) => m !== null);
}
