// The 基准 result shipped with the page (computed at build time: build/computeShippedBaseline.ts), so the
// first paint shows real results while the engine worker starts. It is the run of the shipped plan
// (shippedPlan.ts), and used only when the page opens exactly that scenario; everything after is computed by
// the worker.
import type { ShippedBaseline } from '../build/computeShippedBaseline.ts';
import { fromExactJson } from './exactJson.ts';

export type { ShippedBaseline };

export async function loadShippedBaseline(): Promise<ShippedBaseline | null> {
  try {
    const text = (await import('virtual:planpath-shipped-baseline')).default;
    return text ? (fromExactJson(text) as ShippedBaseline) : null;
  } catch {
    return null;
  }
}
