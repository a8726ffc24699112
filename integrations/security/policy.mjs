// @ts-check
/**
 * The site's Content Security Policy, in one place. astro.config.mjs passes it to
 * Astro's security.csp (the <meta> of every page); the security integration copies
 * the same policy, with the header-only directives, into the _headers file.
 *
 * Extra origins: the app registration checker signs in with Microsoft (MSAL) and reads
 * Microsoft Graph. Those two origins, and only those, are allowed for connect-src and
 * frame-src. They come from PUBLIC_MSAL_AUTHORITY and PUBLIC_GRAPH_BASE (the same
 * variables the checker reads), so a build against a test identity provider allows
 * exactly that provider.
 */

export const DEFAULT_MSAL_AUTHORITY = 'https://login.microsoftonline.com';
export const DEFAULT_GRAPH_BASE = 'https://graph.microsoft.com';

/**
 * @param {string} name
 * @param {string} value
 */
function originOf(name, value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name}="${value}" is not an absolute URL (expected e.g. ${name === 'PUBLIC_GRAPH_BASE' ? DEFAULT_GRAPH_BASE : DEFAULT_MSAL_AUTHORITY})`);
  }
  const local = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol !== 'https:' && !(local && url.protocol === 'http:')) {
    throw new Error(`${name}="${value}" must use https (plain http is accepted for localhost only)`);
  }
  return url.origin;
}

/** @typedef {`${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action' | 'connect-src' | 'frame-src'} ${string}`[]} CspDirectives */

/**
 * @typedef {{ 'connect-src': string[], 'frame-src': string[] }} ExtraOrigins
 * Origins outside the site that the page may reach: connect-src for MSAL's metadata
 * and token requests and the checker's Graph reads, frame-src for MSAL's silent
 * token renewal in a hidden frame.
 */

/**
 * The sign-in checker's origins, from the build environment.
 * @param {Record<string, string | undefined>} env
 * @returns {ExtraOrigins}
 */
export function signInOrigins(env) {
  const authority = originOf('PUBLIC_MSAL_AUTHORITY', env.PUBLIC_MSAL_AUTHORITY || DEFAULT_MSAL_AUTHORITY);
  const graph = originOf('PUBLIC_GRAPH_BASE', env.PUBLIC_GRAPH_BASE || DEFAULT_GRAPH_BASE);
  return { 'connect-src': [...new Set([authority, graph])], 'frame-src': [authority] };
}

/**
 * Directives besides script-src and style-src (Astro owns those two and adds the
 * hashes of its bundled scripts and styles). `extra` is THE place where anything
 * outside the site's own origin is allowed.
 * @param {ExtraOrigins} extra
 * @returns {CspDirectives}
 */
export function cspDirectives(extra) {
  const withSelf = (/** @type {string[]} */ origins) => ["'self'", ...origins].join(' ');
  return [
    "default-src 'self'",
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `connect-src ${withSelf(extra['connect-src'])}`,
    `frame-src ${withSelf(extra['frame-src'])}`,
  ];
}

/** Sources for script-src. 'wasm-unsafe-eval' lets Pagefind (site search) compile its WebAssembly; it allows no JavaScript eval. */
export const SCRIPT_RESOURCES = ["'self'", "'wasm-unsafe-eval'"];

/**
 * Sources for style-src. Starlight renders style attributes (e.g. style="--sl-icon-size: 1em"),
 * which no hash can allow without 'unsafe-hashes' per value; style attributes alone
 * cannot run code or load anything from outside (img-src and default-src stay 'self').
 * @type {({ resource: string; kind: 'attribute' } | string)[]}
 */
export const STYLE_RESOURCES = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }];

/** Directives a <meta> element cannot carry: they are sent as response headers only. */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];
