/** <ts-admin-consent>: wires the tenant and app fields to the admin-consent link. */
import { bindField } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { ToolElement } from '../../client/tool-element';
import { format } from '../../i18n/ui';
import { checkConsentTenant, checkGuid } from '../../lib/validators';
import { consentLink } from './consent-link';
import type { ConsentStrings } from './strings';

export class AdminConsentElement extends ToolElement<ConsentStrings> {
  #url: string | null = null;
  #typed = false;

  protected start(): void {
    const text = this.validationText;
    const tenant = this.q<HTMLInputElement>('[data-field="tenant"]');
    const app = this.q<HTMLInputElement>('[data-field="app"]');
    const render = () => this.#render(tenant.value, app.value);
    for (const control of [tenant, app]) control.addEventListener('input', () => (this.#typed = true));
    bindField({ control: tenant, key: 'tenant', check: checkConsentTenant, message: this.q('[data-message="tenant"]'), text, optional: true, onChange: render });
    bindField({ control: app, key: 'app', check: checkGuid, message: this.q('[data-message="app"]'), text, optional: true, onChange: render });
    wireCopyButton(this.q('[data-copy]'), () => this.#url, { kind: 'link' });
  }

  #render(rawTenant: string, rawApp: string): void {
    const { url } = consentLink(rawTenant, rawApp);
    const changed = url !== this.#url;
    this.#url = url;
    const link = this.q<HTMLAnchorElement>('[data-link]');
    link.href = url ?? '#';
    this.q('[data-link-text]').textContent = url ?? '';
    this.q('[data-ready]').hidden = url === null;
    this.q('[data-template]').hidden = url !== null;
    this.q('[data-missing]').hidden = url !== null;
    this.q<HTMLButtonElement>('[data-copy]').disabled = url === null;
    if (changed && url && this.#typed) this.say(format(this.strings.ready, { url }));
    this.#typed = false;
  }
}

if (!customElements.get('ts-admin-consent')) customElements.define('ts-admin-consent', AdminConsentElement);
