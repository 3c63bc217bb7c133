// When pace and forecast disagree the verdict names what the forecast assumes for the years left. A rate the
// entered history put in a default's place (7.99% a year since 2020) was said as "按假设… 8% ± 3%", the plan's own
// 8% target, as if an assumption of the plan's pace were used.
import { describe, expect, it } from 'vitest';
import { evaluateTargets } from '../../engine/evaluate/evaluateTargets.ts';
import { anchoringMessages } from '../../engine/report/anchoringMessages.ts';
import { renderMessage } from '../../engine/report/messages/render.ts';
import { verdictReasonMessage } from '../../engine/report/verdictMessage.ts';
import { planFromText } from '../extract/planFromText.ts';

const RUN = { paths: 500, seed: 1 };

describe('a rate the entered history put in place of a default', () => {
  const plan = planFromText(
    ['二、发展目标', '到2025年，全区规上工业增加值年均增长8%。', '2020年，全区规上工业增加值100亿元。'].join(
      '\n',
    ),
    2025,
  );
  const ind = plan.indicators[0]!;
  const g = 0.0799;
  const actuals = {
    [ind.id]: { '2021': 100 * (1 + g), '2022': 100 * (1 + g) ** 2, '2023': 100 * (1 + g) ** 3 },
  };

  it('is said with the decimals that tell it from the plan’s 8%, as computed from the actuals of the years it spans', async () => {
    const ev = await evaluateTargets(plan, null, actuals, RUN);
    const [row] = ev.targets;
    // Just under the planned path: the pace is on plan, the forecast at 7.99% a year not quite (P(met) ≈ 50%).
    expect(row!.verdict.reason).toBe('forecast-differs-from-pace');
    const zh = renderMessage('zh', verdictReasonMessage(row!.verdict)!);
    expect(zh).toContain('后续年份按2020–2023年实际年均增速 7.99%（由实际值推算');
    expect(zh).not.toMatch(/按假设.*8%/);
    const en = renderMessage('en', verdictReasonMessage(row!.verdict)!);
    expect(en).toContain('the 2020–2023 observed average growth, 7.99% a year (reckoned from the actuals');
    // The run's own notice says the same figure.
    const notices = anchoringMessages(plan, ev.anchoring).map((m) => renderMessage('zh', m));
    expect(notices.join('\n')).toContain('2020–2023 年实际年均增速 7.99%');
  });

  it('keeps a round figure without decimals it does not have', async () => {
    const round = { [ind.id]: { '2021': 106, '2022': 106 * 1.06 } };
    const ev = await evaluateTargets(plan, null, round, RUN);
    const notices = anchoringMessages(plan, ev.anchoring).map((m) => renderMessage('zh', m));
    expect(notices.join('\n')).toContain('实际年均增速 6%（');
  });
});
