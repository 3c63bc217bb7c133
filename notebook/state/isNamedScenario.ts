// Whether a stored value has the one thing every stored scenario has: a Chinese name. Saved scenarios, the
// work kept between visits and the comparison read their stores through it, and leave anything else alone.

export function isNamedScenario(s: unknown): boolean {
  return (
    !!s &&
    typeof s === 'object' &&
    !Array.isArray(s) &&
    typeof ((s as Record<string, unknown>).name as { zh?: unknown } | undefined)?.zh === 'string'
  );
}
