// Text a planner must fill in (a name, a unit, a section, a formula): not empty and not only spaces, which
// would show as a blank label with nothing to say what is missing.
import * as z from 'zod';

export const NON_BLANK_MESSAGE = 'must not be empty or only spaces';

export const nonBlankSchema = z.string().regex(/\S/, NON_BLANK_MESSAGE);
