// Whether a pasted or uploaded text is over a size limit, in UTF-8 bytes as the planner's file would be: the
// plan-text extractor and the actuals reader refuse such a text whole, before reading any of it.

/** The text's UTF-8 length when it is over `limitBytes`, else null; a text that cannot be over is not encoded. */
export function oversizeBytes(text: string, limitBytes: number): number | null {
  // A UTF-16 unit takes at most 3 UTF-8 bytes (a surrogate pair, two units, takes 4).
  if (text.length * 3 <= limitBytes) return null;
  const bytes = new TextEncoder().encode(text).length;
  return bytes > limitBytes ? bytes : null;
}
