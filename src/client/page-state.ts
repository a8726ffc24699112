/**
 * Page-wide values: one store per page that every tool reads and writes, kept in
 * the address bar (fragment form, replaceState: no history entries), so the link
 * is always current. Secret-looking keys are refused and removed from the URL.
 */
import { LINK_KEY_NAMES, LINK_KEY_ORDER } from '../lib/link-keys';
import { buildFragment, isSecretKey, parseLinkState, stripQuery } from '../lib/url-state';

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

  constructor() {
    super();
    const parsed = parseLinkState(location.search, location.hash, LINK_KEY_NAMES);
    this.#values = parsed.values;
    this.#refused = parsed.refused;
    this.#anchor = parsed.anchor;
    if (parsed.refused.length || parsed.values.size) this.#writeUrl();
    if (parsed.anchor && parsed.values.size) {
      // The browser cannot scroll to "#anchor&key=value" itself.
      const target = document.getElementById(parsed.anchor);
      if (target) requestAnimationFrame(() => target.scrollIntoView());
    }
    addEventListener('hashchange', () => this.#onHashChange());
  }

  /** Secret-looking keys refused from links so far (first load and later hash changes). */
  get refused(): readonly string[] {
    return this.#refused;
  }

  #onHashChange(): void {
    const next = parseLinkState('', location.hash, LINK_KEY_NAMES);
    if (next.values.size === 0 && next.refused.length === 0) {
      // A click on a heading link replaces the fragment: keep the values and the new anchor.
      if (next.anchor !== null) {
        this.#anchor = next.anchor;
        if (this.#values.size) this.#scheduleWrite();
      }
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

  set(key: string, value: string, origin: unknown = null): void {
    if (!LINK_KEY_NAMES.has(key)) throw new Error(`Unknown page value "${key}": add it to src/lib/link-keys.ts`);
    if ((this.#values.get(key) ?? '') === value) return;
    if (value === '') this.#values.delete(key);
    else this.#values.set(key, value);
    this.#scheduleWrite();
    this.dispatchEvent(new CustomEvent<StateChange>('change', { detail: { key, value, origin } }));
  }

  /** Listen to changes of some keys; returns a function that stops listening. */
  watch(keys: readonly string[], listener: (change: StateChange) => void): () => void {
    const handler = (e: Event) => {
      const change = (e as CustomEvent<StateChange>).detail;
      if (keys.includes(change.key)) listener(change);
    };
    this.addEventListener('change', handler);
    return () => this.removeEventListener('change', handler);
  }

  /** The fragment holding every value on the page. */
  fragment(): string {
    return buildFragment(this.#values, LINK_KEY_ORDER);
  }

  /** A full link that reproduces the page's values (fragment form, never query). */
  link(): string {
    return `${location.origin}${location.pathname}${this.fragment()}`;
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
    const search = stripQuery(location.search, (k) => isSecretKey(k) || LINK_KEY_NAMES.has(k));
    const hash = buildFragment(this.#values, LINK_KEY_ORDER, this.#values.size ? this.#anchor : null) || (this.#anchor ? `#${this.#anchor}` : '');
    const next = `${location.pathname}${search}${hash}`;
    if (next !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, '', next);
  }
}

const KEY = Symbol.for('teamspace.pageState');

/** The page's single store, created on first use. */
export function pageState(): PageState {
  const g = globalThis as unknown as Record<symbol, PageState | undefined>;
  return (g[KEY] ??= new PageState());
}
