// The engine ships its fixed WebAssembly as bytes (engine/compile/wasm/loopModuleBytes.ts) instead of emitting it
// in every fresh process. Those bytes must be what the emitters write today: this fails after an emitter has
// changed until `npm run emit:wasm` is run, and on a file that was edited by hand.
import { describe, expect, it } from 'vitest';
import { bytesOf, charCodes } from '../../engine/compile/wasm/bytesOf.ts';
import { encodeModule, type FuncDef } from '../../engine/compile/wasm/encodeModule.ts';
import { LOOP_MODULE_BYTES } from '../../engine/compile/wasm/loopModuleBytes.ts';
import { LOOP_MODULE_SOURCES } from '../../engine/compile/wasm/loopModuleSources.ts';
import { MATH_FUNCTIONS, mathFunctions } from '../../engine/compile/wasm/mathFunctions.ts';
import { shippedMathFunctions } from '../../engine/compile/wasm/shippedMathFunctions.ts';

const RUN = 'run `npm run emit:wasm`';

describe('the shipped WebAssembly', () => {
  it('has exactly the modules the sources list', () => {
    expect(Object.keys(LOOP_MODULE_BYTES).sort(), RUN).toEqual(Object.keys(LOOP_MODULE_SOURCES).sort());
  });

  for (const [key, functions] of Object.entries(LOOP_MODULE_SOURCES)) {
    it(`module ${key} is what its emitters write, and valid`, () => {
      const emitted = encodeModule({
        memory: { module: 'env', name: 'memory' },
        imports: [],
        functions: functions(),
      });
      const shipped = Buffer.from(bytesOf(LOOP_MODULE_BYTES[key as keyof typeof LOOP_MODULE_BYTES]));
      expect(shipped.equals(Buffer.from(emitted)), `${key} is stale: ${RUN}`).toBe(true);
      expect(WebAssembly.validate(shipped)).toBe(true);
    });
  }

  it('math functions are what mathFunctions.ts emits, exported by name when asked', () => {
    const plain = (defs: FuncDef[]) => defs.map((d) => ({ ...d, body: Array.from(d.body) }));
    expect(plain(shippedMathFunctions()), RUN).toEqual(mathFunctions(0));
    expect(plain(shippedMathFunctions(true))).toEqual(mathFunctions(0, true));
    expect(shippedMathFunctions(true).map((d) => d.export)).toEqual(MATH_FUNCTIONS);
  });

  it('reads every byte the same with Node’s Buffer and without it (the page’s worker)', () => {
    const all = Array.from({ length: 256 }, (_, b) => String.fromCharCode(b)).join('');
    const expected = Array.from({ length: 256 }, (_, b) => b);
    expect(Array.from(bytesOf(all))).toEqual(expected);
    expect(Array.from(charCodes(all))).toEqual(expected);
    expect(Array.from(bytesOf(LOOP_MODULE_BYTES.paths))).toEqual(
      Array.from(charCodes(LOOP_MODULE_BYTES.paths)),
    );
  });
});
