// How wide text prints, in ems of its font: what the report's table widths and header lines are measured in.

/** What prints one em wide: CJK characters and full-width punctuation. */
export const CJK = /[\u2E80-\u9FFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Display width of text in ems: a CJK character is one, a Latin letter or digit about half. */
export function textEms(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 1 : 0.55;
  return w;
}

/** The widest piece text cannot be broken inside: a run of non-CJK letters between spaces, or one CJK character. */
export function longestWordEms(text: string): number {
  let best = 0;
  for (const token of text.split(/\s+/)) {
    let run = 0;
    for (const ch of token) {
      if (CJK.test(ch)) {
        best = Math.max(best, run, 1);
        run = 0;
      } else run += 0.55;
    }
    best = Math.max(best, run);
  }
  return best;
}
