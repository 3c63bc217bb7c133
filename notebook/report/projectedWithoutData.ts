// The targets with no actual since the base year, as the report's appendix lists them: each with what the
// scenario projects for it. A director handed the report of a policy scenario had found only the 3 targets with
// data discussed and 57 names marked 未评估 — what the scenario projects (88% for 净增“五上”, 5% for 专精特新)
// was on the page alone. Labelled a model estimate: none of it is an evaluation of progress.
import '../i18n/reportMessages.ts';
import type { Evaluation } from '../../engine/index.ts';
import { evaluationColumn, renderMessage, targetName, verdictLabelMessage } from '../../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';

export interface ProjectedWithoutData {
  intro: string;
  /** One a target: its name and year, P(met), the verdict's label and what it rests on. */
  lines: string[];
}

export function projectedWithoutData(
  ev: Evaluation,
  scenario: string,
  lang: Lang,
): ProjectedWithoutData | null {
  const missing = ev.targets.filter((x) => x.latest === null);
  if (missing.length === 0) return null;
  const chance = evaluationColumn('pMet');
  const basis = evaluationColumn('verdictBasis');
  return {
    intro: t(lang, 'rep.noData.intro', { n: missing.length, scenario }),
    lines: missing.map((x) =>
      t(lang, 'rep.noData.line', {
        target: targetName(x, lang),
        year: x.year,
        pMet: chance.text(x, lang),
        verdict: renderMessage(lang, verdictLabelMessage(x.verdict)),
        basis: basis.text(x, lang),
      }),
    ),
  };
}
