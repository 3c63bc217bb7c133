// One vocabulary for a verdict: the dashboard words a verdict and its reason with the engine's catalogue,
// so the page, the CLI and the printed report say the same thing in each language.
import { describe, expect, it } from 'vitest';
import {
  renderMessage,
  type Verdict,
  verdictLabelMessage,
  verdictMessage,
  verdictReasonMessage,
} from '../../engine/index.ts';
import { verdictLabel, verdictReason } from '../../notebook/format/verdictSentence.ts';
import { MESSAGES } from '../../notebook/i18n/messages.ts';
import { translator } from '../../notebook/i18n/t.ts';

const verdicts: Verdict[] = [
  { code: 'at-risk', reason: 'quota-every-year', params: { pace: 0.9, pMet: 0.3, missedYears: [2023] } },
  { code: 'off-track', reason: 'certificates-expire', params: { pace: 0.95, pMet: 0.1, life: 3 } },
  { code: 'on-track', reason: 'pace-linear-vs-compound', params: { plannedPathRatio: 0.97, pMet: 0.85 } },
  { code: 'not-comparable', reason: 'different-measures', params: {} },
  { code: 'achieved', reason: null, params: {} },
];

describe('the page words verdicts with the engine catalogue', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`renders label and reason exactly as the CLI does (${lang})`, () => {
      const t = translator(lang);
      for (const v of verdicts) {
        expect(verdictLabel(v, t)).toBe(renderMessage(lang, verdictLabelMessage(v)));
        const reason = verdictReasonMessage(v);
        expect(verdictReason(v, t)).toBe(reason ? renderMessage(lang, reason) : '');
        // The CLI's cell is the label and the page's reason joined: the same words.
        const cli = renderMessage(lang, verdictMessage(v));
        expect(cli.startsWith(verdictLabel(v, t))).toBe(true);
        expect(cli.endsWith(verdictReason(v, t))).toBe(true);
      }
    });
  }

  it("gives the numbers in the reason, and a quota's missed years", () => {
    const t = translator('zh');
    expect(verdictReason(verdicts[0]!, t)).toContain('2023 年未完成');
    expect(verdictReason(verdicts[1]!, t)).toContain('有效期 3 年');
    expect(verdictReason(verdicts[2]!, t)).toContain('97%');
    expect(verdictReason({ ...verdicts[0]!, params: { missedYears: [] } }, t)).not.toContain('年未完成');
  });

  it('keeps no second vocabulary for verdicts, reasons or plan-check severities on the page', () => {
    const keys = Object.keys(MESSAGES);
    expect(
      keys.filter((k) => /^feas\.(verdict|reason|basis\.(data|assumption|unknown-base)$)/.test(k)),
    ).toEqual([]);
    expect(translator('zh')('check.severity.error')).toBe('矛盾');
    expect(translator('zh')('check.severity.warning')).toBe('存疑');
  });
});
