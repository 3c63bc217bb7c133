// Runs the CLI's own dispatcher in this process with stdout and stderr captured: the same code path as
// `npm run cli`, without spawning `npx tsx` (4–7 s per spawn on a busy two-core machine).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

export interface CliOutput {
  code: number;
  stdout: string;
  stderr: string;
}

export async function captureCli(
  main: (argv: string[]) => Promise<number>,
  argv: string[],
): Promise<CliOutput> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

/** Writes `text` to a fresh temporary file and returns its path. */
export function tempFile(name: string, text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'planpath-')), name);
  writeFileSync(file, text);
  return file;
}

/** A text table's rows by their first cell, each split on runs of two or more spaces (formatTable's gaps). */
export function tableRows(stdout: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const line of stdout.split('\n')) {
    const cells = line.trim().split(/\s{2,}/);
    if (cells.length > 2) out.set(cells[0]!, cells);
  }
  return out;
}
