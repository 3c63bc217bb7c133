// Every year that enters the engine — in a plan, a scenario, a link, a pasted table or on the command line —
// lies in one window. A year outside it is a typo or an attack (a base year of -1000000000 once made the plan
// check allocate an array per year until the heap ran out), never a plan.
import * as z from 'zod';

/** The first year a plan may name: the founding of the People's Republic, before any five-year plan. */
export const YEAR_MIN = 1949;
/** The last year a plan may name: well past any vision year (2035, 2050) planners write. */
export const YEAR_MAX = 2100;

export const YEAR_MESSAGE = `a year from ${YEAR_MIN} to ${YEAR_MAX}`;
/** A year as a key (JSON's keys are strings), when it is not four digits. */
export const FOUR_DIGIT_YEAR_MESSAGE = 'a 4-digit year';

export function isPlanYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

export const yearSchema = z
  .number()
  .int(YEAR_MESSAGE)
  .min(YEAR_MIN, YEAR_MESSAGE)
  .max(YEAR_MAX, YEAR_MESSAGE);

/** A year written as a JSON object key (actuals: `{"2023": 1010.5}`). */
export const yearKeySchema = z
  .string()
  .regex(/^\d{4}$/, FOUR_DIGIT_YEAR_MESSAGE)
  .refine((key) => isPlanYear(Number(key)), YEAR_MESSAGE);
