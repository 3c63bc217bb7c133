// The notebook: boots the engine worker with the embedded plan, opens the scenario from the address (or the
// library's 基准), then defines the cells — each a small named module under views/ — on an Observable
// runtime with our own builtins.
import './styles/base.css';
import './styles/cells.css';
import './styles/print.css';
import './styles/report.css';
import type { Plan } from '../engine/index.ts';
import { type App, type NamedScenario, type Notice, pushNotice } from './app.ts';
import { EngineClient } from './client/engineClient.ts';
import { ensureEnglishProse } from './client/englishProse.ts';
import { firstResult } from './client/firstResult.ts';
import { type EditMeta, RunController, type RunState } from './client/runController.ts';
import { FULL_PATHS, fullPaths } from './client/runSizes.ts';
import { loadShippedBaseline, type ShippedResult } from './client/shippedBaseline.ts';
import { loadShippedPlan } from './client/shippedPlan.ts';
import { untilRunState } from './client/untilRunState.ts';
import type { Lang } from './i18n/lang.ts';
import { t } from './i18n/t.ts';
import type { EnteredData } from './model/comparedScenario.ts';
import { firstChartIndicator } from './model/firstChartIndicator.ts';
import { loadDefaultPlan, scenarioLibrary } from './planSource.ts';
import type { ReportInputs } from './report/reportView.ts';
import { createBuiltins } from './runtime/builtins.ts';
import { changedOnly } from './runtime/changedOnly.ts';
import { observe } from './runtime/generators.ts';
import type { LiveView } from './runtime/liveView.ts';
import { nextTask } from './runtime/nextTask.ts';
import { Notebook } from './runtime/notebook.ts';
import { visibleOnly } from './runtime/visibleOnly.ts';
import { whenNear } from './runtime/whenNear.ts';
import { startAnchoringNotices } from './share/anchoringNotices.ts';
import { ownPlansNotice } from './share/ownPlansNotice.ts';
import { startRunWarningNotices } from './share/runWarningNotices.ts';
import { type LinkInfo, linkInfo, openLink, problemOf, startLinkSync } from './share/shareSync.ts';
import { comparisonRuns } from './state/comparisonRuns.ts';
import { restoreComparison } from './state/comparisonStore.ts';
import { type EvaluationState, evaluationRuns } from './state/evaluationRuns.ts';
import { restoreWork } from './state/restoreWork.ts';
import { scenarioDocument } from './state/scenarioFile.ts';
import type { Working } from './state/scenarioOps.ts';
import { Store } from './state/store.ts';
import { fromStore } from './state/storeGenerator.ts';
import { installUndoKeys, UndoHistory } from './state/undoHistory.ts';
import { MissingUserPlan, userPlanFromAddress } from './state/userPlanSource.ts';
import { type ActiveScenario, activeScenarioView } from './views/activeScenario.ts';
import { installUserCells } from './views/cells/userCells.ts';
import { applyChrome, applyShell, installSectionNav, setPageLang } from './views/chrome.ts';
import { costLine } from './views/costLine.ts';
import { dashboardView } from './views/dashboard.ts';
import { evaluationInputView, evaluationResultView } from './views/evaluation.ts';
import { firstVisitGuide } from './views/firstVisitGuide.ts';
import { formulasView } from './views/formulas.ts';
import { type DetailInput, indicatorDetailView } from './views/indicatorDetail.ts';
import { initialLang, langToggle } from './views/langToggle.ts';
import { leversView } from './views/levers.ts';
import { notesView } from './views/notes.ts';
import { noticesView } from './views/noticesView.ts';
import { installPageAccess } from './views/pageAccess.ts';
import { planCheckView } from './views/planCheck.ts';
import { scenariosView } from './views/scenarios.ts';
import { shareBar } from './views/shareBar.ts';
import { statusLine } from './views/statusLine.ts';
import { installTooltip } from './views/tooltip.ts';

const slot = (id: string) => {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page has no #${id}`);
  return el;
};

/**
 * How long the page waits for a link's or the last visit's full run before it builds its other views anyway
 * (a cold run of the page's 5,000 paths takes the worker 150–250 ms on a busy two-core machine; a scenario
 * asking for more paths is not waited for).
 */
const FIRST_RESULT_WAIT_MS = 600;

function fatal(message: string, action?: { label: string; href: string }): void {
  const box = document.createElement('div');
  box.className = 'error-box';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  if (action) {
    const a = document.createElement('a');
    a.href = action.href;
    a.textContent = action.label;
    a.className = 'error-action';
    box.append(document.createElement('br'), a);
  }
  slot('dashboard-body').replaceChildren(box);
}

function defaultOf(plan: Plan, library: NamedScenario[]): Working {
  return library[0]?.scenario ?? { name: { zh: '规划默认', en: 'Plan defaults' }, plan: plan.meta.id };
}

async function boot(): Promise<void> {
  installTooltip();
  installSectionNav();
  installPageAccess();
  const lang0 = initialLang();
  const engine = new EngineClient();
  let plan: Plan;
  let userPlanId: string | null = null;
  let shipped: ShippedResult | null = null;
  try {
    const user = await userPlanFromAddress();
    userPlanId = user?.id ?? null;
    const [built, result] = user
      ? [null, null]
      : await Promise.all([loadShippedPlan(), loadShippedBaseline()]);
    if (built) {
      // The plan validated at build time lets the page draw while the worker starts, and the worker keep it
      // rather than load and validate the same files again. The shipped result is the run of this plan.
      plan = built.plan;
      shipped = result;
      engine
        .keepPlan({ plan: built.plan, source: built.source })
        .catch((error: unknown) =>
          fatal(
            t(lang0, 'plan.loadError', { message: error instanceof Error ? error.message : String(error) }),
          ),
        );
    } else {
      const source = user ?? (await loadDefaultPlan());
      plan = await engine.setPlan(
        source.json,
        source.file,
        'statistics' in source ? source.statistics : undefined,
      );
    }
  } catch (error) {
    applyShell(lang0);
    // A colleague's link to a plan they built: the plan file travels apart from the link; say how to bring it.
    if (error instanceof MissingUserPlan)
      fatal(t(lang0, 'plan.userMissing', { id: error.id }), {
        label: t(lang0, 'plan.userMissing.open'),
        href: location.pathname,
      });
    // A plan the planner keeps in this browser that no longer loads: said in the page's language, place by
    // place, with the way back to the default plan (her other plans and work stay where they are). The page had
    // been a dead end with an English message.
    else if (userPlanId !== null)
      fatal(t(lang0, 'plan.userLoadError', { message: problemOf(error)(lang0) }), {
        label: t(lang0, 'plan.userLoadError.back'),
        href: location.pathname,
      });
    else fatal(t(lang0, 'plan.loadError', { message: problemOf(error)(lang0) }));
    return;
  }
  // The English page draws the plan's English notes, which travel apart from the plan (englishProse.ts).
  const readyFor = (lang: Lang) => (lang === 'en' ? ensureEnglishProse(plan) : Promise.resolve());
  await readyFor(lang0);
  applyChrome(plan, lang0);
  const library = scenarioLibrary(plan.meta.id);
  const defaultScenario = defaultOf(plan, library);
  const notices = new Store<Notice[], Record<string, never>>([], {});
  const scenario = new Store<Working, EditMeta>(defaultScenario, { replaced: true });
  const payload = (s: Working) => scenarioDocument(plan, s);
  const controller = new RunController(engine, scenario, payload);
  const app: App = {
    plan,
    storageKey: userPlanId === null ? plan.meta.id : `${plan.meta.id}@user:${userPlanId}`,
    engine,
    scenario,
    selection: new Store<string, Record<string, never>>(firstChartIndicator(plan), {}),
    comparison: new Store<NamedScenario[], Record<string, never>>([], {}),
    library,
    defaultScenario,
    controller,
    payload,
    notices,
    history: new UndoHistory(scenario),
  };
  // A link in the address wins over the default; a bad one is reported and the default stays.
  const openedHash = location.hash;
  const fromLink = await openLink(app, openedHash);
  if (fromLink) scenario.set(fromLink, { replaced: true });
  // The planner's work from the last visit comes back (a link still wins; the work is then kept aside).
  await restoreWork(app, fromLink);
  installUndoKeys(app.history);
  controller.start(
    shipped && JSON.stringify(payload(scenario.get())) === shipped.key ? shipped.result() : undefined,
  );
  // First paint: with the shipped 基准 result at hand, the dashboard is drawn and painted before the notebook's
  // other cells compute (their first round is one long task); its cell then takes over this same view.
  // A link's or the last visit's scenario is being run by the worker: the dashboard is built meanwhile and
  // drawn with that run, if it comes within FIRST_RESULT_WAIT_MS. Building the other views first made the run
  // wait for them and for a layout of the whole page, with the dashboard drawn once without it and then again.
  let early: LiveView<RunState> | null = null;
  if (!controller.state.result && controller.state.running && fullPaths(scenario.get()) <= FULL_PATHS) {
    early = dashboardView(app, lang0);
    await firstResult(controller, FIRST_RESULT_WAIT_MS);
  }
  // The status line comes with it: the figures and the line that says which run they are (its paths, seed, or
  // that it shipped with the page) are painted together, and the line follows the run until its cell takes it.
  let earlyStatus: { view: LiveView<RunState>; stop: () => void } | null = null;
  if (controller.state.result) {
    early ??= dashboardView(app, lang0);
    early.update(controller.state);
    slot('dashboard-body').replaceChildren(early.element);
    const view = statusLine(lang0);
    earlyStatus = { view, stop: controller.subscribe((s) => view.update(s)) };
    slot('status').replaceChildren(view.element);
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted, 0)));
  }
  engine.onRestart = () =>
    pushNotice(app, { id: 'engine', kind: 'warning', text: (l) => t(l, 'status.engineRestarted') });
  // A link that failed to open keeps its place in the address bar until the scenario changes.
  startLinkSync(app, fromLink === null && openedHash.length > 1, openedHash);
  startRunWarningNotices(app);
  startAnchoringNotices(app);

  // `app` is the same object for the page's whole life: definitions close over it rather than read it from
  // a cell. Cells hold what changes: the language, the run, the stores' values.
  const nb = new Notebook(createBuiltins(() => document.getElementById('main')));
  nb.viewof('lang', slot('lang'), [], () => langToggle(lang0, readyFor));
  // The run state changes when a run starts and ends; views that show results redraw only on a new result
  // (RunController.resultState, the state the latest result came with).
  nb.hidden('runResult', [], () =>
    observe<RunState>((change) => {
      let shown: RunState | null = null;
      return controller.subscribe(() => {
        if (controller.resultState === shown) return;
        shown = controller.resultState;
        change(shown);
      });
    }),
  );
  nb.hidden('runState', [], () => observe<RunState>((change) => controller.subscribe(change)));
  // The scenario as settled: a drag's previews are skipped (the release brings the settled value), so the
  // views that show the scenario's settings are not rebuilt 60 times a second.
  nb.hidden('scenario', [], () =>
    observe<Working>((change) => app.scenario.subscribe((s, meta) => meta.preview || change(s))),
  );
  nb.hidden('selection', [], () => fromStore(app.selection));
  nb.hidden('comparisonList', [], () => fromStore(app.comparison));
  // The actuals entered in the working scenario, which the compared scenarios without their own run on
  // (comparedScenario): a new value only when they change, not on every slider's release.
  nb.hidden('enteredData', [], () =>
    observe<EnteredData>((change) => {
      let last: string | null = null;
      return app.scenario.subscribe(({ actuals, actualRates }, meta) => {
        const key = JSON.stringify([actuals, actualRates]);
        if (meta.preview || key === last) return;
        last = key;
        change({ actuals, actualRates });
      });
    }),
  );
  nb.hidden('compared', ['comparisonList', 'enteredData', 'lang'], (list: NamedScenario[], entered, lang) =>
    comparisonRuns(app, list, lang, entered),
  );
  nb.hidden('notices', [], () => fromStore(app.notices));
  nb.hidden('link', [], () => fromStore(linkInfo));
  nb.hidden('epoch', [], () =>
    observe<number>((change) => {
      let n = 0;
      return app.scenario.subscribe((_s, meta) => {
        if (meta.replaced) change(++n);
      });
    }),
  );

  nb.view('chrome', document.createElement('div'), ['lang'], (lang) => {
    applyChrome(plan, lang);
    return null;
  });
  nb.view('guide', slot('guide'), ['lang'], (lang) => firstVisitGuide(lang));
  // The views of results draw the controller's newest state, not their cell's input: a result that arrives
  // while their round waits for its tasks is drawn by that round (RunController.resultState), and the
  // round the notebook then runs for it finds nothing new to draw (changedOnly).
  nb.hidden('statusView', ['lang'], (lang) => {
    earlyStatus?.stop();
    const view = earlyStatus && lang === lang0 ? earlyStatus.view : statusLine(lang);
    earlyStatus = null;
    return changedOnly(view);
  });
  nb.view('status', slot('status'), ['statusView', 'runState'], (view: LiveView<RunState>) => {
    view.update(controller.state);
    return view.element;
  });
  nb.hidden('historyState', [], () => fromStore(app.history.state));
  // Views with inputs or buttons are built once per language and updated in place (see scenariosView).
  nb.hidden('activeScenarioView', ['lang'], (lang) => activeScenarioView(lang, app.history));
  nb.view(
    'activeScenario',
    slot('active-scenario'),
    ['activeScenarioView', 'scenario', 'historyState'],
    (view: LiveView<ActiveScenario>, scenario, state) => {
      view.update({ scenario, state });
      return view.element;
    },
  );
  nb.hidden('shareView', ['lang'], shareBar);
  nb.view('share', slot('share'), ['shareView', 'link'], (view: LiveView<LinkInfo>, info) => {
    view.update(info);
    return view.element;
  });
  nb.view('noticeBanner', slot('notices'), ['lang', 'notices'], (lang, list) => noticesView(app, lang, list));
  nb.view('cost', slot('cost'), ['lang', 'runResult'], (lang) => costLine(app, lang, controller.resultState));
  nb.view('levers', slot('levers-body'), ['lang', 'invalidation'], (lang, inv) => leversView(app, lang, inv));
  // The last full run (a drag's previews skipped): what the report shows.
  nb.hidden('settledResult', [], () =>
    observe<RunState>((change) => {
      let seq = -1;
      return controller.subscribe((state) => {
        if (state.seq !== seq && !state.preview) {
          seq = state.seq;
          change(state);
        }
      });
    }),
  );
  // Live views: built once per language, then updated in place with each result (see dashboardView), and
  // a drag's previews only while on screen (visibleOnly): a preview redraws what the planner sees.
  // The first one may be the view painted before the notebook started (see `early` above).
  nb.hidden('dashboardView', ['lang'], (lang) => {
    const view = early && lang === lang0 ? early : dashboardView(app, lang);
    early = null;
    return changedOnly(visibleOnly(view, (s) => s.preview));
  });
  nb.view('dashboard', slot('dashboard-body'), ['dashboardView', 'runResult'], (view: LiveView<RunState>) => {
    view.update(controller.resultState);
    return view.element;
  });
  nb.hidden('detailView', ['lang'], (lang) =>
    visibleOnly(indicatorDetailView(app, lang), (x) => x.state.preview),
  );
  nb.view(
    'detail',
    slot('detail-body'),
    ['detailView', 'runResult', 'selection', 'compared', 'width'],
    async (view: LiveView<DetailInput>, _state, selected, cmp, width) => {
      // In a task of its own: a release redraws the dashboard and this chart, together one long task.
      await nextTask();
      view.update({ state: controller.resultState, selected, compared: cmp.runs, width });
      return view.element;
    },
  );
  // Below the fold (the dashboard, levers and header are computed first; see ViewOptions.below).
  nb.hidden('scenariosView', ['lang', 'invalidation'], (lang, inv) => scenariosView(app, lang, inv));
  nb.view(
    'scenarios',
    slot('scenarios-body'),
    ['scenariosView', 'scenario'],
    (view: LiveView<Working>, s) => {
      view.update(s);
      return view.element;
    },
    { below: true },
  );
  let comparisonModule: Promise<typeof import('./views/comparison.ts')> | null = null;
  nb.view(
    'comparison',
    slot('comparison-body'),
    ['lang', 'comparisonList', 'enteredData', 'compared', 'selection', 'width'],
    async (lang, list, entered, cmp, sel, width) => {
      // Below the fold, and empty until a scenario is added: fetched as goal-seek is (the first visit's budget).
      comparisonModule ??= aSecondAfterFirstRun(app).then(() => import('./views/comparison.ts'));
      return (await comparisonModule).comparisonView(app, lang, list, entered, cmp, sel, width);
    },
    { below: true },
  );
  // The plan's statistics are evaluated once the planner heads for 中期评估; what they paste, at once.
  // The evaluation's state as followed, before the notebook draws it: a browser test that sees a stale view
  // tells a stalled notebook from a stalled evaluation by it (window.planpath.evaluation).
  let evaluationNow: EvaluationState | null = null;
  nb.hidden('evaluationState', [], () =>
    evaluationRuns(app, whenNear(slot('evaluation')), (s) => {
      evaluationNow = s;
    }),
  );
  nb.view(
    'evaluationInput',
    slot('evaluation-body'),
    ['lang', 'epoch', 'invalidation'],
    (lang, _epoch, inv) => evaluationInputView(app, lang, inv),
    { below: true },
  );
  // Built per language and updated in place: each release evaluates again (see evaluationResultView).
  nb.hidden('evaluationView', ['lang'], (lang) => evaluationResultView(app, lang));
  nb.view(
    'evaluation',
    slot('evaluation-result'),
    ['evaluationView', 'evaluationState'],
    (view: LiveView<EvaluationState>, s) => {
      view.update(s);
      return view.element;
    },
    { below: true },
  );
  // The report (its preview, Word and Excel exports: ≈ 8 KB) is fetched a second after the first full run is on
  // screen, as the plan import is: it is below the fold, and the first visit had passed its 350 KB budget.
  let reportModule: Promise<typeof import('./report/reportView.ts')> | null = null;
  nb.hidden('reportView', ['lang'], async (lang) => {
    reportModule ??= aSecondAfterFirstRun(app).then(() => import('./report/reportView.ts'));
    return (await reportModule).reportView(app, lang);
  });
  nb.view(
    'report',
    slot('report-body'),
    ['reportView', 'evaluationState', 'settledResult'],
    (view: LiveView<ReportInputs>, evaluation, run) => {
      view.update({ evaluation, run });
      return view.element;
    },
    { below: true },
  );
  nb.view('check', slot('check-body'), ['lang'], (lang) => planCheckView(app, lang), { below: true });
  // Goal-seek and the least-cost mix (≈ 4 KB) come as the report does, a second after the first full run: below
  // the fold, and the first visit had passed its 350 KB budget again (session 41).
  let goalSeekModule: Promise<typeof import('./views/goalSeek.ts')> | null = null;
  nb.view(
    'goalseek',
    slot('goalseek-body'),
    ['lang', 'invalidation'],
    async (lang, inv) => {
      goalSeekModule ??= aSecondAfterFirstRun(app).then(() => import('./views/goalSeek.ts'));
      return (await goalSeekModule).goalSeekView(app, lang, inv);
    },
    { below: true },
  );
  nb.view('formulaForm', slot('formulas-body'), ['lang'], (lang) => formulasView(app, lang), { below: true });
  nb.view('notes', slot('notes-body'), ['lang'], (lang) => notesView(app, lang), { below: true });
  installUserCells(nb, app);
  // Every view drawn once, those below the fold included: a mark for the bench and devtools.
  void nb.allRendered().then(() => performance.mark('planpath:views-ready'));
  (window as unknown as { planpath: unknown }).planpath = {
    app,
    notebook: nb,
    get evaluation() {
      return evaluationNow;
    },
  };
  // 新建/导入规划 (issue 10): its own section, fetched a second after the first full run is on screen (or
  // after 8 s without one), so its 22 KB do not compete with the first visit's results.
  // It is built in the page's language, so a language switch builds it again (its draft is kept in IndexedDB
  // and comes back with it).
  // The last visit's comparison, once the first run is on screen: its checks must not hold up that run.
  void afterFirstRun(app).then(() => restoreComparison(app));
  // The planner's own plans, said on the embedded plan's page, clear of its first results.
  // (Imported with the page: a chunk of its own split app.ts and lang.ts out of the page's.)
  if (userPlanId === null)
    void aSecondAfterFirstRun(app)
      .then(() => ownPlansNotice(app))
      .catch(() => undefined);
  let planImport: Promise<typeof import('./views/planImport.ts')> | null = null;
  nb.view('planImport', document.createElement('div'), ['lang'], async (lang) => {
    const first = planImport === null;
    planImport ??= aSecondAfterFirstRun(app).then(() => import('./views/planImport.ts'));
    const m = await planImport;
    // The import page reads the language from <html lang>: set it first, whichever cell runs first.
    setPageLang(lang);
    // Mounted once: the section follows a language switch itself. Mounted again, it had restored its draft
    // from storage, a save behind what was typed: a switch within 0.4 s of reading the text had brought back
    // the text before it and an empty review.
    if (first) m.mountPlanImport(app, userPlanId);
    return null;
  });
}

/** A second after afterFirstRun: when code for what is below the fold is fetched, clear of the first results. */
function aSecondAfterFirstRun(app: App): Promise<void> {
  return afterFirstRun(app).then(() => new Promise((resolve) => setTimeout(resolve, 1000)));
}

/**
 * Resolves once a full (not preview) run in the worker has ended or the worker has warmed up (a page showing
 * the shipped 基准 asks for no run), or after `ms` whatever happens.
 */
function afterFirstRun(app: App, ms = 8000): Promise<void> {
  // A run must be seen to end: the 基准 shipped with the page is a result too, shown before the worker has run.
  let ran = false;
  return untilRunState(
    app.controller,
    (s) => {
      if (s.running) ran = true;
      return ran && !s.running && s.result !== null && !s.preview;
    },
    ms,
    app.engine.warm,
  );
}

void boot();
