/** <ts-admin-consent>: wires the tenant and app fields to the admin-consent link. */
import { bindField } from '../../client/bind-field';
import { frameOf, wireCopyButton } from '../../client/copy-button';
import { format, type UiStrings } from '../../i18n/ui';
import { checkGuid, checkTenant } from '../../lib/validators';
import { consentLink } from './consent-link';
import type { ConsentStrings } from './strings';

type Strings = ConsentStrings & { validation: UiStrings['validation'] };

export class AdminConsentElement extends HTMLElement {
  #s!: Strings;
  #url: string | null = null;
  #typed = false;

  connectedCallback(): void {
    if (this.#s) return;
    this.#s = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const text = (id: string) => (this.#s.validation as Record<string, string>)[id] ?? id;
    const tenant = this.#q<HTMLInputElement>('[data-field="tenant"]');
    const app = this.#q<HTMLInputElement>('[data-field="app"]');
    const render = () => this.#render(tenant.value, app.value);
    for (const control of [tenant, app]) control.addEventListener('input', () => (this.#typed = true));
    bindField({ control: tenant, key: 'tenant', check: checkTenant, message: this.#q('[data-message="tenant"]'), text, optional: true, onChange: render });
    bindField({ control: app, key: 'app', check: checkGuid, message: this.#q('[data-message="app"]'), text, optional: true, onChange: render });
    wireCopyButton(this.#q('[data-copy]'), () => this.#url);
  }

  #q<T extends HTMLElement>(selector: string): T {
    const found = this.querySelector<T>(selector);
    if (!found) throw new Error(`ts-admin-consent: missing ${selector}`);
    return found;
  }

  #render(rawTenant: string, rawApp: string): void {
    const { url } = consentLink(rawTenant, rawApp);
    const changed = url !== this.#url;
    this.#url = url;
    const link = this.#q<HTMLAnchorElement>('[data-link]');
    link.href = url ?? '#';
    this.#q('[data-link-text]').textContent = url ?? '';
    this.#q('[data-ready]').hidden = url === null;
    this.#q('[data-template]').hidden = url !== null;
    this.#q('[data-missing]').hidden = url !== null;
    this.#q<HTMLButtonElement>('[data-copy]').disabled = url === null;
    if (changed && url && this.#typed) frameOf(this)?.say(format(this.#s.ready, { url }));
    this.#typed = false;
  }
}

if (!customElements.get('ts-admin-consent')) customElements.define('ts-admin-consent', AdminConsentElement);
