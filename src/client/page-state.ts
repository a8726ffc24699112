/**
 * Page-wide values: one store per page that every tool reads and writes, kept in
 * the address bar (fragment form, replaceState: no history entries), so the link
 * is always current.
 *
 * The values travel with the admin through the site in the fragment of every internal
 * link they follow (Next/Previous, sidebar, links in the text, tool pages; the language
 * switcher keeps the fragment itself): no storage is used, so nothing outlives the tab,
 * and the next page reads them with the same rules as a prefilled link (allow-listed
 * keys, validated by each field, secrets refused).
 *
 * Keys not on the allowlist are removed from the address bar (secret-looking ones are
 * named in a notice); values shaped like a secret are never kept, written or carried.
 */
import { TOOL_FOR_ANCHOR } from '../data/guide-anchors';
import { LINK_KEY_NAMES, LINK_KEY_ORDER } from '../lib/link-key-names';
import { carryValues, fitFragment, isAnchor, looksLikeSecretValue, parseLinkState, type FittedFragment } from '../lib/url-state';

export interface StateChange {
  key: string;
  value: string;
  /** The element that made the change, so it does not echo the change back to itself. */
  origin: unknown;
}

export class PageState extends EventTarget {
  readonly #values: Map<string, string>;
  readonly #refused: string[];
  #anchor: string | null;
  #pending = false;
  #fitted: FittedFragment | null = null;

  constructor() {
    super();
    const parsed = parseLinkState(location.search, location.hash, LINK_KEY_NAMES);
    this.#values = parsed.values;
    this.#refused = parsed.refused;
    this.#anchor = parsed.anchor;
    this.#writeUrl();
    if (parsed.anchor && parsed.values.size) this.#land(parsed.anchor);
    addEventListener('hashchange', () => this.#onHashChange());
    // Carry the values into every internal link the moment it is about to be followed
    // (pointer, keyboard focus, click; links added later, such as search results, too).
    for (const type of ['pointerdown', 'focusin', 'click', 'auxclick', 'contextmenu']) {
      document.addEventListener(type, (e) => this.#carry(e.target), { capture: true, passive: true });
    }
  }

  /** Secret-looking keys (or keys with secret-looking values) refused from links so far. */
  get refused(): readonly string[] {
    return this.#refused;
  }

  /** The heading anchor the page was opened with (or the last one clicked). */
  get anchor(): string | null {
    return this.#anchor;
  }

  /**
   * The browser cannot scroll to "#anchor&key=value" itself. A step anchor with values
   * lands on the tool that fills that step (the filled generator, not the placeholders).
   */
  #land(anchor: string): void {
    const tool = TOOL_FOR_ANCHOR[anchor];
    const target = (tool && document.getElementById(tool)) || document.getElementById(anchor);
    if (target) requestAnimationFrame(() => target.scrollIntoView());
  }

  #onHashChange(): void {
    const next = parseLinkState('', location.hash, LINK_KEY_NAMES);
    if (next.values.size === 0 && next.refused.length === 0) {
      // A click on a heading link replaces the fragment: keep the values and the new anchor.
      this.#anchor = next.anchor;
      this.#writeUrl();
      return;
    }
    // A link to this same page pasted into the address bar does not reload it: take
    // its values as a reload would (keys it lacks are cleared), and refuse its secrets.
    this.#anchor = next.anchor;
    if (next.values.size) {
      for (const key of new Set([...this.#values.keys(), ...next.values.keys()])) this.set(key, next.values.get(key) ?? '', null);
    }
    const fresh = next.refused.filter((k) => !this.#refused.includes(k));
    this.#refused.push(...fresh);
    this.#writeUrl();
    if (next.refused.length) this.dispatchEvent(new CustomEvent<readonly string[]>('refused', { detail: next.refused }));
  }

  get(key: string): string | undefined {
    return this.#values.get(key);
  }

  has(key: string): boolean {
    return this.#values.has(key);
  }

  /** Every value set on the page, in link order. */
  entries(): [string, string][] {
    return LINK_KEY_ORDER.filter((k) => this.#values.has(k)).map((k) => [k, this.#values.get(k)!]);
  }

  /**
   * Set a value. A value shaped like a secret is never kept: the key is cleared instead
   * (the field that received it says why), so it cannot reach the address bar, a link or
   * another page.
   */
  set(key: string, value: string, origin: unknown = null): void {
    if (!LINK_KEY_NAMES.has(key)) throw new Error(`Unknown page value "${key}": add it to src/lib/link-keys.ts`);
    if (looksLikeSecretValue(value)) value = '';
    if ((this.#values.get(key) ?? '') === value) return;
    if (value === '') this.#values.delete(key);
    else this.#values.set(key, value);
    this.#fitted = null;
    this.#scheduleWrite();
    this.dispatchEvent(new CustomEvent<StateChange>('change', { detail: { key, value, origin } }));
  }

  /** Clear every value ("Forget my values"). */
  forget(): void {
    for (const [key] of this.entries()) this.set(key, '', null);
  }

  /** Listen to changes of some keys (all keys without a list); returns a function that stops listening. */
  watch(keys: readonly string[] | null, listener: (change: StateChange) => void): () => void {
    const handler = (e: Event) => {
      const change = (e as CustomEvent<StateChange>).detail;
      if (!keys || keys.includes(change.key)) listener(change);
    };
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  #fit(): FittedFragment {
    return (this.#fitted ??= fitFragment(this.#values, LINK_KEY_ORDER));
  }

  /** The fragment holding every value on the page (without the anchor), at most MAX_FRAGMENT long. */
  fragment(): string {
    return this.#fit().fragment;
  }

  /** Keys whose values are too long for a link and are left out of it. */
  omitted(): readonly string[] {
    return this.#fit().omitted;
  }

  /** A full link that reproduces the page's values (fragment form, never query). */
  link(path = location.pathname): string {
    return `${location.origin}${path}${this.fragment()}`;
  }

  #carry(target: EventTarget | null): void {
    const link = target instanceof Element ? target.closest('a[href]') : null;
    if (!(link instanceof HTMLAnchorElement) || link.hasAttribute('download')) return;
    const original = (link.dataset.plainHref ??= link.getAttribute('href') ?? '');
    // A link within the page (table of contents, heading links) keeps the values by itself.
    if (original.startsWith('#') || link.origin !== location.origin || !/^https?:$/.test(link.protocol)) return;
    const next = carryValues(original, this.fragment());
    if (link.getAttribute('href') !== next) link.setAttribute('href', next);
  }

  #scheduleWrite(): void {
    if (this.#pending) return;
    this.#pending = true;
    queueMicrotask(() => {
      this.#pending = false;
      this.#writeUrl();
    });
  }

  #writeUrl(): void {
    // Every key=value of the query goes: allowed ones live in the fragment, the rest are dropped.
    const anchor = this.#anchor && isAnchor(this.#anchor) ? encodeURIComponent(this.#anchor) : '';
    const values = this.fragment().slice(1);
    const hash = anchor || values ? `#${[anchor, values].filter(Boolean).join('&')}` : '';
    const next = `${location.pathname}${hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  }
}

const KEY = Symbol.for('teamspace.pageState');

/** The page's single store, created on first use. */
export function pageState(): PageState {
  const g = globalThis as unknown as Record<symbol, PageState | undefined>;
  return (g[KEY] ??= new PageState());
}
