import { describe, expect, it } from 'vitest';
import {
  deleteSaved,
  readSaved,
  savedListText,
  saveScenario,
  trySaveScenario,
} from '../../notebook/state/savedScenarios.ts';

class MemoryStorage implements Storage {
  #m = new Map<string, string>();
  get length() {
    return this.#m.size;
  }
  clear() {
    this.#m.clear();
  }
  getItem(k: string) {
    return this.#m.get(k) ?? null;
  }
  key(i: number) {
    return [...this.#m.keys()][i] ?? null;
  }
  removeItem(k: string) {
    this.#m.delete(k);
  }
  setItem(k: string, v: string) {
    this.#m.set(k, v);
  }
}

describe('scenarios saved in the browser', () => {
  it('gives the stored list as text, so a view redraws its list only when a save or delete changed it', () => {
    const s = new MemoryStorage();
    expect(savedListText(s, 'p')).toBeNull();
    saveScenario(s, 'p', { name: { zh: 'A' } });
    const one = savedListText(s, 'p');
    expect(one).toContain('"A"');
    expect(savedListText(s, 'other plan')).toBeNull();
    saveScenario(s, 'p', { name: { zh: 'B' } });
    expect(savedListText(s, 'p')).not.toBe(one);
    const unreadable = new MemoryStorage();
    unreadable.getItem = () => {
      throw new Error('storage blocked');
    };
    expect(savedListText(unreadable, 'p')).toBeNull();
  });

  it('saves, replaces by name, lists and deletes', () => {
    const s = new MemoryStorage();
    saveScenario(s, 'p', { name: { zh: 'A' }, levers: { x: { intensity: 1 } } });
    saveScenario(s, 'p', { name: { zh: 'B' } });
    saveScenario(s, 'p', { name: { zh: 'A' }, levers: { x: { intensity: 2 } } });
    const { entries, problems } = readSaved(s, 'p');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.scenario.name.zh)).toEqual(['B', 'A']);
    expect(entries[1]!.scenario.levers).toEqual({ x: { intensity: 2 } });
    deleteSaved(s, 'p', 'saved:B');
    expect(readSaved(s, 'p').entries.map((e) => e.key)).toEqual(['saved:A']);
    expect(readSaved(s, 'other').entries).toEqual([]);
  });

  it('reports damaged entries without dropping them, and never overwrites an unreadable store', () => {
    const s = new MemoryStorage();
    s.setItem(
      'planpath.saved.p',
      JSON.stringify([{ key: 'saved:A', savedAt: 'x', scenario: { name: { zh: 'A' } } }, 42]),
    );
    const read = readSaved(s, 'p');
    expect(read.entries).toHaveLength(1);
    expect(read.problems).toEqual([{ name: '#2', message: 'not a saved scenario' }]);
    saveScenario(s, 'p', { name: { zh: 'B' } });
    expect(JSON.parse(s.getItem('planpath.saved.p')!)).toContain(42);

    s.setItem('planpath.saved.q', '{not json');
    expect(readSaved(s, 'q').problems).toHaveLength(1);
    saveScenario(s, 'q', { name: { zh: 'C' } }, new Date(5));
    expect(s.getItem('planpath.saved.q.unreadable.5')).toBe('{not json');
    expect(readSaved(s, 'q').entries.map((e) => e.key)).toEqual(['saved:C']);
  });
});

/** A storage that is full: every write throws the browser's quota error and changes nothing. */
class FullStorage extends MemoryStorage {
  override setItem(_k: string, _v: string): void {
    throw Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
  }
}

describe('storage failures (issue 12, item 3)', () => {
  it('a save into full storage reports "quota" and leaves what was saved as it was', () => {
    const s = new MemoryStorage();
    saveScenario(s, 'p', { name: { zh: 'A' } });
    const before = s.getItem('planpath.saved.p');
    const full = new FullStorage();
    full.setItem = FullStorage.prototype.setItem;
    MemoryStorage.prototype.setItem.call(full, 'planpath.saved.p', before!);
    const outcome = trySaveScenario(full, 'p', { name: { zh: 'B' } });
    expect(outcome).toMatchObject({ ok: false, reason: 'quota' });
    expect(full.getItem('planpath.saved.p')).toBe(before);
  });
  it('an unreadable list is not overwritten when keeping it aside fails', () => {
    const full = new FullStorage();
    MemoryStorage.prototype.setItem.call(full, 'planpath.saved.p', '{garbage');
    expect(trySaveScenario(full, 'p', { name: { zh: 'B' } }).ok).toBe(false);
    expect(full.getItem('planpath.saved.p')).toBe('{garbage');
  });
  it('blocked storage (private mode, a setting) reports "blocked" instead of doing nothing', () => {
    expect(trySaveScenario(null, 'p', { name: { zh: 'B' } })).toMatchObject({ ok: false, reason: 'blocked' });
    const denied = new MemoryStorage();
    denied.getItem = () => {
      throw Object.assign(new Error('access denied'), { name: 'SecurityError' });
    };
    expect(trySaveScenario(denied, 'p', { name: { zh: 'B' } })).toMatchObject({
      ok: false,
      reason: 'blocked',
    });
  });
});
