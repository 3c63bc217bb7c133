// The planner's own cells in the notebook: where each sits among the built-in views and what it shows.
// A formula or note cell points at its content in the scenario's `formulas` / `notes` (so the engine and the
// report read them where they always have); a chart or table cell holds its own choice of indicators.
import * as z from 'zod';
import { BUILT_IN_VIEWS } from './builtInViews.ts';
import { idSchema } from './planSchema.ts';

const common = {
  id: idSchema,
  /** The built-in view this cell comes after; cells after the same view keep their order in the list. */
  after: z.enum(BUILT_IN_VIEWS),
  title: z.string().optional(),
};

export const cellSchema = z.discriminatedUnion('kind', [
  z.object({ ...common, kind: z.literal('formula'), formula: idSchema }).strict(),
  z.object({ ...common, kind: z.literal('note'), note: idSchema }).strict(),
  z
    .object({
      ...common,
      kind: z.literal('chart'),
      indicators: z.array(idSchema).min(1).max(6),
      /** 'current', or keys of library / saved scenarios; at most four besides the current one. */
      scenarios: z.array(z.string().min(1)).max(5).optional(),
      /** Draw the P5–P95 band (default: yes for one scenario). */
      fan: z.boolean().optional(),
    })
    .strict(),
  z
    .object({
      ...common,
      kind: z.literal('table'),
      indicators: z.array(idSchema).min(1).max(12),
    })
    .strict(),
]);

export type Cell = z.infer<typeof cellSchema>;
export type CellKind = Cell['kind'];
