import { describe, expect, it } from 'vitest';
import { formatProgressBar, progressReporter } from '../../engine/cli/progressReporter.ts';

describe('progress bar', () => {
  it('draws the share done', () => {
    expect(formatProgressBar({ done: 0.5, stage: 'goal-seek: 3' }, 10)).toBe(
      '[#####-----]  50%  goal-seek: 3',
    );
    expect(formatProgressBar({ done: 2, stage: 'x' }, 4)).toBe('[####] 100%  x');
    expect(formatProgressBar({ done: Number.NaN, stage: 'x' }, 4)).toBe('[----]   0%  x');
  });

  it('redraws one line on a terminal, clears it when done, and stays silent elsewhere', () => {
    const written: string[] = [];
    const tty = progressReporter({ isTTY: true, write: (s) => written.push(s) }, { minIntervalMs: 0 });
    tty.onProgress({ done: 0.25, stage: 'a' });
    tty.onProgress({ done: 1, stage: 'b' });
    tty.done();
    expect(written).toHaveLength(3);
    expect(written[0]).toBe(`\r\x1b[2K${formatProgressBar({ done: 0.25, stage: 'a' })}`);
    expect(written[2]).toBe('\r\x1b[2K');
    const piped: string[] = [];
    const quiet = progressReporter({ isTTY: false, write: (s) => piped.push(s) });
    quiet.onProgress({ done: 0.5, stage: 'a' });
    quiet.done();
    expect(piped).toEqual([]);
  });

  it('on a pipe, after a few silent seconds, prints a plain line every few seconds', () => {
    let clock = 0;
    const lines: string[] = [];
    const plain = progressReporter({ isTTY: false, write: (s) => lines.push(s) }, { now: () => clock });
    plain.onProgress({ done: 0.1, stage: 'sensitivity: run 1/9' });
    clock = 4999;
    plain.onProgress({ done: 0.2, stage: 'sensitivity: run 2/9' });
    expect(lines).toEqual([]);
    clock = 5000;
    plain.onProgress({ done: 0.3, stage: 'sensitivity: run 3/9' });
    clock = 6000;
    plain.onProgress({ done: 0.4, stage: 'sensitivity: run 4/9' });
    clock = 10_000;
    plain.onProgress({ done: 0.5, stage: 'sensitivity: run 5/9' });
    expect(lines).toEqual([
      `${formatProgressBar({ done: 0.3, stage: 'sensitivity: run 3/9' })}\n`,
      `${formatProgressBar({ done: 0.5, stage: 'sensitivity: run 5/9' })}\n`,
    ]);
  });
});
