// The scenario a shared link opens, read without the page: the engine worker reads it from the address as it
// starts (engineWorker.ts), to run it while the page is still loading. It is what openLink (shareSync.ts)
// opens once the link passes its check, and null wherever openLink opens nothing.

import { workingFromDocument } from '../state/scenarioFile.ts';
import type { Working } from '../state/scenarioOps.ts';
import { decodeLink } from './linkCodec.ts';
import { limitLinkPaths } from './linkPathLimit.ts';

export async function linkedScenario(hash: string, planId: string): Promise<Working | null> {
  const decoded = await decodeLink(hash);
  if (decoded.kind !== 'ok') return null;
  const plan = decoded.payload.plan;
  if (plan !== undefined && plan !== planId) return null;
  try {
    return limitLinkPaths(workingFromDocument(decoded.payload)).working;
  } catch {
    return null;
  }
}
