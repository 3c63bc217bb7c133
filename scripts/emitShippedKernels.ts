// `npm run emit:wasm`, second step: writes engine/compile/shippedKernelData.ts, the kernels of the plans shipped
// with the engine (SHIPPED_PLANS), planned from their formulas and emitted as the engine does today
// (planKernels.ts, kernelModule.ts). Runs after emitLoopModules.ts, in a process of its own, since the kernel
// modules start with the math functions that step writes. tests/engine/shippedKernels.test.ts fails when the
// file is out of date with the plans or the emitters.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { shippedKernelEntry } from '../engine/compile/shippedKernelEntry.ts';
import { loadPlan } from '../engine/plan/loadPlan.ts';
import { byteString } from './byteString.ts';

/** The plans whose kernels ship with the engine, relative to the project root. */
export const SHIPPED_PLANS = ['seeds/yaohai.plan.json'];

const root = new URL('../', import.meta.url);
const out = fileURLToPath(new URL('engine/compile/shippedKernelData.ts', root));
const entries = SHIPPED_PLANS.map((file) => {
  const plan = loadPlan(JSON.parse(readFileSync(new URL(file, root), 'utf8')), file);
  const entry = shippedKernelEntry(plan);
  // The plan travels as JSON: a number JSON cannot hold (NaN, ±Infinity) would come back as null.
  if (!isDeepStrictEqual(JSON.parse(entry.plan), entry.planned))
    throw new Error(`${file}: the kernel plan does not survive JSON`);
  return [
    '  {',
    `    file: ${JSON.stringify(file)},`,
    `    key: ${JSON.stringify(entry.key)},`,
    `    plan: ${JSON.stringify(entry.plan)},`,
    `    module: '${byteString(entry.module)}',`,
    `    maxInputs: ${entry.maxInputs},`,
    '  },',
  ].join('\n');
});

writeFileSync(
  out,
  `// Made by \`npm run emit:wasm\` (scripts/emitShippedKernels.ts) from ${SHIPPED_PLANS.join(', ')}: do not edit.
// Each shipped plan's compile inputs (the key), its kernel plan as JSON and its kernel module with SIMD, one
// character a byte (shippedKernels.ts reads them). tests/engine/shippedKernels.test.ts checks them.
import type { ShippedKernelData } from './shippedKernelEntry.ts';

export const SHIPPED_KERNEL_DATA: readonly ShippedKernelData[] = [
${entries.join('\n')}
];
`,
);
execFileSync(fileURLToPath(new URL('node_modules/.bin/biome', root)), ['format', '--write', out], {
  stdio: 'inherit',
});
