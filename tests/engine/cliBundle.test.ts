// The command line ships as a prebuilt bundle (bin/buildCli.mjs → build/cli/planpath.mjs); its output must
// be byte for byte what the TypeScript sources print. Both run in this process (no spawned tsx: a busy
// machine makes those slow), stdout captured.
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { BUNDLE, buildCli } from '../../bin/buildCli.mjs';
import { main as sourceMain } from '../../engine/cli/main.ts';

type Main = (argv: string[]) => Promise<number>;

async function capture(main: Main, args: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    return { code: await main(args), stdout };
  } finally {
    vi.restoreAllMocks();
  }
}

describe('the CLI bundle', () => {
  it('prints the same bytes as the sources for run, check and help', async () => {
    await buildCli();
    const { main: bundleMain } = (await import(pathToFileURL(BUNDLE).href)) as { main: Main };
    for (const args of [
      ['run', '--paths', '500', '--seed', '7', '--horizon', '2030', '--format', 'json'],
      ['run', '--scenario', 'scenarios/downturn.json', '--paths', '300', '--format', 'csv'],
      ['check', '--format', 'json'],
      ['help'],
    ]) {
      const fromSource = await capture(sourceMain, args);
      const fromBundle = await capture(bundleMain, args);
      expect(fromSource.code, args.join(' ')).toBe(0);
      expect(fromBundle.code, args.join(' ')).toBe(0);
      expect(fromBundle.stdout.length, args.join(' ')).toBeGreaterThan(100);
      expect(fromBundle.stdout === fromSource.stdout, args.join(' ')).toBe(true);
    }
    // A generous bound, not a speed test: building the bundle and eight commands take ≈ 5 s on a quiet
    // machine and up to a minute on a two-core machine shared with several test runs.
  }, 180_000);
});
