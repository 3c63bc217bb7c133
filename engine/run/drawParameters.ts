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

/** out = mean + sd · z per path, z the stream's normals (copied into the workspace's memory first). */
function fillDraws(
  ws: Workspace,
  out: Float64Array,
  mean: number,
  sd: number,
  draws: DrawSource,
  stream: string,
): void {
  if (sd === 0) out.fill(mean);
  else ws.pathLoops.affine(ws.n, out.byteOffset, ws.noise(draws, stream, 1), mean, sd);
}

/** Per-path base value of every parameter, and per-path size of each of its modifiers. */
export function drawParameters(setup: RunSetup, draws: DrawSource, ws: Workspace): ParameterDraws[] {
  return setup.parameters.map((p) => {
    const base = ws.poolArray();
    fillDraws(ws, base, p.value.mean, p.value.sd, draws, `param:${p.id}`);
    const sizes = p.modifiers.map((m) => {
      const s = ws.poolArray();
      fillDraws(ws, s, m.size.mean, m.size.sd, draws, m.stream);
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
