// Share links: the scenario lives in the URL hash as `#v<version>.<base64url(deflate-raw(JSON))>`.
// The payload is the scenario holding only what differs from the plan's defaults, without its `format`
// field (the link version implies it). Decoding never throws: a damaged or unknown link yields an error
// value with a message the page shows while it stays usable.
import { base64urlToBytes, bytesToBase64url } from './base64url.ts';
import { deflateRaw, inflateRaw } from './deflate.ts';

export const LINK_VERSION = 1;
/** Chat apps and some mail clients cut or mangle longer addresses. */
export const LINK_WARN_LENGTH = 2000;

/** Upgrades a payload of version n to version n + 1. */
export type Migration = (payload: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every change to the link payload ships a migration here, keyed by the version it upgrades from, and a
 * golden-link test (tests/notebook/linkCodec.test.ts). v1 is the first published version, so this is empty.
 */
export const LINK_MIGRATIONS: Record<number, Migration> = {};

export type LinkErrorCode = 'format' | 'version' | 'encoding' | 'compression' | 'json' | 'shape';

export type DecodedLink =
  | { kind: 'empty' }
  | { kind: 'ok'; payload: Record<string, unknown>; version: number; migratedFrom: number | null }
  | { kind: 'error'; code: LinkErrorCode; detail: string };

export async function encodeLink(payload: Record<string, unknown>): Promise<string> {
  const json = JSON.stringify(payload);
  const bytes = await deflateRaw(new TextEncoder().encode(json));
  return `#v${LINK_VERSION}.${bytesToBase64url(bytes)}`;
}

export async function decodeLink(
  hash: string,
  migrations: Record<number, Migration> = LINK_MIGRATIONS,
  currentVersion: number = LINK_VERSION,
): Promise<DecodedLink> {
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text === '') return { kind: 'empty' };
  const m = /^v(\d{1,4})\.(.*)$/s.exec(text);
  if (!m) return { kind: 'error', code: 'format', detail: text.slice(0, 40) };
  const version = Number(m[1]);
  if (version < 1 || version > currentVersion)
    return { kind: 'error', code: 'version', detail: `v${version}` };
  const bytes = base64urlToBytes(m[2]!);
  if (!bytes || bytes.length === 0) return { kind: 'error', code: 'encoding', detail: '' };
  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(await inflateRaw(bytes));
  } catch (e) {
    return { kind: 'error', code: 'compression', detail: e instanceof Error ? e.message : String(e) };
  }
  let payload: unknown;
  try {
    payload = JSON.parse(json);
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
