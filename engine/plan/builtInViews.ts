// The notebook's built-in views, in the page's order: a planner's cell is placed after one of them.
// (Its own file, without zod, so the page can import it without the schema library.)
export const BUILT_IN_VIEWS = [
  'dashboard',
  'detail',
  'scenarios',
  'comparison',
  'evaluation',
  'check',
  'goalseek',
  'formulas',
  'notes',
] as const;

export type BuiltInView = (typeof BUILT_IN_VIEWS)[number];
