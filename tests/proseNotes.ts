// Every note and rationale in a plan or statistics file, with where it is (a JSON Pointer): the prose a page
// shows in its tooltips, which the language tests read.
export function proseNotes(x: unknown, at = ''): { at: string; value: unknown }[] {
  if (Array.isArray(x)) return x.flatMap((v, i) => proseNotes(v, `${at}/${i}`));
  if (!x || typeof x !== 'object') return [];
  return Object.entries(x).flatMap(([k, v]) =>
    k === 'note' || k === 'rationale' ? [{ at: `${at}/${k}`, value: v }] : proseNotes(v, `${at}/${k}`),
  );
}
