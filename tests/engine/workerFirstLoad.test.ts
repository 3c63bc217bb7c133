// What the page's engine worker loads before its first run: the worker script's static imports. The readers and
// searches a first visit never uses (the pasted-table reader with its CSV parser, the plan-text extractor, the
// goal-seek and the lever-mix search) are imported when first asked for (engineApi.ts), so their bytes stay out
// of the first visit's budget (BENCHMARKS.md). esbuild splits the bundle the way the build does: a dynamic
// import is a chunk of its own.
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

async function firstLoadInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    outdir: 'out',
    external: ['virtual:*'],
    loader: { '.wasm': 'binary' },
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const main = Object.values(outputs).find((o) => o.entryPoint === entry);
  if (!main) throw new Error(`no output for ${entry}`);
  // The entry chunk and the chunks it imports statically (shared code split out of it).
  const files = new Set<string>();
  const visit = (o: (typeof outputs)[string]) => {
    for (const f of Object.keys(o.inputs)) files.add(f);
    for (const i of o.imports) if (i.kind === 'import-statement' && outputs[i.path]) visit(outputs[i.path]!);
  };
  visit(main);
  return [...files];
}

describe("the engine worker's first load", () => {
  it('leaves out the readers, searches and words that are imported when first asked for', async () => {
    const files = await firstLoadInputs('engine/worker/browserWorker.ts');
    // The run is there (a sanity check that the graph was read at all).
    expect(files).toContain('engine/run/run.ts');
    for (const lazy of [
      'papaparse',
      'engine/actuals/parseActuals.ts',
      'engine/extract/extractTargets.ts',
      'engine/search/goalSeek.ts',
      'engine/search/optimizeMix.ts',
      // The plan check's words: the worker builds findings as codes, the page says them.
      'engine/report/messages/checkMessages.ts',
    ])
      expect(
        files.filter((f) => f.includes(lazy)),
        lazy,
      ).toEqual([]);
  });
});
