import { describe, expect, it } from 'vitest';
import { inTenths, msg, renderMessage } from '../../engine/index.ts';
import { list, prob } from '../../engine/report/messages/message.ts';

describe('inTenths', () => {
  it('writes every probability of a message to 0.1 point, nested ones too, and leaves the rest', () => {
    const inner = msg('verdict.reason.no-record', { pMet: prob(0.3314), name: 'x' });
    const outer = msg('verdict.aspirational', { label: list([prob(0.0004)], 'sep.comma'), verdict: inner });
    expect(renderMessage('zh', inner)).toContain('达成概率 33%');
    expect(renderMessage('zh', inTenths(inner))).toContain('达成概率 33.1%');
    const tenths = inTenths(outer);
    expect(renderMessage('zh', tenths)).toContain('33.1%');
    expect(renderMessage('zh', tenths)).toContain('<0.1%');
    expect(
      renderMessage('en', inTenths(msg('verdict.reason.no-record', { pMet: prob(0.9996), name: 'x' }))),
    ).toContain('over 99.9%');
    // The message itself is not changed.
    expect(renderMessage('zh', outer)).toContain('33%');
  });
});
