// CRC-32 (ISO-HDLC, the zip/PNG polynomial 0xEDB88320): the integrity check of a v2 share link. Written
// out rather than imported: fifteen lines, no dependency in the page bundle, and unlike SubtleCrypto it
// works on a plain-http intranet address (crypto.subtle exists only in secure contexts).

let table: Uint32Array | null = null;

function crcTable(): Uint32Array {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
}

export function crc32(bytes: Uint8Array): number {
  table ??= crcTable();
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = table[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The checksum as the 4 big-endian bytes a link carries. */
export function crc32Bytes(bytes: Uint8Array): Uint8Array {
  const c = crc32(bytes);
  return new Uint8Array([c >>> 24, (c >>> 16) & 0xff, (c >>> 8) & 0xff, c & 0xff]);
}
