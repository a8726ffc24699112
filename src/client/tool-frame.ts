/**
 * <ts-tool-frame>: the shell around every tool. It enables the tool's controls
 * (rendered disabled for readers without JavaScript), shows the warning when a link
 * carried a secret, and owns "Copy link" and the tool's live region. It also holds
 * the strings every tool shares (ToolFrame.astro writes them once per page).
 *
 * Messages: say() announces in the live region; a message about a button (copied,
 * could not copy) is shown next to that button instead of in the footer. Every
 * message clears as soon as the tool's input changes, so none speaks of an old value.
 */
import { wireCopyButton } from './copy-button';
import { el } from './dom';
import { pageState } from './page-state';
import { format, type UiStrings } from '../i18n/ui';

/** The shared strings, plus the names of the link keys (for "left out of the link: Mailboxes"). */
type FrameStrings = UiStrings & { keyLabels: Record<string, string> };
let shared: FrameStrings | undefined;

/** The shared strings of the page, read once from the frame that carries them. */
function sharedStrings(): FrameStrings {
  return (shared ??= JSON.parse(document.querySelector<HTMLElement>('ts-tool-frame[data-strings]')?.dataset.strings ?? '{}') as FrameStrings);
}

export interface SayOptions {
  /** The button the message is about: the message is shown next to it. */
  at?: Element;
  /** The message reports a failure (e.g. the browser refused to copy). */
  failed?: boolean;
}

export class ToolFrame extends HTMLElement {
  #ready = false;
  /** Counts messages and clearings: a message cleared before it was written stays away. */
  #said = 0;

  /** The strings every tool shares (copy, download, validation messages), in the page's language. */
  get strings(): FrameStrings {
    return sharedStrings();
  }

  connectedCallback(): void {
    // Moving the frame in the page reconnects it: set it up once.
    if (this.#ready) return;
    this.#ready = true;
    const state = pageState();
    const warning = this.querySelector<HTMLElement>('[data-link-warning]');
    const showRefused = () => {
      // One warning per page is enough: the first frame shows it.
      if (!warning || !state.refused.length || document.querySelector('ts-tool-frame') !== this) return;
      warning.textContent = format(this.strings.secretRefused, { keys: state.refused.map((k) => `"${k}"`).join(', ') });
      warning.hidden = false;
    };
    showRefused();
    state.addEventListener('refused', showRefused);
    this.querySelector<HTMLElement>('[data-needs-js]')?.remove();
    for (const el of this.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('[data-enable]')) {
      el.disabled = false;
    }
    // A value too long for a link (a pasted list of thousands of mailboxes) is left out of it: say which.
    const omittedNote = this.querySelector<HTMLElement>('[data-link-omitted]');
    const omittedText = () => {
      const keys = state.omitted();
      return keys.length ? format(this.strings.linkOmitted, { keys: keys.map((k) => this.strings.keyLabels[k] ?? k).join(', ') }) : '';
    };
    const showOmitted = () => {
      if (!omittedNote) return;
      const text = omittedText();
      if (omittedNote.textContent !== text) omittedNote.textContent = text;
      omittedNote.hidden = text === '';
    };
    let scheduled = false;
    state.watch(null, () => {
      if (scheduled) return;
      scheduled = true;
      requestAnimationFrame(() => {
        scheduled = false;
        showOmitted();
      });
    });
    showOmitted();
    const copyLink = this.querySelector<HTMLButtonElement>('[data-copy-link]');
    if (copyLink) wireCopyButton(copyLink, () => state.link(), { kind: 'link', copied: () => [this.strings.linkCopied, omittedText()].filter(Boolean).join(' ') });
    // Every edit fires 'input' (text, checkboxes, radios, selects, files); 'change' also fires
    // when a text field loses focus after an edit, which must not clear the result of that edit.
    // Capture: the old messages go before the tool's own handlers say anything new.
    this.addEventListener('input', () => this.clearMessages(), true);
  }

  /** Announce a message in this tool's live region; with `at`, show it next to that button. */
  say(text: string, { at, failed = false }: SayOptions = {}): void {
    const region = this.querySelector<HTMLElement>('[data-announce]');
    this.clearMessages();
    const said = this.#said;
    if (at) {
      const note = this.#noteAt(at);
      note.textContent = text;
      note.dataset.kind = failed ? 'error' : 'ok';
      note.hidden = false;
    }
    if (!region) return;
    // Shown at the button, the footer's copy of the message would be read twice by eye.
    region.classList.toggle('sr-only', at !== undefined);
    // Written a frame later, so that a repeated message ("Copied") is read again.
    requestAnimationFrame(() => {
      if (said === this.#said) region.textContent = text;
    });
  }

  /** Clear the live region and every note at a button (the input changed: they speak of old values). */
  clearMessages(): void {
    this.#said++;
    const region = this.querySelector<HTMLElement>('[data-announce]');
    if (region) {
      if (region.textContent !== '') region.textContent = '';
      // Touched only when it changes: the page restyles on every key otherwise.
      if (region.classList.contains('sr-only')) region.classList.remove('sr-only');
    }
    for (const note of this.querySelectorAll<HTMLElement>('[data-copy-note]')) {
      if (!note.hidden) {
        note.hidden = true;
        note.textContent = '';
      }
    }
  }

  /** The note element right after a button, made on first use. */
  #noteAt(at: Element): HTMLElement {
    const next = at.nextElementSibling;
    if (next instanceof HTMLElement && next.dataset.copyNote !== undefined) return next;
    const note = el('span', { class: 'ts-copy-note', 'data-copy-note': '' });
    at.after(note);
    return note;
  }
}

if (!customElements.get('ts-tool-frame')) customElements.define('ts-tool-frame', ToolFrame);

/** The frame (live region, shared strings) around an element: the one way a tool finds it. */
export function frameOf(el: Element): ToolFrame | null {
  return el.closest<ToolFrame>('ts-tool-frame');
}

/** Announce `text` in the live region of the tool around `el`. */
export function sayIn(el: Element, text: string): void {
  frameOf(el)?.say(text);
}
