// Where a run takes its random draws from: the seeded shock bank for Monte Carlo, or the centre of every
// distribution for the deterministic path (normals 0, uniforms ½). The simulation cannot tell them apart,
// which is why a zero-variance Monte Carlo reproduces the deterministic path exactly.
import { shockBankFor } from '../random/ShockBank.ts';

export interface DrawSource {
  /** Same id, same draws: `bank:<seed>`, or `zeros`. */
  id: string;
  /** The first n standard normals of a stream (float32): a view, read it before asking for another. */
  normals(stream: string, n: number): Float32Array;
  /** The first n uniforms in (0, 1) of a stream: a view, read it before asking for another. */
  uniforms(stream: string, n: number): Float64Array;
}

/** `keep` false: the bank generates each row afresh into one reused row rather than keeping it (a one-run
 * process); the draws are the same. */
export function bankDraws(seed: number, keep = true): DrawSource {
  const bank = shockBankFor(seed);
  return {
    id: `bank:${seed}`,
    normals: (stream, n) => bank.normals(stream, n, keep),
    uniforms: (stream, n) => bank.uniforms(stream, n, keep),
  };
}

let zeros = new Float32Array(0);
let halves = new Float64Array(0);
export const zeroDraws: DrawSource = {
  id: 'zeros',
  normals(_stream, n) {
    if (zeros.length < n) zeros = new Float32Array(n);
    return zeros.length === n ? zeros : zeros.subarray(0, n);
  },
  uniforms(_stream, n) {
    if (halves.length < n) halves = new Float64Array(n).fill(0.5);
    return halves.length === n ? halves : halves.subarray(0, n);
  },
};
