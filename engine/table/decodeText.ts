// A text file's bytes as text, whatever a planner's machine saved it in: UTF-8 (with or without a BOM), UTF-16
// with a BOM (Excel's "Unicode text"), or GB18030, which covers GBK and GB2312 — the encoding of Excel's plain
// "CSV (逗号分隔)" on Chinese Windows. Read as UTF-8, such a file had been refused for a header it has
// ("未找到表头"). Bytes that are not valid UTF-8 are taken as GB18030, and the caller says so.

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    // ignoreBOM false (the default) drops a UTF-8 BOM.
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
