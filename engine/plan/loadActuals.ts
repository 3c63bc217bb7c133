// The door for actuals handed to the engine on their own (the worker's evaluate(), not inside a scenario):
// the same schema as a scenario's `actuals` field, so "abc" or a year of 99999 is refused by name and place.
import { forbiddenKeys } from './forbiddenKeys.ts';
import { PlanError } from './PlanError.ts';
import { type Actuals, actualsSchema } from './scenarioSchema.ts';
import { zodIssues } from './zodIssues.ts';

export function loadActuals(json: unknown, file: string): Actuals {
  const forbidden = forbiddenKeys(json);
  if (forbidden.length > 0) throw new PlanError(file, forbidden);
  const parsed = actualsSchema.safeParse(json);
  if (!parsed.success) {
    throw new PlanError(
      file,
      zodIssues(json, parsed.error).map((i) => ({
        ...i,
        path: i.path === '' ? 'actuals' : `actuals.${i.path}`,
      })),
    );
  }
  return parsed.data;
}
