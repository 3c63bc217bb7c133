import type { ParameterDraws } from './drawParameters.ts';

/** Year y's effective value of every modified parameter, path by path: base + Σ profile[y] · size. */
export function updateParameters(params: ParameterDraws[], y: number, n: number): void {
  for (const p of params) {
    if (p.modifiers.length === 0) continue;
    p.effective.set(p.base);
    for (let k = 0; k < p.modifiers.length; k++) {
      const f = p.modifiers[k]!.profile[y]!;
      if (f === 0) continue;
      const size = p.sizes[k]!;
      for (let i = 0; i < n; i++) p.effective[i]! += f * size[i]!;
    }
  }
}
