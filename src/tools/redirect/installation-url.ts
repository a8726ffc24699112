/**
 * The teamspace installation URL as people type it -> the normalised URL and the exact
 * redirect URI, with every change listed and explained. `checkInstallationUrl` is the
 * one validator for the page value `url`: every tool that reads it uses this.
 */
import { REDIRECT_PATH, redirectUriFor } from '../../data/microsoft';
import { refuseUnsafeCharacters, type CharacterMessage } from '../../lib/characters';
import type { Check, MessageId } from '../../lib/validators';
import { canonicalHost, isIpAddress, isLoopback, splitUri } from './uri-parts';

/** What the normaliser changed (or kept on purpose); each has a reason in the tool's strings. */
export type ChangeId =
  | 'trimmed'
  | 'schemeAdded'
  | 'httpsUpgraded'
  | 'hostLowercased'
  | 'punycode'
  | 'defaultPortRemoved'
  | 'queryRemoved'
  | 'fragmentRemoved'
  | 'redirectPathRemoved'
  | 'trailingSlashRemoved'
  | 'contextPathKept';

export interface Change {
  id: ChangeId;
  /** The part concerned, as typed or as kept (e.g. the query, the context path). */
  detail: string;
}

export type UrlError = Extract<MessageId, 'required' | 'url' | 'urlScheme' | 'urlSpace' | 'urlUserInfo'> | CharacterMessage;

export type Normalised =
  | {
      ok: true;
      /** scheme://host[:port][/context-path], no trailing slash. */
      url: string;
      redirectUri: string;
      changes: Change[];
      /** The host is an IP address (works, but certificates and moves make it fragile). */
      ipHost: boolean;
    }
  | { ok: false; error: UrlError; params?: Record<string, string> };

const LOWER_REDIRECT = REDIRECT_PATH.toLowerCase();

export function normaliseInstallationUrl(raw: string): Normalised {
  const changes: Change[] = [];
  const text = raw.trim();
  if (text === '') return { ok: false, error: 'required' };
  if (text !== raw) changes.push({ id: 'trimmed', detail: '' });
  // Controls, invisible and direction-changing characters (also as %-escapes), the
  // characters XML 1.0 forbids: the URL goes into web.xml, Entra and scripts.
  // Judged on the text as typed: trim() would drop a leading U+FEFF unseen. Tabs and line
  // breaks are ordinary white space (trimmed around, "remove the space" inside).
  const refused = refuseUnsafeCharacters(raw, { url: true, allowLineBreaks: true });
  if (refused) return { ok: false, error: refused.error, params: refused.params };
  if (/\s/.test(text)) return { ok: false, error: 'urlSpace' };

  const parts = splitUri(text);
  if (parts.scheme === null) changes.push({ id: 'schemeAdded', detail: 'https://' });
  else if (parts.scheme !== 'https' && parts.scheme !== 'http') return { ok: false, error: 'urlScheme' };
  if (parts.userInfo !== null) return { ok: false, error: 'urlUserInfo' };

  const hostname = canonicalHost(parts.host);
  if (hostname === null || (parts.port !== null && !/^\d{1,5}$/.test(parts.port)) || Number(parts.port) > 65535) {
    return { ok: false, error: 'url' };
  }
  if (hostname !== parts.host) {
    changes.push({ id: hostname.includes('xn--') && !parts.host.toLowerCase().includes('xn--') ? 'punycode' : 'hostLowercased', detail: hostname });
  }

  const typedScheme = parts.scheme ?? 'https';
  let scheme = typedScheme;
  let port = parts.port || null;
  if (scheme === 'http' && !isLoopback(hostname)) {
    // Microsoft accepts plain http only for localhost.
    scheme = 'https';
    changes.push({ id: 'httpsUpgraded', detail: 'https://' });
  }
  // The port that the typed scheme implies anyway (":80" goes with an upgraded "http").
  if (port === (typedScheme === 'http' ? '80' : '443')) {
    changes.push({ id: 'defaultPortRemoved', detail: `:${port}` });
    port = null;
  }
  if (parts.query !== null) changes.push({ id: 'queryRemoved', detail: parts.query });
  if (parts.fragment !== null) changes.push({ id: 'fragmentRemoved', detail: parts.fragment });

  let path = parts.path;
  const withoutSlash = (p: string) => p.replace(/\/+$/, '');
  if (withoutSlash(path).toLowerCase().endsWith(LOWER_REDIRECT)) {
    const trimmed = withoutSlash(path);
    changes.push({ id: 'redirectPathRemoved', detail: trimmed.slice(trimmed.length - REDIRECT_PATH.length) });
    path = trimmed.slice(0, trimmed.length - REDIRECT_PATH.length);
  } else if (withoutSlash(path) !== path) {
    changes.push({ id: 'trailingSlashRemoved', detail: '/' });
  }
  path = withoutSlash(path);
  if (path !== '') changes.push({ id: 'contextPathKept', detail: path });

  const url = `${scheme}://${hostname}${port ? `:${port}` : ''}${path}`;
  return { ok: true, url, redirectUri: redirectUriFor(url), changes, ipHost: isIpAddress(hostname) };
}

/**
 * Validator for bindField: the value is the normalised installation URL. Changes worth
 * a second look come back as warnings (the field shows the first one).
 */
export function checkInstallationUrl(raw: string): Check {
  const r = normaliseInstallationUrl(raw);
  if (!r.ok) return r;
  const warnings: MessageId[] = [];
  const has = (id: ChangeId) => r.changes.some((c) => c.id === id);
  if (has('redirectPathRemoved')) warnings.push('urlIsRedirectUri');
  if (has('httpsUpgraded')) warnings.push('urlHttp');
  if (has('punycode')) warnings.push('urlIdn');
  if (r.ipHost) warnings.push('urlIpHost');
  return { ok: true, value: r.url, warnings };
}
