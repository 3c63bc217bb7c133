// The status line's failures the page itself raises are said in the page's language; an engine's message as it came.
import { describe, expect, it } from 'vitest';
import { RUN_STUCK, RUN_WORKER_STOPPED } from '../../notebook/client/runController.ts';
import { runErrorText } from '../../notebook/format/runErrorText.ts';
import { translator } from '../../notebook/i18n/t.ts';

describe('runErrorText', () => {
  it('words a stuck run and a worker stopped twice in the page’s language', () => {
    expect(runErrorText(RUN_STUCK, translator('zh'))).toBe('20秒无结果，重启计算引擎后仍无结果');
    expect(runErrorText(RUN_WORKER_STOPPED, translator('zh'))).toBe('计算引擎两次停止');
    expect(runErrorText(RUN_STUCK, translator('en'))).toBe(
      'no result after 20 s, even after the engine was restarted',
    );
  });

  it('keeps an engine message’s first line', () => {
    expect(runErrorText('plan broken\nat line 3', translator('zh'))).toBe('plan broken');
  });
});
