// Scenarios: the current one (named, saved in this browser, exported as a file), the library from
// scenarios/, the planner's saved ones, and importing a file. Any of them can be opened or compared.
// Built once per language and updated in place as the scenario settles (a slider's release): rebuilding its
// inputs and buttons each time cost the release a task of the browser's own (form extraction, 15 ms).
import type { Plan } from '../../engine/index.ts';
import { type App, dropOpeningNotices, type NamedScenario, pushNotice } from '../app.ts';
import { esc } from '../format/escape.ts';
import { gbkNote, parseJsonBytes } from '../format/parseJsonFile.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { type Translate, t, translator } from '../i18n/t.ts';
import { distinctName } from '../model/distinctName.ts';
import { runValueText } from '../model/settingText.ts';
import type { LiveView } from '../runtime/liveView.ts';
import { setText } from '../runtime/setIfChanged.ts';
import { exportScenarioFile, scenarioProblem } from '../share/shareSync.ts';
import { pageStorage as storage } from '../state/pageStorage.ts';
import { deleteSaved, readSaved, savedListText } from '../state/savedScenarios.ts';
import { saveOrOffer } from '../state/saveOrOffer.ts';
import { SCENARIO_FORMAT, ScenarioDocumentError, workingFromDocument } from '../state/scenarioFile.ts';
import { scenarioForOtherPlan } from '../state/scenarioForOtherPlan.ts';
import { additionsCount, changedCount, type Working } from '../state/scenarioOps.ts';
import { fileButton } from './fileButton.ts';
import { askScenarioLabels } from './saveDialog.ts';
import { scenarioName } from './scenarioName.ts';

export const MAX_COMPARED = 4;

/** "与规划默认不同的设置：2 项 · 自定义指标 1 项 · 录入实际数据 3 项" (the additions only where there are any). */
function changesText(plan: Plan, s: Working, t: Translate, lang: Lang): string {
  const { formulas, actuals } = additionsCount(s);
  // The run's own settings, where set: 2035年愿景 had read "0 项" though it runs to 2035 (a tester).
  const run = (['horizon', 'seed', 'paths', 'asOf'] as const).flatMap((id) =>
    s[id] === undefined
      ? []
      : [t('scen.run', { label: t(`scen.run.${id}`), value: runValueText(id, s[id], lang) })],
  );
  return [
    t('scen.changes', { n: changedCount(plan, s) }),
    ...run,
    ...(formulas > 0 ? [t('scen.formulas', { n: formulas })] : []),
    ...(actuals > 0 ? [t('scen.actuals', { n: actuals })] : []),
  ].join(' · ');
}

export function addToComparison(app: App, entry: NamedScenario): boolean {
  const list = app.comparison.get();
  if (list.some((e) => e.key === entry.key)) return true;
  if (list.length >= MAX_COMPARED) {
    // Said where the planner looks (the banner under the top bar), naming the scenario left out.
    pushNotice(app, {
      id: 'comparison-full',
      kind: 'warning',
      text: (lang) => t(lang, 'cmp.fullNotice', { name: scenarioName(entry.scenario, lang) }),
    });
    return false;
  }
  app.comparison.set([...list, entry], {});
  return true;
}

async function openScenario(app: App, s: Working): Promise<void> {
  const problem = await scenarioProblem(app, s);
  if (problem) {
    pushNotice(app, { id: 'open', kind: 'error', text: problem });
    return;
  }
  dropOpeningNotices(app);
  app.scenario.set(structuredClone(s), { replaced: true });
  document.getElementById('dashboard')?.scrollIntoView({ behavior: 'smooth' });
}

function button(label: string, onClick: () => void, cls = 'small'): HTMLButtonElement {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = cls;
  b.textContent = label;
  b.addEventListener('click', onClick);
  return b;
}

export function scenariosView(app: App, lang: Lang, invalidation: Promise<unknown>): LiveView<Working> {
  const t = translator(lang);
  void invalidation;
  const el = document.createElement('div');
  el.className = 'scenarios';

  // The current scenario.
  const h = document.createElement('h3');
  h.textContent = t('scen.current');
  const row = document.createElement('div');
  row.className = 'row';
  const nameLabel = document.createElement('label');
  nameLabel.textContent = `${t('scen.name')} `;
  const name = document.createElement('input');
  name.type = 'text';
  name.id = 'scenario-name';
  name.addEventListener('change', () => {
    const v = name.value.trim();
    if (!v) return;
    // A new Chinese name leaves the old English one behind: a renamed 基准 had kept "Baseline" in its link.
    app.scenario.update((s) => ({ ...s, name: lang === 'zh' ? { zh: v } : { ...s.name, en: v } }), {});
  });
  nameLabel.append(name);
  const status = document.createElement('span');
  status.className = 'muted';
  status.setAttribute('role', 'status');
  const store = storage();
  row.append(
    nameLabel,
    button(
      t('scen.save'),
      async () => {
        // A name already saved is overwritten only when the planner confirms it (a second 保存 had silently
        // replaced the scenario of that name).
        const taken = (zh: string) =>
          store !== null && readSaved(store, app.storageKey).entries.some((e) => e.scenario.name.zh === zh);
        const current = app.scenario.get();
        const origin = app.history.origin;
        const untouched = !app.history.state.get().modified;
        const changed = (a: unknown, b: unknown) => JSON.stringify(a) !== JSON.stringify(b);
        const labels = await askScenarioLabels(
          lang,
          current,
          {
            name: untouched || changed(current.name, origin.name),
            description: untouched || changed(current.description, origin.description),
          },
          taken,
        );
        if (!labels) return;
        const { description: _old, ...rest } = app.scenario.get();
        const named: Working = { ...rest, ...labels };
        savedFor = named;
        app.scenario.set(named, {});
        app.history.setOrigin(named);
        const saved = saveOrOffer(app, store, named);
        if (!saved) {
          // The notice (with the file download) is in the banner at the top; say so here, by the button.
          status.textContent = t('store.notSaved');
          return;
        }
        status.textContent = t('scen.saved', { name: scenarioName(saved.scenario, lang) });
        renderSaved();
      },
      'small primary',
    ),
    button(t('scen.export'), () => exportScenarioFile(app, app.scenario.get())),
    button(t('cmp.addCurrent'), () => {
      const s = distinctName(
        structuredClone(app.scenario.get()),
        app.comparison.get().map((e) => e.scenario),
      );
      if (!addToComparison(app, { key: `current:${Date.now()}`, source: 'current', scenario: s }))
        status.textContent = t('cmp.fullNotice', { name: scenarioName(s, lang) });
      else document.getElementById('comparison')?.scrollIntoView({ behavior: 'smooth' });
    }),
    status,
  );
  const changes = document.createElement('p');
  changes.className = 'muted';
  el.append(h, row, changes);
  /** The scenario just saved: its 已保存 note stays until the scenario changes again. */
  let savedFor: Working | null = null;

  // Import a file.
  const picker = fileButton(`${t('scen.import')}…`, {
    accept: '.json,application/json',
    id: 'scenario-import',
  });
  const file = picker.input;
  file.addEventListener('change', async () => {
    const f = file.files?.[0];
    if (!f) return;
    const json = parseJsonBytes(new Uint8Array(await f.arrayBuffer()));
    if (!json.ok) {
      pushNotice(app, {
        id: 'import',
        kind: 'error',
        text: (l) => translator(l)('scen.importError', { file: f.name, message: json.problem(l) }),
      });
      file.value = '';
      return;
    }
    try {
      const s = workingFromDocument(json.value);
      // Another plan's file fails on every id it sets: refused for that one reason, as a link of it is.
      const other = scenarioForOtherPlan(json.value, app.plan.meta.id);
      const problem = other
        ? (l: Lang) =>
            translator(l)('scen.document.otherPlan', { plan: other, current: pick(app.plan.meta.title, l) })
        : await scenarioProblem(app, s);
      if (problem) {
        pushNotice(app, {
          id: 'import',
          kind: 'error',
          text: (l) => translator(l)('scen.importError', { file: f.name, message: problem(l) }),
        });
        file.value = '';
        return;
      }
      dropOpeningNotices(app);
      app.scenario.set(s, { replaced: true });
      pushNotice(app, {
        id: 'import',
        kind: 'info',
        text: (l) =>
          `${t('scen.imported', { name: scenarioName(s, l) })}${json.gbk ? `${l === 'zh' ? '。' : '. '}${gbkNote(f.name, l)}` : ''}`,
      });
    } catch (error) {
      const said = (l: Lang) =>
        error instanceof ScenarioDocumentError
          ? translator(l)(`scen.document.${error.code}`, { found: error.found, format: SCENARIO_FORMAT })
          : error instanceof Error
            ? error.message
            : String(error);
      pushNotice(app, {
        id: 'import',
        kind: 'error',
        text: (l) => translator(l)('scen.importError', { file: f.name, message: said(l) }),
      });
    }
    file.value = '';
  });
  const importRow = document.createElement('p');
  importRow.className = 'row';
  importRow.append(picker.element);
  el.append(importRow);

  const list = (title: string, entries: NamedScenario[], extra?: (e: NamedScenario) => HTMLElement[]) => {
    const h3 = document.createElement('h3');
    h3.textContent = title;
    const ul = document.createElement('ul');
    ul.className = 'card-list';
    for (const e of entries) {
      const li = document.createElement('li');
      li.dataset.scenario = e.key;
      const text = document.createElement('div');
      text.className = 'grow';
      const desc = e.scenario.description ? pick(e.scenario.description, lang) : '';
      text.innerHTML = `<div><b>${esc(scenarioName(e.scenario, lang))}</b> <span class="muted">${esc(changesText(app.plan, e.scenario, t, lang))}</span></div>${desc ? `<div class="desc">${esc(desc)}</div>` : ''}`;
      // What 对比 did, said on the card clicked (the banner at the top is out of sight down here).
      const note = document.createElement('div');
      note.className = 'card-status';
      note.setAttribute('role', 'status');
      text.firstElementChild!.after(note); // under the name, beside the buttons
      li.append(
        text,
        button(t('scen.load'), () => void openScenario(app, e.scenario)),
        button(t('scen.compare'), () => {
          const added = addToComparison(app, e);
          note.classList.toggle('warn', !added);
          note.textContent = added
            ? t('cmp.added', { n: app.comparison.get().length, max: MAX_COMPARED })
            : t('cmp.fullNotice', { name: scenarioName(e.scenario, lang) });
        }),
        ...(extra?.(e) ?? []),
      );
      ul.append(li);
    }
    return [h3, ul];
  };
  el.append(...list(t('scen.library'), app.library));

  const savedBox = document.createElement('div');
  el.append(savedBox);
  // The saved list is read again only when the stored text changed (a save, a delete, another tab).
  let savedText: string | null = null;
  const renderSaved = () => {
    if (!store) return;
    savedText = savedListText(store, app.storageKey);
    const { entries, problems } = readSaved(store, app.storageKey);
    for (const p of problems) {
      pushNotice(app, {
        id: `saved-${p.name}`,
        kind: 'warning',
        text: (l) => translator(l)('scen.storageError', p),
      });
    }
    const named: NamedScenario[] = entries.map((e) => ({
      key: e.key,
      source: 'saved',
      scenario: e.scenario,
    }));
    const nodes = list(t('scen.mine'), named, (e) => [
      button(t('scen.delete'), () => {
        // Deleting cannot be undone: asked first (a click had removed a prepared scenario at once).
        if (!confirm(t('scen.deleteConfirm', { name: scenarioName(e.scenario, lang) }))) return;
        deleteSaved(store, app.storageKey, e.key);
        renderSaved();
      }),
    ]);
    if (!named.length) {
      const p = document.createElement('p');
      p.className = 'muted';
      p.textContent = t('scen.noneSaved');
      nodes.push(p);
    }
    savedBox.replaceChildren(...nodes);
  };
  renderSaved();
  return {
    element: el,
    update(current) {
      const label = scenarioName(current, lang);
      if (name.value !== label) name.value = label;
      let text = changesText(app.plan, current, t, lang);
      // Modified since it was saved, the description is the saved one's (郑处长: "不加政策杠杆" beside two levers).
      if (current.description)
        text += ` · ${
          app.history.state.get().modified
            ? t('scen.descriptionAsSaved', { text: pick(current.description, lang) })
            : pick(current.description, lang)
        }`;
      setText(changes, text);
      if (current !== savedFor) {
        savedFor = null;
        status.textContent = '';
      }
      if (store && savedListText(store, app.storageKey) !== savedText) renderSaved();
    },
  };
}
