/** <ts-permissions-snippet>: copies the JSON rendered at build time. */
import { copyText } from '../../client/clipboard';
import type { ToolFrame } from '../../client/tool-frame';

class PermissionsSnippet extends HTMLElement {
  connectedCallback(): void {
    const strings = JSON.parse(this.dataset.strings ?? '{}') as { copied: string; copyFailed: string };
    const frame = this.closest<ToolFrame>('ts-tool-frame');
    const json = this.querySelector<HTMLElement>('[data-json]')!;
    this.querySelector('[data-copy]')?.addEventListener('click', async () => {
      const ok = await copyText(json.textContent ?? '');
      frame?.say(ok ? strings.copied : strings.copyFailed);
    });
  }
}

if (!customElements.get('ts-permissions-snippet')) customElements.define('ts-permissions-snippet', PermissionsSnippet);
