/**
 * <ts-calendar-scope>: the Application ID and the mailbox list are page values (link keys
 * app and mb, shared with the step-2 generator); the group, the attribute and the scope's
 * name stay in this tool. The commands are rebuilt on every change; while a needed field
 * is empty or invalid, copy and download point to the field to fix instead.
 */
import { bindFieldSet, type FieldSpec } from '../../client/field-set';
import { wireScriptActions } from '../../client/script-actions';
import { ToolElement } from '../../client/tool-element';
import { parseMailboxes } from '../../lib/mailboxes';
import { isSafeForPowerShell } from '../../lib/powershell';
import { checkGuid, type Check } from '../../lib/validators';
import { buildCalendarScopeScript, SCOPE_NAME_MAX, shortLines, type ScopeBy } from './script';
import type { CalendarScopeStrings } from './strings';

type Kind = ScopeBy['kind'];
type Msg = string;

const mailboxList = (raw: string): Check<string[], Msg> => {
  if (!isSafeForPowerShell(raw.replace(/[\r\n\t]/g, ' '))) return { ok: false, error: 'unsafe' };
  const list = parseMailboxes(raw);
  if (list.invalid.length) return { ok: false, error: 'mailbox' };
  if (!list.addresses.length) return { ok: false, error: 'required' };
  return { ok: true, value: list.addresses, warnings: [] };
};
const single = (max?: number) => (raw: string): Check<string, Msg> => {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  if (!isSafeForPowerShell(v)) return { ok: false, error: 'unsafe' };
  if (max && v.length > max) return { ok: false, error: 'nameLong' };
  return { ok: true, value: v, warnings: [] };
};

/** Each field: its check, the scope kinds it belongs to (none = always), and whether it may stay empty. */
const FIELDS = {
  app: { check: checkGuid as (raw: string) => Check<unknown, Msg>, kinds: null, optional: false, key: 'app' },
  mailboxes: { check: mailboxList, kinds: ['mailboxes'], optional: false, key: 'mb' },
  group: { check: single(), kinds: ['group'], optional: false, key: null },
  value: { check: single(), kinds: ['attribute'], optional: false, key: null },
  check: { check: mailboxList, kinds: ['group', 'attribute'], optional: true, key: null },
  name: { check: single(SCOPE_NAME_MAX), kinds: null, optional: true, key: null },
} satisfies Record<string, FieldSpec & { kinds: readonly Kind[] | null }>;

type FieldName = keyof typeof FIELDS;
const NAMES = Object.keys(FIELDS) as FieldName[];

class CalendarScope extends ToolElement<CalendarScopeStrings> {
  protected start(): void {
    const t = this.strings;
    const code = this.q('[data-script]');
    const fix = this.q('[data-fix]');
    const attribute = this.q<HTMLSelectElement>('[data-attribute]');
    const text = (id: string) => (t.messages as Record<string, string>)[id] ?? this.validationText(id);
    let script = code.textContent ?? '';
    let ready = false;

    const kind = (): Kind => (this.querySelector<HTMLInputElement>('[data-by]:checked')?.value as Kind) ?? 'mailboxes';
    const active = (name: FieldName) => FIELDS[name].kinds === null || (FIELDS[name].kinds as readonly Kind[]).includes(kind());
    /** Needs fixing: invalid, or empty though needed. */
    const wrong = (name: FieldName) => {
      if (!active(name)) return false;
      const r = fields.result(name);
      return r ? !r.ok : !FIELDS[name].optional;
    };

    const render = () => {
      const k = kind();
      for (const part of this.querySelectorAll<HTMLElement>('[data-for]')) {
        part.hidden = !(part.dataset.for ?? '').split(' ').includes(k);
        // A hidden field is also disabled: out of the tab order and out of reach of anything filling the form.
        for (const c of part.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')) c.disabled = part.hidden;
      }
      const scope: ScopeBy =
        k === 'group'
          ? { kind: 'group', groupDn: fields.value<string>('group') ?? '<GROUP_DN>' }
          : k === 'attribute'
            ? { kind: 'attribute', attribute: Number(attribute.value) || 1, value: fields.value<string>('value') ?? '<VALUE>' }
            : { kind: 'mailboxes', mailboxes: fields.value<string[]>('mailboxes') ?? ['<MAILBOX>'] };
      const built = buildCalendarScopeScript(
        { appId: fields.value<string>('app') ?? '<APPLICATION_ID>', scope, name: fields.value<string>('name') ?? undefined, check: k === 'mailboxes' ? [] : (fields.value<string[]>('check') ?? []) },
        t,
      );
      if (built.ok && built.text !== script) {
        script = built.text;
        // A list of thousands of mailboxes makes lines of megabytes, laid out again with the
        // page on every key typed anywhere: the page shows the start of each long line,
        // Copy and Download give the whole script.
        const shown = shortLines(script);
        code.textContent = shown === script ? script : `${shown}\n# ${t.shownCut}`;
      }
      ready = built.ok && !NAMES.some(wrong);
      fix.hidden = ready || !NAMES.some((n) => active(n) && fields.invalid(n));
    };

    const fields = bindFieldSet(FIELDS, {
      control: (name) => this.q<HTMLInputElement>(`[data-field="${name}"]`),
      message: (name) => this.q(`[data-message="${name}"]`),
      text,
      onChange: () => render(),
    });
    for (const radio of this.querySelectorAll<HTMLInputElement>('[data-by]')) radio.addEventListener('change', render);
    attribute.addEventListener('change', render);
    render();

    wireScriptActions(this, {
      fileName: t.fileName,
      fixFirst: t.fixFirst,
      script: () => (ready ? script : null),
      firstProblem: () => fields.firstToFix(active, wrong, render),
    });
  }
}

if (!customElements.get('ts-calendar-scope')) customElements.define('ts-calendar-scope', CalendarScope);
