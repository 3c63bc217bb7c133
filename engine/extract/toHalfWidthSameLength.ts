// Full-width ASCII (１２３，；：（）％～) → half-width, one character for one, so every offset into the
// result is an offset into the original text. Chinese punctuation without an ASCII twin (、。“”《》) is kept.

export function toHalfWidthSameLength(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000\u2212\uFE63]/g, (c) => {
    if (c === '\u3000') return ' ';
    if (c === '\u2212' || c === '\uFE63') return '-';
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
}
