/**
 * Prefilled links: reading tool values from the query string and the fragment,
 * and writing the fragment form. Pure functions, no DOM, so they are unit-tested.
 *
 * Fragment grammar: `#[anchor&]key=value&key=value`. A segment without "=" is a
 * heading anchor on the page; it is kept so that support can link to a step and
 * prefill it at once (`#add-mailboxes&app=...`).
 */

/** Key names that look like a secret. A secret never travels in a URL. */
const SECRET_KEY_WORDS = ['secret', 'password', 'passwd', 'pwd', 'token', 'key', 'credential', 'clientsecret', 'apikey', 'appkey'];

export function isSecretKey(key: string): boolean {
  const k = key.toLowerCase().replace(/[^a-z]/g, '');
  if (k === '') return false;
  return SECRET_KEY_WORDS.some((w) => k === w || k.endsWith(w) || k.startsWith(w));
}

export interface LinkState {
  /** Allowed keys with their raw (decoded, untrimmed) values; fragment wins over query. */
  values: Map<string, string>;
  /** Keys refused because they look like secrets (in the order met, deduplicated). */
  refused: string[];
  /** Keys that are neither allowed nor secret; they are ignored. */
  unknown: string[];
  /** The heading anchor in the fragment, if any. */
  anchor: string | null;
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

export function parseLinkState(search: string, hash: string, allowed: ReadonlySet<string>): LinkState {
  const values = new Map<string, string>();
  const refused: string[] = [];
  const unknown: string[] = [];
  let anchor: string | null = null;
  const take = (text: string, allowAnchor: boolean) => {
    for (const seg of segments(text)) {
      const eq = seg.indexOf('=');
      if (eq < 0) {
        if (allowAnchor && anchor === null) anchor = decode(seg);
        continue;
      }
      const key = decode(seg.slice(0, eq));
      const value = decode(seg.slice(eq + 1));
      if (isSecretKey(key)) {
        if (!refused.includes(key)) refused.push(key);
      } else if (allowed.has(key)) {
        values.set(key, value);
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

/**
 * The fragment for the given values, keys in `order` first (stable links), empty values
 * left out. Returns '' when there is nothing to write.
 */
export function buildFragment(values: ReadonlyMap<string, string>, order: readonly string[], anchor: string | null = null): string {
  const keys = [...order.filter((k) => values.has(k)), ...[...values.keys()].filter((k) => !order.includes(k))];
  const parts: string[] = [];
  if (anchor) parts.push(encodeURIComponent(anchor));
  for (const k of keys) {
    const v = values.get(k);
    if (v === undefined || v === '') continue;
    parts.push(`${encodeURIComponent(k)}=${encodeValue(v)}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
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
