// Notebook cells as scenario edits: the page's sequence, moves across built-in views, drops, removal.
import { describe, expect, it } from 'vitest';
import { NOTE_TEXT_MAX, NOTE_TITLE_MAX, SCENARIO_FORMAT, scenarioSchema } from '../../engine/index.ts';
import {
  addFormulaCell,
  addNoteCell,
  insertCell,
  moveCell,
  moveCellAfter,
  noteOf,
  removeCell,
  sequenceOf,
  updateNote,
  withAllCells,
} from '../../notebook/state/cellOps.ts';
import type { Working } from '../../notebook/state/scenarioOps.ts';

const base: Working = { name: { zh: '测试' } };
const order = (s: Working) => sequenceOf(s).map((x) => ('builtIn' in x ? x.builtIn : x.cell.id));
const chart = (id: string) => ({
  id,
  kind: 'chart' as const,
  after: 'dashboard' as const,
  indicators: ['gdp'],
});

describe('cellOps', () => {
  it('gives formulas and notes of an older scenario a cell under their own view, notes an id', () => {
    const old: Working = {
      ...base,
      formulas: [{ id: 'fx', name: { zh: 'x' }, unit: '亿元', formula: 'gdp * 2' }],
      notes: [{ text: '旧笔记' }],
    };
    const s = withAllCells(old);
    expect(s.notes?.[0]?.id).toBe('note_1');
    expect(s.cells).toEqual([
      { id: 'cell_1', kind: 'formula', after: 'formulas', formula: 'fx' },
      { id: 'cell_2', kind: 'note', after: 'notes', note: 'note_1' },
    ]);
    expect(order(old)).toEqual([
      'dashboard',
      'detail',
      'scenarios',
      'comparison',
      'evaluation',
      'check',
      'goalseek',
      'formulas',
      'cell_1',
      'notes',
      'cell_2',
    ]);
  });

  // The 基准 scenario's notes (one a language) carry no id: their cells showed empty fields, and an edit was
  // written to no note.
  // A note of 120,000 characters had been kept whole: the link and the autosave of the scenario then failed the
  // scenario's own check, and the next load opened the defaults, levers lost.
  it('cuts a note to what a scenario holds, so the scenario stays valid', () => {
    const { scenario } = addNoteCell({ ...base, levers: { hefei_11_upgrade: { intensity: 1 } } }, 'notes');
    const long = updateNote(scenario, scenario.notes!.at(-1)!.id!, {
      title: '纪'.repeat(300),
      text: '会议纪要'.repeat(30_000),
    });
    const note = long.notes!.at(-1)!;
    expect(note.text).toHaveLength(NOTE_TEXT_MAX);
    expect(note.title).toHaveLength(NOTE_TITLE_MAX);
    expect(() => scenarioSchema.parse({ format: SCENARIO_FORMAT, ...long })).not.toThrow();
  });

  it('finds and edits a note saved without an id by the id its cell names', () => {
    const library: Working = {
      ...base,
      notes: [
        { lang: 'zh', title: '读法', text: '每项结论…' },
        { lang: 'en', title: 'How to read', text: 'Verdicts…' },
      ],
    };
    const cells = withAllCells(library).cells ?? [];
    const ids = cells.flatMap((c) => (c.kind === 'note' ? [c.note] : []));
    expect(ids.map((id) => noteOf(library, id)?.title)).toEqual(['读法', 'How to read']);
    const edited = updateNote(library, ids[1]!, { text: 'Read this first.' });
    expect(edited.notes?.map((n) => [n.id, n.title, n.text])).toEqual([
      [ids[0], '读法', '每项结论…'],
      [ids[1], 'How to read', 'Read this first.'],
    ]);
    // The same cells after the edit: nothing added twice.
    expect(withAllCells(edited).cells).toEqual(cells);
  });

  it('inserts after a built-in view or a cell, and moves one place at a time across views', () => {
    let s = insertCell(base, chart('a'), 'detail');
    s = insertCell(s, chart('b'), 'a');
    expect(order(s).slice(0, 5)).toEqual(['dashboard', 'detail', 'a', 'b', 'scenarios']);
    s = moveCell(s, 'b', -1);
    expect(order(s).slice(0, 5)).toEqual(['dashboard', 'detail', 'b', 'a', 'scenarios']);
    s = moveCell(s, 'b', -1); // past the detail view: now after the dashboard
    expect(order(s).slice(0, 4)).toEqual(['dashboard', 'b', 'detail', 'a']);
    expect(s.cells?.find((c) => c.id === 'b')?.after).toBe('dashboard');
    expect(moveCell(s, 'b', -1)).toBe(s); // nothing goes above the dashboard
    s = moveCell(s, 'a', 1);
    expect(order(s).slice(0, 5)).toEqual(['dashboard', 'b', 'detail', 'scenarios', 'a']);
    expect(s.cells?.find((c) => c.id === 'a')?.after).toBe('scenarios');
  });

  it('drops a cell after any item', () => {
    let s = insertCell(insertCell(base, chart('a'), 'dashboard'), chart('b'), 'a');
    s = moveCellAfter(s, 'a', 'notes');
    expect(order(s).slice(-2)).toEqual(['notes', 'a']);
    s = moveCellAfter(s, 'a', 'b');
    expect(order(s).slice(0, 3)).toEqual(['dashboard', 'b', 'a']);
  });

  it('removes a note or formula cell together with its content', () => {
    const { scenario: s1, id: noteCell } = addNoteCell(base, 'dashboard');
    const { scenario: s2, id: fxCell } = addFormulaCell(
      s1,
      { id: 'fx', name: { zh: 'x' }, unit: '亿元', formula: 'gdp * 2' },
      noteCell,
    );
    expect(order(s2).slice(0, 3)).toEqual(['dashboard', noteCell, fxCell]);
    // One cell each: adding content never also gives it a default cell.
    expect(s2.cells?.map((c) => c.id)).toEqual([noteCell, fxCell]);
    const s3 = removeCell(removeCell(s2, noteCell), fxCell);
    expect(s3.notes).toBeUndefined();
    expect(s3.formulas).toBeUndefined();
    expect(s3.cells).toBeUndefined();
  });
});
