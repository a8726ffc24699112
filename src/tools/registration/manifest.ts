/**
 * Reading a pasted app manifest: JSON with line and column on errors, which of the
 * two formats it is, or why it is not a manifest at all.
 */
import { firstInvalidUtf8 } from '../webxml/source';
import { parseJson, type JsonProblem } from './json';
import { fromAadGraphShape, fromGraphShape, isObject, type Registration } from './registration';

export type ManifestError =
  | { kind: 'json'; problem: JsonProblem; line: number; column: number; found: string }
  /** Valid JSON, but only the requiredResourceAccess list (e.g. our own snippet). */
  | { kind: 'onlyPermissions' }
  | { kind: 'notManifest' };

export type ManifestResult = { ok: true; registration: Registration } | { ok: false; error: ManifestError };

/** Properties only the older AAD Graph format has. */
const AAD_GRAPH_KEYS = ['replyUrlsWithType', 'oauth2AllowImplicitFlow', 'oauth2AllowIdTokenImplicitFlow', 'oauth2Permissions', 'availableToOtherTenants'];
/** Properties of the Microsoft Graph format that the AAD Graph format does not use. */
const GRAPH_KEYS = ['web', 'spa', 'publicClient', 'api'];

export function readManifest(text: string): ManifestResult {
  const parsed = parseJson(text);
  if (!parsed.ok) return { ok: false, error: { kind: 'json', ...withoutOk(parsed) } };
  const value = parsed.value;
  if (Array.isArray(value) && value.length > 0 && value.every((v) => isObject(v) && 'resourceAppId' in v)) {
    return { ok: false, error: { kind: 'onlyPermissions' } };
  }
  if (!isObject(value)) return { ok: false, error: { kind: 'notManifest' } };
  const looksLikeApp = typeof value.appId === 'string' || Array.isArray(value.requiredResourceAccess);
  if (looksLikeApp && AAD_GRAPH_KEYS.some((k) => k in value)) return { ok: true, registration: fromAadGraphShape(value) };
  if (looksLikeApp && (GRAPH_KEYS.some((k) => k in value) || 'signInAudience' in value)) {
    return { ok: true, registration: fromGraphShape(value, 'graphManifest') };
  }
  return { ok: false, error: { kind: 'notManifest' } };
}

function withoutOk<T extends { ok: false }>(r: T): Omit<T, 'ok'> {
  const { ok: _ok, ...rest } = r;
  return rest;
}

export type DecodedFile = { ok: true; text: string } | { ok: false; problem: 'notUtf8'; offset: number };

/**
 * A manifest file's bytes as text. Entra writes UTF-8; a file with bytes that are not
 * UTF-8 is said to be so instead of being read with U+FFFD in their place. UTF-16 with
 * a byte order mark (saved by some Windows editors) is read as such.
 */
export function decodeManifestBytes(bytes: Uint8Array): DecodedFile {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  try {
    return { ok: true, text: new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, problem: 'notUtf8', offset: utf16 ? 0 : firstInvalidUtf8(bytes) };
  }
}
