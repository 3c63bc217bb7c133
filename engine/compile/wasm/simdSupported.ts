// Whether this engine runs WebAssembly SIMD (Chrome 91+, Firefox 89+, Safari 16.4+, Node 16.4+). Kernels
// are compiled with a SIMD loop where it does, and scalar only where it does not; both give the same numbers.
import { CodeWriter } from './CodeWriter.ts';
import { encodeModule } from './encodeModule.ts';
import { Simd } from './opcodes.ts';

let supported: boolean | undefined;

export function simdSupported(): boolean {
  if (supported === undefined) {
    const body = new CodeWriter().f64Const(0).simd(Simd.f64x2Splat).simd(Simd.f64x2ExtractLane).byte(0).bytes;
    const probe = encodeModule({
      memory: { module: 'env', name: 'memory' },
      imports: [],
      functions: [{ params: [], results: ['f64'], locals: [], body }],
    });
    supported = WebAssembly.validate(probe);
  }
  return supported;
}
