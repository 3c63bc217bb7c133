// deflate-raw through the platform's CompressionStream (browsers and Node ≥ 20): no library in the bundle.

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit: number) {
  const writer = stream.writable.getWriter();
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => {});
  writer.close().catch(() => {});
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new InflateLimitError(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return pipe(bytes, new CompressionStream('deflate-raw'), Number.POSITIVE_INFINITY);
}

/** Thrown when inflating would pass the limit: the content is too large, not damaged. */
export class InflateLimitError extends RangeError {}

/**
 * Inflates at most `limit` bytes, so a crafted link cannot blow up the page's memory. 8 MiB: the page's own
 * links reach past 1 MiB (notes of 99,000 characters each are allowed), and at 1 MiB such a link had been
 * called damaged.
 */
export function inflateRaw(bytes: Uint8Array, limit = 8 << 20): Promise<Uint8Array> {
  return pipe(bytes, new DecompressionStream('deflate-raw'), limit);
}
