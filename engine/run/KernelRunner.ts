// Calls a compiled kernel for one indicator-year: fills the frame (where to write, where each input's row
// and this year's noise lie) and runs the kernel over all paths. The noise addresses and coefficients are
// state, set by drawNoise for the indicator about to run (kernels compiled without noise never read them).

import type { CompiledIndicator, CompiledKernel, CompiledModel } from '../compile/compileModel.ts';
import { FRAME_INPUTS, FRAME_MACRO, FRAME_OUT, FRAME_OWN } from '../compile/wasm/emitKernel.ts';
import type { DrawSource } from './DrawSource.ts';
import type { ParameterDraws } from './drawParameters.ts';
import type { Workspace } from './Workspace.ts';

/** Where one kernel reads and writes: its export and, per input, a values buffer or a parameter array. */
export interface Binding {
  index: number;
  inputs: { buffer: Float64Array; prev: boolean; perYear: boolean }[];
}

export class KernelRunner {
  /** Byte addresses of this indicator-year's noise. */
  private macro = 0;
  private own = 0;
  private macroCoef = 0;
  private ownCoef = 0;
  private readonly rowBytes: number;
  private readonly paramIndex: Map<string, number>;

  constructor(
    private readonly model: CompiledModel,
    private readonly ws: Workspace,
    private readonly params: ParameterDraws[],
    private readonly years: number[],
    private readonly n: number,
  ) {
    this.rowBytes = n * 8;
    this.paramIndex = new Map(params.map((p, k) => [p.id, k]));
  }

  bind(kernel: CompiledKernel): Binding {
    return {
      index: kernel.index,
      inputs: kernel.inputs.map((inp) =>
        inp.kind === 'parameter'
          ? { buffer: this.params[this.paramIndex.get(inp.id)!]!.effective, prev: false, perYear: false }
          : { buffer: this.ws.values[this.model.slotOf.get(inp.id)!]!, prev: inp.prev, perYear: true },
      ),
    };
  }

  /** Runs kernel `b` for year y, writing to `out` (a byte address). */
  run(b: Binding, out: number, y: number): void {
    const { frame } = this.ws;
    frame[FRAME_OUT] = out;
    frame[FRAME_MACRO] = this.macro;
    frame[FRAME_OWN] = this.own;
    for (let k = 0; k < b.inputs.length; k++) {
      const inp = b.inputs[k]!;
      const row = inp.perYear ? this.ws.rowOf(inp.prev && y > 0 ? y - 1 : y) : 0;
      frame[FRAME_INPUTS + k] = inp.buffer.byteOffset + row * this.rowBytes;
    }
    this.ws.kernels[b.index]!(this.n, this.ws.frameAddress, this.macroCoef, this.ownCoef, this.years[y]!, y);
  }

  /** Points the kernels at this indicator's draws for `year`: vol·(a·macro + √(1−a²)·own). */
  drawNoise(ind: CompiledIndicator, year: number, draws: DrawSource): void {
    const a = ind.macroLoading;
    this.own = this.ws.noise(draws, `noise:${ind.id}:${year}`, 1);
    this.macro = a === 0 ? this.own : this.ws.noise(draws, `macro:${year}`, 0);
    this.macroCoef = ind.volatility * a;
    this.ownCoef = ind.volatility * Math.sqrt(Math.max(0, 1 - a * a));
  }
}
