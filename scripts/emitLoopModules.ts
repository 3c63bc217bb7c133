// `npm run emit:wasm`: writes engine/compile/wasm/loopModuleBytes.ts, the engine's fixed WebAssembly — the loop
// modules (loopModuleSources.ts) and the math functions every kernel module starts with (mathFunctions.ts) —
// as the emitters write them today. Run it after changing an emitter; tests/engine/loopModuleBytes.test.ts
// fails until then.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeModule } from '../engine/compile/wasm/encodeModule.ts';
import { LOOP_MODULE_SOURCES } from '../engine/compile/wasm/loopModuleSources.ts';
import { mathFunctions } from '../engine/compile/wasm/mathFunctions.ts';
import { byteString } from './byteString.ts';

const out = fileURLToPath(new URL('../engine/compile/wasm/loopModuleBytes.ts', import.meta.url));
const modules = Object.entries(LOOP_MODULE_SOURCES).map(
  ([key, functions]) =>
    `  '${key}': '${byteString(encodeModule({ memory: { module: 'env', name: 'memory' }, imports: [], functions: functions() }))}',`,
);
const math = mathFunctions(0).map(
  (d) =>
    `  { params: ${JSON.stringify(d.params)}, results: ${JSON.stringify(d.results)}, locals: '${d.locals.join(' ')}', body: '${byteString(d.body)}' },`,
);

writeFileSync(
  out,
  `// Made by \`npm run emit:wasm\` (scripts/emitLoopModules.ts) from the emitters: do not edit. The engine's fixed
// WebAssembly, one character a byte (bytesOf.ts reads them): emitting it in a fresh process ran the emitters'
// cold JavaScript, 6–20 ms of a first run of 10,000 paths (BENCHMARKS.md, session 14).
// tests/engine/loopModuleBytes.test.ts checks it against the emitters.
import type { ValType } from './opcodes.ts';

/** Each loop module's bytes, by the key loopsOver takes (loopModuleSources.ts). */
export const LOOP_MODULE_BYTES = {
${modules.join('\n')}
} as const;

export type LoopModuleKey = keyof typeof LOOP_MODULE_BYTES;

/** The math functions in MATH_FUNCTIONS order, placed from function 0: locals space-separated, body one
 * character a byte. */
export const MATH_FUNCTION_DEFS: { params: ValType[]; results: ValType[]; locals: string; body: string }[] = [
${math.join('\n')}
];
`,
);
execFileSync(
  fileURLToPath(new URL('../node_modules/.bin/biome', import.meta.url)),
  ['format', '--write', out],
  {
    stdio: 'inherit',
  },
);
