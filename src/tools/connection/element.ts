/**
 * <ts-connection-test>: binds the script's fields to the page values (tenant, app,
 * obj, mb, from, to), regenerates the script, offers copy and download, and runs the
 * three readers through the diagnosis module as the user pastes. The pasted texts
 * (report, token, command output) are never page values: they stay in their fields,
 * out of the link, storage and any request.
 */
import { bindField, type FieldBinding } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { el } from '../../client/dom';
import { pageState } from '../../client/page-state';
import { wireScriptActions } from '../../client/script-actions';
import { ToolElement } from '../../client/tool-element';
import { format, plural } from '../../i18n/ui';
import { LINK_KEY_ORDER } from '../../lib/link-keys';
import { buildFragment } from '../../lib/url-state';
import { checkGuid, checkObjectId, checkTenant, type Check } from '../../lib/validators';
import { checkMailboxes, isMailboxAddress } from '../../lib/mailboxes';
import { diagnoseExchange, diagnoseResult, diagnoseToken, type Diagnosis, type PageValues, type Passed, type Verdict } from './diagnosis';
import { buildTestScript } from './script';
import type { ConnectionStrings } from './strings';

type Reader = 'result' | 'token' | 'exchange';

function checkAddress(raw: string): Check<string, string> {
  const v = raw.trim();
  return isMailboxAddress(v) ? { ok: true, value: v, warnings: [] } : { ok: false, error: 'mailbox' };
}

class ConnectionTest extends ToolElement<ConnectionStrings> {
  #script = '';
  #ready = false;
  readonly #bindings: Record<string, FieldBinding<unknown>> = {};

  protected start(): void {
    const t = this.strings;
    const code = this.q('[data-script]');
    const fix = this.q('[data-fix]');
    const text = (id: string) => (t.messages as Record<string, string>)[id] ?? this.validationText(id);
    const value = <T,>(key: string): T | null => {
      const r = this.#bindings[key]?.result();
      return r && r.ok ? (r.value as T) : null;
    };

    const render = () => {
      if (!this.#ready) return;
      const mailboxes = value<{ addresses: string[] }>('mb')?.addresses ?? [];
      const to = value<string>('to');
      this.#script = buildTestScript(
        { tenant: value<string>('tenant'), app: value<string>('app'), obj: value<string>('obj'), mailboxes, sendFrom: to ? (value<string>('from') ?? mailboxes[0] ?? null) : null, sendTo: to },
        t.script,
      );
      code.textContent = this.#script;
      fix.hidden = !this.#problem();
      for (const r of ['result', 'token', 'exchange'] as const) this.#read(r, false);
    };

    const bind = (key: string, check: (raw: string) => Check<unknown, string>, optional: boolean) => {
      const control = this.q<HTMLInputElement>(`[data-field="${key}"]`);
      this.#bindings[key] = bindField<unknown>({ control, key, check, message: this.q(`[data-message="${key}"]`), text, optional, onChange: render });
    };
    bind('tenant', checkTenant, false);
    bind('app', checkGuid, false);
    bind('obj', (raw) => checkObjectId(raw, this.q<HTMLInputElement>('[data-field="app"]').value), true);
    bind('mb', checkMailboxes, false);
    bind('from', checkAddress, true);
    bind('to', checkAddress, true);
    this.#ready = true;
    render();

    // Copy and download need the required values: otherwise point to the first field to fix.
    wireScriptActions(this, {
      fileName: t.fileName,
      fixFirst: t.fixFirst,
      script: () => (this.#problem() ? null : this.#script),
      firstProblem: () => {
        const problem = this.#problem();
        for (const b of Object.values(this.#bindings)) b.revalidate(true);
        return problem ? this.q<HTMLInputElement>(`[data-field="${problem}"]`) : null;
      },
    });

    for (const reader of ['result', 'token', 'exchange'] as const) {
      const field = this.q<HTMLTextAreaElement>(`[data-reader="${reader}"]`);
      field.addEventListener('input', () => this.#read(reader, true));
    }
    pageState().watch(['tenant', 'app', 'obj', 'sp'], () => {
      for (const r of ['result', 'token', 'exchange'] as const) this.#read(r, false);
    });
  }

  /** The first required field that is missing or invalid, or null. */
  #problem(): string | null {
    for (const key of ['tenant', 'app', 'mb', 'obj', 'from', 'to']) {
      const r = this.#bindings[key]?.result();
      if ((r === null && ['tenant', 'app', 'mb'].includes(key)) || (r && !r.ok)) return key;
    }
    return null;
  }

  /** Values the diagnosis compares with and writes into commands: the page's, as they are valid. */
  #page(): PageValues {
    const state = pageState();
    const valid = (key: string, check: (raw: string) => Check<unknown, string>) => {
      const raw = state.get(key);
      if (!raw) return undefined;
      const r = check(raw);
      return r.ok ? String(r.value) : undefined;
    };
    return { tenant: valid('tenant', checkTenant), app: valid('app', checkGuid), obj: valid('obj', checkGuid), sp: valid('sp', checkGuid) };
  }

  #read(reader: Reader, announce: boolean): void {
    const field = this.q<HTMLTextAreaElement>(`[data-reader="${reader}"]`);
    const out = this.q(`[data-result="${reader}"]`);
    const page = this.#page();
    const textValue = field.value;
    const senders = [this.#bindings.from?.result(), this.#bindings.to?.result()].flatMap((r) => (r && r.ok ? [String(r.value)] : []));
    const d = reader === 'result' ? diagnoseResult(textValue, page) : reader === 'token' ? diagnoseToken(textValue, page) : diagnoseExchange(textValue, page, senders);
    const nodes = this.#renderDiagnosis(d, reader);
    out.replaceChildren(...nodes);
    out.hidden = nodes.length === 0;
    if (announce && nodes.length) this.say(this.#summary(d));
  }

  #summary(d: Diagnosis): string {
    const t = this.strings;
    const lang = this.dataset.lang ?? 'en';
    if (d.versionMismatch !== undefined) return format(t.versionMismatch, { version: String(d.versionMismatch), expected: this.dataset.version ?? '1' });
    if (d.source === 'unknown') return t.unknownInput;
    const fails = d.verdicts.filter((v) => v.status !== 'ok').length;
    return fails ? format(plural(t.failedCount, fails, lang), {}) : t.allPassed;
  }

  #renderDiagnosis(d: Diagnosis & { claims?: unknown }, reader: Reader): Node[] {
    const t = this.strings;
    if (d.source === 'empty') return [];
    if (d.versionMismatch !== undefined) return [el('p', { class: 'ts-finding', 'data-severity': 'error' }, this.#summary(d))];
    if (d.source === 'unknown') return [el('p', { class: 'ts-finding', 'data-severity': 'warning' }, t.unknownInput)];
    const nodes: Node[] = [];
    const readAs = (t.readAs as Record<string, string>)[d.source];
    if (readAs) nodes.push(el('p', { class: 'ts-field__hint' }, readAs));
    if (reader === 'token' && d.claims) nodes.push(this.#claims(d.claims as Record<string, unknown>));
    const problems = d.verdicts;
    nodes.push(el('p', { class: 'ts-connection__summary', 'data-summary': '' }, this.#summary(d)));
    if (problems.length) {
      const list = el('ol', { class: 'ts-connection__verdicts', 'data-verdicts': '' });
      for (const v of problems) list.append(this.#verdict(v));
      nodes.push(list);
    }
    const passed = this.#passed(d.passed);
    if (passed) nodes.push(el('p', { class: 'ts-finding', 'data-severity': 'ok', 'data-passed': '' }, passed));
    return nodes;
  }

  #passed(passed: Passed[]): string | null {
    const t = this.strings;
    const lang = this.dataset.lang ?? 'en';
    const count = (n: number) => plural(t.mailboxCount, n, lang);
    const parts = passed.map((p) =>
      p.protocol === 'token' ? t.passedToken : p.protocol === 'consent' ? t.passedConsent : format({ imap: t.passedImap, smtp: t.passedSmtp, send: t.passedSend, fullAccess: t.passedFullAccess }[p.protocol], { n: count(p.mailboxes.length) }),
    );
    return parts.length ? format(t.passedLine, { list: parts.join(', ') }) : null;
  }

  #claims(claims: Record<string, unknown>): HTMLElement {
    const t = this.strings;
    const list = el('dl', { class: 'ts-connection__claims' });
    for (const name of ['aud', 'tid', 'appid', 'azp', 'oid', 'roles', 'scp', 'exp', 'ver']) {
      const v = claims[name];
      if (v === null || v === undefined || (Array.isArray(v) && v.length === 0 && name !== 'roles')) continue;
      const shown = name === 'exp' && typeof v === 'number' ? `${v} (${new Date(v * 1000).toISOString()})` : Array.isArray(v) ? v.join(', ') || '—' : String(v);
      list.append(el('dt', null, name), el('dd', null, shown));
    }
    return el('div', { class: 'ts-stack' }, el('p', null, el('strong', null, t.tokenClaims)), list);
  }

  #verdict(v: Verdict): HTMLElement {
    const t = this.strings;
    const base = this.dataset.base ?? '/';
    const values: Record<string, string> = { ...v.values, reply: v.reply ?? '', host: v.values.host ?? '' };
    const texts = t.causes[v.cause];
    const heading = el(this.dataset.heading === 'h5' ? 'h5' : 'h4', { class: 'ts-connection__verdict-title' }, `${t.statusLabel[v.status]} · ${t.layerLabel[v.layer]}: ${format(texts.title, values)}`);
    const item = el('li', { class: 'ts-finding ts-stack', 'data-severity': v.status === 'fail' ? 'error' : 'warning', 'data-layer': v.layer, 'data-cause': v.cause }, heading);
    if (v.mailboxes.length) item.append(el('p', { 'data-mailboxes': '' }, format(t.mailboxesLabel, { list: v.mailboxes.join(', ') })));
    item.append(el('p', { class: 'ts-finding__reason' }, format(texts.cause, values)));
    if (v.reply) item.append(el('p', null, el('strong', null, `${v.layer === 'network' ? t.transportLabel : t.replyLabel}:`)), el('pre', { class: 'ts-code ts-code--wrap', tabindex: '0' }, v.reply));
    item.append(el('p', { class: 'ts-finding__fix', 'data-fix-text': '' }, format(texts.fix, values)));
    if (v.commands.length) {
      const commands = v.commands.join('\n');
      const copy = el('button', { type: 'button', class: 'ts-button ts-button--secondary' }, t.copyCommands);
      wireCopyButton(copy, () => commands);
      item.append(el('p', null, el('strong', null, t.commandsLabel)), el('pre', { class: 'ts-code ts-code--wrap', tabindex: '0', 'data-commands': '' }, commands), copy);
    }
    if (v.tooEarly) item.append(el('p', { class: 'ts-field__hint' }, t.tooEarly));
    const links = el('ul', { class: 'ts-connection__links' });
    links.append(el('li', null, el('a', { href: `${base}${v.guide}` }, t.guideLink)));
    if (v.generator) {
      const fragment = buildFragment(new Map(Object.entries(v.generator)), LINK_KEY_ORDER);
      links.append(el('li', null, el('a', { href: `${base}tools/powershell-generator/${fragment}`, 'data-generator': '' }, t.generatorLink)));
    }
    if (v.errorId) links.append(el('li', null, el('a', { href: `${base}microsoft-app-registration/troubleshooting/#${v.errorId}` }, t.errorLink)));
    item.append(links);
    return item;
  }
}

if (!customElements.get('ts-connection-test')) customElements.define('ts-connection-test', ConnectionTest);
