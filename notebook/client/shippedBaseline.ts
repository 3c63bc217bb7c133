// The 基准 result shipped with the page (computed at build time: build/computeShippedBaseline.ts), so the
// first paint shows real results while the engine worker starts. It is the run of the shipped plan
// (shippedPlan.ts), and used only when the page opens exactly that scenario (`key`); everything after is
// computed by the worker. The result is read from its JSON only when asked for: a link's or a returning
// planner's load, which opens another scenario, never reads it.
import type { RunResult } from '../../engine/index.ts';
import { fromExactJson } from './exactJson.ts';

export interface ShippedResult {
  /** JSON of the scenario document the page would send the engine for the 基准. */
  key: string;
  result(): RunResult;
}

export async function loadShippedBaseline(): Promise<ShippedResult | null> {
  try {
    const shipped = (await import('virtual:planpath-shipped-baseline')).default;
    if (!shipped) return null;
    let read: RunResult | undefined;
    return { key: shipped.key, result: () => (read ??= fromExactJson(shipped.result) as RunResult) };
  } catch {
    return null;
  }
}
