// How many paths the notebook runs: a quick preview while a slider moves, the full run once it settles.
import type { Working } from '../state/scenarioOps.ts';

export const PREVIEW_PATHS = 300;
export const FULL_PATHS = 5000;

export function fullPaths(s: Working): number {
  return s.paths ?? FULL_PATHS;
}
