// The run status in the top bar: a progress bar while a run goes, then the preview or the last full run's
// paths, seed and time. A live view: built once per language and rewritten in place with each run state (a
// drag changes it twice per preview), so the top bar is not rebuilt.
import { formatNumber } from '../../engine/index.ts';
import type { RunState } from '../client/runController.ts';
import { runErrorText } from '../format/runErrorText.ts';
import type { Lang } from '../i18n/lang.ts';
import { translator } from '../i18n/t.ts';
import type { LiveView } from '../runtime/liveView.ts';

export function statusLine(lang: Lang): LiveView<RunState> {
  const t = translator(lang);
  const element = document.createElement('span');
  const progress = document.createElement('progress');
  progress.max = 1;
  progress.setAttribute('aria-label', t('status.running'));
  const failed = document.createElement('span');
  failed.className = 'failed';
  const text = document.createTextNode('');
  return {
    element,
    update(s) {
      const r = s.result;
      text.data = r
        ? s.preview
          ? t('status.preview', { paths: r.paths })
          : s.shipped
            ? // its run time was the build machine's: not a figure of this page
              t('status.shipped', { paths: formatNumber(r.paths, lang), seed: r.seed })
            : t('status.done', {
                paths: formatNumber(r.paths, lang),
                seed: r.seed,
                ms: Math.round(r.elapsedMs),
              })
        : s.running
          ? t('status.running')
          : '';
      const parts: Node[] = [];
      if (s.running && s.progress !== null) {
        progress.value = s.progress;
        parts.push(progress, document.createTextNode(' '));
      }
      if (s.error) {
        failed.textContent = `${t('status.failed', { message: runErrorText(s.error, t) })} `;
        parts.push(failed);
      }
      parts.push(text);
      // Only when what is shown changes kind (progress, failure): a preview's text is a text-node update.
      if (parts.length !== element.childNodes.length || parts.some((p, i) => element.childNodes[i] !== p))
        element.replaceChildren(...parts);
      element.dataset.seq = String(s.seq);
      element.dataset.running = String(s.running);
      element.dataset.preview = String(s.preview);
      // The worker's own time for the run shown (none for the shipped 基准): benches tell it from the page's.
      element.dataset.engineMs = s.result && !s.shipped ? String(Math.round(s.result.elapsedMs)) : '';
      document.body.dataset.runSeq = String(s.seq);
      document.body.dataset.running = String(s.running);
    },
  };
}
