import type { PathLoops } from '../compile/wasm/pathLoops.ts';
import type { ParameterDraws } from './drawParameters.ts';

/**
 * Year y's effective value of every modified parameter, path by path: base + Σ profile[y] · size. The arrays
 * are a workspace's (Workspace.poolArray), which `loops` works over: in JavaScript the loop ran cold in a
 * fresh page worker, ≈ 4 ms of a link's first run against 1 ms warm (BENCHMARKS.md, session 15).
 */
export function updateParameters(params: ParameterDraws[], y: number, n: number, loops: PathLoops): void {
  for (const p of params) {
    if (p.modifiers.length === 0) continue;
    p.effective.set(p.base);
    for (let k = 0; k < p.modifiers.length; k++) {
      const f = p.modifiers[k]!.profile[y]!;
      if (f !== 0) loops.axpy(n, p.effective.byteOffset, f, p.sizes[k]!.byteOffset);
    }
  }
}
