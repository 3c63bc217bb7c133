// A difference written with its sign in front of its size: +8.4 个百分点, −0.97 万户, ±0 (no change).

/** `text`, the size of `x` already written (any sign it carries is replaced), after the sign of `x`. */
export function signed(x: number, text: string): string {
  return `${x > 0 ? '+' : x < 0 ? '−' : '±'}${text.replace(/^[-−+]/, '')}`;
}
