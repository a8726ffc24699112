/**
 * <ts-setup-script>: binds the fields to the page values (url, name, tenant, mb),
 * regenerates the script on every change and offers copy and download. While a field
 * is invalid or the URL is missing, the script keeps its placeholders and copy/download
 * point to the field to fix instead.
 */
import { bindField, type FieldBinding } from '../../client/bind-field';
import { wireScriptActions } from '../../client/script-actions';
import { ToolElement } from '../../client/tool-element';
import { format } from '../../i18n/ui';
import { checkTenant, type Check } from '../../lib/validators';
import { checkAppName, checkMailboxes, checkSetupUrl } from './inputs';
import { buildSetupScript, SECRET_MONTHS, type SecretMonths } from './script';
import type { SetupStrings } from './strings';

/** The script's fields by name: the link key each fills, its check, and whether it may stay empty. */
const FIELDS = {
  url: { key: 'url', check: checkSetupUrl, optional: false },
  name: { key: 'name', check: checkAppName, optional: true },
  tenant: { key: 'tenant', check: checkTenant, optional: true },
  mailboxes: { key: 'mb', check: checkMailboxes, optional: true },
} satisfies Record<string, { key: string; check: (raw: string) => Check<unknown, string>; optional: boolean }>;

type FieldName = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as FieldName[];
/** The fields that may stay empty; the URL is needed for a complete script. */
const OPTIONAL = NAMES.filter((n) => FIELDS[n].optional);

class SetupScript extends ToolElement<SetupStrings> {
  protected start(): void {
    const t = this.strings;
    const defaultName = this.dataset.defaultName ?? 'teamspace';
    const catalogueUrl = this.dataset.catalogueUrl;
    const code = this.q('[data-script]');
    const redirect = this.q('[data-redirect]');
    const fix = this.q('[data-fix]');
    const months = this.q<HTMLSelectElement>('[data-months]');
    const text = (id: string) => (t.messages as Record<string, string>)[id] ?? this.validationText(id);

    let script = code.textContent ?? '';
    let ready = false;
    const fields = {} as Record<FieldName, { control: HTMLInputElement; binding: FieldBinding<unknown> }>;

    const value = <T,>(name: FieldName): T | null => {
      const r = fields[name]?.binding.result();
      return r && r.ok ? (r.value as T) : null;
    };
    const invalid = (name: FieldName) => {
      const r = fields[name]?.binding.result();
      return !!r && !r.ok;
    };

    const option = (name: string) => this.querySelector<HTMLInputElement>(`[data-option="${name}"]`)?.checked ?? false;

    const render = () => {
      if (Object.keys(fields).length < NAMES.length) return; // still binding
      const uri = value<string>('url');
      const lifetime = Number(months.value) as SecretMonths;
      script = buildSetupScript(
        {
          redirectUri: uri,
          name: value<string>('name') ?? defaultName,
          tenant: value<string>('tenant'),
          mailboxes: value<string[]>('mailboxes') ?? [],
          secretMonths: SECRET_MONTHS.includes(lifetime) ? lifetime : 6,
          smtpAuth: option('smtpAuth'),
          sendAs: option('sendAs'),
          catalogueUrl,
        },
        t.script,
      );
      code.textContent = script;
      redirect.hidden = uri === null;
      redirect.textContent = uri ? format(t.redirectPreview, { uri }) : '';
      const optionalInvalid = OPTIONAL.some(invalid);
      ready = uri !== null && !optionalInvalid;
      fix.hidden = ready || (uri === null && !invalid('url') && !optionalInvalid);
    };

    for (const name of NAMES) {
      const { key, check, optional } = FIELDS[name];
      const control = this.q<HTMLInputElement>(`[data-${name}]`);
      const message = this.q(`[data-${key}-message]`);
      fields[name] = { control, binding: bindField<unknown>({ control, key, check, message, text, optional, onChange: render }) };
    }
    months.addEventListener('change', render);
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-option]')) box.addEventListener('change', render);
    render();

    // Copy and download need a complete script: otherwise show what to fix and go there.
    wireScriptActions(this, {
      fileName: t.fileName,
      fixFirst: t.fixFirst,
      script: () => (ready ? script : null),
      firstProblem: () => {
        for (const name of NAMES) fields[name].binding.revalidate(name === 'url');
        render();
        const first = NAMES.find((name) => invalid(name) || (name === 'url' && value('url') === null));
        return first ? fields[first].control : null;
      },
    });
  }
}

if (!customElements.get('ts-setup-script')) customElements.define('ts-setup-script', SetupScript);
