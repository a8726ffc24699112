/**
 * Prefilled links: reading tool values from the query string and the fragment,
 * and writing the fragment form. Pure functions, no DOM, so they are unit-tested.
 *
 * Fragment grammar: `#[anchor&]key=value&key=value`. A segment without "=" is a
 * heading anchor on the page; it is kept so that support can link to a step and
 * prefill it at once (`#add-mailboxes&app=...`).
 *
 * Keys are allow-listed: every key that is not on the list is dropped from the address
 * bar. Key names are compared after Unicode normalisation (NFKC, case folding), and a
 * dropped key that looks like a secret (in any spelling: `Passwort`, `ѕecret` with a
 * Cyrillic letter, `appSecretValue`) is named in a notice. A value that looks like a
 * secret (an Entra client secret Value, a token) is refused whatever its key.
 */

/** A key name as compared with the allowlist: NFKC, case-folded (ß → ss). */
export function normaliseKey(key: string): string {
  return key.normalize('NFKC').toLowerCase().replace(/ß/g, 'ss').trim();
}

/** Letters that look like Latin ones (Cyrillic, Greek), mapped to them for the secret test. */
const CONFUSABLES: Record<string, string> = {
  а: 'a', в: 'b', е: 'e', ё: 'e', к: 'k', м: 'm', н: 'h', о: 'o', р: 'p', с: 'c', т: 't', у: 'y', х: 'x', ѕ: 's', і: 'i', ї: 'i', ј: 'j', ԁ: 'd', ԛ: 'q', ԝ: 'w', ɡ: 'g',
  α: 'a', β: 'b', ε: 'e', η: 'n', ι: 'i', κ: 'k', ν: 'v', ο: 'o', ρ: 'p', τ: 't', υ: 'u', χ: 'x',
};

/** The letters of a key as the secret test reads them: normalised, look-alikes mapped, accents and separators removed. */
function skeleton(key: string): string {
  const folded = normaliseKey(key).replace(/./gu, (c) => CONFUSABLES[c] ?? c);
  return folded.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^a-z0-9]/g, '');
}

/** Words that make a key a secret wherever they stand in it (appSecretValue, user-password-hash). */
const SECRET_PARTS = [
  'secret', 'passw', 'passwd', 'passphrase', 'kennwort', 'geheim', 'schlussel', 'schluessel', 'token', 'credential', 'apikey', 'appkey', 'privatekey',
  'assertion', 'connectionstring', 'bearer', 'authoriz', 'signature', 'cookie', 'session',
];
/** Short words that are a secret only as the whole key (or its end: `clientKey`, `userPwd`). */
const SECRET_WORDS = ['key', 'pass', 'pw', 'pwd', 'pin', 'auth', 'sas', 'sig', 'otp', 'code', 'jwt'];

export function isSecretKey(key: string): boolean {
  const k = skeleton(key);
  if (k === '') return false;
  if (SECRET_PARTS.some((w) => k.includes(w))) return true;
  return SECRET_WORDS.some((w) => k === w || k.endsWith(w) || (w.length > 2 && k.startsWith(w)));
}

/**
 * A value shaped like a secret: an Entra client secret Value (about 40 characters of
 * letters, digits and `_-.~` with a "~", e.g. `Ab18Q~` and 34 more), a JSON Web Token
 * (`eyJ….….…`), or an `Authorization: Bearer …` / `client_secret=` text.
 */
export function looksLikeSecretValue(value: string): boolean {
  if (value.length < 20) return false;
  // Runs of the secret alphabet, read without building a copy of a long paste.
  const runs = /[A-Za-z0-9_.~-]{30,}/g;
  for (let m = runs.exec(value); m; m = runs.exec(value)) {
    const run = m[0];
    if (run.includes('~') && run.length <= 120) return true;
    if (/^eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\./.test(run)) return true;
  }
  return /\bbearer\s+[A-Za-z0-9._~+/-]{20,}/i.test(value) || /client_secret\s*[=:]\s*\S{8,}/i.test(value);
}

export interface LinkState {
  /** Allowed keys with their raw (decoded, untrimmed) values; fragment wins over query. */
  values: Map<string, string>;
  /** Keys refused because they, or their values, look like secrets (in the order met, deduplicated). */
  refused: string[];
  /** Keys that are neither allowed nor secret; they are dropped. */
  unknown: string[];
  /** The heading anchor in the fragment, if any (only an id-shaped one). */
  anchor: string | null;
}

/** What a heading or error anchor looks like; anything else in the anchor position is dropped. */
const ANCHOR_RE = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}$/;

export function isAnchor(text: string): boolean {
  return ANCHOR_RE.test(text);
}

function decode(part: string): string {
  try {
    return decodeURIComponent(part.replace(/\+/g, ' '));
  } catch {
    // A malformed escape: keep the text as typed so the field can show it with an error.
    return part;
  }
}

function segments(text: string): string[] {
  return text.split('&').filter((s) => s !== '');
}

/** The allowed key a link key stands for (after normalisation), or null. */
function allowedKey(key: string, allowed: ReadonlySet<string>): string | null {
  if (allowed.has(key)) return key;
  const n = normaliseKey(key);
  return allowed.has(n) ? n : null;
}

export function parseLinkState(search: string, hash: string, allowed: ReadonlySet<string>): LinkState {
  const values = new Map<string, string>();
  const refused: string[] = [];
  const unknown: string[] = [];
  let anchor: string | null = null;
  const take = (text: string, allowAnchor: boolean) => {
    for (const seg of segments(text)) {
      const eq = seg.indexOf('=');
      if (eq < 0) {
        const a = decode(seg);
        if (allowAnchor && anchor === null && isAnchor(a)) anchor = a;
        continue;
      }
      const key = decode(seg.slice(0, eq));
      const value = decode(seg.slice(eq + 1));
      const known = allowedKey(key, allowed);
      if (isSecretKey(key) || (known && looksLikeSecretValue(value))) {
        if (!refused.includes(key)) refused.push(key);
      } else if (known) {
        values.set(known, value);
      } else if (!unknown.includes(key)) {
        unknown.push(key);
      }
    }
  };
  take(search.replace(/^\?/, ''), false);
  take(hash.replace(/^#/, ''), true);
  return { values, refused, unknown, anchor };
}

/** Percent-encode a value, leaving characters that are safe and readable in a fragment. */
export function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%(40|3A|2F|2C|3B)/g, (m) => decodeURIComponent(m));
}

/** The longest fragment a link carries: mail programs and chat tools cut longer links. */
export const MAX_FRAGMENT = 8000;

export interface FittedFragment {
  fragment: string;
  /** Keys left out because the link would be too long with them (in link order). */
  omitted: string[];
}

/**
 * The fragment for the given values, keys in `order` first (stable links), empty values
 * left out, never longer than `max` characters: a value that does not fit is left out
 * (and named), the others still go in.
 */
export function fitFragment(values: ReadonlyMap<string, string>, order: readonly string[], anchor: string | null = null, max = MAX_FRAGMENT): FittedFragment {
  const keys = [...order.filter((k) => values.has(k)), ...[...values.keys()].filter((k) => !order.includes(k))];
  const parts: string[] = [];
  const omitted: string[] = [];
  let length = 1;
  if (anchor && isAnchor(anchor)) {
    parts.push(encodeURIComponent(anchor));
    length += parts[0].length;
  }
  for (const k of keys) {
    const v = values.get(k);
    if (v === undefined || v === '') continue;
    // Each character encodes to at most 9 characters (%XX%XX%XX): skip encoding a value that cannot fit.
    if (v.length > max) {
      omitted.push(k);
      continue;
    }
    const part = `${encodeURIComponent(k)}=${encodeValue(v)}`;
    if (length + part.length + 1 > max) {
      omitted.push(k);
      continue;
    }
    parts.push(part);
    length += part.length + 1;
  }
  return { fragment: parts.length ? `#${parts.join('&')}` : '', omitted };
}

/**
 * The fragment for the given values, keys in `order` first (stable links), empty values
 * left out. Returns '' when there is nothing to write.
 */
export function buildFragment(values: ReadonlyMap<string, string>, order: readonly string[], anchor: string | null = null): string {
  return fitFragment(values, order, anchor, Infinity).fragment;
}

/**
 * The query string without the given keys (state keys move to the fragment, secret
 * keys are dropped), so the address bar never holds two versions of a value.
 */
export function stripQuery(search: string, drop: (key: string) => boolean): string {
  const kept = segments(search.replace(/^\?/, '')).filter((seg) => {
    const eq = seg.indexOf('=');
    const key = decode(eq < 0 ? seg : seg.slice(0, eq));
    return !drop(key);
  });
  return kept.length ? `?${kept.join('&')}` : '';
}

/**
 * An internal link's href with the values carried in its fragment, after the link's own
 * anchor: `/notes/#secret-expiry` → `/notes/#secret-expiry&tenant=…`. A link whose
 * fragment already carries values (a prefilled example link) is returned as it is.
 */
export function carryValues(href: string, fragment: string): string {
  const hashAt = href.indexOf('#');
  const base = hashAt < 0 ? href : href.slice(0, hashAt);
  const own = hashAt < 0 ? '' : href.slice(hashAt + 1);
  if (own.includes('=')) return href;
  const values = fragment.replace(/^#/, '');
  if (values === '') return own ? `${base}#${own}` : base;
  const anchor = own && isAnchor(decode(own)) ? own : '';
  return `${base}#${anchor ? `${anchor}&` : ''}${values}`;
}
