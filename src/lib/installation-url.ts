/**
 * A teamspace installation URL (as typed into a field or written in web.xml as
 * oauth2Gateway.url): what is wrong with it, and the URL it most likely means.
 * teamspace builds the redirect URI by appending its redirect path to this URL, so
 * anything beyond scheme, host and an intended context path changes that URI.
 */
import { OAUTH_GATEWAY_EXAMPLE, REDIRECT_PATH } from '../data/microsoft';

export type UrlIssue =
  | 'empty'
  | 'whitespace'
  | 'notAbsolute'
  | 'http'
  | 'trailingSlash'
  | 'isRedirectUri'
  | 'path'
  | 'query'
  | 'example';

export interface UrlAnalysis {
  issues: UrlIssue[];
  /** scheme://host[:port][/context-path] without trailing slash, query or fragment; null if not a URL. */
  normalized: string | null;
  /** The path part that stays in the normalized URL (a context path), '' if none. */
  path: string;
}

function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

/** Parse an absolute http(s) URL the way a browser does; null when it is not one. */
function parseHttpUrl(value: string): URL | null {
  if (!/^https?:\/\/[^/?#\s]/i.test(value)) return null;
  try {
    const url = new URL(value);
    return url.hostname ? url : null;
  } catch {
    return null;
  }
}

export function analyseInstallationUrl(raw: string): UrlAnalysis {
  const issues: UrlIssue[] = [];
  const value = raw.trim();
  if (value === '') return { issues: ['empty'], normalized: null, path: '' };
  if (value !== raw) issues.push('whitespace');
  const url = parseHttpUrl(value);
  if (!url) return { issues: [...issues, 'notAbsolute'], normalized: null, path: '' };
  if (url.protocol === 'http:' && !isLocalHost(url.hostname)) issues.push('http');
  let path = url.pathname;
  if (url.search || url.hash || value.endsWith('?') || value.endsWith('#')) issues.push('query');
  if (path.endsWith(REDIRECT_PATH) || path.endsWith(REDIRECT_PATH + '/')) {
    issues.push('isRedirectUri');
    path = path.slice(0, path.lastIndexOf(REDIRECT_PATH));
  } else if (/\/$/.test(value.replace(/[?#].*$/, ''))) issues.push('trailingSlash');
  path = path.replace(/\/+$/, '');
  if (path !== '' && !issues.includes('isRedirectUri')) issues.push('path');
  const normalized = `${url.protocol}//${url.host}${path}`;
  if (sameUrl(normalized, OAUTH_GATEWAY_EXAMPLE)) issues.push('example');
  return { issues, normalized, path };
}

/** Compare two normalized URLs (scheme and host are case-insensitive, the path is not). */
export function sameUrl(a: string, b: string): boolean {
  const split = (u: string) => {
    const m = /^([a-z]+:\/\/[^/]+)(.*)$/i.exec(u);
    return m ? [m[1].toLowerCase(), m[2]] : [u, ''];
  };
  const [ha, pa] = split(a);
  const [hb, pb] = split(b);
  return ha === hb && pa === pb;
}

export type InstallationUrlProblem = 'urlInvalid' | 'urlHttps' | 'urlQuery' | 'urlIsRedirect';

/**
 * An installation URL as a person types it: surrounding spaces and a trailing slash
 * are tolerated (normalized away); anything else that would change the redirect URI
 * is an error.
 */
export function checkInstallationUrlValue(raw: string): { ok: true; value: string } | { ok: false; error: InstallationUrlProblem } {
  const a = analyseInstallationUrl(raw);
  if (!a.normalized) return { ok: false, error: 'urlInvalid' };
  if (a.issues.includes('http')) return { ok: false, error: 'urlHttps' };
  if (a.issues.includes('query')) return { ok: false, error: 'urlQuery' };
  if (a.issues.includes('isRedirectUri')) return { ok: false, error: 'urlIsRedirect' };
  return { ok: true, value: a.normalized };
}
