// `npm run emit:wasm`, second step: writes seeds/<plan>.kernels.ts beside each plan the CLI ships (SHIPPED_PLANS):
// its kernels planned from its formulas and emitted as the engine does today (planKernels.ts, kernelModule.ts),
// which the CLI hands to the engine (engine/cli/cliInputs.ts, useShippedKernels). Runs after
// emitLoopModules.ts, in a process of its own, since the kernel modules start with the math functions that step
// writes. tests/engine/shippedKernels.test.ts fails when a file is out of date with its plan or the emitters.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { shippedKernelEntry } from '../engine/compile/shippedKernelEntry.ts';
import { loadPlan } from '../engine/plan/loadPlan.ts';
import { byteString } from './byteString.ts';

/** The plans whose kernels ship with the CLI, relative to the project root. */
export const SHIPPED_PLANS = ['seeds/yaohai.plan.json'];

const root = new URL('../', import.meta.url);
for (const file of SHIPPED_PLANS) {
  const plan = loadPlan(JSON.parse(readFileSync(new URL(file, root), 'utf8')), file);
  const entry = shippedKernelEntry(plan);
  const planJson = JSON.stringify(entry.planned);
  // The plan travels as JSON: a number JSON cannot hold (NaN, ±Infinity) would come back as null.
  if (!isDeepStrictEqual(JSON.parse(planJson), entry.planned))
    throw new Error(`${file}: the kernel plan does not survive JSON`);
  const out = fileURLToPath(new URL(file.replace(/\.plan\.json$/, '.kernels.ts'), root));
  writeFileSync(
    out,
    `// Made by \`npm run emit:wasm\` (scripts/emitShippedKernels.ts) from ${file}: do not edit. Its compile inputs
// (the key), its kernel plan as JSON and its kernel module with SIMD, one character a byte: the CLI hands them to
// the engine (engine/compile/shippedKernels.ts). tests/engine/shippedKernels.test.ts checks them.
import type { ShippedKernelData } from '../engine/compile/shippedKernelEntry.ts';

export const KERNELS: ShippedKernelData = {
  file: ${JSON.stringify(file)},
  key: ${JSON.stringify(entry.key)},
  plan: ${JSON.stringify(planJson)},
  module: '${byteString(entry.module)}',
};
`,
  );
  execFileSync(fileURLToPath(new URL('node_modules/.bin/biome', root)), ['format', '--write', out], {
    stdio: 'inherit',
  });
}
