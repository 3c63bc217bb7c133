// Room in a WebAssembly memory for countQuantiles: one set of tabulated distribution functions per count
// indicator (CountTables.ts), a copy of the row of uniforms, the list of paths to invert directly and the
// bounds of the row's means. A workspace holds one next to its path buffers (the means and the counts must
// be in the same memory).

import { type CountLoops, instantiateCountLoops } from '../compile/wasm/countLookupModule.ts';
import { simdSupported } from '../compile/wasm/simdSupported.ts';
import { COUNT_ROWS, CountTables } from './CountTables.ts';

/** Rows shorter than this are inverted path by path (no tables). */
export const SMALL_ROW = 32;

export class CountScratch {
  /** Bytes of the region for rows of up to n paths, with `sets` table sets. */
  static bytes(n: number, sets: number): number {
    return sets * CountTables.BYTES + 16 + Math.ceil((16 * n + 4 * (COUNT_ROWS + 1)) / 16) * 16;
  }

  readonly memory: WebAssembly.Memory;
  readonly loops: CountLoops;
  /** lo and hi of the last `range` call. */
  readonly bounds: Float64Array;
  /** Table sets, one per count indicator (none for rows shorter than SMALL_ROW). */
  readonly sets: CountTables[];
  /** The uniforms of the row being drawn, when they come from another memory. */
  readonly uRow: Float64Array;
  /** Paths the tables could not decide. */
  readonly list: Int32Array;
  /** Room for byRow: the listed paths in row order, and a count per row. */
  readonly sorted: Int32Array;
  readonly rowCounts: Int32Array;

  /** `simd`: the decided pass reads two paths at a time where the engine can (countLookupModule.ts). */
  constructor(memory: WebAssembly.Memory, at: number, n: number, sets: number, simd = simdSupported()) {
    this.memory = memory;
    const buffer = memory.buffer;
    this.sets = Array.from({ length: sets }, (_, s) => new CountTables(memory, at + s * CountTables.BYTES));
    const rest = at + sets * CountTables.BYTES;
    this.bounds = new Float64Array(buffer, rest, 2);
    this.uRow = new Float64Array(buffer, rest + 16, n);
    this.list = new Int32Array(buffer, rest + 16 + 8 * n, n);
    this.sorted = new Int32Array(buffer, rest + 16 + 12 * n, n);
    this.rowCounts = new Int32Array(buffer, rest + 16 + 16 * n, COUNT_ROWS + 1);
    this.loops = instantiateCountLoops(memory, simd);
  }

  /** A scratch in a memory of its own, with a row for the means and one for the counts (tests, references). */
  static alone(
    n: number,
    sets = 1,
    simd = simdSupported(),
  ): { scratch: CountScratch; mean: Float64Array; out: Float64Array } {
    const rows = CountScratch.bytes(n, sets);
    const memory = new WebAssembly.Memory({ initial: Math.ceil((rows + 16 * n) / 65536) });
    const scratch = new CountScratch(memory, 0, n, sets, simd);
    return {
      scratch,
      mean: new Float64Array(memory.buffer, rows, n),
      out: new Float64Array(memory.buffer, rows + 8 * n, n),
    };
  }
}
