// Where a run takes its standard normal draws from: the seeded shock bank for Monte Carlo, or zeros for
// the deterministic path (every uncertain quantity at its mean). The simulation cannot tell them apart,
// which is why a zero-variance Monte Carlo reproduces the deterministic path exactly.
import { shockBankFor } from '../random/ShockBank.ts';

export interface DrawSource {
  /** Same id, same draws: `bank:<seed>`, or `zeros`. */
  id: string;
  normals(stream: string, n: number): Float64Array;
}

export function bankDraws(seed: number): DrawSource {
  const bank = shockBankFor(seed);
  return { id: `bank:${seed}`, normals: (stream, n) => bank.normals(stream, n) };
}

let zeros = new Float64Array(0);
export const zeroDraws: DrawSource = {
  id: 'zeros',
  normals(_stream, n) {
    if (zeros.length < n) zeros = new Float64Array(n);
    return zeros.length === n ? zeros : zeros.subarray(0, n);
  },
};
