/**
 * <ts-setup-link>: binds the customer's values to the page (the same fields and checks
 * as the tools), and shows the absolute links and the e-mail texts built from them.
 */
import { bindField, type FieldBinding } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { ToolElement } from '../../client/tool-element';
import { format } from '../../i18n/ui';
import { parseMailboxes } from '../../lib/mailboxes';
import type { Locale } from '../../data/microsoft';
import { checkSetupValue, SETUP_KEYS, setupEmail, setupLinks, setupValues, type LinkedPage, type SetupInput, type SetupKey } from './setup-link';
import type { SetupLinkStrings } from './strings';

interface Pages {
  steps: LinkedPage[];
  tools: LinkedPage[];
  overview: Record<Locale, string>;
  emails: Record<Locale, string>;
  labels: Record<SetupKey, string>;
}

export class SetupLinkElement extends ToolElement<SetupLinkStrings & { pages: Pages }> {
  readonly #controls = new Map<SetupKey, HTMLInputElement | HTMLTextAreaElement>();
  #texts: { overview: string | null; email: Record<Locale, string | null> } = { overview: null, email: { en: null, de: null } };

  protected start(): void {
    const input = (): SetupInput => Object.fromEntries([...this.#controls].map(([k, c]) => [k, c.value]));
    const text = (id: string) =>
      id === 'mailboxes' ? format(this.validationText(id), { list: parseMailboxes(this.#controls.get('mb')?.value ?? '').invalid.join(', ') }) : this.validationText(id);
    for (const key of SETUP_KEYS) this.#controls.set(key, this.q(`[data-field="${key}"]`));
    let ready = false;
    const render = () => {
      if (ready) this.#render(input());
    };
    const bindings = new Map<SetupKey, FieldBinding<string>>();
    for (const key of SETUP_KEYS) {
      bindings.set(key, bindField({
        control: this.#controls.get(key)!,
        key,
        check: (raw) => checkSetupValue(key, raw, input()),
        message: this.q(`[data-message="${key}"]`),
        text,
        optional: true,
        onChange: () => {
          // The Object ID is checked against the Application ID (the classic mix-up).
          if (key === 'app') bindings.get('obj')?.revalidate();
          render();
        },
      }));
    }
    ready = true;
    render();
    wireCopyButton(this.q('[data-copy-overview]'), () => this.#texts.overview, () => this.strings.overviewCopied);
    for (const lang of ['en', 'de'] as const) {
      wireCopyButton(this.q(`[data-copy-email="${lang}"]`), () => this.#texts.email[lang], () => this.strings.emailCopied[lang]);
    }
  }

  #render(input: SetupInput): void {
    const s = this.strings;
    const { values, invalid } = setupValues(input);
    const ready = values.size > 0 && invalid.length === 0;
    const pending = this.q('[data-pending]');
    const pendingText = invalid.length ? format(s.fixFirst, { fields: invalid.map((k) => s.pages.labels[k]).join(', ') }) : ready ? '' : s.pending;
    if (pending.textContent !== pendingText) pending.textContent = pendingText;
    pending.hidden = ready;
    this.q('[data-ready]').hidden = !ready;
    if (!ready) {
      this.#texts = { overview: null, email: { en: null, de: null } };
      return;
    }
    const { origin } = location;
    const here = setupLinks(origin, this.#overviewPath(), s.pages.steps, s.pages.tools, values);
    const overview = this.q<HTMLAnchorElement>('[data-overview]');
    overview.href = here.overview;
    overview.textContent = here.overview;
    this.querySelectorAll<HTMLAnchorElement>('[data-step]').forEach((a, i) => (a.href = here.steps[i].href));
    this.querySelectorAll<HTMLAnchorElement>('[data-tool-link]').forEach((a, i) => (a.href = here.tools[i].href));
    const omitted = this.q('[data-omitted]');
    omitted.textContent = here.omitted.length ? format(this.ui.linkOmitted, { keys: here.omitted.map((k) => s.pages.labels[k as SetupKey] ?? k).join(', ') }) : '';
    omitted.hidden = here.omitted.length === 0;
    const email = { en: '', de: '' };
    for (const lang of ['en', 'de'] as const) {
      const link = setupLinks(origin, s.pages.overview[lang], [], [], values).overview;
      email[lang] = setupEmail(s.pages.emails[lang], link);
      this.q(`[data-email="${lang}"]`).textContent = email[lang];
    }
    this.#texts = { overview: here.overview, email };
  }

  /** The overview in the page's language. */
  #overviewPath(): string {
    return this.strings.pages.overview[this.locale];
  }
}

if (!customElements.get('ts-setup-link')) customElements.define('ts-setup-link', SetupLinkElement);
