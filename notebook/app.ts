// The state every view shares: the validated plan, the engine, and the stores views read and write.
// Created once at start-up and handed to the runtime as a constant cell.
import type { Plan } from '../engine/index.ts';
import type { EngineClient } from './client/engineClient.ts';
import type { EditMeta, RunController } from './client/runController.ts';
import type { Lang } from './i18n/lang.ts';
import type { Working } from './state/scenarioOps.ts';
import type { Store } from './state/store.ts';
import type { UndoHistory } from './state/undoHistory.ts';

/** A scenario that can be opened or compared: from the library (scenarios/), saved, or the current one. */
export interface NamedScenario {
  key: string;
  source: 'library' | 'saved' | 'current' | 'file';
  scenario: Working;
}

export interface App {
  plan: Plan;
  /**
   * Where this plan's work is kept in the browser (work, saved scenarios, the comparison, the last paste, the
   * 编制单位): the plan's id, and for a plan the planner imported, the stored plan's own id beside it. Every
   * imported plan had been 'imported-plan', so one plan's actuals were restored into another's indicators.
   */
  storageKey: string;
  engine: EngineClient;
  scenario: Store<Working, EditMeta>;
  /** The indicator shown in the detail view. */
  selection: Store<string, Record<string, never>>;
  /** Scenarios in the comparison (up to four). */
  comparison: Store<NamedScenario[], Record<string, never>>;
  library: NamedScenario[];
  /** The scenario a fresh page opens with (the library's 基准, or the plan itself). */
  defaultScenario: Working;
  controller: RunController;
  /** The scenario as the engine and files take it (format and plan id added). */
  payload(s: Working): Record<string, unknown>;
  /** Messages for the banner under the header (link errors, imports). */
  notices: Store<Notice[], Record<string, never>>;
  /** Undo/redo over scenario edits, and whether the scenario differs from the one opened. */
  history: UndoHistory;
}

/** A message in the banner; its text is a function of the language so a toggle re-translates it. */
export interface Notice {
  id: string;
  kind: 'error' | 'warning' | 'info';
  text: (lang: Lang) => string;
  /** Points listed under the text, one per line (several actuals carried, several findings). */
  items?: (lang: Lang) => string[];
  actions?: { label: (lang: Lang) => string; run: () => void }[];
}

export function pushNotice(app: App, notice: Notice): void {
  app.notices.update((list) => [...list.filter((n) => n.id !== notice.id), notice], {});
}

/**
 * The notices about the scenario last opened (a link's, a file's): another one opened makes them stale. Kept,
 * "this link asks for 200,000 paths — run them anyway" stayed above a scenario that never asked for them, and
 * its button would have applied to it.
 */
const OPENING_NOTICES = ['link', 'link-opened', 'link-paths', 'link-migrated', 'import', 'open'];

export function dropOpeningNotices(app: App): void {
  if (!app.notices.get().some((n) => OPENING_NOTICES.includes(n.id))) return;
  app.notices.update((list) => list.filter((n) => !OPENING_NOTICES.includes(n.id)), {});
}

export function dropNotice(app: App, id: string): void {
  // Nothing to drop, nothing to redraw: the run notices drop theirs on every run state (a drag: 60 a second).
  if (!app.notices.get().some((n) => n.id === id)) return;
  app.notices.update((list) => list.filter((n) => n.id !== id), {});
}
