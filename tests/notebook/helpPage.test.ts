// The help page (help.html, linked from every verdict's "?") says how verdicts and the mid-term statuses are
// reached. It had kept an older four-step scale (很可能达成 / 有望达成 …) that no view shows any more; these
// tests hold it to the labels the engine writes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STATUS_ORDER } from '../../engine/evaluate/classifyStatus.ts';
import { ENGINE_MESSAGES } from '../../engine/report/messages/catalogue.ts';

const html = readFileSync(new URL('../../help.html', import.meta.url), 'utf8');

/** The text of the section headed by `id`, up to the next heading. */
function section(id: string): string {
  const start = html.indexOf(`id="${id}"`);
  expect(start).toBeGreaterThan(0);
  const end = html.indexOf('<h2', start + 1);
  return html.slice(start, end < 0 ? undefined : end).replace(/<[^>]+>/g, '');
}

/** The bold labels of a section's list. */
function labels(id: string): string[] {
  const start = html.indexOf(`id="${id}"`);
  const end = html.indexOf('<h2', start + 1);
  return [...html.slice(start, end).matchAll(/<li><b>([^<]+)<\/b>/g)].map((m) => m[1]!.trim());
}

const VERDICTS = [
  'achieved',
  'missed',
  'unknown-base',
  'no-record',
  // Not a code: the label of `no-record` when what is missing is the indicator's history (verdictLabelMessage).
  'no-history',
  'not-comparable',
  'on-track',
  'at-risk',
  'off-track',
] as const;
// Every status the evaluation table writes, in the engine's order, and 无数据.
const STATUSES = [...STATUS_ORDER, 'no-data'] as const;

describe('the help page', () => {
  it.each([
    ['zh', 'outlook'],
    ['en', 'en-outlook'],
  ] as const)('lists in %s exactly the verdicts the page shows, with its thresholds', (lang, id) => {
    const verdict = (code: (typeof VERDICTS)[number]) => ENGINE_MESSAGES[`verdict.${code}`][lang];
    expect(labels(id)).toEqual(VERDICTS.map(verdict));
    const text = section(id);
    for (const threshold of ['80%', '20%']) expect(text).toContain(threshold);
    expect(text).toContain(ENGINE_MESSAGES['verdict.reached-early'][lang]);
    for (const basis of ['data', 'assumption'] as const)
      expect(text).toContain(ENGINE_MESSAGES[`verdict.basis.${basis}`][lang]);
  });

  it.each([
    ['zh', 'evaluation'],
    ['en', 'en-evaluation'],
  ] as const)('names in %s every mid-term status the evaluation table writes', (lang, id) => {
    const text = section(id);
    for (const s of STATUSES) expect(text).toContain(ENGINE_MESSAGES[`status.${s}`][lang]);
    for (const threshold of ['110%', '90%', '60%']) expect(text).toContain(threshold);
  });
});
