// The module encoder writes the bytes the WebAssembly core spec (§5.5) gives for a module, checked here
// byte by byte on a small one (every section the engine writes, runs of locals, an export), and a module
// made of many long functions — as the kernels are — reads back and runs.
import { describe, expect, it } from 'vitest';
import { encodeModule } from '../../engine/compile/wasm/encodeModule.ts';

const memory = { module: 'env', name: 'memory' };
const env = () => ({ env: { memory: new WebAssembly.Memory({ initial: 1 }) } });

describe('encodeModule', () => {
  it('writes the spec’s bytes for a small module', () => {
    const bytes = encodeModule({
      memory,
      imports: [],
      functions: [
        {
          params: ['i32', 'i32'],
          results: ['i32'],
          locals: ['f64', 'f64', 'i32'],
          body: [0x20, 0x00, 0x20, 0x01, 0x6a], // local.get 0, local.get 1, i32.add
          export: 'add',
        },
      ],
    });
    // biome-ignore format: one section a line
    expect([...bytes]).toEqual([
      0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, // magic, version
      0x01, 0x07, 0x01, 0x60, 0x02, 0x7f, 0x7f, 0x01, 0x7f, // types: (i32, i32) → i32
      0x02, 0x0f, 0x01, 0x03, 0x65, 0x6e, 0x76, 0x06, 0x6d, 0x65, 0x6d, 0x6f, 0x72, 0x79, 0x02, 0x00, 0x00, // env.memory
      0x03, 0x02, 0x01, 0x00, // functions: type 0
      0x07, 0x07, 0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00, // export "add" = function 0
      0x0a, 0x0d, 0x01, 0x0b, 0x02, 0x02, 0x7c, 0x01, 0x7f, 0x20, 0x00, 0x20, 0x01, 0x6a, 0x0b, // code: 2 f64, 1 i32
    ]);
    const add = new WebAssembly.Instance(new WebAssembly.Module(bytes), env()).exports.add as (
      a: number,
      b: number,
    ) => number;
    expect(add(2, 3)).toBe(5);
  });

  it('joins many long bodies into a module that validates and runs', () => {
    // f_k returns k + 1 + 1 + … (200 additions): bodies of ~600 bytes, sizes that take 2-byte LEB128s.
    const functions = Array.from({ length: 300 }, (_, k) => ({
      params: [] as [],
      results: ['i32' as const],
      locals: [],
      body: [0x41, ...leb(k), ...Array.from({ length: 200 }, () => [0x41, 0x01, 0x6a]).flat()],
      export: `f${k}`,
    }));
    const bytes = encodeModule({ memory, imports: [], functions });
    expect(WebAssembly.validate(bytes)).toBe(true);
    const { exports } = new WebAssembly.Instance(new WebAssembly.Module(bytes), env());
    for (const k of [0, 1, 150, 299]) expect((exports[`f${k}`] as () => number)()).toBe(k + 200);
  });
});

/** Signed LEB128 of a small non-negative integer (i32.const's immediate). */
function leb(v: number): number[] {
  const out: number[] = [];
  let x = v;
  for (;;) {
    const b = x & 0x7f;
    x >>= 7;
    if (x === 0 && (b & 0x40) === 0) return [...out, b];
    out.push(b | 0x80);
  }
}
