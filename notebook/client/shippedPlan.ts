// The embedded plan as the page's build validated it with its statistics (build/computeShippedBaseline.ts), for
// the page and its worker alike: neither loads the plan's files nor validates them again. Null from the dev
// server and from a build without the Yaohai seed, where both load the plan's files (planSource.ts).
import type { ShippedPlan } from '../build/computeShippedBaseline.ts';
import { fromExactJson } from './exactJson.ts';

export type { ShippedPlan };

export async function loadShippedPlan(): Promise<ShippedPlan | null> {
  try {
    const text = (await import('virtual:planpath-shipped-plan')).default;
    return text ? (fromExactJson(text) as ShippedPlan) : null;
  } catch {
    return null;
  }
}
