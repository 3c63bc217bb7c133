// The plan format, as a zod schema. This file is the single authority on what a plan file may contain:
// the TypeScript types below are inferred from it, and docs/plan.schema.json is generated from it
// (`npm run cli -- schema`). Validation happens once, at the boundary (loadPlan); the engine behind it
// trusts these types.
import * as z from 'zod';
import { coded, codedRefinement } from './codedIssue.ts';
import { nonBlankSchema } from './nonBlankSchema.ts';
import { planRelationSchema } from './relationSchema.ts';
import { uncertainSchema } from './uncertainSchema.ts';
import { yearSchema } from './yearSchema.ts';

/** The sentence for a malformed id (given a catalogue entry in zodIssues). */
export const ID_MESSAGE = 'a snake_case id such as pillar_output (lower-case letters, digits, _)';

/** An identifier a formula can refer to: snake_case, starting with a letter. */
export const idSchema = z.string().regex(/^[a-z][a-z0-9_]*$/, ID_MESSAGE);

/** A label in both languages; English may be omitted and falls back to Chinese on screen. */
export const textSchema = z.object({ zh: nonBlankSchema, en: z.string().optional() }).strict();

/** An analyst's words on a source: one language as written, or both ({zh, en}) so each page reads its own. */
export const proseSchema = z.union([z.string(), textSchema]);

/** A published figure: who published it, where, and the phrase as printed. */
const statisticProvenanceSchema = z
  .object({
    kind: z.literal('statistic'),
    /** Who published it, e.g. "瑶海区统计局". */
    publisher: z.string().min(1),
    /** The document, e.g. "2023年瑶海区国民经济和社会发展统计公报". */
    document: z.string().min(1),
    /** Publication date as printed (YYYY, YYYY-MM or YYYY-MM-DD). */
    date: z.string().min(1),
    /** Where to find it: a URL or a yearbook table. */
    where: z.string().min(1),
    /** The phrase as printed, e.g. "全年实现地区生产总值713.2亿元". */
    phrase: z.string().min(1),
    note: proseSchema.optional(),
    /** Quoted by another document rather than read in the publisher's own. */
    secondhand: z.boolean().optional(),
    /** A 预计数: an estimate published before the year's final figure, which may revise it. */
    preliminary: z.boolean().optional(),
    /**
     * The phrase gives a floor, not the figure (市场主体突破23万户): no run is pinned to it, nor is progress
     * measured from it. Pinned, 23万 had been split among 注册企业 and 个体工商户 by simulated shares and had
     * set the 2025 verdict of 新增注册企业 on that split.
     */
    lowerBound: z.boolean().optional(),
  })
  .strict();

/** Where a number comes from. Every base value, target and assumption carries one. */
export const provenanceSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('plan'),
      /** Section of the source document, with its own numbering, e.g. "二、(三) 发展目标·总量发展目标". */
      section: nonBlankSchema,
      /** The figure exactly as printed, e.g. "到2025年达到607亿元". */
      figure: nonBlankSchema,
      /** Which document, when the plan cites more than one (e.g. the Hefei opinions for levers). */
      document: z.string().optional(),
      note: proseSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('derived'),
      /** The arithmetic, e.g. "607 / 1.075^5". */
      formula: nonBlankSchema,
      /**
       * The kind of the one figure this is an exact transform of (a share's odds s / (1 − s) from a printed
       * share): the value is as much data as that figure, not a derivation resting on assumptions.
       */
      from: z.enum(['plan', 'statistic', 'entered']).optional(),
      /**
       * [low, high]: the values the inputs allow, in the value's unit — a published "年均增速3%" is a rounded
       * 2.5%–3.5%, so 435 × 1.03⁵ = 504.3 could be 492.2–516.6. A verdict resting on the value quotes it, so a
       * director sees how far the reckoning can be trusted (statistics files check that it holds the value).
       */
      range: z.tuple([z.number(), z.number()]).optional(),
      note: proseSchema.optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('assumption'),
      /** Why this value, in words a planner can check. */
      rationale: z.union([nonBlankSchema, textSchema]),
      /**
       * The published figure the assumption starts from, when it starts from one (113 新增限上商业企业 for all
       * five 五上 categories' entries): cited in full, while the value stays a labelled assumption.
       */
      basedOn: statisticProvenanceSchema.optional(),
    })
    .strict(),
  statisticProvenanceSchema,
  z
    .object({
      kind: z.literal('entered'),
      /** Who entered it (a name or an office). */
      by: z.string().optional(),
      date: z.string().optional(),
      note: proseSchema.optional(),
    })
    .strict(),
]);

/** A mathjs expression over indicator ids, parameter ids, prev(id), year and t (years since base). */
export const formulaSchema = nonBlankSchema;

/** Year-to-year noise of a dynamics: sd of the annual shock, and how much of it is the common macro factor. */
const noiseFields = {
  /** sd of the annual shock: added to the growth rate, or a relative shock on a flow. 0 = none. */
  volatility: z.number().min(0).max(2).optional(),
  /** Loading on the common macro factor, in [-1, 1]; the rest of the variance is the indicator's own. */
  macroLoading: z.number().min(-1).max(1).optional(),
};

export const dynamicsSchema = z.discriminatedUnion('kind', [
  /** x[t] = x[t-1] · (1 + rate + shock). */
  z.object({ kind: z.literal('growth'), rate: formulaSchema, ...noiseFields }).strict(),
  /** s[t] = max(0, s[t-1] + inflow·(1 + shock) − outflow). */
  z
    .object({
      kind: z.literal('stock'),
      inflow: formulaSchema,
      outflow: formulaSchema.optional(),
      ...noiseFields,
    })
    .strict(),
  /**
   * Items that expire after `life` years unless renewed: at expiry a share `renewal` re-enters as a new
   * cohort; `exit` (optional) is a yearly share of the living stock that leaves early. The base stock is
   * spread evenly over the ages (an assumption stated in the docs).
   */
  z
    .object({
      kind: z.literal('cohort'),
      inflow: formulaSchema,
      life: z.number().int().min(1).max(20),
      renewal: formulaSchema,
      exit: formulaSchema.optional(),
      ...noiseFields,
    })
    .strict(),
  /** Any expression of same-year values (shares, sums, ratios); noise, if any, is relative. */
  z.object({ kind: z.literal('derived'), formula: formulaSchema, ...noiseFields }).strict(),
  /** Running sum of a flow since the base year (0 in the base year): "新增 … 户" targets. */
  z.object({ kind: z.literal('cumulative'), flow: formulaSchema }).strict(),
  /**
   * A yes/no achievement (建成国家级孵化器): 0 until achieved, then 1 for good. `hazard` is the probability,
   * in [0, 1], of being achieved in a year not yet achieved. Base 0 unless the base says 1.
   */
  z.object({ kind: z.literal('event'), hazard: formulaSchema }).strict(),
  /**
   * A whole-number count per year (每年申报N家): a Poisson draw with mean `mean` per path and year, or a
   * negative binomial with variance mean·(1 + mean/dispersion) when `dispersion` is given. `mean` is a
   * labelled execution assumption (a recorded pace), never the quota itself.
   */
  z
    .object({
      kind: z.literal('count'),
      mean: formulaSchema,
      dispersion: z.number().positive().optional(),
    })
    .strict(),
]);

/** A base-year value and where it comes from. */
export const knownBaseSchema = z
  .object({
    value: z.number(),
    provenance: provenanceSchema,
    /**
     * The base this one replaced (set by applyStatistics when a published statistic replaces a base
     * derived from the plan's figures or assumed), kept so `check` can show both numbers and both sources.
     */
    supersedes: z.object({ value: z.number(), provenance: provenanceSchema }).strict().optional(),
  })
  .strict();

/** 基期待补: the base-year value is neither printed, published nor entered; nothing is substituted. */
export const unknownBaseSchema = z
  .object({ unknown: z.literal(true), note: proseSchema.optional() })
  .strict();

export const baseSchema = z.union([knownBaseSchema, unknownBaseSchema]);

export const indicatorSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    /** Display unit, e.g. "亿元", "户", "%", "件/万人". Shares are stored as fractions with unit "%". */
    unit: nonBlankSchema,
    /** Grouping on screen, e.g. "总量", "创新", "结构", "产业". */
    category: nonBlankSchema,
    /**
     * Value in the plan's base year, or `{unknown: true}` (基期待补). Required for growth, stock and cohort
     * dynamics. A base-unknown indicator, and everything computed from it, simulates as NaN.
     */
    base: baseSchema.optional(),
    dynamics: dynamicsSchema,
    description: textSchema.optional(),
    /**
     * Other names the indicator is published under, e.g. a statistics series' name (国家高新技术企业数 for
     * 高新技术企业数); applyStatistics adds them. A pasted table's rows are matched on them too.
     */
    aliases: z.array(textSchema).optional(),
    /**
     * Whole numbers (enterprises, lines, certificates): shown as whole numbers, inferred from a count unit
     * (家 个 户 条 张 件 场 项 人) when omitted. With count: true stated, stock flows and cohort inflows
     * are also rounded to whole items each year.
     */
    count: z.boolean().optional(),
  })
  .strict();

export const parameterSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    unit: nonBlankSchema,
    /** A point, "mean ± sd", "a to b" (a 90% interval), or {mean, sd} / {low, high}. Drawn once per path. */
    value: uncertainSchema,
    provenance: provenanceSchema,
    /** Slider range for planners; also the search range for goal-seek. */
    min: z.number().optional(),
    max: z.number().optional(),
    group: z.string().optional(),
    /**
     * A default for when no history is given (a generated plan's 5% ± 3%): in a run where the one indicator
     * it drives is observed after the base year, its mean follows that observed average growth instead (a
     * level's growth, a share's odds, or a stock's net growth plus its exit rate; the spread kept), and the
     * run says so (historyRates.ts). A scenario's own value for it wins.
     */
    untilHistory: z.literal(true).optional(),
    /**
     * An assumption that stands in for a record the plan does not have (计数类任务执行率: no delivery of the
     * plan's counted tasks is recorded). A target whose indicator moves by it, with nothing observed after
     * the base year of that indicator or of the ones it moves through, gets no verdict — 待补执行记录 — and
     * its chance is said to restate the assumption (recordlessIndicators.ts).
     */
    noRecord: z.literal(true).optional(),
    /**
     * A default that stands in for the history the plan does not give (a generated plan's 5% ± 3%). A target
     * whose indicator moves by it, with nothing observed after the base year as for `noRecord`, and no value
     * for it set by the scenario, gets no verdict — 待补历史数据: its chance restates a default nobody chose.
     * A value the planner sets is their own labelled assumption, and a verdict may rest on it.
     */
    noHistory: z.literal(true).optional(),
  })
  .strict();

/**
 * >= 以上/不少于/达到; > 超过/突破 (strict; for a count, N + 1); <= 以内/不超过; ~= 约/左右 (met from
 * value·(1 − tolerance) up: overshooting is not a miss); range 3-5家 (met once low is reached).
 */
export const comparatorSchema = z.enum(['>=', '>', '<=', '~=', 'range']);

/**
 * What a target measures:
 * - level: the indicator's value in `year`;
 * - share: same as level, for an indicator that is a share (kept apart for display and checks);
 * - growth: the compound annual growth rate of the indicator from the base year to `year`;
 * - increase: the net increase of the indicator from the base year to `year`;
 * - quota: the indicator (a yearly flow) in every year from base+1 to `year`: an execution record per year;
 * - milestone: a yes/no achievement by `year` (an `event` indicator reaching 1); value 1 and `>=` by default;
 * - qualitative: shown, not simulated (no indicator needed).
 */
export const targetKindSchema = z.enum([
  'level',
  'share',
  'growth',
  'increase',
  'quota',
  'milestone',
  'qualitative',
]);

/** Why a target is not simulated as stated (comparable: false). */
export const notComparableReasonSchema = z.enum(['different-measures', 'undefined-denominator', 'other']);

export const targetSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    indicator: idSchema.optional(),
    kind: targetKindSchema,
    year: yearSchema,
    /** The threshold; for `range` a [low, high] pair, met once the value reaches low. */
    value: z.union([z.number(), z.tuple([z.number(), z.number()])]).optional(),
    comparator: comparatorSchema.optional(),
    /** Relative tolerance below the value for `~=` (default 0.05). */
    tolerance: z.number().min(0).max(1).optional(),
    unit: z.string().optional(),
    provenance: provenanceSchema,
    /** Headline targets lead the dashboard. */
    headline: z.boolean().optional(),
    /** 力争: an aspiration, shown as 力争 and counted apart in summaries. */
    aspirational: z.boolean().optional(),
    /** 预期性 (indicative) or 约束性 (binding). */
    nature: z.enum(['indicative', 'binding']).optional(),
    /**
     * How the plan computed a 年均 rate (growth targets): `compound` (default) — met when
     * (x/x0)^(1/n) − 1 ≥ rate; `arithmetic` — the total divided by the years, met when x/x0 − 1 ≥ rate·n.
     */
    rateReading: z.enum(['compound', 'arithmetic']).optional(),
    /**
     * `change`: the plan states the change over the whole period (增长40%, 下降13.5%, 翻一番), kept as an
     * arithmetic growth target (the change ÷ the years, rateReading arithmetic) and written as that change:
     * "≥ +100%（5年累计）", not "≥ +20%/年".
     */
    statedAs: z.literal('change').optional(),
    /**
     * false: the target's measure is not what it seems (a ratio of measures of different kinds, gross output
     * / GDP) and is not simulated; verdict `not-comparable` with `reason`.
     */
    comparable: z.literal(false).optional(),
    reason: notComparableReasonSchema.optional(),
  })
  .strict()
  .transform((t) =>
    t.kind === 'milestone' ? { ...t, value: t.value ?? 1, comparator: t.comparator ?? ('>=' as const) } : t,
  )
  .superRefine((t, ctx) => {
    if (t.kind === 'qualitative') return;
    if (t.comparable === false && t.reason === undefined)
      ctx.addIssue(coded(['reason'], 'input.target.needsReason'));
    if (t.rateReading !== undefined && t.kind !== 'growth')
      ctx.addIssue(coded(['rateReading'], 'input.target.rateReadingGrowthOnly'));
    if (t.statedAs !== undefined && (t.kind !== 'growth' || t.rateReading !== 'arithmetic'))
      ctx.addIssue(coded(['statedAs'], 'input.target.statedAsChange'));
    for (const key of ['indicator', 'value', 'comparator'] as const) {
      if (t[key] === undefined) ctx.addIssue(coded([key], 'input.target.required', { kind: t.kind }));
    }
    const isPair = Array.isArray(t.value);
    if (t.comparator === 'range' && !isPair) ctx.addIssue(coded(['value'], 'input.target.rangeNeedsPair'));
    if (isPair && (t.value as [number, number])[0] > (t.value as [number, number])[1])
      ctx.addIssue(coded(['value'], 'input.target.rangeOrder'));
    if (t.comparator !== undefined && t.comparator !== 'range' && isPair)
      ctx.addIssue(coded(['value'], 'input.target.pairNeedsRange'));
  });

export const leverEffectSchema = z
  .object({
    /** The parameter this lever moves. */
    parameter: idSchema,
    /** Added to the parameter per unit of intensity once fully ramped; uncertain, drawn once per path. */
    perUnit: uncertainSchema,
    provenance: provenanceSchema,
  })
  .strict();

export const leverSchema = z
  .object({
    id: idSchema,
    /** The policy area's number in its source document (e.g. 1–16 in the Hefei 2025 opinions). */
    number: z.number().int().optional(),
    name: textSchema,
    source: provenanceSchema,
    /**
     * The year the source policy was issued. A lever started before it (the default start is the year after
     * the base year) stands for a counterfactual — as if the policy had come earlier — and the page says so.
     */
    issued: yearSchema.optional(),
    /** How much the area bears on this plan's district. */
    applicability: z.enum(['high', 'medium', 'low']),
    rationale: textSchema,
    /** Default intensity (0 = not applied beyond the plan's rates) and the slider range. */
    intensity: z
      .object({
        default: z.number(),
        min: z.number(),
        max: z.number(),
        step: z.number().positive().optional(),
      })
      .strict(),
    effects: z.array(leverEffectSchema),
    /** Years from the lever's start until its effect begins, and years to reach full effect. */
    lag: z.number().int().min(0).max(10),
    ramp: z.number().int().min(0).max(10),
    /** Fiscal cost per unit of intensity per year, from the start year on. */
    cost: z
      .object({ perUnit: z.number().min(0), unit: nonBlankSchema, provenance: provenanceSchema })
      .strict(),
  })
  .strict();

export const shockEffectSchema = z
  .object({ parameter: idSchema, delta: uncertainSchema, provenance: provenanceSchema.optional() })
  .strict();

/** A named event (a downturn year) that moves several parameters at once, for `duration` years. */
export const shockSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    year: yearSchema,
    duration: z.number().int().min(1).max(20).optional(),
    effects: z.array(shockEffectSchema).min(1),
    rationale: proseSchema.optional(),
  })
  .strict();

export const planMetaSchema = z
  .object({
    id: nonBlankSchema,
    title: textSchema,
    region: textSchema,
    issuer: z.string().optional(),
    issued: z.string().optional(),
    source: z.string().optional(),
    /** Set for plans that describe no real place. */
    synthetic: z.boolean().optional(),
    baseYear: yearSchema,
    targetYear: yearSchema,
    visionYear: yearSchema.optional(),
    /** Facts the plan states that no indicator simulates (e.g. 2015 counts), kept for audit. */
    notes: z.array(z.string()).optional(),
    /**
     * The plan's statistics file (planpath/statistics@1), relative to the plan file: what happened, kept
     * apart from what was promised. The CLI and the page load it with the plan (--statistics overrides).
     */
    statistics: z.string().optional(),
  })
  .strict()
  .refine((m) => m.targetYear > m.baseYear, codedRefinement(['targetYear'], 'input.meta.targetYear'))
  .refine(
    (m) => m.visionYear === undefined || m.visionYear >= m.targetYear,
    codedRefinement(['visionYear'], 'input.meta.visionYear'),
  );

/** A fact stated by the plan that is not an indicator's base (kept so every printed figure can be audited). */
export const factSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    year: yearSchema,
    value: z.number(),
    unit: nonBlankSchema,
    provenance: provenanceSchema,
  })
  .strict();

/**
 * An observed value (a published statistic or a figure the planner entered) for a year after the base:
 * pins the paths in every scenario exactly like an actual; a scenario's own actual for the same indicator
 * and year overrides it. applyStatistics writes these from a statistics file.
 */
export const observationSchema = z
  .object({
    indicator: idSchema,
    year: z.number().int(),
    value: z.number(),
    provenance: provenanceSchema,
  })
  .strict();

/**
 * A published figure that measures a target on another reading than the plan's (新登记市场主体 18.6万户, gross
 * registrations, beside 新增各类市场主体约10万户 read as a net increase). It is never used for a verdict; the plan
 * check shows it with what the target would read on it. applyStatistics writes these from a series with
 * `otherReadingOf`; `value` is in the series' `unit`.
 */
export const otherReadingSchema = z
  .object({
    target: idSchema,
    name: textSchema,
    year: z.number().int(),
    value: z.number(),
    unit: nonBlankSchema,
    provenance: provenanceSchema,
    /** How the figure reads the target, against how the plan's encoding reads it. */
    reading: proseSchema,
  })
  .strict();

export const PLAN_FORMAT = 'planpath/plan@1';

export const planSchema = z
  .object({
    format: z.literal(PLAN_FORMAT),
    meta: planMetaSchema,
    parameters: z.array(parameterSchema),
    indicators: z.array(indicatorSchema).min(1),
    targets: z.array(targetSchema),
    levers: z.array(leverSchema).default([]),
    /** A library of named events scenarios may switch on by id. */
    shocks: z.array(shockSchema).default([]),
    facts: z.array(factSchema).default([]),
    /** What the text says of how targets relate (parts of a total, a share's parts, a quota building a stock). */
    relations: z.array(planRelationSchema).default([]),
    /** Observed values after the base year (see observationSchema). */
    observations: z.array(observationSchema).default([]),
    /**
     * Published yearly growth of an indicator's level, value in % over the year before (applyStatistics
     * writes them from a series with `growthOf`). Read only between two known levels (bridgeGaps.ts).
     */
    growthObservations: z.array(observationSchema).default([]),
    /** Published figures on another reading of a target (see otherReadingSchema). */
    otherReadings: z.array(otherReadingSchema).default([]),
  })
  .strict();

export type Prose = z.infer<typeof proseSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
export type OtherReading = z.infer<typeof otherReadingSchema>;
export type Text = z.infer<typeof textSchema>;
export type Dynamics = z.infer<typeof dynamicsSchema>;
export type Indicator = z.infer<typeof indicatorSchema>;
export type Parameter = z.infer<typeof parameterSchema>;
export type Comparator = z.infer<typeof comparatorSchema>;
export type TargetKind = z.infer<typeof targetKindSchema>;
export type Target = z.infer<typeof targetSchema>;
export type Lever = z.infer<typeof leverSchema>;
export type LeverEffect = z.infer<typeof leverEffectSchema>;
export type Shock = z.infer<typeof shockSchema>;
export type Fact = z.infer<typeof factSchema>;
export type Observation = z.infer<typeof observationSchema>;
export type KnownBase = z.infer<typeof knownBaseSchema>;
export type NotComparableReason = z.infer<typeof notComparableReasonSchema>;
export type PlanMeta = z.infer<typeof planMetaSchema>;
/** A validated plan: every reference resolved, every formula parsed (see loadPlan). */
export type Plan = z.infer<typeof planSchema>;
