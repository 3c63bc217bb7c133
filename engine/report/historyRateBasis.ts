// What a rate the observed history put in a default's place is made of, as every view says it. A stock's entry
// rate is its observed net growth plus an exit rate that is not observed (a generated plan's 6% is assumed):
// goal-seek, the levers panel and the report had called the sum 实际年均增速, 15.35% + 6% read as 21.35% observed.
import type { HistoryRate } from '../run/historyRates.ts';
import { type Message, msg, pct } from './messages/message.ts';

/** "2020–2023年实际年均净增 15.35% 加年退出率 6%（假设）"; `digits`: the percentages' decimals, as the sentence gives its rate. */
export function historyRateBasis(h: HistoryRate, digits = 2): Message {
  const years = { from: h.from, to: h.to };
  // A share's odds rate with the share's own figures it was read from, which a planner can check.
  if (h.reading === 'odds' && h.shares)
    return msg('history.basis.oddsOfShares', {
      ...years,
      shareFrom: pct(h.shares.from, digits),
      shareTo: pct(h.shares.to, digits),
    });
  if (h.reading !== 'entry') return msg(`history.basis.${h.reading}`, years);
  return msg('history.basis.entry', {
    ...years,
    observed: pct(h.observed, digits),
    exit: pct(h.exit ?? 0, digits),
    // A result made before the source was carried (a shipped 基准) says the parts without it.
    source: h.exitFrom ? msg(`history.exitFrom.${h.exitFrom}`) : '',
  });
}
