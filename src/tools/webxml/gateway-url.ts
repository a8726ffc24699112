/**
 * The value of oauth2Gateway.url as written in web.xml: every way it differs from a
 * clean installation URL, and the URL it most likely means. Unlike the installation URL
 * field (normalised leniently by the redirect tool), a value in the file is not
 * "fixed" silently: each difference is a finding, because teamspace appends its
 * redirect path to the value exactly as written.
 */
import { OAUTH_GATEWAY_EXAMPLE, REDIRECT_PATH } from '../../data/microsoft';

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

/** Loopback hosts Microsoft allows plain http for: localhost and 127.0.0.1, not [::1] (reply-url.md). */
function isLocalHost(host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1';
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

export function analyseGatewayUrl(raw: string): UrlAnalysis {
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
