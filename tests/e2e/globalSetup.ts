// Builds the notebook once before the browser tests, so they exercise what `npm run build` ships.
import { build } from 'vite';

export default async function setup(): Promise<void> {
  if (process.env.PLANPATH_E2E_SKIP_BUILD === '1') return;
  await build({ logLevel: 'warn' });
}
