// An uncertain quantity as planners write it, normalised to a normal distribution {mean, sd}.
// Written forms: 0.075 · "7.5%" · "7.5% ± 2%" · "0.075 +- 0.02" · "5% to 15%" (a 90% interval, as in
// Guesstimate and Squiggle) · {mean, sd} · {low, high} (also a 90% interval).
import { z } from 'zod';
import { parseUncertain } from './parseUncertain.ts';

export const uncertainObjectSchema = z.object({ mean: z.number(), sd: z.number().min(0) }).strict();
const intervalSchema = z
  .object({ low: z.number(), high: z.number() })
  .strict()
  .refine((v) => v.high >= v.low, { message: 'high must not be below low' });

export const uncertainSchema = z
  .union([z.number(), z.string().min(1, 'an empty value'), uncertainObjectSchema, intervalSchema])
  .transform((input, ctx): Uncertain => {
    const parsed = parseUncertain(input);
    if ('error' in parsed) {
      ctx.addIssue({ code: 'custom', message: parsed.error, input });
      return z.NEVER;
    }
    return parsed;
  });

/** A normal distribution; sd = 0 is a point value. */
export type Uncertain = z.infer<typeof uncertainObjectSchema>;
/** What a file may contain where an uncertain value is expected. */
export type UncertainInput = z.input<typeof uncertainSchema>;
