/** <ts-values-card>: fills the three teamspace fields from the page values. */
import { bindField } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { ToolElement } from '../../client/tool-element';
import { format } from '../../i18n/ui';
import { checkGuid, checkTenant } from '../../lib/validators';
import { teamspaceValues, type FieldValue } from './values';
import type { ValuesCardStrings } from './strings';

export class ValuesCardElement extends ToolElement<ValuesCardStrings> {
  #copyable = new Map<string, string | null>();
  #typed = false;

  protected start(): void {
    const text = this.validationText;
    const app = this.q<HTMLInputElement>('[data-field="app"]');
    const tenant = this.q<HTMLInputElement>('[data-field="tenant"]');
    const render = () => this.#render(teamspaceValues({ app: app.value, tenant: tenant.value }));
    for (const control of [app, tenant]) control.addEventListener('input', () => (this.#typed = true));
    bindField({ control: app, key: 'app', check: checkGuid, message: this.q('[data-message="app"]'), text, optional: true, onChange: render });
    bindField({ control: tenant, key: 'tenant', check: checkTenant, message: this.q('[data-message="tenant"]'), text, optional: true, onChange: render });
    for (const field of ['applicationId', 'directoryId']) {
      wireCopyButton(this.q(`[data-row="${field}"] [data-copy]`), () => this.#copyable.get(field) ?? null);
    }
  }

  #render(values: FieldValue[]): void {
    const s = this.strings;
    for (const v of values) {
      if (v.field === 'applicationKey') continue;
      const field = v.field as 'applicationId' | 'directoryId';
      const row = this.q(`[data-row="${field}"]`);
      const code = row.querySelector<HTMLElement>('[data-value]')!;
      const status = row.querySelector<HTMLElement>('[data-status]')!;
      const value = v.state === 'value' ? v.value : null;
      // Announce a field when typing makes it usable (values from a link are not announced).
      if (this.#typed && value !== null && value !== this.#copyable.get(field)) this.say(format(s.filled, { field: s.fields[field], value }));
      this.#copyable.set(field, value);
      code.textContent = value ?? s.placeholders[field];
      code.classList.toggle('ts-placeholder', value === null);
      row.querySelector<HTMLButtonElement>('[data-copy]')!.disabled = value === null;
      status.dataset.kind = v.state === 'invalid' ? 'error' : '';
      status.textContent =
        v.state === 'missing'
          ? s.missing
          : v.state === 'invalid'
            ? format(s.invalid, { error: this.validationText(v.error) })
            : v.state === 'value' && v.note
              ? s[v.note]
              : '';
      status.hidden = status.textContent === '';
    }
    this.#typed = false;
  }
}

if (!customElements.get('ts-values-card')) customElements.define('ts-values-card', ValuesCardElement);
