// The planner's notebook cells as edits to the working scenario. The page sees one sequence — each built-in
// view followed by the cells placed after it — and every move is a reordering of that sequence, written back
// as each cell's `after` and the order of `cells`. Formulas and notes without a cell (older links, the forms
// under 自定义指标 and 笔记) get one at the end of their own view, so every formula and note is a cell.
import {
  BUILT_IN_VIEWS,
  type BuiltInView,
  type Cell,
  NOTE_TEXT_MAX,
  NOTE_TITLE_MAX,
  type UserFormula,
} from '../../engine/index.ts';
import type { Working } from './scenarioOps.ts';

export type { Cell };
export type Note = NonNullable<Working['notes']>[number];

/** An item of the page's sequence: a built-in view or a planner's cell. */
export type Slot = { builtIn: BuiltInView } | { cell: Cell };

const isBuiltIn = (id: string): id is BuiltInView => (BUILT_IN_VIEWS as readonly string[]).includes(id);

/** A fresh id not used by any cell, note or formula of `s`. */
export function freshId(s: Working, prefix: string): string {
  const taken = new Set([
    ...(s.cells ?? []).map((c) => c.id),
    ...(s.notes ?? []).flatMap((n) => (n.id ? [n.id] : [])),
    ...(s.formulas ?? []).map((f) => f.id),
  ]);
  for (let i = 1; ; i++) if (!taken.has(`${prefix}${i}`)) return `${prefix}${i}`;
}

/** `s` with every note given an id and every formula and note given a cell. */
export function withAllCells(s: Working): Working {
  let next: Working = s;
  const notes = s.notes ?? [];
  if (notes.some((n) => !n.id)) {
    const out: Note[] = [];
    for (const n of notes) {
      const id = n.id ?? freshId({ ...next, notes: out }, 'note_');
      out.push({ ...n, id });
    }
    next = { ...next, notes: out };
  }
  const cells = [...(next.cells ?? [])];
  const placedFormulas = new Set(cells.flatMap((c) => (c.kind === 'formula' ? [c.formula] : [])));
  const placedNotes = new Set(cells.flatMap((c) => (c.kind === 'note' ? [c.note] : [])));
  let added = false;
  for (const f of next.formulas ?? []) {
    if (placedFormulas.has(f.id)) continue;
    cells.push({
      id: freshId({ ...next, cells }, 'cell_'),
      kind: 'formula',
      after: 'formulas',
      formula: f.id,
    });
    added = true;
  }
  for (const n of next.notes ?? []) {
    if (placedNotes.has(n.id!)) continue;
    cells.push({ id: freshId({ ...next, cells }, 'cell_'), kind: 'note', after: 'notes', note: n.id! });
    added = true;
  }
  return added ? { ...next, cells } : next;
}

/** The page's sequence: each built-in view, then its cells in order. */
export function sequenceOf(s: Working): Slot[] {
  const cells = withAllCells(s).cells ?? [];
  return BUILT_IN_VIEWS.flatMap((b): Slot[] => [
    { builtIn: b },
    ...cells.filter((c) => c.after === b).map((cell) => ({ cell })),
  ]);
}

/** Writes a sequence back: each cell follows the nearest built-in view before it. */
function fromSequence(s: Working, seq: readonly Slot[]): Working {
  const cells: Cell[] = [];
  let after: BuiltInView = BUILT_IN_VIEWS[0];
  for (const item of seq) {
    if ('builtIn' in item) after = item.builtIn;
    else cells.push({ ...item.cell, after });
  }
  return { ...s, cells };
}

const keyOf = (item: Slot) => ('builtIn' in item ? item.builtIn : item.cell.id);

/** Inserts `cell` right after the item `target` (a built-in view's id or a cell's id). */
export function insertCell(s: Working, cell: Cell, target: string): Working {
  const seq = sequenceOf(withAllCells(s));
  const at = seq.findIndex((x) => keyOf(x) === target);
  seq.splice(at < 0 ? seq.length : at + 1, 0, { cell });
  return fromSequence(withAllCells(s), seq);
}

/** Moves a cell one place up or down the sequence (past a built-in view, too); the first place stays first. */
export function moveCell(s: Working, id: string, direction: -1 | 1): Working {
  const base = withAllCells(s);
  const seq = sequenceOf(base);
  const i = seq.findIndex((x) => keyOf(x) === id);
  const j = i + direction;
  // Nothing comes before the first built-in view: the dashboard opens the page.
  if (i < 0 || j < 1 || j >= seq.length) return s;
  const [item] = seq.splice(i, 1);
  seq.splice(j, 0, item!);
  return fromSequence(base, seq);
}

/** Moves a cell to just after `target` (a built-in view's id or another cell's id): a drop. */
export function moveCellAfter(s: Working, id: string, target: string): Working {
  if (id === target) return s;
  const base = withAllCells(s);
  const seq = sequenceOf(base);
  const i = seq.findIndex((x) => keyOf(x) === id);
  if (i < 0) return s;
  const [item] = seq.splice(i, 1);
  const at = seq.findIndex((x) => keyOf(x) === target);
  if (at < 0) return s;
  seq.splice(at + 1, 0, item!);
  return fromSequence(base, seq);
}

/** Replaces a cell's settings (its id, kind and place stay). */
export function updateCell(s: Working, cell: Cell): Working {
  const base = withAllCells(s);
  return {
    ...base,
    cells: (base.cells ?? []).map((c) =>
      c.id === cell.id ? ({ ...cell, kind: c.kind, after: c.after } as Cell) : c,
    ),
  };
}

/** Removes a cell and what only it shows (its formula or note). */
export function removeCell(s: Working, id: string): Working {
  const base = withAllCells(s);
  const cell = base.cells?.find((c) => c.id === id);
  if (!cell) return s;
  const next: Working = { ...base, cells: base.cells!.filter((c) => c.id !== id) };
  if (cell.kind === 'formula') next.formulas = (base.formulas ?? []).filter((f) => f.id !== cell.formula);
  if (cell.kind === 'note') next.notes = (base.notes ?? []).filter((n) => n.id !== cell.note);
  for (const k of ['cells', 'formulas', 'notes'] as const) if (next[k]?.length === 0) delete next[k];
  return next;
}

/** Adds a note with its cell after `target`; returns the scenario and the new cell's id. */
export function addNoteCell(s: Working, target: string): { scenario: Working; id: string } {
  const base = withAllCells(s);
  const note = freshId(base, 'note_');
  const id = freshId({ ...base, notes: [...(base.notes ?? []), { id: note, text: '' }] }, 'cell_');
  // Placed before the note exists, so that withAllCells does not give it a second, default cell.
  const placed = insertCell(base, { id, kind: 'note', after: 'dashboard', note }, target);
  return { scenario: { ...placed, notes: [...(base.notes ?? []), { id: note, text: '' }] }, id };
}

/** Adds (or replaces) a formula and puts its cell after `target` (a new formula) or leaves it where it was. */
export function addFormulaCell(
  s: Working,
  formula: UserFormula,
  target: string,
): { scenario: Working; id: string } {
  const base = withAllCells(s);
  const formulas = [...(base.formulas ?? []).filter((f) => f.id !== formula.id), formula];
  const existing = base.cells?.find((c) => c.kind === 'formula' && c.formula === formula.id);
  if (existing) return { scenario: { ...base, formulas }, id: existing.id };
  const id = freshId({ ...base, formulas }, 'cell_');
  const placed = insertCell(base, { id, kind: 'formula', after: 'dashboard', formula: formula.id }, target);
  return { scenario: { ...placed, formulas }, id };
}

/** A note of `s` by the id its cell names: a note saved without one (a library scenario's) has the id
 * withAllCells gives it. */
export function noteOf(s: Working, id: string): Note | undefined {
  return withAllCells(s).notes?.find((n) => n.id === id);
}

/** `s` with note `id` patched; a note saved without an id keeps the one withAllCells gave it from now on. */
/**
 * The note's text and title are cut to what a scenario holds (NOTE_TEXT_MAX): a longer one had been kept, and
 * the scenario with it — levers and all — was refused by its own link and autosave on the next load.
 */
export function updateNote(s: Working, id: string, patch: Partial<Note>): Working {
  const all = withAllCells(s);
  const cut: Partial<Note> = {
    ...patch,
    ...(patch.text === undefined ? {} : { text: patch.text.slice(0, NOTE_TEXT_MAX) }),
    ...(patch.title === undefined ? {} : { title: patch.title.slice(0, NOTE_TITLE_MAX) }),
  };
  return { ...all, notes: (all.notes ?? []).map((n) => (n.id === id ? { ...n, ...cut, id } : n)) };
}

export { isBuiltIn };
