// The 基准 result shipped with the page (computed at build time: build/computeShippedBaseline.ts), so the
// first paint shows real results while the engine worker starts. Used only when the page opens exactly
// that plan file and scenario; everything after is computed by the worker.
import type { Plan, RunResult } from '../../engine/index.ts';

export interface ShippedBaseline {
  file: string;
  statistics: string | null;
  key: string;
  plan: Plan;
  result: RunResult;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && 'f64' in value && Array.isArray((value as { f64: unknown }).f64))
    return Float64Array.from((value as { f64: number[] }).f64);
  return value;
}

export async function loadShippedBaseline(): Promise<ShippedBaseline | null> {
  try {
    const shipped = (await import('virtual:planpath-shipped-baseline')).default;
    if (!shipped) return null;
    // Through JSON once more to revive the typed arrays (the module holds plain JSON).
    return JSON.parse(JSON.stringify(shipped), reviver) as ShippedBaseline;
  } catch {
    return null;
  }
}
