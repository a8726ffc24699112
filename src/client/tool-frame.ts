/**
 * <ts-tool-frame>: the shell around every tool. It enables the tool's controls
 * (rendered disabled for readers without JavaScript), shows the warning when a link
 * carried a secret, and owns "Copy link" and the tool's live region.
 */
import { announce } from './announce';
import { copyText } from './clipboard';
import { pageState } from './page-state';
import { format, type UiStrings } from '../i18n/ui';

export class ToolFrame extends HTMLElement {
  strings!: UiStrings;
  #ready = false;

  connectedCallback(): void {
    // Moving the frame in the page reconnects it: set it up once.
    if (this.#ready) return;
    this.#ready = true;
    this.strings = JSON.parse(this.dataset.strings ?? '{}') as UiStrings;
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
    this.querySelector<HTMLButtonElement>('[data-copy-link]')?.addEventListener('click', async () => {
      const ok = await copyText(state.link());
      this.say(ok ? this.strings.linkCopied : this.strings.copyFailed);
    });
  }

  /** Announce a message in this tool's live region. */
  say(text: string): void {
    announce(this.querySelector<HTMLElement>('[data-announce]'), text);
  }
}

if (!customElements.get('ts-tool-frame')) customElements.define('ts-tool-frame', ToolFrame);
