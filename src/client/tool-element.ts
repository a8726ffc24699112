/**
 * The base of every tool's custom element. It gives each tool the same start:
 * - once: moving the element in the page reconnects it, but it starts only once;
 * - when needed: a tool starts when it comes near the viewport or when the user turns
 *   to it (focus, pointer, a dragged file), so tools far down a long guide page do not
 *   re-style the page while it loads. A link that carries values starts every tool at
 *   once, so each shows what the link filled in wherever it is on the page;
 * - with its strings: its own from `data-strings`, the shared ones from its frame.
 */
import { pageState } from './page-state';
import { frameOf, type SayOptions } from './tool-frame';
import type { Locale } from '../data/microsoft';
import type { UiStrings } from '../i18n/ui';

/** How far from the viewport a tool starts, so it is ready before it is seen. */
const NEAR = '50% 0px';
/** Events inside a tool that start it at once (before the tool's own handlers run). */
const TURNED_TO = ['focusin', 'pointerdown', 'pointerover', 'dragenter'] as const;

const starters = new Map<Element, () => void>();
let observer: IntersectionObserver | undefined;

function whenNeeded(el: HTMLElement, start: () => void): void {
  if (pageState().fragment() !== '' || typeof IntersectionObserver === 'undefined') {
    start();
    return;
  }
  const go = () => {
    if (!starters.delete(el)) return;
    observer?.unobserve(el);
    for (const type of TURNED_TO) el.removeEventListener(type, go, true);
    start();
  };
  starters.set(el, go);
  for (const type of TURNED_TO) el.addEventListener(type, go, true);
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) starters.get(entry.target)?.();
    },
    { rootMargin: NEAR },
  );
  observer.observe(el);
}

export abstract class ToolElement<S extends object = object> extends HTMLElement {
  #connected = false;
  /** The tool's own strings, from its `data-strings` attribute. */
  protected strings!: S;

  connectedCallback(): void {
    if (this.#connected) return;
    this.#connected = true;
    whenNeeded(this, () => {
      this.strings = JSON.parse(this.dataset.strings ?? '{}') as S;
      this.start();
    });
  }

  /** Wire the tool's markup to its logic; runs once. */
  protected abstract start(): void;

  /** The strings every tool shares (copy, download, validation), from the tool's frame. */
  protected get ui(): UiStrings {
    return frameOf(this)!.strings;
  }

  /** The page's language (Starlight sets it on <html>). */
  protected get locale(): Locale {
    return document.documentElement.lang.startsWith('de') ? 'de' : 'en';
  }

  /** A validation message by id (ids without a message are shown as they are). */
  protected readonly validationText = (id: string): string => (this.ui.validation as Record<string, string>)[id] ?? id;

  /** The element inside this tool that `selector` finds; a missing one is a markup error. */
  protected q<T extends Element = HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`${this.localName}: missing ${selector}`);
    return found;
  }

  /** Announce `text` in the tool's live region (with `at`: shown next to that button). */
  protected say(text: string, options?: SayOptions): void {
    frameOf(this)?.say(text, options);
  }
}
