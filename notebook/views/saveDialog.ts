// Saving a scenario asks for its own name and description, in Chinese and English: a modified 基准 must
// not be saved as 基准 (or as "Baseline" in English) with 基准's description.
import type { Lang } from '../i18n/lang.ts';
import { t } from '../i18n/t.ts';
import type { Working } from '../state/scenarioOps.ts';

export interface ScenarioLabels {
  name: { zh: string; en?: string };
  description?: { zh: string; en?: string };
}

/** Labels with the empty English parts left out (the page then shows the Chinese). */
export function labelsFrom(f: {
  nameZh: string;
  nameEn: string;
  descZh: string;
  descEn: string;
}): ScenarioLabels {
  const name: ScenarioLabels['name'] = { zh: f.nameZh.trim() };
  if (f.nameEn.trim()) name.en = f.nameEn.trim();
  const out: ScenarioLabels = { name };
  if (f.descZh.trim() || f.descEn.trim()) {
    const description: { zh: string; en?: string } = { zh: f.descZh.trim() || f.descEn.trim() };
    if (f.descEn.trim()) description.en = f.descEn.trim();
    out.description = description;
  }
  return out;
}

/**
 * Opens the dialog; resolves with the labels, or null when cancelled. `inherit.name` / `.description` false
 * (the scenario was modified from the one opened, and that label is still the original's) starts those fields
 * empty, so nothing of the original's labels carries over; a name the planner typed is kept (she had had to
 * type 政策加力 twice).
 */
export function askScenarioLabels(
  lang: Lang,
  current: Working,
  inherit: { name: boolean; description: boolean },
  /** Whether a scenario of this Chinese name is saved already: saving over it asks once more. */
  taken: (nameZh: string) => boolean = () => false,
): Promise<ScenarioLabels | null> {
  const dialog = document.createElement('dialog');
  dialog.className = 'save-dialog';
  dialog.id = 'save-dialog';
  dialog.setAttribute('aria-labelledby', 'save-dialog-title');
  const form = document.createElement('form');
  form.method = 'dialog';
  const h = document.createElement('h3');
  h.id = 'save-dialog-title';
  h.textContent = t(lang, 'save.title');
  const intro = document.createElement('p');
  intro.className = 'muted';
  intro.textContent = t(lang, 'save.intro');
  form.append(h, intro);
  const name = current.name as { zh: string; en?: string };
  const desc = current.description as { zh: string; en?: string } | undefined;
  const field = (id: string, label: string, value: string, multiline: boolean, keep: boolean) => {
    const l = document.createElement('label');
    l.className = 'field';
    l.textContent = label;
    const input = multiline ? document.createElement('textarea') : document.createElement('input');
    input.id = id;
    input.value = keep ? value : '';
    if (input instanceof HTMLTextAreaElement) input.rows = 2;
    l.append(input);
    form.append(l);
    return input;
  };
  const nameZh = field('save-name-zh', t(lang, 'save.nameZh'), name.zh, false, inherit.name);
  const nameEn = field('save-name-en', t(lang, 'save.nameEn'), name.en ?? '', false, inherit.name);
  const descZh = field('save-desc-zh', t(lang, 'save.descZh'), desc?.zh ?? '', true, inherit.description);
  const descEn = field('save-desc-en', t(lang, 'save.descEn'), desc?.en ?? '', true, inherit.description);
  // A scenario needs a Chinese name (the file format's); on the English page an English one alone serves for both.
  nameZh.required = lang === 'zh';
  const error = document.createElement('p');
  error.className = 'field-error';
  error.setAttribute('role', 'alert');
  const row = document.createElement('div');
  row.className = 'row';
  const ok = document.createElement('button');
  ok.type = 'submit';
  ok.className = 'small primary';
  ok.id = 'save-confirm';
  ok.value = 'save';
  ok.textContent = t(lang, 'save.confirm');
  const cancel = document.createElement('button');
  cancel.type = 'button';
  cancel.className = 'small';
  cancel.textContent = t(lang, 'save.cancel');
  row.append(ok, cancel);
  form.append(error, row);
  dialog.append(form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    const finish = (value: ScenarioLabels | null) => {
      dialog.close();
      dialog.remove();
      resolve(value);
    };
    cancel.addEventListener('click', () => finish(null));
    dialog.addEventListener('cancel', (e) => {
      e.preventDefault();
      finish(null);
    });
    let overwriting = '';
    nameZh.addEventListener('input', () => {
      if (overwriting === '') return;
      overwriting = '';
      error.textContent = '';
      ok.textContent = t(lang, 'save.confirm');
    });
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const zh = nameZh.value.trim() || (lang === 'en' ? nameEn.value.trim() : '');
      if (!zh) {
        error.textContent = t(lang, 'save.nameRequired');
        nameZh.focus();
        return;
      }
      if (taken(zh) && overwriting !== zh) {
        overwriting = zh;
        error.textContent = t(lang, 'save.overwrite', { name: zh });
        ok.textContent = t(lang, 'save.overwriteConfirm');
        return;
      }
      finish(
        labelsFrom({
          nameZh: zh,
          nameEn: nameEn.value,
          descZh: descZh.value,
          descEn: descEn.value,
        }),
      );
    });
    dialog.showModal();
    nameZh.focus();
  });
}
