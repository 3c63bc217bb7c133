// A link of a library scenario's settings changed need not carry the library's own prose: 基准's description
// and notes (≈ 1,450 characters) had made its link 1,900 characters after one slider and over the 2,000 chat
// apps keep whole after a second. The link names the library scenario instead (`libraryText`) and the page
// that opens it fills the text back in from its own library. Text the planner changed travels in full.
import type { NamedScenario } from '../app.ts';

const LIBRARY = 'library:';

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The payload without description and notes where a library scenario of the page has exactly these. */
export function withoutLibraryText(
  payload: Record<string, unknown>,
  library: readonly NamedScenario[],
): Record<string, unknown> {
  if (payload.description === undefined && payload.notes === undefined) return payload;
  const from = library.find(
    (l) =>
      l.key.startsWith(LIBRARY) &&
      same(l.scenario.description, payload.description) &&
      same(l.scenario.notes, payload.notes),
  );
  if (!from) return payload;
  const { description: _d, notes: _n, ...rest } = payload;
  return { ...rest, libraryText: from.key.slice(LIBRARY.length) };
}

/**
 * The payload with the named library scenario's description and notes filled back in (its own, where it
 * carries them, win). A library scenario this page does not have (a link from a newer build) leaves them out:
 * the settings, which the verdicts rest on, are all in the link.
 */
export function withLibraryText(payload: unknown, library: readonly NamedScenario[]): unknown {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) return payload;
  const { libraryText, ...rest } = payload as Record<string, unknown>;
  if (libraryText === undefined) return payload;
  const from = library.find((l) => l.key === `${LIBRARY}${String(libraryText)}`)?.scenario;
  return {
    ...(from?.description === undefined ? {} : { description: from.description }),
    ...(from?.notes === undefined ? {} : { notes: from.notes }),
    ...rest,
  };
}
