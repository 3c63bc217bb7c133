// The engine's own exp, log and pow (mathFunctions.ts, fdlibm in WebAssembly) for the few places JavaScript
// computes with random draws (a count's inverse CDF): the host's Math.exp/log/pow differ by an ulp between
// JavaScript engines, and a seed must give the same bits everywhere. Instantiated once, on first use.
import { encodeModule } from './encodeModule.ts';
import { shippedMathFunctions } from './shippedMathFunctions.ts';

export interface EngineMath {
  exp(x: number): number;
  log(x: number): number;
  pow(x: number, y: number): number;
}

let instance: EngineMath | undefined;

export function engineMath(): EngineMath {
  if (!instance) {
    const module = new WebAssembly.Module(
      encodeModule({
        memory: { module: 'env', name: 'memory' },
        imports: [],
        functions: shippedMathFunctions(true),
      }),
    );
    instance = new WebAssembly.Instance(module, { env: { memory: new WebAssembly.Memory({ initial: 0 }) } })
      .exports as unknown as EngineMath;
  }
  return instance;
}
