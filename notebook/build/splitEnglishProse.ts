// The English of the embedded plan's notes and rationales, taken out of the plan the page loads first: a
// Chinese page never shows it, and with both languages written out it had pushed a first visit's JS past its
// 350 KB budget. The English page loads it (englishProse.ts) before drawing in English.

/** Where each English note was, as a JSON Pointer into the plan, and its text. */
export interface EnglishProse {
  planId: string;
  prose: Record<string, string>;
}

/** The keys of prose a Chinese page never shows in English: notes, rationales, an indicator's description. */
const PROSE = new Set(['note', 'rationale', 'description']);

/** A copy of `plan` whose {zh, en} notes and rationales keep their Chinese only, and the English taken out. */
export function splitEnglishProse<P extends { meta: { id: string } }>(
  plan: P,
): { plan: P; english: EnglishProse } {
  const copy = structuredClone(plan);
  const prose: Record<string, string> = {};
  const walk = (x: unknown, at: string): void => {
    if (Array.isArray(x)) {
      x.forEach((v, i) => {
        walk(v, `${at}/${i}`);
      });
      return;
    }
    if (!x || typeof x !== 'object') return;
    for (const [k, v] of Object.entries(x as Record<string, unknown>)) {
      const text = v as { zh?: unknown; en?: unknown } | null;
      if (PROSE.has(k) && text && typeof text === 'object' && typeof text.en === 'string') {
        prose[`${at}/${k}`] = text.en;
        delete text.en;
      } else walk(v, `${at}/${k}`);
    }
  };
  walk(copy, '');
  return { plan: copy, english: { planId: plan.meta.id, prose } };
}

/** Puts the English back into `plan` (the copy splitEnglishProse made, as the page holds it), in place. */
export function mergeEnglishProse(plan: { meta: { id: string } }, english: EnglishProse): void {
  if (english.planId !== plan.meta.id) return;
  for (const [pointer, en] of Object.entries(english.prose)) {
    let at: unknown = plan;
    for (const key of pointer.slice(1).split('/')) at = (at as Record<string, unknown> | undefined)?.[key];
    if (at && typeof at === 'object' && typeof (at as { zh?: unknown }).zh === 'string')
      (at as { en?: string }).en = en;
  }
}
