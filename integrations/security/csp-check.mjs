// @ts-check
/**
 * Checks a built HTML page against its own Content Security Policy, the way a
 * browser would enforce it, so that a script the policy would block fails the build
 * instead of failing silently in a reader's browser. Pure functions over HTML text.
 */
import { parse } from 'parse5';
import { cspHash } from './inline-scripts.mjs';

/** @typedef {import('parse5').DefaultTreeAdapterTypes.Element} Element */
/** @typedef {import('parse5').DefaultTreeAdapterTypes.Node} Node */
/** @typedef {Map<string, string[]>} Policy directive name -> sources, in order */

/** @param {string} text @returns {Policy} */
export function parsePolicy(text) {
  /** @type {Policy} */
  const policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    // As in browsers, the first occurrence of a directive wins.
    if (name && !policy.has(name.toLowerCase())) policy.set(name.toLowerCase(), sources);
  }
  return policy;
}

/** @param {Policy} policy */
export function formatPolicy(policy) {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * One policy that allows everything any of the given policies allows (the union of
 * each directive's sources). Sent as a header next to each page's own <meta>, the
 * stricter meta still decides: a browser enforces both.
 * @param {Iterable<Policy>} policies
 * @returns {Policy}
 */
export function unitePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const all = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const set = all.get(name) ?? new Set();
      for (const s of sources) set.add(s);
      all.set(name, set);
    }
  }
  return new Map([...all].map(([name, set]) => [name, [...set]]));
}

/** @param {Policy} policy @param {string[]} names */
function sourcesFor(policy, names) {
  for (const name of names) {
    const s = policy.get(name);
    if (s) return s;
  }
  return null;
}

const HASH = /^'(sha256|sha384|sha512)-[A-Za-z0-9+/=_-]+'$/;
const JS_TYPE = /^(|module|importmap|speculationrules|(text|application)\/(java|ecma)script)$/i;
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster']);

/** @param {string[] | null} sources @param {string} text */
function allowsInline(sources, text) {
  if (!sources) return true; // no policy for this kind of content at all
  const hashes = sources.filter((s) => HASH.test(s));
  if (hashes.length === 0 && sources.includes("'unsafe-inline'")) return true;
  return hashes.some((h) => h === `'${cspHash(text, /** @type {any} */ (h.slice(1, h.indexOf('-'))))}'`);
}

/** @param {Element} el @param {string} name */
function attr(el, name) {
  return el.attrs.find((a) => a.name === name)?.value;
}

/** @param {Node} node @returns {Generator<Element>} */
function* elements(node) {
  if ('tagName' in node) yield node;
  const children = 'content' in node && node.content ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

/** @param {Element} el */
function textOf(el) {
  return el.childNodes.map((n) => ('value' in n && n.nodeName === '#text' ? n.value : '')).join('');
}

/** @param {Element} el */
function isCspMeta(el) {
  return el.tagName === 'meta' && (attr(el, 'http-equiv') ?? '').toLowerCase() === 'content-security-policy';
}

/** @param {string} text */
function excerpt(text) {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > 60 ? `${one.slice(0, 57)}...` : one;
}

/**
 * @param {string} html
 * @param {string} [file] shown in the messages
 * @returns {{ policy: Policy | null, problems: string[] }}
 */
export function checkPage(html, file = 'page') {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const problems = [];
  /** @param {Element} el */
  const at = (el) => `${file}:${el.sourceCodeLocation?.startLine ?? '?'}`;
  const all = [...elements(doc)];
  const metaIndex = all.findIndex(isCspMeta);
  if (metaIndex < 0) return { policy: null, problems: [`${file}: no <meta http-equiv="content-security-policy">`] };
  const meta = all[metaIndex];
  const policy = parsePolicy(attr(meta, 'content') ?? '');

  const loadsBefore = all.slice(0, metaIndex).find((el) => ['script', 'style', 'link', 'img', 'iframe', 'object'].includes(el.tagName));
  if (loadsBefore) problems.push(`${at(loadsBefore)}: <${loadsBefore.tagName}> comes before the CSP <meta>, so the policy does not cover it`);

  const scriptSrc = sourcesFor(policy, ['script-src', 'default-src']);
  if (!scriptSrc) problems.push(`${at(meta)}: the policy has neither script-src nor default-src`);
  for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'http:', 'https:']) {
    for (const name of ['script-src', 'script-src-elem', 'script-src-attr', 'default-src']) {
      if (policy.get(name)?.includes(bad)) problems.push(`${at(meta)}: ${name} allows ${bad}`);
    }
  }
  if (!policy.get('object-src')?.includes("'none'")) problems.push(`${at(meta)}: object-src must be 'none'`);
  if (!policy.has('base-uri')) problems.push(`${at(meta)}: base-uri is missing`);

  const scriptElem = sourcesFor(policy, ['script-src-elem', 'script-src', 'default-src']);
  const styleElem = sourcesFor(policy, ['style-src-elem', 'style-src', 'default-src']);
  for (const el of all) {
    if (el.tagName === 'script') {
      const type = (attr(el, 'type') ?? '').trim();
      if (!JS_TYPE.test(type)) continue; // a data block (JSON), never executed
      const src = attr(el, 'src');
      if (src !== undefined) {
        if (/^(\w+:|\/\/)/.test(src) && !(scriptElem ?? []).includes(new URL(src, 'https://site.invalid').origin)) {
          problems.push(`${at(el)}: <script src="${src}"> loads code from outside the site`);
        }
        continue;
      }
      const text = textOf(el);
      if (!allowsInline(scriptElem, text)) {
        problems.push(
          `${at(el)}: inline <script> "${excerpt(text)}" is blocked by the page's CSP (its hash '${cspHash(text)}' is not allowed). ` +
            'Use a processed <script> (Astro bundles and hashes it) instead of <script is:inline>.',
        );
      }
    } else if (el.tagName === 'style' && !allowsInline(styleElem, textOf(el))) {
      problems.push(`${at(el)}: inline <style> "${excerpt(textOf(el))}" is blocked by the page's CSP (hash '${cspHash(textOf(el))}')`);
    }
    for (const { name, value } of el.attrs) {
      if (/^on/i.test(name)) problems.push(`${at(el)}: inline event handler ${name}="${excerpt(value)}" on <${el.tagName}> is blocked by CSP; add a listener in a script`);
      // Browsers strip ASCII whitespace and control characters before the scheme.
      if (URL_ATTRS.has(name) && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) problems.push(`${at(el)}: javascript: URL in ${name} on <${el.tagName}>`);
    }
  }
  return { policy, problems };
}

/**
 * Moves the CSP <meta> (and the referrer policy <meta>) up to right after
 * <meta charset>: a policy in a <meta> only covers what comes after it, and Astro
 * renders it after Starlight's head scripts and stylesheets.
 * @param {string} html
 */
export function hoistPolicyMetas(html) {
  const doc = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(doc)];
  const charset = all.find((el) => el.tagName === 'meta' && attr(el, 'charset') !== undefined);
  const moving = all.filter((el) => isCspMeta(el) || (el.tagName === 'meta' && attr(el, 'name') === 'referrer'));
  if (!charset?.sourceCodeLocation || moving.length === 0) return html;
  const insertAt = charset.sourceCodeLocation.endOffset;
  const spans = moving.map((el) => /** @type {{ startOffset: number, endOffset: number }} */ (el.sourceCodeLocation));
  if (spans.some((s) => !s || s.startOffset < insertAt)) return html; // already before, or unexpected
  const moved = spans.map((s) => html.slice(s.startOffset, s.endOffset)).join('');
  let rest = html;
  for (const s of [...spans].sort((a, b) => b.startOffset - a.startOffset)) rest = rest.slice(0, s.startOffset) + rest.slice(s.endOffset);
  return rest.slice(0, insertAt) + moved + rest.slice(insertAt);
}
