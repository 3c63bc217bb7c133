// The rules that set each evaluation label, written once for the CLI, the reports and the page: the status
// thresholds, the pace formula, time and progress, the ESCAP ratio R, the growth still needed, P(met).
import type { EvaluationStatus } from '../evaluate/classifyStatus.ts';
import type { EvaluationSummary } from '../evaluate/evaluateTargets.ts';
import { fixed } from './formatValue.ts';
import type { Lang } from './lang.ts';
import type { EngineMessageCode } from './messages/catalogue.ts';
import { render } from './messages/render.ts';

const pct = (x: number, lang: Lang) => `${fixed(x * 100, lang, 0)}%`;

export function statusLabel(status: EvaluationStatus | 'no-base' | 'no-data', lang: Lang): string {
  return render(lang, `status.${status}` as EngineMessageCode);
}

/** The status rule in one sentence, with the thresholds in force. */
export function statusRuleText(summary: Pick<EvaluationSummary, 'thresholds'>, lang: Lang): string {
  const t = summary.thresholds;
  return render(lang, 'eval.rule.status', {
    ahead: pct(t.ahead, lang),
    onTrack: pct(t.onTrack, lang),
    behind: pct(t.behind, lang),
  });
}

/** Every rule, in the order a reader checks a label: status, pace, time/progress, R, growth needed, P(met). */
export function methodsText(summary: EvaluationSummary, lang: Lang): string[] {
  const e = summary.escapThresholds;
  const out = [
    statusRuleText(summary, lang),
    render(lang, 'eval.rule.pace'),
    render(lang, 'eval.rule.tau'),
    render(lang, 'eval.rule.escap', {
      onTrack: pct(e.onTrack, lang),
      acceleration: pct(e.acceleration, lang),
    }),
    render(lang, 'eval.rule.remaining'),
  ];
  if (summary.paths > 0)
    out.push(render(lang, 'eval.rule.pmet', { paths: summary.paths, seed: summary.seed }));
  return out;
}
