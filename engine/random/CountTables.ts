// One set of tabulated count distribution functions (the layout countLookupModule.ts reads) and the key they
// were built for. A count indicator's means are often the same row year after year (a pace drawn once per
// path), so each count indicator keeps its own set in the workspace and countQuantiles rebuilds it only when
// the key changes — tabulating was half the cost of the count draws when one set served every indicator.
import { DECIDED_BYTES, GUIDE, tableOffsets } from '../compile/wasm/countLookupModule.ts';

/** Tabulated means at most (rows G + 1). */
export const COUNT_ROWS = 1025;
/** Tabulated CDF entries at most (8 bytes each). */
export const COUNT_ENTRIES = 1 << 16;

const offsets = tableOffsets(COUNT_ROWS);

export class CountTables {
  /** Bytes of one set. */
  static readonly BYTES = Math.ceil((offsets.cdf + 8 * COUNT_ENTRIES) / 16) * 16;

  /** Byte address of the set (the lookup's `tables`). */
  readonly at: number;
  readonly means: Float64Array;
  /** 1/m of each row, so the look-up need not divide per path. */
  readonly inverses: Float64Array;
  readonly starts: Int32Array;
  readonly lasts: Int32Array;
  readonly guide: Int32Array;
  readonly decided: Uint8Array;
  readonly cdf: Float64Array;
  /** Byte address of cdf[0]. */
  readonly cdfAt: number;
  /**
   * What the tables hold: the smallest and largest mean, the dispersion (NaN: Poisson), the row length n
   * they were sized for, the rows G and the decided cells' log2 width. `valid` false until a build completes, so a build abandoned halfway (a row
   * underflowed) is never read.
   */
  lo = Number.NaN;
  hi = Number.NaN;
  dispersion = Number.NaN;
  n = 0;
  G = 0;
  logJ = 0;
  valid = false;

  constructor(memory: WebAssembly.Memory, at: number) {
    const buffer = memory.buffer;
    this.at = at;
    this.means = new Float64Array(buffer, at + offsets.means, COUNT_ROWS);
    this.inverses = new Float64Array(buffer, at + offsets.inverses, COUNT_ROWS);
    this.starts = new Int32Array(buffer, at + offsets.starts, COUNT_ROWS);
    this.lasts = new Int32Array(buffer, at + offsets.lasts, COUNT_ROWS);
    this.guide = new Int32Array(buffer, at + offsets.guide, GUIDE * COUNT_ROWS);
    this.decided = new Uint8Array(buffer, at + offsets.decided, DECIDED_BYTES);
    this.cdfAt = at + offsets.cdf;
    this.cdf = new Float64Array(buffer, this.cdfAt, COUNT_ENTRIES);
  }

  /** Built for these means, dispersion (NaN for Poisson) and row length? */
  holds(lo: number, hi: number, dispersion: number, n: number): boolean {
    return (
      this.valid &&
      this.n === n &&
      this.lo === lo &&
      this.hi === hi &&
      (this.dispersion === dispersion || (Number.isNaN(this.dispersion) && Number.isNaN(dispersion)))
    );
  }
}
