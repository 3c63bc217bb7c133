// The notebook: boots the engine worker with the embedded plan, opens the scenario from the address (or the
// library's 基准), then defines the cells — each a small named module under views/ — on an Observable
// runtime with our own builtins.
import '@observablehq/inputs/dist/index.css';
import './styles/base.css';
import './styles/print.css';
import './styles/report.css';
import type { Plan } from '../engine/index.ts';
import { type App, type NamedScenario, type Notice, pushNotice } from './app.ts';
import { EngineClient } from './client/engineClient.ts';
import { type EditMeta, RunController, type RunState } from './client/runController.ts';
import { t } from './i18n/t.ts';
import { loadDefaultPlan, scenarioLibrary } from './planSource.ts';
import { reportView } from './report/reportView.ts';
import { createBuiltins } from './runtime/builtins.ts';
import { observe } from './runtime/generators.ts';
import { Notebook } from './runtime/notebook.ts';
import { box } from './runtime/wrap.ts';
import { linkInfo, openLink, startLinkSync } from './share/shareSync.ts';
import { comparisonRuns } from './state/comparisonRuns.ts';
import { evaluationRuns } from './state/evaluationRuns.ts';
import { restoreWork } from './state/restoreWork.ts';
import { scenarioDocument } from './state/scenarioFile.ts';
import type { Working } from './state/scenarioOps.ts';
import { Store } from './state/store.ts';
import { fromStore } from './state/storeGenerator.ts';
import { installUndoKeys, UndoHistory } from './state/undoHistory.ts';
import { activeScenarioView } from './views/activeScenario.ts';
import { applyChrome, installSectionNav } from './views/chrome.ts';
import { comparisonView } from './views/comparison.ts';
import { costLine } from './views/costLine.ts';
import { dashboardView } from './views/dashboard.ts';
import { evaluationInputView, evaluationResultView } from './views/evaluation.ts';
import { formulaListView, formulasView } from './views/formulas.ts';
import { goalSeekView } from './views/goalSeek.ts';
import { indicatorDetailView } from './views/indicatorDetail.ts';
import { initialLang, langToggle } from './views/langToggle.ts';
import { leversView } from './views/levers.ts';
import { notesView } from './views/notes.ts';
import { noticesView } from './views/noticesView.ts';
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

function fatal(message: string): void {
  const box = document.createElement('div');
  box.className = 'error-box';
  box.setAttribute('role', 'alert');
  box.textContent = message;
  slot('dashboard-body').replaceChildren(box);
}

function defaultOf(plan: Plan, library: NamedScenario[]): Working {
  return library[0]?.scenario ?? { name: { zh: '规划默认', en: 'Plan defaults' }, plan: plan.meta.id };
}

async function boot(): Promise<void> {
  installTooltip();
  installSectionNav();
  const lang0 = initialLang();
  const engine = new EngineClient();
  let plan: Plan;
  try {
    const source = await loadDefaultPlan();
    plan = await engine.setPlan(source.json, source.file);
  } catch (error) {
    fatal(t(lang0, 'plan.loadError', { message: error instanceof Error ? error.message : String(error) }));
    return;
  }
  applyChrome(plan, lang0);
  const library = scenarioLibrary(plan.meta.id);
  const defaultScenario = defaultOf(plan, library);
  const notices = new Store<Notice[], Record<string, never>>([], {});
  const scenario = new Store<Working, EditMeta>(defaultScenario, { replaced: true });
  const payload = (s: Working) => scenarioDocument(plan, s);
  const app: App = {
    plan,
    engine,
    scenario,
    selection: new Store<string, Record<string, never>>(
      plan.targets.find((x) => x.headline && x.indicator)?.indicator ?? plan.indicators[0]!.id,
      {},
    ),
    comparison: new Store<NamedScenario[], Record<string, never>>([], {}),
    library,
    defaultScenario,
    controller: null as unknown as RunController,
    payload,
    notices,
    history: new UndoHistory(scenario),
  };
  // A link in the address wins over the default; a bad one is reported and the default stays.
  const fromLink = await openLink(app, location.hash);
  if (fromLink) scenario.set(fromLink, { replaced: true });
  // The planner's work from the last visit comes back (a link still wins; the work is then kept aside).
  await restoreWork(app, fromLink);
  installUndoKeys(app.history);
  app.controller = new RunController(engine, scenario, payload);
  engine.onRestart = () =>
    pushNotice(app, { id: 'engine', kind: 'warning', text: (l) => t(l, 'status.engineRestarted') });
  startLinkSync(app);

  const nb = new Notebook(createBuiltins(() => document.getElementById('main')));
  const m = nb.module;
  void m;
  nb.hidden('app', [], () => box(app));
  nb.viewof('lang', slot('lang'), [], () => langToggle(lang0));
  // The run state changes when a run starts and ends; views that show results redraw only on a new result.
  nb.hidden('runResult', ['app'], (a: { value: App }) =>
    observe<RunState>((change) => {
      let seq = -1;
      return a.value.controller.subscribe((state) => {
        if (state.seq !== seq) {
          seq = state.seq;
          change(state);
        }
      });
    }),
  );
  nb.hidden('runState', ['app'], (a: { value: App }) =>
    observe<RunState>((change) => a.value.controller.subscribe(change)),
  );
  nb.hidden('scenario', ['app'], (a: { value: App }) => fromStore(a.value.scenario));
  nb.hidden('selection', ['app'], (a: { value: App }) => fromStore(a.value.selection));
  nb.hidden('comparisonList', ['app'], (a: { value: App }) => fromStore(a.value.comparison));
  nb.hidden('compared', ['app', 'comparisonList', 'lang'], (a: { value: App }, list: NamedScenario[], lang) =>
    comparisonRuns(a.value, list, lang),
  );
  nb.hidden('notices', ['app'], (a: { value: App }) => fromStore(a.value.notices));
  nb.hidden('link', [], () => fromStore(linkInfo));
  nb.hidden('formulas', ['app'], (a: { value: App }) => fromStore(a.value.scenario, (s) => s.formulas ?? []));
  nb.hidden('epoch', ['app'], (a: { value: App }) =>
    observe<number>((change) => {
      let n = 0;
      return a.value.scenario.subscribe((_s, meta) => {
        if (meta.replaced) change(++n);
      });
    }),
  );

  nb.view('chrome', document.createElement('div'), ['app', 'lang'], (a: { value: App }, lang) => {
    applyChrome(a.value.plan, lang);
    return null;
  });
  nb.view('status', slot('status'), ['lang', 'runState'], statusLine);
  nb.hidden('historyState', ['app'], (a: { value: App }) => fromStore(a.value.history.state));
  nb.view(
    'activeScenario',
    slot('active-scenario'),
    ['app', 'lang', 'scenario', 'historyState'],
    (a: { value: App }, lang, s, h) => activeScenarioView(lang, s, h, a.value.history),
  );
  nb.view('share', slot('share'), ['lang', 'link'], shareBar);
  nb.view('noticeBanner', slot('notices'), ['app', 'lang', 'notices'], (a: { value: App }, lang, list) =>
    noticesView(a.value, lang, list),
  );
  nb.view('cost', slot('cost'), ['app', 'lang', 'runResult'], (a: { value: App }, lang, s) =>
    costLine(a.value, lang, s),
  );
  nb.view('levers', slot('levers-body'), ['app', 'lang', 'invalidation'], (a: { value: App }, lang, inv) =>
    leversView(a.value, lang, inv),
  );
  nb.view('dashboard', slot('dashboard-body'), ['app', 'lang', 'runResult'], (a: { value: App }, lang, s) =>
    dashboardView(a.value, lang, s),
  );
  nb.view(
    'detail',
    slot('detail-body'),
    ['app', 'lang', 'runResult', 'selection', 'compared', 'width'],
    (a: { value: App }, lang, s, sel, cmp, width) =>
      indicatorDetailView(a.value, lang, s, sel, cmp.runs, width),
  );
  nb.view(
    'scenarios',
    slot('scenarios-body'),
    ['app', 'lang', 'scenario', 'invalidation'],
    (a: { value: App }, lang, s, inv) => scenariosView(a.value, lang, s, inv),
  );
  nb.view(
    'comparison',
    slot('comparison-body'),
    ['app', 'lang', 'comparisonList', 'compared', 'selection', 'width'],
    (a: { value: App }, lang, list, cmp, sel, width) => comparisonView(a.value, lang, list, cmp, sel, width),
  );
  nb.hidden('evaluationState', ['app'], (a: { value: App }) => evaluationRuns(a.value));
  nb.view('evaluationInput', slot('evaluation-body'), ['app', 'lang', 'epoch'], (a: { value: App }, lang) =>
    evaluationInputView(a.value, lang),
  );
  nb.view(
    'evaluation',
    slot('evaluation-result'),
    ['app', 'lang', 'evaluationState'],
    (a: { value: App }, lang, s) => evaluationResultView(a.value, lang, s),
  );
  nb.view(
    'report',
    slot('report-body'),
    ['app', 'lang', 'evaluationState', 'runResult'],
    (a: { value: App }, lang, e, r) => reportView(a.value, lang, e, r),
  );
  nb.view('check', slot('check-body'), ['app', 'lang'], (a: { value: App }, lang) =>
    planCheckView(a.value, lang),
  );
  nb.view(
    'goalseek',
    slot('goalseek-body'),
    ['app', 'lang', 'invalidation'],
    (a: { value: App }, lang, inv) => goalSeekView(a.value, lang, inv),
  );
  nb.view(
    'formulaForm',
    slot('formulas-body'),
    ['app', 'lang', 'invalidation'],
    (a: { value: App }, lang, inv) => formulasView(a.value, lang, [], inv),
  );
  nb.view(
    'formulaList',
    slot('formulas-list'),
    ['app', 'lang', 'formulas', 'runResult'],
    (a: { value: App }, lang, list, s) => formulaListView(a.value, lang, list, s),
  );
  nb.view(
    'notes',
    slot('notes-body'),
    ['app', 'lang', 'epoch', 'invalidation'],
    (a: { value: App }, lang, _e, inv) => notesView(a.value, lang, inv),
  );
  (window as unknown as { planpath: unknown }).planpath = { app, notebook: nb };
}

void boot();
