/**
 * <ts-setup-script>: binds the fields to the page values (url, name, tenant, mb),
 * regenerates the script on every change and offers copy and download. While a field
 * is invalid or the URL is missing, the script keeps its placeholders and copy/download
 * point to the field to fix instead.
 */
import { bindFieldSet, type FieldSpec } from '../../client/field-set';
import { wireScriptActions } from '../../client/script-actions';
import { ToolElement } from '../../client/tool-element';
import { format } from '../../i18n/ui';
import { checkTenant } from '../../lib/validators';
import { checkAppName, checkMailboxes, checkSetupUrl } from './inputs';
import { buildSetupScript, SECRET_MONTHS, type SecretMonths } from './script';
import type { SetupStrings } from './strings';

/** The script's fields by name: the link key each fills, its check, and whether it may stay empty. */
const FIELDS = {
  url: { key: 'url', check: checkSetupUrl, optional: false },
  name: { key: 'name', check: checkAppName, optional: true },
  tenant: { key: 'tenant', check: checkTenant, optional: true },
  mailboxes: { key: 'mb', check: checkMailboxes, optional: true },
} satisfies Record<string, FieldSpec>;

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

    const option = (name: string) => this.querySelector<HTMLInputElement>(`[data-option="${name}"]`)?.checked ?? false;

    const render = () => {
      const uri = fields.value<string>('url');
      const lifetime = Number(months.value) as SecretMonths;
      script = buildSetupScript(
        {
          redirectUri: uri,
          name: fields.value<string>('name') ?? defaultName,
          tenant: fields.value<string>('tenant'),
          mailboxes: fields.value<string[]>('mailboxes') ?? [],
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
      const optionalInvalid = OPTIONAL.some(fields.invalid);
      ready = uri !== null && !optionalInvalid;
      fix.hidden = ready || (uri === null && !fields.invalid('url') && !optionalInvalid);
    };

    const fields = bindFieldSet(FIELDS, {
      control: (name) => this.q<HTMLInputElement>(`[data-${name}]`),
      message: (name) => this.q(`[data-${FIELDS[name].key}-message]`),
      text,
      onChange: () => render(),
    });
    months.addEventListener('change', render);
    for (const box of this.querySelectorAll<HTMLInputElement>('[data-option]')) box.addEventListener('change', render);
    render();

    // Copy and download need a complete script: otherwise show what to fix and go there.
    wireScriptActions(this, {
      fileName: t.fileName,
      fixFirst: t.fixFirst,
      script: () => (ready ? script : null),
      firstProblem: () => fields.firstToFix((name) => name === 'url', (name) => fields.invalid(name) || (name === 'url' && fields.value('url') === null), render),
    });
  }
}

if (!customElements.get('ts-setup-script')) customElements.define('ts-setup-script', SetupScript);
