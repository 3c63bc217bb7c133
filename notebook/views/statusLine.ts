// The run status in the top bar: a progress bar while a run goes, then the preview or the last full run's
// paths, seed and time.
import { html } from 'htl';
import { formatNumber } from '../../engine/index.ts';
import type { RunState } from '../client/runController.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function statusLine(lang: Lang, s: RunState): HTMLElement {
  const t = translator(lang);
  const r = s.result;
  const text = r
    ? s.preview
      ? t('status.preview', { paths: r.paths })
      : t('status.done', { paths: formatNumber(r.paths, lang), seed: r.seed, ms: Math.round(r.elapsedMs) })
    : s.running
      ? t('status.running')
      : '';
  const el = html`<span data-seq=${s.seq} data-running=${String(s.running)} data-preview=${String(s.preview)}>${
    s.running && s.progress !== null
      ? html`<progress max="1" value=${s.progress} aria-label=${t('status.running')}></progress> `
      : null
  }${s.error ? html`<span class="failed">${t('status.failed', { message: s.error.split('\n')[0] ?? '' })}</span> ` : null}${text}</span>`;
  document.body.dataset.runSeq = String(s.seq);
  document.body.dataset.running = String(s.running);
  return el;
}
