/**
 * <ts-powershell-generator>: wires the form to the script builder. Values come from
 * and go to the page-wide store (so the link and the other tools stay in step); the
 * script is rebuilt on every change and shown block by block, with copy and download.
 */
import { bindField, bindFlag, type FieldBinding } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { el } from '../../client/dom';
import { downloadAndSay } from '../../client/download';
import { pageState } from '../../client/page-state';
import { ToolElement } from '../../client/tool-element';
import { format, listSome } from '../../i18n/ui';
import { checkGuid, checkObjectId, checkTenant, type Check } from '../../lib/validators';
import { checkMailboxList, parseMailboxes, type MailboxList } from '../../lib/mailboxes';
import { ps1File } from '../../lib/powershell';
import { buildScript, LOOP_THRESHOLD, scriptHeader, type Field, type Piece, type Script } from './script';
import { shownBlock } from './shown';
import type { GeneratorStrings } from './strings';

type TextField = Exclude<Field, 'mb'>;

export class PowerShellGenerator extends ToolElement<GeneratorStrings> {
  #script: Script | null = null;
  /** Whether the last script was complete; null before the first one. */
  #complete: boolean | null = null;
  /** Rendered blocks by id, with the number and code they show. */
  readonly #items = new Map<string, { key: string; item: HTMLElement }>();

  protected start(): void {
    const s = this.strings;

    let mailboxList: MailboxList = { addresses: [], invalid: [], duplicates: [] };
    const text = (id: string) => {
      const template = this.validationText(id);
      return id === 'mailboxes' ? format(template, { list: listSome(mailboxList.invalid, this.ui.andMore) }) : template;
    };

    const bindings: Partial<Record<Field, FieldBinding<unknown>>> = {};
    const controls = {} as Record<Field, HTMLInputElement | HTMLTextAreaElement>;
    let ready = false;
    const update = () => {
      if (ready) this.#render(s, bindings, controls, mailboxList);
    };

    const bind = <T>(field: Field, check: (raw: string) => Check<T>, optional = false, after?: () => void) => {
      controls[field] = this.q<HTMLInputElement | HTMLTextAreaElement>(`[data-field="${field}"]`);
      bindings[field] = bindField<T>({
        control: controls[field],
        key: field,
        check,
        optional,
        message: this.q<HTMLElement>(`[data-message="${field}"]`),
        text,
        onChange: () => {
          after?.();
          update();
        },
      }) as FieldBinding<unknown>;
    };

    bind('tenant', checkTenant);
    bind('app', checkGuid, false, () => bindings.obj?.revalidate());
    bind('obj', (raw) => checkObjectId(raw, controls.app.value));
    bind('sp', checkGuid, true);
    bind('mb', (raw) => {
      mailboxList = parseMailboxes(raw);
      return checkMailboxList(mailboxList);
    });

    for (const flag of this.querySelectorAll<HTMLInputElement>('[data-flag]')) {
      bindFlag(flag, flag.dataset.flag!, update, { message: this.q<HTMLElement>(`[data-message="${flag.dataset.flag}"]`), text });
    }

    wireCopyButton(this.q<HTMLButtonElement>('[data-copy-all]'), () => this.#script?.text ?? null, () => s.allCopied);
    const download = this.q<HTMLButtonElement>('[data-download]');
    download.addEventListener('click', () => {
      if (!this.#script) return;
      const header = scriptHeader(s.script, new Date(), pageState().link());
      downloadAndSay(download, s.fileName, ps1File(header, this.#script.text), 'text/plain;charset=utf-8');
    });

    ready = true;
    update();
  }

  #render(
    s: GeneratorStrings,
    bindings: Partial<Record<Field, FieldBinding<unknown>>>,
    controls: Record<Field, HTMLInputElement | HTMLTextAreaElement>,
    mailboxes: MailboxList,
  ): void {
    const valid: Partial<Record<TextField, string>> = {};
    const invalid: Field[] = [];
    for (const field of ['tenant', 'app', 'obj', 'sp'] as const) {
      const result = bindings[field]?.result() as Check | null | undefined;
      if (result?.ok) valid[field] = result.value;
      else if (controls[field].value.trim() !== '') invalid.push(field);
    }
    if (mailboxes.invalid.length) invalid.push('mb');
    const flag = (name: string) => this.querySelector<HTMLInputElement>(`[data-flag="${name}"]`)!.checked;

    this.#renderSummary(s, mailboxes);
    const built = buildScript({ ...valid, mailboxes: mailboxes.addresses, smtp: flag('smtp'), sendAs: flag('sendas'), verify: flag('verify'), invalid }, s.script);
    const error = this.querySelector<HTMLElement>('[data-error]')!;
    const actions = this.querySelectorAll<HTMLButtonElement>('[data-copy-all], [data-download]');
    if (!built.ok) {
      // Not reachable through the validated fields; kept so an unsafe value can never pass.
      this.#script = null;
      error.textContent = format(s.unsafe, { field: s.script.fields[built.field] });
      error.hidden = false;
      for (const b of actions) b.disabled = true;
      return;
    }
    error.hidden = true;
    for (const b of actions) b.disabled = false;

    this.#script = built;
    const complete = built.missing.length === 0;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    status.textContent = complete ? s.complete : format(s.incomplete, { fields: built.missing.map((f) => s.script.fields[f]).join(', ') });
    status.dataset.kind = complete ? '' : 'warning';
    // Say it when the script turns complete or incomplete, not on every keystroke.
    if (this.#complete !== null && this.#complete !== complete) this.say(status.textContent);
    this.#complete = complete;

    const stop = this.querySelector<HTMLElement>('[data-stop]')!;
    stop.hidden = built.stop === null;
    if (built.stop) fill(stop, built.stop.pieces);

    const list = this.querySelector<HTMLElement>('[data-blocks]')!;
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.copyBlock;
    const headingTag = list.dataset.heading ?? 'h4';
    const items = built.blocks.map((block) => {
      // Unchanged blocks keep their elements: with many mailboxes only the list block changes.
      const key = `${block.number}\n${block.code}`;
      const cached = this.#items.get(block.id);
      if (cached?.key === key) return cached.item;
      const pre = el('pre', { class: 'ts-code', tabindex: '0', 'data-code': block.id });
      // A block of thousands of lines shows its start only (the copies hold it all).
      const shown = shownBlock(block.pieces);
      fill(pre, shown.hiddenLines ? [...shown.pieces, { kind: 'code', text: `\n# ${format(s.shownCut, { n: shown.hiddenLines })}` }] : shown.pieces);
      const button = el(
        'button',
        { type: 'button', class: 'ts-button ts-button--secondary', 'data-copy-block': block.id },
        s.copyBlock,
        el('span', { class: 'sr-only' }, ` ${format(s.copyBlockName, { n: block.number })}`),
      );
      wireCopyButton(
        button,
        () => this.#script?.blocks.find((b) => b.id === block.id)?.code ?? null,
        () => format(s.blockCopied, { n: block.number }),
      );
      const item = el(
        'div',
        { class: 'ts-powershell__block', 'data-block': block.id },
        el(headingTag as 'h4', { class: 'ts-powershell__block-title' }, `${block.number}. ${block.title}`),
        pre,
        button,
      );
      this.#items.set(block.id, { key, item });
      return item;
    });
    if (items.length !== list.children.length || items.some((item, i) => list.children[i] !== item)) list.replaceChildren(...items);
    if (focused && document.activeElement === document.body) list.querySelector<HTMLElement>(`[data-copy-block="${focused}"]`)?.focus();
  }

  #renderSummary(s: GeneratorStrings, mailboxes: MailboxList): void {
    const n = mailboxes.addresses.length;
    const parts = [n === 0 ? s.mb.none : n === 1 ? s.mb.one : format(s.mb.many, { n })];
    if (n > LOOP_THRESHOLD) parts.push(format(s.mb.loop, { n: LOOP_THRESHOLD }));
    if (mailboxes.duplicates.length) parts.push(format(s.mb.duplicates, { list: listSome(mailboxes.duplicates, this.ui.andMore) }));
    this.querySelector<HTMLElement>('[data-mb-summary]')!.textContent = parts.join(' ');
  }
}

/** Code text into an element, placeholders marked (textContent only, never HTML). */
function fill(target: HTMLElement, pieces: readonly Piece[]): void {
  const nodes: (Node | string)[] = [];
  let run = '';
  for (const p of pieces) {
    if (p.kind !== 'placeholder') {
      run += p.text;
      continue;
    }
    if (run) nodes.push(run);
    run = '';
    nodes.push(el('span', { class: 'ts-placeholder' }, p.text));
  }
  if (run) nodes.push(run);
  target.replaceChildren(...nodes);
}

if (!customElements.get('ts-powershell-generator')) customElements.define('ts-powershell-generator', PowerShellGenerator);
// Step 2's static commands (GeneratorFallback.astro) give way to the generator's from now on.
// An attribute on the root, not `:root:has(ts-powershell-generator:defined)`: with that rule
// every key typed into a large field restyled the whole page.
document.documentElement.setAttribute('data-generator-defined', '');
