// The scenario format: a named set of changes to a plan's assumptions. A scenario stores only what differs
// from the plan's defaults (see diffScenario); everything it omits is the plan's own value.
import * as z from 'zod';
import { cellSchema } from './cellSchema.ts';
import { nonBlankSchema } from './nonBlankSchema.ts';
import { NOTE_TEXT_MAX, NOTE_TITLE_MAX } from './noteLimits.ts';
import { formulaSchema, idSchema, shockSchema, textSchema } from './planSchema.ts';
import { uncertainSchema } from './uncertainSchema.ts';
import { yearKeySchema, yearSchema } from './yearSchema.ts';

export const SCENARIO_FORMAT = 'planpath/scenario@1';

export const leverSettingSchema = z
  .object({
    intensity: z.number(),
    /** First year the lever is applied (cost from then, effect after its lag); default: the year after base. */
    start: yearSchema.optional(),
  })
  .strict();

/** A named indicator a planner adds in the notebook: a derived formula over the plan's indicators. */
export const userFormulaSchema = z
  .object({
    id: idSchema,
    name: textSchema,
    unit: nonBlankSchema,
    formula: formulaSchema,
  })
  .strict();

/** Formulas, notes or cells a scenario may hold. */
export const MAX_ITEMS = 200;

/**
 * A planner's note; `id` lets a note cell place it in the notebook (notes without one sit under 笔记), and
 * `lang` marks a note written for one language only (a library scenario ships one per language).
 */
export const noteSchema = z
  .object({
    id: idSchema.optional(),
    title: z.string().max(NOTE_TITLE_MAX).optional(),
    text: z.string().max(NOTE_TEXT_MAX),
    lang: z.enum(['zh', 'en']).optional(),
  })
  .strict();

/** indicator id → year (as a string key, JSON's only kind) → observed value in the indicator's unit. */
export const actualsSchema = z.record(idSchema, z.record(yearKeySchema, z.number()));

export const scenarioSchema = z
  .object({
    format: z.literal(SCENARIO_FORMAT),
    /** The plan this scenario was made for (plan.meta.id); checked when it is applied. */
    plan: z.string().optional(),
    name: textSchema,
    description: textSchema.optional(),
    /** Parameter id → new value (any uncertain form). */
    parameters: z.record(idSchema, uncertainSchema).optional(),
    /** Lever id → intensity and start year. */
    levers: z.record(idSchema, leverSettingSchema).optional(),
    /** Ids of shocks from the plan's library to switch on, or shocks defined here. */
    shocks: z.array(z.union([idSchema, shockSchema])).optional(),
    actuals: actualsSchema.optional(),
    /**
     * The yearly growth rates (signed fractions) an index's actuals were chained from, as entered: the
     * evaluation calls such a level derived and shows the chain while the rates still reproduce it.
     */
    actualRates: actualsSchema.optional(),
    // A planner writes a few formulas, notes and cells; a file or link of thousands is a mistake or an attack,
    // and the page would compile and draw every one. Refused with the limit and where.
    formulas: z.array(userFormulaSchema).max(MAX_ITEMS).optional(),
    notes: z.array(noteSchema).max(MAX_ITEMS).optional(),
    /** The planner's cells, in order (see cellSchema.ts). */
    cells: z.array(cellSchema).max(MAX_ITEMS).optional(),
    horizon: yearSchema.optional(),
    /**
     * 评估截至: the year the mid-term evaluation stands at, later data left out (a review written in 2023 read
     * again as it was). Runs ignore it; kept in the scenario so its link or file reopens the same evaluation.
     */
    asOf: yearSchema.optional(),
    paths: z.number().int().min(1).max(200_000).optional(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 32 - 1)
      .optional(),
  })
  .strict();

export type LeverSetting = z.infer<typeof leverSettingSchema>;
export type UserFormula = z.infer<typeof userFormulaSchema>;
export type Actuals = z.infer<typeof actualsSchema>;
/** A validated scenario; uncertain values already normalised to {mean, sd}. */
export type Scenario = z.infer<typeof scenarioSchema>;
/** A scenario as written in a file or link, before normalisation. */
export type ScenarioInput = z.input<typeof scenarioSchema>;
