/** <ts-permissions-snippet>: copies the JSON rendered at build time. */
import { wireCopyButton } from '../../client/copy-button';
import { ToolElement } from '../../client/tool-element';

class PermissionsSnippet extends ToolElement {
  protected start(): void {
    const json = this.q('[data-json]');
    wireCopyButton(this.q('[data-copy]'), () => json.textContent ?? '');
  }
}

if (!customElements.get('ts-permissions-snippet')) customElements.define('ts-permissions-snippet', PermissionsSnippet);
