// A run's rows of uniforms as plain arrays, for code that reads them outside a workspace (the bench's
// references, tests): written by the loop a workspace runs (PathLoops.uniforms) into a memory of its own,
// then copied out, once per stream and length.
import { instantiatePathLoops } from '../../engine/compile/wasm/pathLoops.ts';
import type { DrawSource } from '../../engine/run/DrawSource.ts';

const PAGE = 65536;

/** `row(stream, n)`: the first n uniforms of a stream of `draws` (the same array on every call). */
export function uniformRows(draws: DrawSource): (stream: string, n: number) => Float64Array {
  const memory = new WebAssembly.Memory({ initial: 1 });
  const writer = instantiatePathLoops(memory);
  const rows = new Map<string, Float64Array>();
  return (stream, n) => {
    const key = `${n}:${stream}`;
    let row = rows.get(key);
    if (!row) {
      const pages = Math.ceil((8 * n) / PAGE) - memory.buffer.byteLength / PAGE;
      if (pages > 0) memory.grow(pages);
      const view = new Float64Array(memory.buffer, 0, n);
      draws.uniforms(stream, view, writer);
      row = view.slice();
      rows.set(key, row);
    }
    return row;
  };
}
