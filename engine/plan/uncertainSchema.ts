// An uncertain quantity as planners write it, normalised to a normal distribution {mean, sd}.
// Written forms: 0.075 · "7.5%" · "7.5% ± 2%" · "0.075 +- 0.02" · "5% to 15%" (a 90% interval, as in
// Guesstimate and Squiggle) · {mean, sd} · {low, high} (also a 90% interval).
import * as z from 'zod';
import { codedRefinement } from './codedIssue.ts';
import { parseUncertain } from './parseUncertain.ts';

/** The sentence for an empty string where a value is expected (given a catalogue entry in zodIssues). */
export const EMPTY_VALUE_MESSAGE = 'an empty value';

export const uncertainObjectSchema = z.object({ mean: z.number(), sd: z.number().min(0) }).strict();
const intervalSchema = z
  .object({ low: z.number(), high: z.number() })
  .strict()
  .refine((v) => v.high >= v.low, codedRefinement([], 'input.interval.order'));

export const uncertainSchema = z
  .union([z.number(), z.string().min(1, EMPTY_VALUE_MESSAGE), uncertainObjectSchema, intervalSchema])
  .transform((input, ctx): Uncertain => {
    const parsed = parseUncertain(input);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error, input, params: { what: parsed.what } });
      return z.NEVER;
    }
    return parsed;
  });

/** A normal distribution; sd = 0 is a point value. */
export type Uncertain = z.infer<typeof uncertainObjectSchema>;
/** What a file may contain where an uncertain value is expected. */
export type UncertainInput = z.input<typeof uncertainSchema>;
