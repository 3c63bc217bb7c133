// The notebook and the CLI reach the engine only through engine/index.ts, so the engine's folders can be
// reorganised behind it. (The browser worker is an entry point loaded by URL, not an import.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const engine = join(root, 'engine');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? tsFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Engine files a source file imports other than through the public index. */
function reachesPast(file: string, allowedDir: string): string[] {
  const source = readFileSync(file, 'utf8');
  const specs = [...source.matchAll(/\b(?:from\s+|import\(\s*)'(\.{1,2}\/[^']+)'/g)].map(
    (m) => m[1] as string,
  );
  return specs
    .map((spec) => resolve(dirname(file), spec))
    .filter((target) => target.startsWith(`${engine}/`) && !target.startsWith(`${allowedDir}/`))
    .filter((target) => target !== join(engine, 'index.ts'))
    .map((target) => relative(root, target));
}

describe('engine/index.ts is the public API', () => {
  it('the notebook imports the engine only through it', () => {
    const files = tsFiles(join(root, 'notebook'));
    expect(files.length).toBeGreaterThan(20);
    const offenders = files.flatMap((f) =>
      reachesPast(f, join(root, 'notebook')).map((t) => `${relative(root, f)} → ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the CLI imports the engine only through it', () => {
    const files = tsFiles(join(engine, 'cli'));
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((f) =>
      reachesPast(f, join(engine, 'cli')).map((t) => `${relative(root, f)} → ${t}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the check itself sees a path past the index', () => {
    const fake = join(root, 'notebook', 'x.ts');
    // A direct import of a stage's file is reported; the index is not.
    const specs = ["from '../engine/run/run.ts'", "from '../engine/index.ts'"];
    const found = specs
      .map((s) => resolve(dirname(fake), (s.match(/'([^']+)'/) as RegExpMatchArray)[1] as string))
      .filter((t) => t.startsWith(`${engine}/`) && t !== join(engine, 'index.ts'));
    expect(found.map((t) => relative(root, t))).toEqual(['engine/run/run.ts']);
  });
});
