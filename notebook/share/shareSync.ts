// Keeps the address in step with the scenario (debounced), opens links pasted into the address bar, and
// warns when a link grows too long for chat apps.
import { formatIssues, type InputIssue } from '../../engine/index.ts';
import { type App, dropNotice, dropOpeningNotices, type NamedScenario, pushNotice } from '../app.ts';
import { isAbort } from '../client/engineClient.ts';
import { fullPaths } from '../client/runSizes.ts';
import { download, safeFileName } from '../export/download.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import { exportedScenario, scenarioJsonText, workingFromDocument } from '../state/scenarioFile.ts';
import { scenarioForOtherPlan } from '../state/scenarioForOtherPlan.ts';
import type { Working } from '../state/scenarioOps.ts';
import { Store } from '../state/store.ts';
import { modifiedKey } from '../state/undoHistory.ts';
import { withLibraryText, withoutLibraryText } from './libraryText.ts';
import { decodeLink, encodeLink, LINK_WARN_LENGTH } from './linkCodec.ts';
import { pushLinkOpenedNotice } from './linkOpenedNotice.ts';
import { LINK_PATH_LIMIT, limitLinkPaths } from './linkPathLimit.ts';
import { isOwnAddress, rememberOwnAddress } from './ownAddress.ts';

export interface LinkInfo {
  hash: string;
  /** Length of the whole address a colleague would receive. */
  length: number;
}

export const linkInfo = new Store<LinkInfo, Record<string, never>>({ hash: '', length: 0 }, {});

/**
 * What a link carries: the plan's id (so a link made for another plan is refused) and the scenario, a library
 * scenario's own description and notes named rather than copied (libraryText.ts).
 */
export function linkPayload(
  planId: string,
  s: Working,
  library: readonly NamedScenario[] = [],
): Record<string, unknown> {
  const { plan: _plan, ...rest } = s as Working & { plan?: string };
  return withoutLibraryText({ plan: planId, ...rest }, library);
}

export function exportScenarioFile(app: App, s: Working): void {
  // With the page's path count written in: the CLI's own default (2,000) had given 29 of 60 chances that
  // differed from the page's for the same file.
  // Named as the top bar names it: a file of 基准 with actuals entered alone had been called 基准（已修改）.
  const history = app.history.state.get();
  const key = modifiedKey(history);
  const mark = key ? { zh: t('zh', key), en: t('en', key) } : undefined;
  const file = exportedScenario(
    s,
    { origin: app.history.origin, modified: history.modified, ...(mark ? { mark } : {}) },
    fullPaths(s),
  );
  download(
    `${safeFileName(pick(file.name, 'zh'))}.scenario.json`,
    scenarioJsonText(app.plan, file),
    'application/json;charset=utf-8',
  );
}

/** What is wrong with a scenario, in a language: a notice re-says it when the language changes. */
export type ScenarioProblem = (lang: Lang) => string;

/** A refusal from the worker: a PlanError's file and issues come across with it (throwWithIssues.ts). */
export function problemOf(error: unknown): ScenarioProblem {
  if (isAbort(error)) return (lang) => t(lang, 'check.cancelled');
  const { file, issues } = (error ?? {}) as { file?: unknown; issues?: unknown };
  if (typeof file === 'string' && Array.isArray(issues))
    return (lang) => formatIssues(file, issues as InputIssue[], lang);
  const message = error instanceof Error ? error.message : String(error);
  // Too deep to hand to the worker at all (a crafted link's JSON nested thousands deep): the browser's own
  // "Failed to execute 'postMessage' … Maximum call stack size exceeded" had been the reason given.
  if (/call stack|could not be cloned/i.test(message)) return (lang) => t(lang, 'check.tooDeep');
  return () => message;
}

/**
 * Checks a scenario against the plan in the worker (engineApi.checkScenario: as a run would, without running);
 * null when it is fine, else what is wrong, in the page's language (each issue names its place and the value
 * found). A check that did not finish (worker restarted) is a problem, never "fine": a hash changed twice in
 * 100 ms once let a scenario with intensity 999 in because its cancelled check read as valid.
 */
export async function scenarioProblem(app: App, s: Working): Promise<ScenarioProblem | null> {
  try {
    await app.engine.checkScenario(app.payload(s));
    return null;
  } catch (error) {
    return problemOf(error);
  }
}

/**
 * scenarioProblem for a scenario the page will show if it passes (a link's, the last visit's): the check goes
 * to the worker first and the full run right behind it (RunController.expect), so the worker starts the run
 * as the check ends, without waiting for the page to hear of it. `shown`: what the page then shows, where it
 * differs from what is checked (a link's path count lowered to the page's own).
 */
export function problemBeforeShowing(
  app: App,
  s: Working,
  shown: Working = s,
): Promise<ScenarioProblem | null> {
  const checked = scenarioProblem(app, s);
  app.controller.expect(shown);
  return checked;
}

/** The hash names an element of the page (a section), as its tabs and skip links do. */
export function isSectionAnchor(hash: string): boolean {
  const name = hash.startsWith('#') ? hash.slice(1) : hash;
  return /^[A-Za-z][\w-]{0,63}$/.test(name) && document.getElementById(name) !== null;
}

/** Reads a link; on any problem shows why and returns null (the page goes on with what it has). */
/**
 * The scenario a link holds, or null (an empty address, or a link that cannot be opened: said in a notice).
 * `on`: the page's first load, or a link pasted into the address of a page already at work, whose scenario
 * stays (the notice says which).
 */
export async function openLink(
  app: App,
  hash: string,
  on: 'load' | 'change' = 'load',
): Promise<Working | null> {
  const failed = on === 'load' ? 'link.error' : 'link.error.kept';
  // A section's own anchor (#dashboard, #detail: a tab opened in a new tab, its address copied, a skip link)
  // names a part of the page, not a scenario: it had been refused as "链接格式不正确".
  if (isSectionAnchor(hash)) return null;
  const decoded = await decodeLink(hash);
  if (decoded.kind === 'empty') return null;
  if (decoded.kind === 'error') {
    const code = decoded.code;
    pushNotice(app, {
      id: 'link',
      kind: 'error',
      text: (lang) => t(lang, failed, { reason: t(lang, `link.error.${code}`, { detail: decoded.detail }) }),
    });
    return null;
  }
  let working: Working;
  try {
    working = workingFromDocument(withLibraryText(decoded.payload, app.library ?? []));
  } catch (error) {
    pushNotice(app, {
      id: 'link',
      kind: 'error',
      text: (lang) => t(lang, failed, { reason: t(lang, 'link.error.shape') }),
    });
    void error;
    return null;
  }
  const plan = scenarioForOtherPlan(decoded.payload, app.plan.meta.id);
  // The link is checked as written, and its run started at the count the page will run (the two differ
  // for a link asking for more paths than the page runs).
  const limited = limitLinkPaths(working);
  const problem: ScenarioProblem | null =
    plan !== null
      ? (lang: Lang) => t(lang, 'link.error.otherPlan', { plan, current: pick(app.plan.meta.title, lang) })
      : await problemBeforeShowing(app, working, limited.working);
  if (problem) {
    pushNotice(app, {
      id: 'link',
      kind: 'error',
      text: (lang) => t(lang, failed, { reason: t(lang, 'link.error.scenario', { detail: problem(lang) }) }),
    });
    return null;
  }
  dropOpeningNotices(app);
  if (limited.asked !== null) {
    const asked = limited.asked;
    pushNotice(app, {
      id: 'link-paths',
      kind: 'warning',
      text: (lang) =>
        t(lang, 'link.paths', { paths: asked.toLocaleString(), limit: LINK_PATH_LIMIT.toLocaleString() }),
      actions: [
        {
          label: (lang) => t(lang, 'link.pathsRun', { paths: asked.toLocaleString() }),
          run: () => {
            dropNotice(app, 'link-paths');
            app.scenario.update((s) => ({ ...s, paths: asked }), {});
          },
        },
      ],
    });
  }
  // The planner's own page reloaded is not a link someone sent (ownAddress.ts).
  if (!(on === 'load' && isOwnAddress(hash))) pushLinkOpenedNotice(app, limited.working);
  if (decoded.migratedFrom !== null) {
    const from = decoded.migratedFrom;
    pushNotice(app, {
      id: 'link-migrated',
      kind: 'info',
      text: (lang) => t(lang, 'link.migrated', { from }),
    });
  }
  return limited.working;
}

/** Writes the scenario into the address as the planner works; returns a function that stops it. */
/**
 * `keepAddress`: the address holds a link that failed to open. `opened`: the address the page opened with; one
 * changed while the page was starting (before this listens) is opened now, as any later change is.
 */
export function startLinkSync(app: App, keepAddress = false, opened = location.hash): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let version = 0;
  // A link that could not be opened stays in the address (to check it, or copy it back to its sender) until
  // the planner changes the scenario the page shows instead.
  const shown = keepAddress ? app.scenario.get() : null;
  let keeping = keepAddress;
  const write = async (s: Working) => {
    if (s === shown) return;
    // The link that failed is replaced now: its notice has said what it had to.
    if (keeping) {
      keeping = false;
      dropNotice(app, 'link');
    }
    const mine = ++version;
    const hash = await encodeLink(linkPayload(app.plan.meta.id, s, app.library));
    if (mine !== version) return;
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
    rememberOwnAddress(hash);
    const length = location.href.length;
    linkInfo.set({ hash, length }, {});
    if (length > LINK_WARN_LENGTH) {
      pushNotice(app, {
        id: 'link-long',
        kind: 'warning',
        text: (lang) => t(lang, 'link.tooLong', { length }),
        actions: [
          {
            label: (lang) => t(lang, 'link.exportInstead'),
            run: () => exportScenarioFile(app, app.scenario.get()),
          },
        ],
      });
    } else {
      dropNotice(app, 'link-long');
    }
  };
  const unsubscribe = app.scenario.subscribe((s, meta) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void write(s), meta.preview ? 400 : 120);
  });
  let opening = 0;
  const onHashChange = async () => {
    if (location.hash === linkInfo.get().hash) return;
    // Only the latest address counts: an earlier link whose check finishes later must not replace it.
    const mine = ++opening;
    const working = await openLink(app, location.hash, 'change');
    if (mine !== opening) return;
    if (working) app.scenario.set(working, { replaced: true });
    else if (linkInfo.get().hash) history.replaceState(history.state, '', linkInfo.get().hash);
  };
  window.addEventListener('hashchange', onHashChange);
  if (location.hash !== opened) void onHashChange();
  return () => {
    unsubscribe();
    window.removeEventListener('hashchange', onHashChange);
  };
}
