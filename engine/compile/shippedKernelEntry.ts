// What a plan's shipped kernels file holds (seeds/yaohai.kernels.ts), and how it is made from the plan
// (scripts/emitShippedKernels.ts and tests/engine/shippedKernels.test.ts make it the same way).
import type { Plan } from '../plan/planSchema.ts';
import { compileInputs, compileKey, type KernelPlan, planKernels } from './planKernels.ts';
import { kernelModuleBytes } from './wasm/kernelModule.ts';

export interface ShippedKernelData {
  /** The plan file it was made from, relative to the project root. */
  file: string;
  /** compileKey of the plan's compile inputs. */
  key: string;
  /** The KernelPlan, as JSON. */
  plan: string;
  /** The kernel module's bytes (SIMD), one character a byte. */
  module: string;
}

/** A plan's entry as emitted: its key, kernel plan and module bytes (before they are written as text). */
export function shippedKernelEntry(plan: Plan): { key: string; planned: KernelPlan; module: Uint8Array } {
  const inputs = compileInputs(plan);
  const planned = planKernels(inputs, 'plan');
  return { key: compileKey(inputs), planned, module: kernelModuleBytes(planned.kernels, true) };
}
