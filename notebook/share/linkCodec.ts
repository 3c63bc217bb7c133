// Share links: the scenario lives in the URL hash.
//   v2 (current): `#v2.<base64url(crc32(JSON))>.<base64url(deflate-raw(JSON))>` — the CRC-32 of the JSON
//                 text catches a changed, lost or added character that still inflates to a readable
//                 scenario (v1 had no check: 1 changed character turned "8% ± 1%" into "4% ± 1%" silently).
//   v1:           `#v1.<base64url(deflate-raw(JSON))>` — still opens, and is migrated (same payload).
// The payload is the scenario holding only what differs from the plan's defaults, without its `format`
// field (the link version implies it); a library scenario's own description and notes are named by
// `libraryText` rather than copied (libraryText.ts: an optional field, so earlier v2 links open unchanged).
// Decoding never throws: a damaged or unknown link yields an error
// value with a code the page renders in its language while it stays usable.
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { crc32Bytes } from './crc32.ts';
import { deflateRaw, InflateLimitError, inflateRaw } from './deflate.ts';

export const LINK_VERSION = 2;
/** Chat apps and some mail clients cut or mangle longer addresses. */
export const LINK_WARN_LENGTH = 2000;
/** Versions from which links carry a checksum segment. */
const CHECKED_FROM = 2;

/** Upgrades a payload of version n to version n + 1. */
export type Migration = (payload: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every change to the link payload ships a migration here, keyed by the version it upgrades from, and a
 * golden-link test (tests/notebook/linkCodec.test.ts, tests/e2e/links.e2e.ts).
 */
export const LINK_MIGRATIONS: Record<number, Migration> = {
  // v2 added the checksum around the payload; the payload itself is unchanged.
  1: (payload) => payload,
};

export type LinkErrorCode =
  | 'format'
  | 'version'
  | 'encoding'
  | 'integrity'
  | 'compression'
  | 'tooLarge'
  | 'json'
  | 'shape';

export type DecodedLink =
  | { kind: 'empty' }
  | { kind: 'ok'; payload: Record<string, unknown>; version: number; migratedFrom: number | null }
  | { kind: 'error'; code: LinkErrorCode; detail: string };

async function pack(json: string): Promise<{ crc: string; body: string }> {
  const bytes = new TextEncoder().encode(json);
  return { crc: bytesToBase64url(crc32Bytes(bytes)), body: bytesToBase64url(await deflateRaw(bytes)) };
}

export async function encodeLink(payload: Record<string, unknown>): Promise<string> {
  const { crc, body } = await pack(JSON.stringify(payload));
  return `#v${LINK_VERSION}.${crc}.${body}`;
}

/** A v1 link, as v1 wrote it: for golden-link tests and the migration's own test only. */
export async function encodeLinkV1(payload: Record<string, unknown>): Promise<string> {
  return `#v1.${(await pack(JSON.stringify(payload))).body}`;
}

/** Splits `v<n>.<rest>` and, from v2 on, `<crc>.<body>`. */
function split(text: string, currentVersion: number) {
  const m = /^v(\d{1,4})\.(.*)$/s.exec(text);
  if (!m) return { error: { code: 'format' as const, detail: text.slice(0, 40) } };
  const version = Number(m[1]);
  if (version < 1 || version > currentVersion)
    return { error: { code: 'version' as const, detail: `v${version}` } };
  if (version < CHECKED_FROM) return { version, crc: null, body: m[2]! };
  const parts = /^([A-Za-z0-9_-]{6})\.(.*)$/s.exec(m[2]!);
  if (!parts) return { error: { code: 'integrity' as const, detail: 'no checksum' } };
  return { version, crc: parts[1]!, body: parts[2]! };
}

export async function decodeLink(
  hash: string,
  migrations: Record<number, Migration> = LINK_MIGRATIONS,
  currentVersion: number = LINK_VERSION,
): Promise<DecodedLink> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { kind: 'empty' };
  const parts = split(text, currentVersion);
  if ('error' in parts && parts.error) return { kind: 'error', ...parts.error };
  const { version, crc, body } = parts as { version: number; crc: string | null; body: string };
  const bytes = base64urlToBytes(body);
  if (!bytes || bytes.length === 0) return { kind: 'error', code: 'encoding', detail: '' };
  let raw: Uint8Array;
  try {
    raw = await inflateRaw(bytes);
  } catch (e) {
    // Too large is no damage: its checksum may well hold (the page's own link with long notes).
    if (e instanceof InflateLimitError) return { kind: 'error', code: 'tooLarge', detail: '' };
    // From v2 on a body that does not inflate is damage the checksum would also have caught: say so.
    const code = crc === null ? 'compression' : 'integrity';
    return { kind: 'error', code, detail: e instanceof Error ? e.message : String(e) };
  }
  if (crc !== null && bytesToBase64url(crc32Bytes(raw)) !== crc) {
    return { kind: 'error', code: 'integrity', detail: 'checksum does not match' };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (e) {
    return { kind: 'error', code: 'json', detail: e instanceof Error ? e.message : String(e) };
  }
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return { kind: 'error', code: 'shape', detail: 'not an object' };
  }
  let current = payload as Record<string, unknown>;
  for (let v = version; v < currentVersion; v++) {
    const migrate = migrations[v];
    if (!migrate) return { kind: 'error', code: 'version', detail: `v${v} (no migration)` };
    current = migrate(current);
  }
  return {
    kind: 'ok',
    payload: current,
    version: currentVersion,
    migratedFrom: version < currentVersion ? version : null,
  };
}
