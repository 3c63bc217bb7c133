import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadScenario, SCENARIO_FORMAT } from '../../engine/index.ts';
import { base64urlToBytes, bytesToBase64url } from '../../notebook/share/base64url.ts';
import { crc32 } from '../../notebook/share/crc32.ts';
import { deflateRaw } from '../../notebook/share/deflate.ts';
import {
  decodeLink,
  encodeLink,
  encodeLinkV1,
  LINK_MIGRATIONS,
  LINK_VERSION,
  LINK_WARN_LENGTH,
  type Migration,
} from '../../notebook/share/linkCodec.ts';
import { linkPayload } from '../../notebook/share/shareSync.ts';
import { yaohaiPlan } from '../engine/planFixtures.ts';
import { GOLDEN_LINKS, GOLDEN_PAYLOAD } from '../fixtures/goldenLinks.ts';

const scenario = {
  plan: 'yaohai-sme-14th-fyp',
  name: { zh: '政策加力', en: 'Policy push' },
  levers: { sme_finance: { intensity: 2 } },
  parameters: { pillar_growth: '7.5% ± 2%' },
  notes: [{ text: '按“十四五”规划测算 — ünïcödé ✓' }],
};

describe('base64url', () => {
  it('round-trips every byte value', () => {
    const bytes = new Uint8Array(256).map((_, i) => i);
    const text = bytesToBase64url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(base64urlToBytes(text)).toEqual(bytes);
  });
  it('refuses characters outside the alphabet and impossible lengths', () => {
    expect(base64urlToBytes('ab+c')).toBeNull();
    expect(base64urlToBytes('abcde')).toBeNull();
  });
});

describe('share links', () => {
  it('round-trips a scenario, Chinese text included', async () => {
    const hash = await encodeLink(scenario);
    expect(hash).toMatch(/^#v2\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]+$/);
    const decoded = await decodeLink(hash);
    expect(decoded).toEqual({ kind: 'ok', payload: scenario, version: 2, migratedFrom: null });
  });

  // A longer note in the 基准 scenario had pushed its own link to 2,152 characters: every fresh page then opened
  // with a warning that its link might be cut, and a keyboard user met its buttons first.
  it('keeps the 基准 scenario’s own link under the length chat apps keep whole', async () => {
    const baseline = JSON.parse(readFileSync('scenarios/baseline.json', 'utf8'));
    const { format: _format, ...working } = baseline;
    const url = `http://localhost:5173/${await encodeLink(linkPayload('yaohai-sme-14fyp', working))}`;
    expect(url.length).toBeLessThan(LINK_WARN_LENGTH);
  });

  it('is shorter than the JSON it carries', async () => {
    const hash = await encodeLink(scenario);
    expect(hash.length).toBeLessThan(encodeURIComponent(JSON.stringify(scenario)).length);
  });

  it('decodes the first golden v1 string (a codec test only: it names a plan id and lever the shipped plan lacks)', async () => {
    const decoded = await decodeLink(OLD_V1);
    expect(decoded).toMatchObject({ kind: 'ok', payload: scenario, migratedFrom: 1 });
  });

  it.each(Object.entries(GOLDEN_LINKS))(
    'golden v%s link decodes to a scenario the shipped plan accepts',
    async (version, link) => {
      const decoded = await decodeLink(link);
      expect(decoded).toEqual({
        kind: 'ok',
        payload: GOLDEN_PAYLOAD,
        version: LINK_VERSION,
        migratedFrom: Number(version) < LINK_VERSION ? Number(version) : null,
      });
      const plan = yaohaiPlan();
      const s = loadScenario({ format: SCENARIO_FORMAT, ...GOLDEN_PAYLOAD }, 'golden link', plan);
      expect(s.levers?.hefei_07_services?.intensity).toBe(2);
    },
  );

  it('v1 links are still written the v1 way by the test helper, and migrate', async () => {
    expect(await encodeLinkV1(GOLDEN_PAYLOAD)).toBe(GOLDEN_LINKS[1]);
    expect(await encodeLink(GOLDEN_PAYLOAD)).toBe(GOLDEN_LINKS[2]);
  });

  it('CRC-32 is the standard one (check value of "123456789")', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('refuses every single-character change and every truncation of a v2 link', async () => {
    // v1 opened 21 of 3,000 such changes of a numeric link as a different scenario, silently.
    const link = GOLDEN_LINKS[2]!;
    const alphabet = 'AZaz09-_';
    let opened = 0;
    for (let i = 4; i < link.length; i++) {
      for (const c of alphabet) {
        if (link[i] === c) continue;
        const d = await decodeLink(link.slice(0, i) + c + link.slice(i + 1));
        if (d.kind === 'ok') {
          expect(d.payload).toEqual(GOLDEN_PAYLOAD); // only a change in unused padding bits may open
          opened++;
        } else if (d.kind === 'error') expect(d.code).toMatch(/^(integrity|encoding|json|shape)$/);
      }
    }
    expect(opened).toBeLessThan(link.length / 2);
    for (let n = 4; n < link.length; n++) expect((await decodeLink(link.slice(0, n))).kind).toBe('error');
  });

  it('treats an empty hash as no link', async () => {
    expect(await decodeLink('')).toEqual({ kind: 'empty' });
    expect(await decodeLink('#')).toEqual({ kind: 'empty' });
  });

  it('refuses damaged and unknown links with a reason, never throwing', async () => {
    const good = await encodeLink(scenario);
    const cases: [string, string][] = [
      ['#hello', 'format'],
      ['#v9.abc', 'version'],
      ['#v0.abc', 'version'],
      ['#v1.@@@', 'encoding'],
      ['#v1.', 'encoding'],
      ['#v2.nocrc', 'integrity'],
      [`${good.slice(0, 22)}`, 'integrity'],
      [`#v1.${bytesToBase64url(new TextEncoder().encode('not deflate at all'))}`, 'compression'],
    ];
    for (const [hash, code] of cases) {
      const d = await decodeLink(hash);
      expect(d.kind, hash).toBe('error');
      if (d.kind === 'error') expect(d.code, hash).toBe(code);
    }
  });

  it('refuses payloads that are not JSON objects', async () => {
    const pack = async (text: string) =>
      `#v1.${bytesToBase64url(await deflateRaw(new TextEncoder().encode(text)))}`;
    expect(await decodeLink(await pack('{oops'))).toMatchObject({ kind: 'error', code: 'json' });
    expect(await decodeLink(await pack('[1,2]'))).toMatchObject({ kind: 'error', code: 'shape' });
    expect(await decodeLink(await pack('null'))).toMatchObject({ kind: 'error', code: 'shape' });
  });

  it('refuses a payload that inflates past the limit (a zip bomb), as too large rather than damaged', async () => {
    const big = `{"a":"${'x'.repeat(9 << 20)}"}`;
    const hash = `#v1.${bytesToBase64url(await deflateRaw(new TextEncoder().encode(big)))}`;
    expect(hash.length).toBeLessThan(40_000);
    expect(await decodeLink(hash)).toMatchObject({ kind: 'error', code: 'tooLarge' });
  });

  // Twelve notes of 99,000 characters are a scenario the page allows; its own link, 1.19 MB inflated, had been
  // refused as "damaged: cut or altered".
  it('opens the page’s own link past 1 MiB', async () => {
    const notes = Array.from({ length: 12 }, (_, i) => ({
      lang: 'zh',
      title: `注${i}`,
      text: '记'.repeat(99_000),
    }));
    const decoded = await decodeLink(await encodeLink({ name: { zh: '长' }, notes }));
    expect(decoded.kind).toBe('ok');
  });

  it('migrates an older version through each step', async () => {
    // A made-up two-step history, to exercise the mechanism beyond the real v1 → v2.
    const migrations: Record<number, Migration> = {
      1: (p) => ({ ...p, step1: true }),
      2: (p) => ({ ...p, step2: true }),
    };
    const hash = await encodeLinkV1({ a: 1 });
    const decoded = await decodeLink(hash, migrations, 3);
    expect(decoded).toEqual({
      kind: 'ok',
      payload: { a: 1, step1: true, step2: true },
      version: 3,
      migratedFrom: 1,
    });
    expect(await decodeLink(hash, {}, 2)).toMatchObject({ kind: 'error', code: 'version' });
  });

  it('ships a migration for every older version', () => {
    expect(Object.keys(LINK_MIGRATIONS).map(Number)).toEqual([1]);
  });
});

/** The first golden string: made from `scenario` above, whose plan id and lever the shipped plan lacks. */
const OLD_V1 =
  '#v1.LY5BS8MwGIb_Svhgt1ZwKIP8Cu8iI9RvayBNQ5M5awlU2EG3edGih07wJh5UPMzDGAj2n5Rl82dIxPv7PM9bgBJMAoWcpTHjoU4w3D8wcTjIFQQgWYJAC7iIgcK2-tq93rvpk5vWEAB67CgVPMqJGukYbAACzzDTntAJ9gdcMhn9Cbg0KDU3OdCutQEolrEEzf9YcSFY1h9m6dj4Um_vsEO-P0i346UyNaiBHhdg8Nz4I_Prtly4m0tX15tV1ZaPP88Td3W7Xc52bw-kLSvSrGXzHjWfp80LaRd3YE_sLw';
