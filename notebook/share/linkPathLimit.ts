// A link may ask for any path count the scenario format allows (up to 200,000), but 103 characters asking
// for 200,000 paths to 2035 once took ~5.5 GB and 18 s per move in the tab. Work from a link never goes past
// the page's own path count without asking: the scenario opens at the page's count, and a notice offers to
// run it as the link asked.
import { FULL_PATHS } from '../client/runSizes.ts';
import type { Working } from '../state/scenarioOps.ts';

/** The most paths the page itself ever runs (its full run); a link asking for more must be confirmed. */
export const LINK_PATH_LIMIT = FULL_PATHS;

export interface LimitedLink {
  /** The scenario to open: as linked, or with its path count lowered to the page's own. */
  working: Working;
  /** The path count the link asked for, when it was lowered; null when it was within the limit. */
  asked: number | null;
}

export function limitLinkPaths(working: Working, limit = LINK_PATH_LIMIT): LimitedLink {
  const paths = working.paths;
  if (paths === undefined || paths <= limit) return { working, asked: null };
  // Without `paths` the page runs its own count (FULL_PATHS), as for any scenario that does not set one.
  const { paths: _asked, ...rest } = working;
  return { working: rest, asked: paths };
}
