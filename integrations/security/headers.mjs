// @ts-check
/**
 * The response headers for static hosts. public/_headers (Netlify / Cloudflare Pages
 * format) holds the fixed ones; at build time the security integration adds the
 * Content-Security-Policy to its "/*" rule, and `npm run headers:nginx` turns the
 * result into an nginx snippet, so every host gets the same headers from one file.
 */

/** @typedef {{ path: string, headers: [string, string][] }} HeaderRule */

/**
 * @param {string} text the _headers file
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const [i, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (!rule || colon < 0) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {HeaderRule[]} rules */
export function formatHeaders(rules) {
  return rules.map((r) => [r.path, ...r.headers.map(([n, v]) => `  ${n}: ${v}`)].join('\n')).join('\n\n') + '\n';
}

/**
 * Sets one header on the rule for `path` (replacing an earlier value), adding the rule if needed.
 * @param {HeaderRule[]} rules @param {string} path @param {string} name @param {string} value
 * @returns {HeaderRule[]}
 */
export function withHeader(rules, path, name, value) {
  const has = rules.some((r) => r.path === path);
  const all = has ? rules : [{ path, headers: [] }, ...rules];
  return all.map((r) =>
    r.path !== path ? r : { path, headers: [...r.headers.filter(([n]) => n.toLowerCase() !== name.toLowerCase()), /** @type {[string, string]} */ ([name, value])] },
  );
}

/** @param {string} name @param {string} value */
function addHeader(name, value) {
  if (/["$\\\n]/.test(value)) throw new Error(`header ${name} has a character nginx cannot take literally: ${value}`);
  return `add_header ${name} "${value}" always;`;
}

/**
 * An nginx snippet for a server block. "/*" becomes server-level add_header lines;
 * another "/dir/*" rule becomes a location that repeats them, because nginx drops
 * the server's add_header lines in a location that has its own.
 * @param {HeaderRule[]} rules
 */
export function toNginx(rules) {
  const site = rules.find((r) => r.path === '/*')?.headers ?? [];
  const lines = ['# Security headers of the teamspace help center. Generated from dist/_headers by `npm run headers:nginx`.', ...site.map(([n, v]) => addHeader(n, v))];
  for (const rule of rules) {
    if (rule.path === '/*') continue;
    const m = /^(\/[^*]*?)\*?$/.exec(rule.path);
    if (!m) throw new Error(`cannot translate the _headers path "${rule.path}" to nginx`);
    const location = rule.path.endsWith('*') ? `location ^~ ${m[1]}` : `location = ${m[1]}`;
    const names = new Set(rule.headers.map(([n]) => n.toLowerCase()));
    const inherited = site.filter(([n]) => !names.has(n.toLowerCase()));
    lines.push('', `${location} {`, ...[...inherited, ...rule.headers].map(([n, v]) => `  ${addHeader(n, v)}`), '}');
  }
  return lines.join('\n') + '\n';
}
