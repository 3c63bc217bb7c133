import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from '../../notebook/share/base64url.ts';
import { deflateRaw } from '../../notebook/share/deflate.ts';
import { decodeLink, encodeLink, LINK_MIGRATIONS, type Migration } from '../../notebook/share/linkCodec.ts';

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
    expect(hash).toMatch(/^#v1\.[A-Za-z0-9_-]+$/);
    const decoded = await decodeLink(hash);
    expect(decoded).toEqual({ kind: 'ok', payload: scenario, version: 1, migratedFrom: null });
  });

  it('is shorter than the JSON it carries', async () => {
    const hash = await encodeLink(scenario);
    expect(hash.length).toBeLessThan(encodeURIComponent(JSON.stringify(scenario)).length);
  });

  it('decodes a golden v1 link (links already shared must keep opening)', async () => {
    // Made by encodeLink from `scenario` above; never regenerate this string: add a migration instead.
    const golden = GOLDEN_V1;
    const decoded = await decodeLink(golden);
    expect(decoded.kind).toBe('ok');
    if (decoded.kind === 'ok') expect(decoded.payload).toEqual(scenario);
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
      [`${good.slice(0, 20)}`, 'compression'],
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

  it('refuses a payload that inflates past the limit (a zip bomb)', async () => {
    const big = `{"a":"${'x'.repeat(2 << 20)}"}`;
    const hash = `#v1.${bytesToBase64url(await deflateRaw(new TextEncoder().encode(big)))}`;
    expect(hash.length).toBeLessThan(10_000);
    expect(await decodeLink(hash)).toMatchObject({ kind: 'error', code: 'compression' });
  });

  it('migrates an older version through each step', async () => {
    // A made-up two-step history, to exercise the mechanism before a real v2 exists.
    const migrations: Record<number, Migration> = {
      1: (p) => ({ ...p, step1: true }),
      2: (p) => ({ ...p, step2: true }),
    };
    const hash = await encodeLink({ a: 1 });
    const decoded = await decodeLink(hash, migrations, 3);
    expect(decoded).toEqual({
      kind: 'ok',
      payload: { a: 1, step1: true, step2: true },
      version: 3,
      migratedFrom: 1,
    });
    expect(await decodeLink(hash, {}, 2)).toMatchObject({ kind: 'error', code: 'version' });
  });

  it('ships no migration while v1 is the only version', () => {
    expect(Object.keys(LINK_MIGRATIONS)).toEqual([]);
  });
});

const GOLDEN_V1 =
  '#v1.LY5BS8MwGIb_Svhgt1ZwKIP8Cu8iI9RvayBNQ5M5awlU2EG3edGih07wJh5UPMzDGAj2n5Rl82dIxPv7PM9bgBJMAoWcpTHjoU4w3D8wcTjIFQQgWYJAC7iIgcK2-tq93rvpk5vWEAB67CgVPMqJGukYbAACzzDTntAJ9gdcMhn9Cbg0KDU3OdCutQEolrEEzf9YcSFY1h9m6dj4Um_vsEO-P0i346UyNaiBHhdg8Nz4I_Prtly4m0tX15tV1ZaPP88Td3W7Xc52bw-kLSvSrGXzHjWfp80LaRd3YE_sLw';
