// The report's summary, written from the numbers: how many targets are ahead, on track, behind or waiting
// for data, and for each target that needs attention, why (pace, growth still needed, P(met), missed quotas).
// A target on pace whose forecast says it is at risk or off track needs attention as much as one behind:
// where the two disagree the verdict follows the forecast, and the summary must not read "none behind" alone.
import '../i18n/reportMessages.ts';
import type { Evaluation, TargetEvaluation } from '../../engine/index.ts';
import {
  formatLatest,
  formatPercent,
  formatPercentOf,
  formatProb,
  formatRate,
  formatValue,
  isDecrease,
  latestIsGiven,
  latestIsLevel,
  msg,
  questionedMessage,
  remainsInPoints,
  renderMessage,
  STATUS_ORDER,
  statusLabel,
  targetName,
  targetPhrase,
} from '../../engine/index.ts';
import { verdictLabel } from '../format/verdictSentence.ts';
import type { Lang } from '../i18n/lang.ts';
import { t, translator } from '../i18n/t.ts';

export interface ReportSummary {
  paragraphs: string[];
  /** One line per target behind plan ("name（滞后）：why"), then per target on pace that the forecast doubts
   *  ("name（基本符合预期，综合判断：难以达成）：why"). */
  attention: string[];
}

/** Statuses listed for attention: missed (未完成) first, then the furthest behind. */
const BEHIND = new Set(['missed', 'behind', 'far-behind', 'breached']);
/**
 * What the years left need beside what the plan asked for, each said as a rise or a fall ("需年均下降 0.5%（规划
 * 要求年均下降 1.3%）", not "…（规划要求 -1.3%）"); a share's in points (提高 0.6 个百分点), not its relative growth —
 * a rise of a share by points too (提高0.9个百分点 had read "需年均提高 7%" beside a table in points).
 */
function stillNeeded(x: TargetEvaluation, lang: Lang, baseYear: number | undefined): string | null {
  const points = remainsInPoints(x) && baseYear !== undefined && x.year > baseYear;
  const remaining = points ? x.requiredChangeRemaining : x.requiredGrowthRemaining;
  const planned = !points
    ? x.requiredCagr
    : x.base === null || x.targetLevel === null
      ? null
      : (x.targetLevel - x.base) / (x.year - baseYear!);
  if (remaining === null || planned === null || !Number.isFinite(remaining) || !Number.isFinite(planned))
    return null;
  const sayTo = (v: number, digits: number) =>
    points
      ? formatPercentOf(Math.abs(v), '百分点', lang, digits)
      : formatRate(Math.abs(v), lang, digits).replace(/^\+/, '');
  // One decimal, or two where a figure has them (the plan's 0.24 个百分点 a year had read 0.2, the pace achieved),
  // or as many more as it takes to tell two different figures apart: "需年均提高 0.1 个百分点（规划要求年均提高
  // 0.1 个百分点）" beside 滞后 had stood for 0.133 against 0.12.
  const ownDigits = (v: number) => (Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-9 ? 1 : 2);
  let [dNeeded, dPlanned] = [ownDigits(remaining), ownDigits(planned)];
  while (
    Math.max(dNeeded, dPlanned) < 3 &&
    remaining !== planned &&
    sayTo(remaining, dNeeded) === sayTo(planned, dPlanned)
  ) {
    dNeeded++;
    dPlanned++;
  }
  return t(lang, remaining < 0 ? 'rep.why.neededFall' : 'rep.why.needed', {
    needed: sayTo(remaining, dNeeded),
    required: t(lang, planned < 0 ? 'rep.why.plannedFall' : 'rep.why.planned', {
      rate: sayTo(planned, dPlanned),
    }),
  });
}

/**
 * An increase's latest level beside its goal, an increase: what it has added since the base and what is still
 * to add ("8.806 万户（较基期增加 3.306 万户，距目标尚差 1.194 万户）"); "实际 8.81万户，目标 +4.5万户" had set a
 * level beside a change with nothing to join them (孙科长). Empty for any other target.
 */
function levelGap(x: TargetEvaluation, lang: Lang): string {
  if (!x.latest || !latestIsLevel(x) || x.base === null || !Number.isFinite(x.base)) return '';
  const amount = (v: number) => formatValue(Math.abs(v), x.unit, lang, latestIsGiven(x), x.whole);
  const added = x.latest.value - x.base;
  const left = x.targetLevel === null ? Number.NaN : x.targetLevel - x.latest.value;
  const falls = isDecrease(x);
  const short = Number.isFinite(left) && (falls ? left < 0 : left > 0);
  return t(lang, short ? 'rep.why.levelGap' : 'rep.why.levelAdded', {
    change: t(lang, added < 0 ? 'rep.why.fallen' : 'rep.why.risen', { amount: amount(added) }),
    left: amount(left),
  });
}

/** Verdicts the forecast gives a target that is not behind on pace, which still call for attention. */
const DOUBTED = new Set(['at-risk', 'off-track', 'missed']);

/** The reasons a target needs attention, as short clauses. */
/** `baseYear`: the plan's, so a share's pace reads in points a year (without it, as a growth rate). */
export function attentionReasons(x: TargetEvaluation, lang: Lang, baseYear?: number): string[] {
  const out: string[] = [];
  if (x.latest !== null)
    out.push(
      // Computed from parts (entered or published) is not "derived from published figures" (a share from an
      // entered 505 over the published 780 had been said so).
      t(
        lang,
        x.latestFrom
          ? 'rep.why.latestComputed'
          : x.latestChain
            ? 'rep.why.latestChained'
            : x.latestSource === 'derived'
              ? 'rep.why.latestDerived'
              : 'rep.why.latest',
        {
          year: x.latest.year,
          value: formatLatest(x, lang) + levelGap(x, lang),
          goal: targetPhrase(x, x.kind === 'growth' ? '%' : x.unit, lang),
        },
      ),
    );
  if (x.pace !== null && Number.isFinite(x.pace))
    // To the tenth the verdict table shows (29.5%, not 29% beside it).
    out.push(t(lang, 'rep.why.pace', { pace: formatPercent(x.pace, 1, lang) }));
  if (x.missedYears.length > 0)
    out.push(t(lang, 'rep.why.missed', { years: x.missedYears.join(lang === 'zh' ? '、' : ', ') }));
  const still = stillNeeded(x, lang, baseYear);
  if (still) out.push(still);
  // Once the target's year is observed its outcome is a fact: no chance to quote.
  if (x.pMet !== null && x.verdict.code !== 'missed')
    out.push(t(lang, 'rep.why.pmet', { p: formatProb(x.pMet, lang) }));
  return out;
}

export function reportSummary(ev: Evaluation, lang: Lang): ReportSummary {
  const c = ev.summary.counts;
  // Said only when some verdict rests on a figure reckoned from published ones, which is not published itself.
  const derivedClause = (n: number) => (n > 0 ? t(lang, 'rep.summary.basisDerived', { n }) : '');
  const evaluated = ev.targets.length - c['no-data'];
  // Every measured target is counted, those whose pace waits for a base (进度待补基期) too.
  const list = [...STATUS_ORDER, 'no-base' as const]
    .filter((s) => c[s] > 0)
    .map((s) => t(lang, 'rep.summary.countItem', { label: statusLabel(s, lang), n: c[s] }))
    .join(lang === 'zh' ? '，' : ', ');
  const paragraphs = [
    t(lang, 'rep.summary.counts', {
      total: ev.targets.length,
      // Counted as the dashboard counts them apart, so its "55 项" and this total can be reconciled.
      aspirational: ev.targets.filter((x) => x.aspirational).length,
      notComparable: ev.targets.filter((x) => x.verdict.code === 'not-comparable').length,
      evaluated,
      base: ev.plan.baseYear,
      list: list || '—',
    }),
  ];
  if (c['no-data'] > 0) paragraphs.push(t(lang, 'rep.summary.waiting', { n: c['no-data'] }));
  // What the verdicts rest on (issue 9): data, labelled assumptions, or a base still to be entered.
  const v = ev.summary.verdicts;
  if (v) {
    // Counted tasks with no record of delivery have no verdict: said apart from those resting on assumptions.
    const noRecord = v.verdicts['no-record'] ?? 0;
    paragraphs.push(
      t(lang, noRecord > 0 ? 'rep.summary.basisNoRecord' : 'rep.summary.basis', {
        data: v.basis.data,
        derived: derivedClause(v.basis.derived),
        assumption: v.basis.assumption - noRecord,
        noRecord,
        unknown: v.basis['unknown-base'],
      }),
    );
    // Counted on data, yet resting on a value that looks mistyped: said beside the count (钱主任: "9 项结论依据
    // 数据" had counted the three that rested on 9,100 户).
    const doubtful = ev.targets.filter((x) => x.questioned?.length && x.verdictBasis === 'data').length;
    if (doubtful > 0) paragraphs.push(t(lang, 'rep.summary.basisQuestioned', { n: doubtful }));
    const a = v.aspirational.basis;
    const n = a.data + a.derived + a.assumption + a['unknown-base'];
    if (n > 0)
      paragraphs.push(
        t(lang, 'rep.summary.basisApart', {
          n,
          data: a.data,
          derived: derivedClause(a.derived),
          assumption: a.assumption,
          unknown: a['unknown-base'],
        }),
      );
  }
  // Targets whose own year is observed are counted as done or not (终期), the others by their pace.
  const settled = c.met + c.missed;
  if (settled > 0)
    paragraphs.push(t(lang, 'rep.summary.settled', { n: settled, met: c.met, missed: c.missed }));
  const groups = {
    ahead: c.achieved + c.ahead,
    onTrack: c['on-track'] + c.within,
    behind: c.behind + c['far-behind'] + c.breached,
  };
  if (settled === 0) paragraphs.push(t(lang, 'rep.summary.groups', groups));
  else if (groups.ahead + groups.onTrack + groups.behind > 0)
    paragraphs.push(t(lang, 'rep.summary.groupsRest', groups));
  const behind = ev.targets.filter((x) => x.status !== null && BEHIND.has(x.status));
  // Missed first, then the furthest behind: a reader acts on the top of the list.
  const missedFirst = (x: TargetEvaluation) => (x.status === 'missed' ? 0 : 1);
  behind.sort((a, b) => missedFirst(a) - missedFirst(b) || (a.pace ?? 0) - (b.pace ?? 0));
  const doubted = ev.targets.filter(
    (x) =>
      x.status !== null &&
      x.status !== 'achieved' &&
      x.status !== 'met' &&
      !BEHIND.has(x.status) &&
      DOUBTED.has(x.verdict.code),
  );
  doubted.sort((a, b) => (a.pMet ?? 0) - (b.pMet ?? 0));
  // Targets without data are judged on the forecast alone (the appendix lists them): counted here too.
  const projectedDoubted = ev.targets.filter((x) => x.status === null && DOUBTED.has(x.verdict.code)).length;
  // The overview's 需关注 counts verdicts (at risk, off track, missed), with data or without; this list counts
  // targets with data, behind on pace or doubted. Where the two differ, how (孙科长: 11 on the page, 8 here).
  const behindNotDoubted = behind.filter((x) => !DOUBTED.has(x.verdict.code)).length;
  if (behind.length + doubted.length > 0 && projectedDoubted + behindNotDoubted > 0) {
    const withData = behind.length + doubted.length - behindNotDoubted;
    paragraphs.push(
      [
        t(lang, 'rep.summary.overviewCount', {
          n: withData + projectedDoubted,
          withData,
          projected: projectedDoubted,
        }),
        ...(behindNotDoubted > 0 ? [t(lang, 'rep.summary.behindNotDoubted', { n: behindNotDoubted })] : []),
      ].join(lang === 'zh' ? '' : ' '),
    );
  }
  if (behind.length === 0 && doubted.length === 0)
    paragraphs.push(
      projectedDoubted > 0
        ? t(lang, 'rep.summary.noneMeasured', { n: projectedDoubted })
        : t(lang, 'rep.summary.none'),
    );
  else if (doubted.length === 0) {
    const missed = behind.filter((x) => x.status === 'missed').length;
    paragraphs.push(
      missed === 0
        ? t(lang, 'rep.summary.attentionIntro', { n: behind.length })
        : missed === behind.length
          ? t(lang, 'rep.summary.attentionIntroAllMissed', { n: missed })
          : t(lang, 'rep.summary.attentionIntroMissed', {
              n: behind.length,
              missed,
              behind: behind.length - missed,
            }),
    );
  } else if (behind.length === 0) paragraphs.push(t(lang, 'rep.summary.doubtedIntro', { n: doubted.length }));
  else
    paragraphs.push(
      t(lang, 'rep.summary.bothIntro', {
        n: behind.length + doubted.length,
        behind: behind.length,
        doubted: doubted.length,
      }),
    );
  const sep = lang === 'zh' ? '；' : '; ';
  // A target whose verdict rests on a questioned value is marked where it is listed, as in the table.
  const marked = (x: TargetEvaluation, label: string) =>
    x.questioned?.length ? `${label} · ⚠ ${t(lang, 'feas.questioned')}` : label;
  const line = (x: TargetEvaluation, label: string) =>
    `${targetName(x, lang)}${lang === 'zh' ? `（${marked(x, label)}）：` : ` (${marked(x, label)}): `}${attentionReasons(x, lang, ev.plan.baseYear).join(sep)}${lang === 'zh' ? '。' : '.'}`;
  // A verdict resting on an entered value that looks mistyped is said where the director reads (钱主任: the
  // ⚠ 数据存疑 of the table had not reached this paragraph).
  const questioned = ev.targets.filter((x) => x.questioned?.length);
  if (questioned.length > 0)
    paragraphs.push(
      t(lang, 'rep.summary.questioned', {
        n: questioned.length,
        items: questioned
          .map(
            (x) =>
              `${targetName(x, lang)}${lang === 'zh' ? '：' : ': '}${renderMessage(lang, questionedMessage(msg(`verdict.basis.${x.verdictBasis}`), x.questioned!))}`,
          )
          .join(lang === 'zh' ? '；' : '; '),
      }),
    );
  const attention = [
    ...behind.map((x) => line(x, statusLabel(x.status!, lang))),
    ...doubted.map((x) =>
      line(
        x,
        t(lang, 'rep.summary.doubtedLabel', {
          status: statusLabel(x.status!, lang),
          verdict: verdictLabel(x.verdict, translator(lang)),
        }),
      ),
    ),
  ];
  return { paragraphs, attention };
}
