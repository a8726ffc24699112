// @ts-check
/**
 * The site's Content Security Policy, in one place. astro.config.mjs passes it to
 * Astro's security.csp (the <meta> of every page); the security integration copies
 * the same policy, with the header-only directives, into the _headers file.
 *
 * Extra origins: the app registration checker's live check signs in with Microsoft
 * (MSAL) and reads Microsoft Graph. Those two origins, and only those, are allowed for
 * connect-src and frame-src, and only when the live check is configured
 * (PUBLIC_MSAL_CLIENT_ID): liveCheckCsp() in src/tools/registration/config.ts derives them
 * from the same settings the checker reads, so a build against a test identity provider
 * allows exactly that provider, and a build without the live check allows none.
 */

/** @typedef {`${'default-src' | 'img-src' | 'object-src' | 'base-uri' | 'form-action' | 'connect-src' | 'frame-src'} ${string}`[]} CspDirectives */

/**
 * @typedef {{ 'connect-src': string[], 'frame-src': string[] }} ExtraOrigins
 * Origins outside the site that the page may reach: connect-src for MSAL's metadata
 * and token requests and the checker's Graph reads, frame-src for MSAL's silent
 * token renewal in a hidden frame.
 */

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
