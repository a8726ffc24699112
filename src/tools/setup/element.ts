/**
 * <ts-setup-script>: binds the fields to the page values (url, name, tenant, mb),
 * regenerates the script on every change and offers copy and download. While a field
 * is invalid or the URL is missing, the script keeps its placeholders and copy/download
 * point to the field to fix instead.
 */
import { bindField, type FieldBinding } from '../../client/bind-field';
import { copyText } from '../../client/clipboard';
import { downloadFile } from '../../client/download';
import type { ToolFrame } from '../../client/tool-frame';
import { format, type UiStrings } from '../../i18n/ui';
import { checkTenant, type Check } from '../../lib/validators';
import { checkAppName, checkMailboxes, checkSetupUrl } from './inputs';
import { buildSetupScript, ps1FileText, SECRET_MONTHS, type SecretMonths } from './script';
import type { SetupStrings } from './strings';

type Strings = SetupStrings & { ui: UiStrings };

class SetupScript extends HTMLElement {
  connectedCallback(): void {
    const t = JSON.parse(this.dataset.strings ?? '{}') as Strings;
    const defaultName = this.dataset.defaultName ?? 'teamspace';
    const frame = this.closest<ToolFrame>('ts-tool-frame');
    const q = <E extends Element>(sel: string) => this.querySelector<E>(sel)!;
    const code = q<HTMLElement>('[data-script]');
    const redirect = q<HTMLElement>('[data-redirect]');
    const fix = q<HTMLElement>('[data-fix]');
    const months = q<HTMLSelectElement>('[data-months]');
    const text = (id: string) => (t.messages as Record<string, string>)[id] ?? (t.ui.validation as Record<string, string>)[id] ?? id;

    let script = code.textContent ?? '';
    let ready = false;
    const fields: { control: HTMLInputElement; binding: FieldBinding<unknown> }[] = [];

    const value = <T,>(i: number): T | null => {
      const r = fields[i]?.binding.result();
      return r && r.ok ? (r.value as T) : null;
    };
    const invalid = (i: number) => {
      const r = fields[i]?.binding.result();
      return !!r && !r.ok;
    };

    const render = () => {
      if (fields.length < 4) return; // still binding
      const uri = value<string>(0);
      const lifetime = Number(months.value) as SecretMonths;
      script = buildSetupScript(
        {
          redirectUri: uri,
          name: value<string>(1) ?? defaultName,
          tenant: value<string>(2),
          mailboxes: value<string[]>(3) ?? [],
          secretMonths: SECRET_MONTHS.includes(lifetime) ? lifetime : 6,
        },
        t.script,
      );
      code.textContent = script;
      redirect.hidden = uri === null;
      redirect.textContent = uri ? format(t.redirectPreview, { uri }) : '';
      ready = uri !== null && ![1, 2, 3].some(invalid);
      fix.hidden = ready || (uri === null && !invalid(0) && ![1, 2, 3].some(invalid));
    };

    const bind = (selector: string, key: string, check: (raw: string) => Check<unknown, string>, optional: boolean) => {
      const control = q<HTMLInputElement>(`[data-${selector}]`);
      const message = q<HTMLElement>(`[data-${selector === 'mailboxes' ? 'mb' : selector}-message]`);
      const binding = bindField<unknown>({ control, key, check, message, text, optional, onChange: render });
      fields.push({ control, binding });
    };
    bind('url', 'url', checkSetupUrl, false);
    bind('name', 'name', checkAppName, true);
    bind('tenant', 'tenant', checkTenant, true);
    bind('mailboxes', 'mb', checkMailboxes, true);
    months.addEventListener('change', render);
    render();

    /** Copy and download need a complete script: otherwise show what to fix and go there. */
    const whenReady = (action: () => void) => () => {
      if (ready) return action();
      for (const f of fields) f.binding.revalidate(f === fields[0]);
      render();
      const first = fields.find((_, i) => invalid(i) || (i === 0 && value(0) === null));
      first?.control.focus();
      fix.hidden = false;
      frame?.say(t.fixFirst);
    };

    q<HTMLButtonElement>('[data-copy]').addEventListener(
      'click',
      whenReady(async () => {
        const ok = await copyText(script);
        frame?.say(ok ? t.ui.copied : t.ui.copyFailed);
      }),
    );
    q<HTMLButtonElement>('[data-download]').addEventListener(
      'click',
      whenReady(() => {
        downloadFile(t.fileName, ps1FileText(script), 'text/plain;charset=utf-8');
        frame?.say(format(t.ui.downloaded, { name: t.fileName }));
      }),
    );
  }
}

if (!customElements.get('ts-setup-script')) customElements.define('ts-setup-script', SetupScript);
