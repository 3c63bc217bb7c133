// Undo and redo over the planner's edits to the scenario: every committed edit (a slider released, a value
// typed, actuals applied, a note changed, a scenario opened) is a step; the previews while a slider is
// dragged are not. Also remembers the scenario as it was opened, so the page can say it has been modified.
import type { EditMeta } from '../client/runController.ts';
import type { Working } from './scenarioOps.ts';
import { Store } from './store.ts';

const LIMIT = 100;

export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** The scenario differs from the one opened (a library or saved scenario, a file or a link); 评估截至 aside. */
  modified: boolean;
  /**
   * Modified only by the actual values entered: its assumptions are the ones opened. Said apart (已录入实际数据),
   * as a report's cover had read 基准（已修改） after a paste, as if an assumption had been moved (a tester).
   */
  onlyActuals: boolean;
}

/** The mark a scenario's name carries: 已录入实际数据 when only actuals were entered, 已修改, or none. */
export function modifiedKey(
  state: Pick<HistoryState, 'modified' | 'onlyActuals'>,
): 'work.modifiedActuals' | 'work.modified' | null {
  return !state.modified ? null : state.onlyActuals ? 'work.modifiedActuals' : 'work.modified';
}

/** Equal as scenarios, whatever the key order and the name: renaming is not a change of the settings. */
export function sameSettings(a: Working, b: Working): boolean {
  const strip = (s: Working) => {
    const { name: _n, description: _d, ...rest } = s as Working & { description?: unknown };
    return canonical(rest);
  };
  return strip(a) === strip(b);
}

function canonical(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(canonical).join(',')}]`;
  if (x && typeof x === 'object')
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(x) ?? 'null';
}

export class UndoHistory {
  #past: Working[] = [];
  #future: Working[] = [];
  #current: Working;
  #origin: Working;
  #applying = false;
  readonly state: Store<HistoryState, Record<string, never>>;

  constructor(
    private readonly scenario: Store<Working, EditMeta>,
    origin?: Working,
  ) {
    this.#current = scenario.get();
    this.#origin = origin ?? this.#current;
    this.state = new Store<HistoryState, Record<string, never>>(this.#snapshot(), {});
    scenario.subscribe((s, meta) => this.#record(s, meta));
  }

  /** Forgets every step: the page's first scenario (restored or from a link) is where history starts. */
  reset(origin: Working): void {
    this.#past = [];
    this.#future = [];
    this.#current = this.scenario.get();
    this.#origin = origin;
    this.state.set(this.#snapshot(), {});
  }

  /** The scenario as opened, which the modified mark compares with. */
  get origin(): Working {
    return this.#origin;
  }

  /** The scenario the modified mark compares with (set when a scenario is opened whole). */
  setOrigin(origin: Working): void {
    this.#origin = origin;
    this.state.set(this.#snapshot(), {});
  }

  #snapshot(): HistoryState {
    // 评估截至 is the evaluation's setting, which no run reads (scenarioChanges leaves it out too): set alone, it
    // had named the export 基准（已修改）. The entered data are the actuals with the rates they were chained from.
    const scenarioOf = ({ asOf: _y, ...rest }: Working) => rest as Working;
    const withoutActuals = ({ actuals: _a, actualRates: _r, ...rest }: Working) => rest as Working;
    const [current, origin] = [scenarioOf(this.#current), scenarioOf(this.#origin)];
    const modified = !sameSettings(current, origin);
    return {
      canUndo: this.#past.length > 0,
      canRedo: this.#future.length > 0,
      modified,
      onlyActuals: modified && sameSettings(withoutActuals(current), withoutActuals(origin)),
    };
  }

  #record(s: Working, meta: EditMeta): void {
    if (meta.preview || s === this.#current) return;
    if (!this.#applying) {
      this.#past.push(this.#current);
      if (this.#past.length > LIMIT) this.#past.shift();
      this.#future = [];
      if (meta.replaced && !meta.restored) this.#origin = s;
    }
    this.#current = s;
    this.state.set(this.#snapshot(), {});
  }

  #apply(s: Working): void {
    this.#applying = true;
    try {
      this.scenario.set(s, { replaced: true, restored: true });
    } finally {
      this.#applying = false;
    }
  }

  undo(): boolean {
    const prev = this.#past.pop();
    if (!prev) return false;
    this.#future.push(this.#current);
    this.#apply(prev);
    return true;
  }

  redo(): boolean {
    const next = this.#future.pop();
    if (!next) return false;
    this.#past.push(this.#current);
    this.#apply(next);
    return true;
  }
}

/** Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo — except inside a text field, which keeps its own undo. */
export function installUndoKeys(history: UndoHistory, target: Window = window): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
    const el = e.target as HTMLElement | null;
    const typing =
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button'].includes(el.type)) ||
      el?.isContentEditable === true;
    if (typing) return;
    const k = e.key.toLowerCase();
    if (k === 'z' && !e.shiftKey) {
      if (history.undo()) e.preventDefault();
    } else if ((k === 'z' && e.shiftKey) || k === 'y') {
      if (history.redo()) e.preventDefault();
    }
  };
  target.addEventListener('keydown', onKey);
  return () => target.removeEventListener('keydown', onKey);
}
