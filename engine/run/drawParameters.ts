// The run's parameters, drawn once per path before the first year: a base value and, per modifier (a
// lever's or event's effect), a size. updateParameters combines them year by year.

import type { DrawSource } from './DrawSource.ts';
import type { ParameterModifier, RunSetup } from './resolveScenario.ts';
import type { Workspace } from './Workspace.ts';

/** One parameter's per-path draws; `effective` is what the kernels read (the base when it has no modifiers). */
export interface ParameterDraws {
  id: string;
  base: Float64Array;
  sizes: Float64Array[];
  modifiers: ParameterModifier[];
  effective: Float64Array;
}

function fillDraws(out: Float64Array, mean: number, sd: number, z: Float32Array): void {
  if (sd === 0) out.fill(mean);
  else for (let i = 0; i < out.length; i++) out[i] = mean + sd * z[i]!;
}

/** Per-path base value of every parameter, and per-path size of each of its modifiers. */
export function drawParameters(
  setup: RunSetup,
  n: number,
  draws: DrawSource,
  ws: Workspace,
): ParameterDraws[] {
  return setup.parameters.map((p) => {
    const base = ws.poolArray();
    fillDraws(base, p.value.mean, p.value.sd, draws.normals(`param:${p.id}`, n));
    const sizes = p.modifiers.map((m) => {
      const s = ws.poolArray();
      fillDraws(s, m.size.mean, m.size.sd, draws.normals(m.stream, n));
      return s;
    });
    return {
      id: p.id,
      base,
      sizes,
      modifiers: p.modifiers,
      effective: p.modifiers.length > 0 ? ws.poolArray() : base,
    };
  });
}
