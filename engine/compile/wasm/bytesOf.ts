/** The bytes a string of characters U+0000–U+00FF stands for, one a character (loopModuleBytes.ts). */
export function bytesOf(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return bytes;
}
