// What the status line says of a failed run: the page's own failures (a stuck run, a worker stopped twice) in
// the page's language — they had read "计算失败：no result after 20 s" — and an engine message's first line.
import { RUN_STUCK, RUN_WORKER_STOPPED, STUCK_MS } from '../client/runController.ts';
import type { Translate } from '../i18n/t.ts';

/** `error` (RunState.error) as the status line words it. */
export function runErrorText(error: string, t: Translate): string {
  if (error === RUN_STUCK) return t('status.stuck', { s: STUCK_MS / 1000 });
  if (error === RUN_WORKER_STOPPED) return t('status.workerStopped');
  return error.split('\n')[0] ?? '';
}
