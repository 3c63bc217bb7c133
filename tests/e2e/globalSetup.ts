// Builds the notebook before the browser tests, so they exercise what `npm run build` ships — unless dist/ was
// built from exactly today's sources (the stamp `npm install` and `npm start` leave, bin/start.mjs): on a
// fresh clone `npm install` has just built it, and building it again cost CI a minute.
import { ensurePage } from '../../bin/start.mjs';

export default async function setup(): Promise<void> {
  if (process.env.PLANPATH_E2E_SKIP_BUILD === '1') return;
  await ensurePage();
}
