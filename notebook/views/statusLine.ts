// The run status in the top bar: running, preview, or the last full run's paths, seed and time.
import type { RunState } from '../client/runController.ts';
import { esc } from '../format/escape.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';

export function statusLine(lang: Lang, s: RunState): HTMLElement {
  const t = translator(lang);
  const el = document.createElement('span');
  el.dataset.seq = String(s.seq);
  el.dataset.running = String(s.running);
  el.dataset.preview = String(s.preview);
  const r = s.result;
  let html = '';
  if (s.running) html += `<span class="spinner" aria-hidden="true"></span>`;
  if (s.error)
    html += `<span class="failed">${esc(t('status.failed', { message: s.error.split('\n')[0] ?? '' }))}</span> `;
  if (r) {
    html += esc(
      s.preview
        ? t('status.preview', { paths: r.paths })
        : t('status.done', { paths: r.paths.toLocaleString(), seed: r.seed, ms: Math.round(r.elapsedMs) }),
    );
  } else if (s.running) {
    html += esc(t('status.running'));
  }
  el.innerHTML = html;
  document.body.dataset.runSeq = String(s.seq);
  document.body.dataset.running = String(s.running);
  return el;
}
