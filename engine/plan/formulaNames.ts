// The names a formula reads, found without parsing it: the page asks too, and mathjs stays in the engine's
// worker. Function names (exp, min) come with them; callers look up what they know and skip the rest.

/** Every identifier in `formula`, in order of appearance, repeats included. */
export function formulaNames(formula: string): string[] {
  return formula.match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
}
