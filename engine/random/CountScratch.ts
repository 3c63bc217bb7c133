// Room in a WebAssembly memory for countQuantiles: the tabulated distribution functions (countLookupModule.ts
// gives their layout), a copy of the row of uniforms and the list of paths to invert directly. A workspace
// holds one next to its path buffers (the means and the counts must be in the same memory).
import {
  type CountLoops,
  DECIDED_BYTES,
  GUIDE,
  instantiateCountLoops,
  tableOffsets,
} from '../compile/wasm/countLookupModule.ts';

/** Tabulated means at most (rows G + 1). */
export const COUNT_ROWS = 1025;
/** Tabulated CDF entries at most (8 bytes each). */
export const COUNT_ENTRIES = 1 << 16;

const offsets = tableOffsets(COUNT_ROWS);
const BOUNDS = offsets.cdf + 8 * COUNT_ENTRIES;
const TABLE_BYTES = BOUNDS + 16;

export class CountScratch {
  /** Bytes of the region for rows of up to n paths. */
  static bytes(n: number): number {
    return TABLE_BYTES + Math.ceil((12 * n) / 16) * 16;
  }

  readonly memory: WebAssembly.Memory;
  readonly loops: CountLoops;
  /** lo and hi of the last `range` call. */
  readonly bounds: Float64Array;
  /** Byte address of the tables. */
  readonly tables: number;
  readonly means: Float64Array;
  readonly starts: Int32Array;
  readonly lasts: Int32Array;
  readonly guide: Int32Array;
  readonly decided: Uint8Array;
  readonly cdf: Float64Array;
  /** Byte address of cdf[0]. */
  readonly cdfAt: number;
  /** The uniforms of the row being drawn, when they come from another memory. */
  readonly uRow: Float64Array;
  /** Paths the tables could not decide. */
  readonly list: Int32Array;

  constructor(memory: WebAssembly.Memory, at: number, n: number) {
    this.memory = memory;
    this.tables = at;
    const buffer = memory.buffer;
    this.means = new Float64Array(buffer, at + offsets.means, COUNT_ROWS);
    this.starts = new Int32Array(buffer, at + offsets.starts, COUNT_ROWS);
    this.lasts = new Int32Array(buffer, at + offsets.lasts, COUNT_ROWS);
    this.guide = new Int32Array(buffer, at + offsets.guide, GUIDE * COUNT_ROWS);
    this.decided = new Uint8Array(buffer, at + offsets.decided, DECIDED_BYTES);
    this.cdfAt = at + offsets.cdf;
    this.cdf = new Float64Array(buffer, this.cdfAt, COUNT_ENTRIES);
    this.uRow = new Float64Array(buffer, at + TABLE_BYTES, n);
    this.list = new Int32Array(buffer, at + TABLE_BYTES + 8 * n, n);
    this.bounds = new Float64Array(buffer, at + BOUNDS, 2);
    this.loops = instantiateCountLoops(memory, COUNT_ROWS);
  }

  /** A scratch in a memory of its own, with a row for the means and one for the counts (tests, references). */
  static alone(n: number): { scratch: CountScratch; mean: Float64Array; out: Float64Array } {
    const bytes = CountScratch.bytes(n) + 16 * n;
    const memory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
    const scratch = new CountScratch(memory, 0, n);
    const rows = CountScratch.bytes(n);
    return {
      scratch,
      mean: new Float64Array(memory.buffer, rows, n),
      out: new Float64Array(memory.buffer, rows + 8 * n, n),
    };
  }
}
