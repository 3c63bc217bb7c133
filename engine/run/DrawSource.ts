// Where a run takes its random draws from: the seeded shock bank for Monte Carlo, or the centre of every
// distribution for the deterministic path (normals 0, uniforms ½). The simulation tells them apart in one
// place only: with `zeros` a count's flows carry their rounding over the years rather than each taking the
// median of its year (carriedCount.ts).
import type { PathLoops } from '../compile/wasm/pathLoops.ts';
import { shockBankFor } from '../random/ShockBank.ts';

/** What writes a row of uniforms into a memory: a workspace's path loops. */
export type UniformWriter = Pick<PathLoops, 'uniforms'>;

export interface DrawSource {
  /** Same id, same draws: `bank:<seed>`, or `zeros`. */
  id: string;
  /** The first n standard normals of a stream (float32): a view, read it before asking for another. */
  normals(stream: string, n: number): Float32Array;
  /**
   * Fills `row` with the first row.length uniforms in (0, 1) of a stream; `row` is a view of the memory
   * `writer` works on.
   */
  uniforms(stream: string, row: Float64Array, writer: UniformWriter): void;
}

/** `keep` false: the bank generates each row of normals afresh into one reused row rather than keeping it
 * (a one-run process); the draws are the same. */
export function bankDraws(seed: number, keep = true): DrawSource {
  const bank = shockBankFor(seed);
  return {
    id: `bank:${seed}`,
    normals: (stream, n) => bank.normals(stream, n, keep),
    uniforms(stream, row, writer) {
      const [hi, lo] = bank.uniformKey(stream);
      writer.uniforms(row.byteOffset, 0, row.length, hi, lo);
    },
  };
}

let zeros = new Float32Array(0);
export const zeroDraws: DrawSource = {
  id: 'zeros',
  normals(_stream, n) {
    if (zeros.length < n) zeros = new Float32Array(n);
    return zeros.length === n ? zeros : zeros.subarray(0, n);
  },
  uniforms(_stream, row) {
    row.fill(0.5);
  },
};
