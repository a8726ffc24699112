/**
 * <ts-redirect-uri>: wires the builder and the checker to their logic
 * (installation-url.ts, redirect-rules.ts). Queries only inside itself.
 */
import { bindField, type FieldBinding } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { el } from '../../client/dom';
import { problemsFirst, renderPassedFold } from '../../client/passed-fold';
import { ToolElement } from '../../client/tool-element';
import { format, plural } from '../../i18n/ui';
import { checkInstallationUrl, normaliseInstallationUrl } from './installation-url';
import { checkRedirectUri, checkRedirectUriField, type Finding, type ProblemReason, type RedirectCheck } from './redirect-rules';
import type { RedirectStrings } from './strings';

/** Wait this long after the last keystroke before announcing, so screen readers are not flooded. */
const ANNOUNCE_DELAY_MS = 800;

export class RedirectUriElement extends ToolElement<RedirectStrings> {
  #url!: HTMLInputElement;
  #ruri!: HTMLInputElement;
  #ruriBinding: FieldBinding<RedirectCheck> | null = null;
  #redirectUri: string | null = null;
  #suggestion: string | null = null;
  #typed = new Set<'url' | 'ruri'>();
  #timer: ReturnType<typeof setTimeout> | undefined;

  protected start(): void {
    this.#url = this.q<HTMLInputElement>('[data-field="url"]');
    this.#ruri = this.q<HTMLInputElement>('[data-field="ruri"]');
    const text = this.validationText;

    // User input is announced after a pause; values arriving from other tools are not.
    this.#url.addEventListener('input', () => this.#typed.add('url'));
    this.#ruri.addEventListener('input', () => this.#typed.add('ruri'));

    bindField({
      control: this.#url,
      key: 'url',
      check: checkInstallationUrl,
      message: this.q('[data-message="url"]'),
      text,
      optional: true,
      onChange: () => {
        this.#renderBuild();
        this.#ruriBinding?.revalidate();
      },
    });
    this.#ruriBinding = bindField({
      control: this.#ruri,
      key: 'ruri',
      check: (raw) => checkRedirectUriField(raw, this.#url.value),
      message: this.q('[data-message="ruri"]'),
      text,
      optional: true,
      onChange: () => this.#renderCheck(),
    });

    wireCopyButton(this.q('[data-copy-result]'), () => this.#redirectUri);
    wireCopyButton(this.q('[data-copy-suggestion]'), () => this.#suggestion);
  }

  #renderBuild(): void {
    const s = this.strings;
    const r = this.#url.value.trim() === '' ? null : normaliseInstallationUrl(this.#url.value);
    const ok = r !== null && r.ok;
    this.#redirectUri = ok ? r.redirectUri : null;

    const result = this.q('[data-result-text]');
    result.textContent = ok ? r.redirectUri : s.resultPlaceholder;
    result.classList.toggle('ts-placeholder', !ok);
    this.q('[data-result-empty]').hidden = ok;
    this.q<HTMLButtonElement>('[data-copy-result]').disabled = !ok;

    const changes = this.q('[data-changes]');
    const list = this.q('[data-changes-list]');
    list.replaceChildren();
    changes.hidden = !ok;
    if (ok) {
      const items = r.changes.length ? r.changes.map((c) => format(s.changes[c.id], { detail: c.detail })) : [s.noChanges];
      list.append(...items.map((t) => el('li', null, t)));
    }

    // The built URI itself can still break a rule (a long or odd context path, an IP host).
    const problems = ok ? checkRedirectUri(r.redirectUri).findings.filter((f) => f.severity !== 'ok') : [];
    this.q('[data-built-problems]').hidden = problems.length === 0;
    this.q('[data-built-problems-list]').replaceChildren(...problems.map((f) => this.#finding(f)));

    if (ok) this.#announceLater('url', format(s.builtAnnounce, { uri: r.redirectUri }));
  }

  #renderCheck(): void {
    const s = this.strings;
    const raw = this.#ruri.value;
    const report = this.q('[data-report]');
    if (raw.trim() === '') {
      report.hidden = true;
      this.#suggestion = null;
      return;
    }
    const result = checkRedirectUri(raw, this.#url.value);
    const count = (severity: Finding['severity']) => result.findings.filter((f) => f.severity === severity).length;
    const summary =
      result.verdict === 'ok'
        ? format(s.summaryOk, { passed: count('ok') })
        : format(s.summary, { errors: count('error'), warnings: count('warning'), passed: count('ok') });
    report.hidden = false;
    this.q('[data-summary]').textContent = summary;
    this.q('[data-compared]').textContent = result.expected ? format(s.comparedWith, { expected: result.expected }) : s.notCompared;

    this.#suggestion = result.suggestion;
    this.q('[data-suggestion]').hidden = result.suggestion === null;
    this.q('[data-suggestion-text]').textContent = result.suggestion ?? '';

    // Failures and warnings first, in the open; the passes fold into one line that opens.
    const problems = problemsFirst(result.findings);
    const passes = result.findings.filter((f) => f.severity === 'ok');
    const list = this.q('[data-findings]');
    list.replaceChildren(...problems.map((f) => this.#finding(f)));
    list.hidden = problems.length === 0;
    renderPassedFold(
      this.q('[data-passed-slot]'),
      plural(s.passedCount, passes.length, this.locale),
      passes.map((f) => this.#finding(f)),
      'ts-redirect__findings',
    );
    this.#announceLater('ruri', format(s.checkAnnounce, { summary }));
  }

  #finding(f: Finding): HTMLLIElement {
    const s = this.strings;
    const item = el(
      'li',
      { class: 'ts-finding', 'data-severity': f.severity, 'data-rule': f.rule },
      el('strong', null, `${s.severity[f.severity]}: ${s.rules[f.rule]}`),
      el('span', { class: 'ts-finding__reason' }, format(s.reasons[f.reason], f.params)),
    );
    if (f.severity !== 'ok') {
      item.append(el('p', { class: 'ts-finding__fix' }, el('strong', null, s.fixLabel), ' ', format(s.fixes[f.reason as ProblemReason], f.params)));
    }
    if (f.differences?.length) {
      const differences = f.differences.map((d) =>
        el('li', null, format(s.difference, { part: s.parts[d.part], expected: d.expected || s.nothing, found: d.found || s.nothing })),
      );
      item.append(el('p', { class: 'ts-finding__fix' }, s.differencesLabel), el('ul', null, ...differences));
    }
    return item;
  }

  #announceLater(source: 'url' | 'ruri', text: string): void {
    if (!this.#typed.has(source)) return;
    this.#typed.delete(source);
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.say(text), ANNOUNCE_DELAY_MS);
  }
}

if (!customElements.get('ts-redirect-uri')) customElements.define('ts-redirect-uri', RedirectUriElement);
