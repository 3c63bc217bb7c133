// `npm start` serves dist/ as built unless a file the page is built from changed (bin/start.mjs): the hash
// of those files must change with any of them, and the small server must serve dist/ and nothing else.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PAGE_INPUT_DIRS, PAGE_INPUT_FILES, pageInputsHash } from '../../bin/pageInputs.mjs';
import { serveDist } from '../../bin/serveDist.mjs';

const root = mkdtempSync(join(tmpdir(), 'planpath-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(path: string, text: string): void {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), text);
}

describe('the page inputs hash', () => {
  it('changes with any engine, notebook, seed or scenario file and the pages, and with nothing else', () => {
    for (const d of PAGE_INPUT_DIRS) write(`${d}/a/file.ts`, 'one');
    for (const f of PAGE_INPUT_FILES) write(f, 'one');
    write('docs/notes.md', 'one');
    const before = pageInputsHash(root);
    expect(pageInputsHash(root)).toBe(before);
    write('docs/notes.md', 'two'); // not built into the page
    write('dist/index.html', 'built');
    expect(pageInputsHash(root)).toBe(before);
    for (const path of [...PAGE_INPUT_DIRS.map((d) => `${d}/a/file.ts`), ...PAGE_INPUT_FILES]) {
      write(path, 'two');
      expect(pageInputsHash(root), path).not.toBe(before);
      write(path, 'one');
      expect(pageInputsHash(root), path).toBe(before);
    }
    write('seeds/new.plan.json', '{}'); // a file added counts too
    expect(pageInputsHash(root)).not.toBe(before);
  });
});

describe('the server behind npm start', () => {
  let server: Server | null = null;
  afterAll(() => server?.close());

  it('serves dist/ with its types, and refuses what lies outside it', async () => {
    write('dist/index.html', '<!doctype html><title>x</title>');
    write('dist/assets/main-abc.js', 'export {};');
    write('secret.txt', 'not for the browser');
    server = await serveDist(join(root, 'dist'), 0);
    const origin = `http://localhost:${(server.address() as AddressInfo).port}`;
    const page = await fetch(`${origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain('<title>x</title>');
    const js = await fetch(`${origin}/assets/main-abc.js`);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(js.headers.get('cache-control')).toContain('immutable');
    // Sent as written (fetch would resolve the dots itself before asking).
    const port = (server.address() as AddressInfo).port;
    const raw = (path: string) =>
      new Promise<number>((resolve, reject) =>
        request({ host: 'localhost', port, path }, (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        })
          .on('error', reject)
          .end(),
      );
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/../../secret.txt', '/assets/'])
      expect(await raw(path), path).toBe(404);
    // sirv refuses any path with dot segments, even one that would stay inside dist/ (browsers never send them).
    expect(await raw('/assets/../index.html')).toBe(404);
    for (const path of ['/nothing.js', '/%E0%A4%A'])
      expect((await fetch(`${origin}${path}`)).status, path).toBe(404);
    expect((await fetch(`${origin}/`, { method: 'POST' })).status).toBe(405);
  });
});
