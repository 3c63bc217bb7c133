// A text progress bar for long analytics on a terminal (the CLI passes process.stderr). On a terminal it
// redraws one line; elsewhere (a pipe, a CI log) it stays silent for the first few seconds, so quick commands
// leave logs clean, and then prints a plain line every few seconds, so a long analysis is never silent.
import type { Progress } from '../index.ts';

export interface TextSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

/** "[#########-----------]  45%  goal-seek: bisection 5" */
export function formatProgressBar(p: Progress, width = 24): string {
  const done = Math.min(1, Math.max(0, Number.isFinite(p.done) ? p.done : 0));
  const filled = Math.round(done * width);
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${String(Math.round(done * 100)).padStart(3)}%  ${p.stage}`;
}

export interface ProgressReporter {
  onProgress: (p: Progress) => void;
  /** Clears the bar. */
  done: () => void;
}

/** Runs a long analysis with a progress bar on stderr, cleared when it ends or fails. */
export function withProgress<T>(work: (onProgress: (p: Progress) => void) => Promise<T>): Promise<T> {
  const bar = progressReporter(process.stderr);
  return work(bar.onProgress).finally(bar.done);
}

export function progressReporter(
  sink: TextSink,
  options: { minIntervalMs?: number; plainEveryMs?: number; now?: () => number } = {},
): ProgressReporter {
  if (!sink.isTTY) return plainReporter(sink, options.plainEveryMs ?? 5000, options.now ?? Date.now);
  const minInterval = options.minIntervalMs ?? 80;
  let last = 0;
  let shown = false;
  return {
    onProgress: (p) => {
      const now = Date.now();
      if (now - last < minInterval && p.done < 1) return;
      last = now;
      shown = true;
      sink.write(`\r\x1b[2K${formatProgressBar(p)}`);
    },
    done: () => {
      if (shown) sink.write('\r\x1b[2K');
      shown = false;
    },
  };
}

/** For a pipe or a log: nothing for the first `every` ms, then one line per `every` ms. */
function plainReporter(sink: TextSink, every: number, now: () => number): ProgressReporter {
  const started = now();
  let last = started;
  return {
    onProgress: (p) => {
      const t = now();
      if (t - last < every || p.done >= 1) return;
      last = t;
      sink.write(`${formatProgressBar(p)}\n`);
    },
    done: () => {},
  };
}
