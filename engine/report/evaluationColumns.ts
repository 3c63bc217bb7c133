// The evaluation's columns, listed once: what each is called (a catalogue code), how it reads on screen and
// in the CLI table (`text`), and what a spreadsheet gets (`value`: a number rounded as shown, percentages
// as percent figures, with the unit in its own column). The CLI table, the CSV, the .xlsx, the reports, the
// page and the tests all take their columns from here.

import { isDataSource } from '../evaluate/baseSourceOf.ts';
import type { TargetEvaluation } from '../evaluate/evaluateTargets.ts';
import { settledIn, settledKey } from '../evaluate/settledIn.ts';
import { statusKey } from '../evaluate/statusKey.ts';
import { fixed, formatProb, formatValue, isPercentUnit, printedDigits, type UnitOf } from './formatValue.ts';
import type { Lang } from './lang.ts';
import type { EngineMessageCode } from './messages/catalogue.ts';
import { inTenths } from './messages/inTenths.ts';
import { joined, type Message, msg, printedQty } from './messages/message.ts';
import { render, renderMessage } from './messages/render.ts';
import { remainsInPoints } from './remainsInPoints.ts';
import { targetPhrase } from './targetPhrase.ts';
import { basisMessage, verdictMessage } from './verdictMessage.ts';

/**
 * Where the latest value comes from, with the caveats its provenance records: a 预计数 or a secondhand copy
 * says so wherever the figure is read (173 家（2023年，公布统计，预计数，转载）).
 */
export function latestSourceMessage(
  t: Pick<TargetEvaluation, 'latestSource' | 'latestCaveats' | 'latestReplaced' | 'unit'>,
): Message {
  return joined(
    [
      msg(`eval.source.${t.latestSource ?? 'entered'}`),
      ...(t.latestCaveats ?? []).map((c) => msg(`eval.source.${c}`)),
      // An entered figure over a published one says the one it replaced (录入，公布统计为173家).
      ...(t.latestReplaced === undefined
        ? []
        : [msg('eval.source.replaced', { value: printedQty(t.latestReplaced, t.unit) })]),
    ],
    'sep.comma',
  );
}

export type Cell = string | number | null;

export interface EvaluationColumn {
  key: string;
  label: EngineMessageCode;
  /** Percent columns: text "42.5%", value 42.5 under a header that says (%). */
  percent?: boolean;
  /**
   * A rate that a percentage target gives in points a year (remainsInPoints): a sheet writes it as a number in a
   * column of its own, headed (个百分点/年), and leaves the (%) column empty for that target.
   */
  points?: (t: TargetEvaluation) => number | null;
  text(t: TargetEvaluation, lang: Lang): string;
  value(t: TargetEvaluation, lang: Lang): Cell;
}

const dash = '—';

/**
 * A probability as a spreadsheet's percentage, to 0.1: like the page's ">99%", a chance short of certain never
 * reads 100 (4,975 of 5,000 paths had been exported as 100), nor a chance above nothing 0.
 */
export function probabilityPercent(p: number): number | null {
  const v = rounded(p * 100, 1);
  if (v === null || p <= 0 || p >= 1) return v;
  return Math.min(99.9, Math.max(0.1, v));
}

/** Rounds as `fixed` shows it, so a spreadsheet holds what the screen says. */
function rounded(v: number | null | undefined, digits: number): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}

function scaled(v: number | null): number | null {
  return v === null ? null : v * 100;
}

/** 15.85% a year, or for a percentage +9.72 个百分点/年; a dash when nothing is needed or known. */
function remainingText(t: TargetEvaluation, lang: Lang): string {
  return rateText(t, t.requiredGrowthRemaining, t.requiredChangeRemaining, lang);
}

/** A growth rate in %, or for a percentage its change in points a year (its CAGR is a rate of a rate). */
function rateText(t: TargetEvaluation, rate: number | null, points: number | null, lang: Lang): string {
  const v = remainsInPoints(t) ? points : rate;
  if (v === null || !Number.isFinite(v)) return dash;
  if (!remainsInPoints(t)) return `${fixed(v * 100, lang, 2)}%`;
  return render(lang, 'eval.pointsPerYear', {
    points: `${v < 0 ? '−' : '+'}${fixed(Math.abs(v) * 100, lang, 2)}`,
  });
}

/** The achieved or the plan's CAGR column: for a percentage, its points a year (1.18% had sat beside +0.25 个百分点/年). */
function rateColumn(
  key: 'achievedCagr' | 'requiredCagr',
  points: (t: TargetEvaluation) => number | null,
): EvaluationColumn {
  const base = percentColumn(key, (t) => t[key], 2);
  return {
    ...base,
    text: (t, lang) => rateText(t, t[key], points(t), lang),
    value: (t, lang) => (remainsInPoints(t) ? null : base.value(t, lang)),
    points: (t) => (remainsInPoints(t) ? rounded(scaled(points(t)), 2) : null),
  };
}

function percentColumn(
  key: string,
  pick: (t: TargetEvaluation) => number | null,
  digits: number,
): EvaluationColumn {
  return {
    key,
    label: `col.${key}` as EngineMessageCode,
    percent: true,
    text: (t, lang) => {
      const v = pick(t);
      return v === null || !Number.isFinite(v) ? dash : `${fixed(v * 100, lang, digits)}%`;
    },
    value: (t) => rounded(scaled(pick(t)), digits),
  };
}

/**
 * 进度比, saying on the row which planned progress it divides by: a compound path's 111.2% beside 完成进度 59% ÷
 * 时间进度 60% had read as an error (孙科长), the path taken from the stock's own 年均增长 target.
 */
function paceColumn(): EvaluationColumn {
  const base = percentColumn('pace', (t) => t.pace, 1);
  return {
    ...base,
    text: (t, lang) => {
      const shown = base.text(t, lang);
      return shown !== dash && t.paceBasis === 'planned-path'
        ? `${shown}${render(lang, 'eval.pace.compound', {})}`
        : shown;
    },
  };
}

/** Digits a value in its unit is shown with (as formatValue rounds it, in the unit itself). */
/** `printed`: a figure the plan prints (a target) keeps the decimals it was printed with (76.35, not 76.4). */
function amountValue(v: number | null | undefined, unit: string, printed = false): number | null {
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  if (printed)
    return isPercentUnit(unit) ? rounded(v * 100, printedDigits(v * 100)) : rounded(v, printedDigits(v));
  if (isPercentUnit(unit)) return rounded(v * 100, Math.abs(v) < 0.1 ? 2 : 1);
  const a = Math.abs(v);
  return rounded(v, a >= 1000 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3);
}

export function targetName(t: TargetEvaluation, lang: Lang): string {
  return lang === 'en' && t.name.en ? t.name.en : t.name.zh;
}

export function statusText(t: TargetEvaluation, lang: Lang): string {
  return render(lang, `status.${statusKey(t)}` as EngineMessageCode);
}

/** R as a percentage with its ESCAP category: "84% 需加速". */
export function escapText(t: TargetEvaluation, lang: Lang): string {
  if (t.escapCategory === 'achieved') return render(lang, 'escap.achieved');
  // To a tenth, as the category is judged (asShown): "95% 需加速" had stood for 94.99%.
  const r = t.ratioR === null || !Number.isFinite(t.ratioR) ? dash : `${fixed(t.ratioR * 100, lang, 1)}%`;
  return t.escapCategory === null
    ? r
    : `${r} ${render(lang, `escap.${t.escapCategory}` as EngineMessageCode)}`;
}

/** "依据数据 (统计数据)": what the verdict rests on and where the base comes from ("基期待补" alone when unknown). */
export function basisText(t: TargetEvaluation, lang: Lang): string {
  return renderMessage(lang, basisMessage(t));
}

/**
 * An increase's latest value is the level it is measured from (23 万户 beside a target of +10 万户), said as
 * one; a share's level is no 总量 (73.6%, not 总量 73.6%).
 */
export function latestIsLevel(t: TargetEvaluation): boolean {
  return t.kind === 'increase' && !isPercentUnit(t.unit);
}

/**
 * The latest value with the digits it was given: an observed figure (entered or published) keeps them, as a
 * plan's printed figure does (孙科长: 88,060 户 entered had read 8.81 万户); one reckoned from others (bridged,
 * or computed from parts) keeps the digits that suit its size.
 */
export function formatLatest(t: TargetEvaluation, lang: Lang): string {
  if (t.latest === null) return '—';
  return formatValue(t.latest.value, unitOf(t), lang, latestIsGiven(t), t.whole);
}

/** The target's unit with its name, which picks the English noun of 家 (firms, or units for institutions). */
export function unitOf(t: Pick<TargetEvaluation, 'unit' | 'name'>): UnitOf {
  return { unit: t.unit, name: t.name };
}

/** The latest value was given (entered or published), not reckoned from other figures. */
export function latestIsGiven(t: Pick<TargetEvaluation, 'latestSource' | 'latestFrom'>): boolean {
  return t.latestSource !== 'derived' && !t.latestFrom;
}

/** "约束性 · 力争 · 存在风险：…": the verdict with its reason, marked when binding or aspirational. */
export function verdictText(t: TargetEvaluation, lang: Lang): string {
  return renderMessage(lang, verdictMessage(t.verdict, t.aspirational, t.nature));
}

/** The verdict as a file holds it, its chances to 0.1 point like the P(met) column beside it (inTenths). */
function verdictCell(t: TargetEvaluation, lang: Lang): string {
  return renderMessage(lang, inTenths(verdictMessage(t.verdict, t.aspirational, t.nature)));
}

const goalUnit = (t: TargetEvaluation) => (t.kind === 'growth' ? '%' : unitOf(t));

export const EVALUATION_COLUMN_SPEC: readonly EvaluationColumn[] = [
  {
    key: 'target',
    label: 'col.target',
    text: (t, lang) => `${targetName(t, lang)} (${t.year})`,
    value: (t, lang) => targetName(t, lang),
  },
  {
    key: 'base',
    label: 'col.base',
    text: (t, lang) =>
      t.kind === 'quota' || t.base === null
        ? dash
        : formatValue(t.base, unitOf(t), lang, isDataSource(t.baseSource), t.whole),
    value: (t) => (t.kind === 'quota' ? null : amountValue(t.base, t.unit, isDataSource(t.baseSource))),
  },
  {
    key: 'goal',
    label: 'col.goal',
    text: (t, lang) => targetPhrase(t, goalUnit(t), lang),
    value: (t) => {
      const v = Array.isArray(t.value) ? t.value[0]! : (t.value as number);
      // A change the plan states over its period (翻一番, 下降13.5%) is given as that change, as printed: its
      // rate a year (20, −2.7) read as a different target beside the page's "≥ +100%（5年累计）".
      if (t.kind === 'growth' && t.printedChange) return rounded(v * t.printedChange.years * 100, 2);
      return t.kind === 'growth' ? rounded(v * 100, 2) : amountValue(v, t.unit, true);
    },
  },
  {
    key: 'latest',
    label: 'col.latest',
    text: (t, lang) =>
      t.latest === null
        ? dash
        : render(lang, latestIsLevel(t) ? 'eval.latest.level' : 'eval.latest', {
            value: formatLatest(t, lang),
            year: t.latest.year,
            source: latestSourceMessage(t),
          }),
    value: (t) => amountValue(t.latest?.value, t.unit),
  },
  percentColumn('tau', (t) => t.tau, 0),
  percentColumn('progress', (t) => t.progress, 1),
  // The number the status is read from (≥ 110% 快于预期 …): it had been only in the report's summary, and a
  // planner could not tell why 完成进度 34.7% against 时间进度 40% read 基本符合预期 (a compound path's 96%).
  paceColumn(),
  percentColumn('plannedPathRatio', (t) => t.plannedPathRatio, 1),
  rateColumn('achievedCagr', (t) => t.achievedChange),
  {
    ...rateColumn('requiredCagr', (t) => t.requiredChange),
    // The compound rate a plan's arithmetic 15.27% comes to (12.01%) had sat beside it with no word of why.
    text: (t, lang) => {
      const shown = rateText(t, t.requiredCagr, t.requiredChange, lang);
      return t.arithmetic && !t.printedChange && t.requiredCagr !== null && !Array.isArray(t.value)
        ? render(lang, 'eval.compoundOfArithmetic', {
            rate: shown,
            printed: `${fixed(t.value * 100, lang, 2)}%`,
          })
        : shown;
    },
  },
  {
    key: 'ratioR',
    label: 'col.ratioR',
    // A percent figure (33.3 for 33.3%), so its sheet header says (%) as its neighbours' do (周科长).
    percent: true,
    text: escapText,
    value: (t) => (t.ratioR === null ? null : rounded(t.ratioR * 100, 1)),
  },
  {
    ...percentColumn('requiredGrowthRemaining', (t) => t.requiredGrowthRemaining, 2),
    // A percentage's need is in points a year: on screen with its unit in the cell, in a sheet as a number in
    // the points column beside this one (孙科长: "+0.25 个百分点/年" had stood as text in a (%) column).
    text: (t, lang) => remainingText(t, lang),
    value: (t) => (remainsInPoints(t) ? null : rounded(scaled(t.requiredGrowthRemaining), 2)),
    points: (t) => (remainsInPoints(t) ? rounded(scaled(t.requiredChangeRemaining), 2) : null),
  },
  {
    key: 'pMet',
    label: 'col.pMet',
    percent: true,
    // Once an observation settled the target there is no chance left to quote: every path agrees.
    text: (t, lang) => {
      const settled = settledKey(t);
      return settled ? render(lang, settled) : formatProb(t.pMet, lang);
    },
    value: (t) => (t.pMet === null || settledIn(t) !== null ? null : probabilityPercent(t.pMet)),
  },
  { key: 'status', label: 'col.status', text: statusText, value: statusText },
  {
    key: 'verdict',
    label: 'col.verdict',
    text: verdictText,
    value: verdictCell,
  },
  { key: 'verdictBasis', label: 'col.verdictBasis', text: basisText, value: basisText },
];

export type EvaluationColumnKey =
  | 'target'
  | 'base'
  | 'goal'
  | 'latest'
  | 'tau'
  | 'progress'
  | 'pace'
  | 'plannedPathRatio'
  | 'achievedCagr'
  | 'requiredCagr'
  | 'ratioR'
  | 'requiredGrowthRemaining'
  | 'pMet'
  | 'status'
  | 'verdict'
  | 'verdictBasis';

export const EVALUATION_COLUMNS = EVALUATION_COLUMN_SPEC.map((c) => c.key) as readonly EvaluationColumnKey[];

export function evaluationColumn(key: EvaluationColumnKey): EvaluationColumn {
  return EVALUATION_COLUMN_SPEC.find((c) => c.key === key)!;
}

/** The sheet header of a column's points a year (see EvaluationColumn.points). */
export function pointsHeader(c: EvaluationColumn, lang: Lang): string {
  return `${render(lang, c.label)}${render(lang, 'col.pointsSuffix')}`;
}

/** A column's header: "完成进度", and "完成进度（%）" where a spreadsheet gets percent figures. */
export function columnHeader(c: EvaluationColumn, lang: Lang, forSheet = false): string {
  const label = render(lang, c.label);
  return forSheet && c.percent ? `${label}${render(lang, 'col.percentSuffix')}` : label;
}
