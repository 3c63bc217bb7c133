// Makes sure the browser tests can run: Debian's Chromium and CJK fonts (playwright cannot download its own
// browser here). Installs them with apt-get when missing and we are root; otherwise prints the one command to
// run and exits non-zero, so `npm test` says plainly what is missing instead of failing deep in a test.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-noto-cjk'];

function hasCjkFont() {
  const r = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  return r.status === 0 && /Noto Sans CJK/i.test(r.stdout);
}

const missing = [];
if (!existsSync(chromium)) missing.push('chromium');
if (!hasCjkFont()) missing.push('fonts-noto-cjk');
if (missing.length === 0) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = existsSync('/usr/bin/apt-get');
if (!isRoot || !hasApt || process.env.CHROMIUM_PATH) {
  console.error(
    `The browser tests need ${missing.join(' and ')}: run \`sudo apt-get install -y ${PACKAGES.join(' ')}\` ` +
      '(or set CHROMIUM_PATH to a Chromium binary), then `npm test` again.',
  );
  process.exit(1);
}
console.log(`Installing ${missing.join(', ')} for the browser tests (apt-get, once)…`);
const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
  stdio: 'inherit',
  env,
});
