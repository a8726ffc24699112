/**
 * <ts-tool-frame>: the shell around every tool. It enables the tool's controls
 * (rendered disabled for readers without JavaScript), shows the warning when a link
 * carried a secret, and owns "Copy link" and the tool's live region. It also holds
 * the strings every tool shares (ToolFrame.astro writes them once per page).
 */
import { announce } from './announce';
import { copyAndSay } from './copy-button';
import { pageState } from './page-state';
import { format, type UiStrings } from '../i18n/ui';

/** The shared strings, plus the names of the link keys (for "left out of the link: Mailboxes"). */
type FrameStrings = UiStrings & { keyLabels: Record<string, string> };
let shared: FrameStrings | undefined;

/** The shared strings of the page, read once from the frame that carries them. */
function sharedStrings(): FrameStrings {
  return (shared ??= JSON.parse(document.querySelector<HTMLElement>('ts-tool-frame[data-strings]')?.dataset.strings ?? '{}') as FrameStrings);
}

export class ToolFrame extends HTMLElement {
  #ready = false;

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
    copyLink?.addEventListener('click', () => void copyAndSay(copyLink, state.link(), [this.strings.linkCopied, omittedText()].filter(Boolean).join(' ')));
  }

  /** Announce a message in this tool's live region. */
  say(text: string): void {
    announce(this.querySelector<HTMLElement>('[data-announce]'), text);
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
