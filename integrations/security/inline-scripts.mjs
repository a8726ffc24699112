// @ts-check
/**
 * Hashes of the `<script is:inline>` elements in trusted packages' .astro components
 * (Starlight: theme, search shortcut, sidebar state, synced tabs). Astro does not hash
 * is:inline scripts, but it emits their text verbatim, so hashing the source text at
 * config time yields exactly the hashes the pages need, and a Starlight upgrade
 * brings its new hashes along. The build check (csp-check.mjs) proves it: a script
 * whose hash is not allowed fails the build.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** @typedef {'sha256' | 'sha384' | 'sha512'} HashAlgorithm */

/**
 * The CSP source expression for an inline script or style text.
 * @param {string} text
 * @param {HashAlgorithm} [algorithm]
 * @returns {`sha256-${string}` | `sha384-${string}` | `sha512-${string}`}
 */
export function cspHash(text, algorithm = 'sha256') {
  return /** @type {any} */ (`${algorithm}-${createHash(algorithm).update(text, 'utf8').digest('base64')}`);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXECUTABLE_TYPE = /^(|module|(text|application)\/(java|ecma)script)$/i;

/**
 * The texts of the is:inline scripts in one .astro source that Astro emits verbatim:
 * no src, no define:vars (Astro prepends variables to those), a JavaScript type.
 * @param {string} source
 * @returns {string[]}
 */
export function inlineScriptsInAstroSource(source) {
  const texts = [];
  for (const [, attrs, text] of source.matchAll(SCRIPT)) {
    if (!/(^|\s)is:inline(\s|=|$)/.test(attrs)) continue;
    if (/(^|\s)(src|define:vars|set:html|set:text)\s*=/.test(attrs)) continue;
    const type = /(^|\s)type\s*=\s*["']([^"']*)["']/.exec(attrs)?.[2] ?? '';
    if (!EXECUTABLE_TYPE.test(type.trim())) continue;
    texts.push(text);
  }
  return texts;
}

/** @param {string} dir @returns {string[]} */
function astroFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === '__tests__' ? [] : astroFiles(path);
    return name.endsWith('.astro') ? [path] : [];
  });
}

/**
 * The hashes of every is:inline script in the components of a package, sorted.
 * @param {string} packageRoot the package's folder
 * @param {HashAlgorithm} [algorithm]
 */
export function inlineScriptHashesOf(packageRoot, algorithm = 'sha256') {
  const hashes = new Set(astroFiles(packageRoot).flatMap((file) => inlineScriptsInAstroSource(readFileSync(file, 'utf8')).map((t) => cspHash(t, algorithm))));
  return [...hashes].sort();
}

/** Starlight's package folder, found through one of its exported components. */
export function starlightRoot() {
  const require = createRequire(import.meta.url);
  // dist/components/ThemeProvider.astro -> the package root
  return dirname(dirname(dirname(require.resolve('@astrojs/starlight/components/ThemeProvider.astro'))));
}
