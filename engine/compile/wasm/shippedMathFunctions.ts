// The engine's math functions (mathFunctions.ts) as shipped (loopModuleBytes.ts): every kernel module starts
// with them, and emitting them took a fresh process ≈ 5 ms of cold JavaScript.

import { bytesOf } from './bytesOf.ts';
import type { FuncDef } from './encodeModule.ts';
import { MATH_FUNCTION_DEFS } from './loopModuleBytes.ts';
import { MATH_FUNCTIONS } from './mathFunctions.ts';
import type { ValType } from './opcodes.ts';

let defs: readonly FuncDef[] | undefined;

/** The functions, placed from function 0 in MATH_FUNCTIONS order; each exported under its name when
 * `exported` (engineMath.ts). Shared: do not modify. */
export function shippedMathFunctions(exported = false): FuncDef[] {
  defs ??= MATH_FUNCTION_DEFS.map((d) => ({
    params: d.params,
    results: d.results,
    locals: d.locals === '' ? [] : (d.locals.split(' ') as ValType[]),
    body: bytesOf(d.body),
  }));
  return exported ? defs.map((d, k) => ({ ...d, export: MATH_FUNCTIONS[k] })) : [...defs];
}
