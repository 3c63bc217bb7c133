// Plan check: the consistency findings on the plan's own figures, each with its severity, the targets and
// sections involved, and the arithmetic step by step.
import { html } from 'htl';
import { type Finding, loadCheckMessages, type Message, renderParts } from '../../engine/index.ts';
import type { App } from '../app.ts';
import { type Lang, pick } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

// The plan's findings do not change with the language: checked once per page, shown in either.
const checked = new WeakMap<App, Promise<{ findings: Finding[] }>>();
/** The plan check's findings, asked of the worker once per page (the indicator detail reads them too). */
export function planFindings(app: App): Promise<{ findings: Finding[] }> {
  let p = checked.get(app);
  if (!p) {
    // The findings' words (the worker returns codes) come with them, not with the first visit: the check is
    // asked for after the first run, and 15 KB of its words had been in the page's first load.
    p = Promise.all([app.engine.checkPlan(), loadCheckMessages()]).then(([r]) => r);
    checked.set(app, p);
    p.catch(() => checked.delete(app));
  }
  return p;
}

/**
 * A finding's message in the page's language. A citation of the source as printed (a plan's figure, a
 * statistic's phrase, a name the plan gives only in Chinese) is a quotation in Chinese in the English view;
 * the sentence already carries any quotation marks it needs.
 */
function messageNodes(message: Message, lang: Lang): (string | Node)[] {
  return renderParts(lang, message).map((p) => {
    if (p.kind === 'cite' && lang === 'en') {
      const q = document.createElement('q');
      q.lang = 'zh-CN';
      q.style.quotes = 'none';
      q.textContent = p.text;
      return q;
    }
    return p.text;
  });
}

export async function planCheckView(app: App, lang: Lang): Promise<HTMLElement> {
  const t = translator(lang);
  const el = document.createElement('div');
  el.className = 'plan-check';
  let findings: Finding[];
  // The worker does one thing at a time: let the first run reach the screen before checking the plan.
  await new Promise<void>((resolve) => {
    const stop = app.controller.subscribe((s) => {
      if (s.seq > 0 || s.error) {
        queueMicrotask(() => stop());
        resolve();
      }
    });
  });
  try {
    findings = (await planFindings(app)).findings;
  } catch (error) {
    el.append(html`<div class="error-box">${error instanceof Error ? error.message : String(error)}</div>`);
    return el;
  }
  if (!findings.length) {
    el.append(html`<p class="muted">${t('check.none')}</p>`);
    return el;
  }
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  // Plan sections are cited as printed (Chinese, marked so); the list separator is the page language's.
  const sep = lang === 'zh' ? '；' : '; ';
  const name = (id: string) => pick(app.plan.targets.find((x) => x.id === id)?.name, lang) || id;
  el.append(
    html`<div class="dash-summary">${(['error', 'warning', 'info'] as const).map(
      (sev) =>
        html`<span class=${`outlook sev-${sev}`}>${t(`check.severity.${sev}`)} <b>${counts[sev]}</b></span>`,
    )}</div>`,
    ...findings.map((f) => {
      const details =
        html`<details><summary class="item-meta">${t('check.arithmetic')}</summary><pre>${messageNodes(f.arithmetic, lang)}</pre></details>` as HTMLDetailsElement;
      details.open = f.severity !== 'info';
      return html`<div class=${`finding ${f.severity}`} data-kind=${f.kind}>
        <div><span class=${`badge sev-${f.severity}`}>${t(`check.severity.${f.severity}`)}</span> ${messageNodes(f.message, lang)}</div>
        <div class="item-meta">${f.targets.map(name).join(sep)}${
          f.sections.length ? html` · <span lang="zh-CN">${f.sections.join('；')}</span>` : ''
        }</div>
        ${details}
      </div>`;
    }),
  );
  return el;
}
