// Relations between targets that the plan's text states but its numbers alone may not show. A plan carries
// them in its optional `relations` list (or `check --relations FILE` adds some); the consistency check reads
// them:
// - parts: the total target and the targets printed as its parts ("其中：…"); `complete` when the parts are
//   all of it;
// - share: a share target, the target of its numerator and the indicator of its denominator, when the
//   share's indicator is not a plain ratio formula;
// - quota: a yearly quota target and the stock (or cumulative) target it should build.
import * as z from 'zod';

export const planRelationSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('parts'),
      total: z.string(),
      parts: z.array(z.string()).min(1),
      complete: z.boolean().optional(),
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal('share'),
      share: z.string(),
      numerator: z.string(),
      denominator: z.string(),
      note: z.string().optional(),
    })
    .strict(),
  z
    .object({ kind: z.literal('quota'), quota: z.string(), stock: z.string(), note: z.string().optional() })
    .strict(),
]);

export const planRelationsSchema = z.array(planRelationSchema);

export type PlanRelation = z.infer<typeof planRelationSchema>;
