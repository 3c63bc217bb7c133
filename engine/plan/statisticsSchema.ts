// The statistics format: what happened, kept apart from the plan (what was promised). Every value is a
// published figure with `statistic` provenance — publisher, document, date, where (URL or yearbook table)
// and the phrase as printed — or one `derived` from published figures by arithmetic its formula shows
// (a 2025 level from the 2020 level and the published 2021–2025 average growth); a published figure for the
// same year wins over a derived one. `notFound` says plainly what was searched for and not found.
import * as z from 'zod';
import { coded, codedRefinement } from './codedIssue.ts';
import { idSchema, proseSchema, provenanceSchema, textSchema } from './planSchema.ts';

export const STATISTICS_FORMAT = 'planpath/statistics@1';

const statisticProvenanceSchema = provenanceSchema.refine(
  (p) => p.kind === 'statistic' || p.kind === 'derived',
  codedRefinement([], 'input.stat.onlyStatistic'),
);

export const statisticValueSchema = z
  .object({ year: z.number().int(), value: z.number(), provenance: statisticProvenanceSchema })
  .strict()
  .superRefine((v, ctx) => {
    const range = v.provenance.kind === 'derived' ? v.provenance.range : undefined;
    if (range && !(range[0] <= v.value && v.value <= range[1]))
      ctx.addIssue(
        coded(['provenance', 'range'], 'input.stat.rangeHoldsValue', {
          low: range[0],
          high: range[1],
          value: v.value,
        }),
      );
  });

export const statisticSeriesSchema = z
  .object({
    /** The series' own id (unique in the file). */
    id: z.string().min(1),
    /** The plan indicator it measures, if any; series without one are context only. */
    indicator: idSchema.optional(),
    /**
     * Or the plan indicator whose yearly growth it gives, in % over the year before (社零 2024 "增速3%左右"):
     * no level, but a year between two known levels takes it where the run would otherwise reckon a constant
     * rate (bridgeGaps.ts). Unit "%".
     */
    growthOf: idSchema.optional(),
    /**
     * Or the plan target it measures on another reading than the plan's (gross registrations for a target
     * the plan reads as a net increase), and how it reads it: never a verdict's data; the plan check shows it
     * (applyStatistics: plan.otherReadings).
     */
    otherReadingOf: z.object({ target: idSchema, reading: proseSchema }).strict().optional(),
    name: textSchema,
    /** Unit of the values; converted to the indicator's unit (亿元 ↔ 万元, 万户 ↔ 户) or the series is skipped. */
    unit: z.string().min(1),
    /** Several values for one year: the latest publication date wins (a final figure over a 预计数). */
    values: z.array(statisticValueSchema),
  })
  .strict();

export const statisticsSchema = z
  .object({
    format: z.literal(STATISTICS_FORMAT),
    region: textSchema,
    /** When the file was compiled (YYYY-MM-DD). */
    compiled: z.string().min(1),
    notes: z.union([z.string(), z.array(z.string())]).optional(),
    series: z.array(statisticSeriesSchema),
    notFound: z
      .array(z.object({ what: z.string().min(1), searched: z.string().min(1) }).strict())
      .default([]),
  })
  .strict();

export type StatisticValue = z.infer<typeof statisticValueSchema>;
export type StatisticSeries = z.infer<typeof statisticSeriesSchema>;
export type Statistics = z.infer<typeof statisticsSchema>;
