/**
 * Bytes as the characters U+0000–U+00FF of a single-quoted literal (engine/compile/wasm/bytesOf.ts reads them
 * back): printable ones as themselves, the rest escaped as \xNN. Gzipped, the page's worker carries about two
 * thirds of what base64 would cost it.
 */
export function byteString(bytes: ArrayLike<number>): string {
  let text = '';
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k]!;
    const plain = (b >= 0x20 && b < 0x7f && b !== 0x27 && b !== 0x5c) || b >= 0xa0;
    text += plain ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`;
  }
  return text;
}
