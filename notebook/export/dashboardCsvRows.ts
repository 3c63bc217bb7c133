// The dashboard as a table for a CSV: one row a target, its median as the page shows it and its one verdict,
// marked 力争 and 约束性 as the evaluation's CSV and the report mark them (the overview's file had dropped 力争:
// 国家级特色商业街区1条 read as a plain 存在风险).
import type { Plan, RunResult, Target, VerdictBasis } from '../../engine/index.ts';
import {
  inTenths,
  msg,
  probabilityPercent,
  questionedMessage,
  render,
  renderMessage,
  settledIn,
  verdictMessage,
} from '../../engine/index.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import type { Translate } from '../i18n/t.ts';
import { feasibilityOf } from '../model/feasibilityOf.ts';
import { questionedFor } from '../model/questionedFor.ts';
import { medianFigure, medianMarked, targetPhrase, targetResultOf } from '../model/targetFigures.ts';

/** What a verdict rests on, and the entered values behind it that look mistyped (as the overview marks them). */
function basisCell(
  plan: Plan,
  result: RunResult | null,
  target: Target,
  basis: VerdictBasis | null,
  lang: Lang,
  t: Translate,
): string {
  if (!basis) return '';
  const questioned = questionedFor(plan, result, target);
  return questioned.length
    ? renderMessage(lang, questionedMessage(msg(`verdict.basis.${basis}`), questioned))
    : t(`verdict.basis.${basis}`);
}

export function dashboardCsvRows(
  plan: Plan,
  result: RunResult | null,
  targets: readonly Target[],
  lang: Lang,
  t: Translate,
): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [
    [
      'id',
      t('dash.col.target'),
      t('dash.col.goal'),
      lang === 'zh' ? '年份' : 'year',
      t('dash.col.median.generic'),
      // A percent figure under a header that says so, as the evaluation's CSV has it (0.529 beside its 52.9).
      `${t('dash.col.pmet')}${render(lang, 'col.percentSuffix')}`,
      t('col.verdict'),
      t('col.verdictBasis'),
      // Which run the figures are from: another count of paths or another seed gives medians and chances a
      // little apart (the CLI's default is 2,000 paths, the page's 5,000).
      t('dash.col.paths'),
      t('dash.col.seed'),
    ],
  ];
  for (const target of targets) {
    const m = result ? medianFigure(plan, target, result) : null;
    const tr = targetResultOf(result, target.id);
    // A settled target quotes no chance (the page reads 已定): its cell is empty, as in the evaluation's CSV.
    const p = tr && settledIn(tr) === null ? tr.pMet : null;
    const f = feasibilityOf(tr);
    rows.push([
      target.id,
      pick(target.name, lang),
      targetPhrase(plan, target, lang),
      target.year,
      // As the page shows it, in the unit it shows (6.92 万户, +18.07%), beside the goal written the same way:
      // a bare 69237 sat beside "≥ +4.5 万户", and a rate as the fraction 1.18.
      // A rate the plan reckons arithmetically says so, as the overview and the comparison do.
      m ? medianMarked(m, lang, t('dash.arithmetic')) : null,
      p === null ? null : probabilityPercent(p),
      // The one verdict: an outlook from P(met) alone beside it would contradict it (66%: 有望达成 / 存在风险).
      f.verdict
        ? renderMessage(
            lang,
            inTenths(verdictMessage(f.verdict, target.aspirational === true, target.nature ?? null)),
          )
        : '',
      f.verdict?.code === 'not-comparable'
        ? render(lang, 'verdict.basis.notComparable')
        : basisCell(plan, result, target, f.verdictBasis, lang, t),
      result?.paths ?? null,
      result?.seed ?? null,
    ]);
  }
  return rows;
}
