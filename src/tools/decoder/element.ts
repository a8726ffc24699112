/**
 * <ts-error-decoder>: wires the pasted text to decode() and shows each finding by
 * cloning the server-rendered catalogue entry. decode() runs in a Web Worker (started
 * on first use; in the page where no worker can run), so the page stays responsive
 * whatever the text's source. The page value `err` prefills the field; the link keeps
 * only the codes shown (linkValue), never the pasted text.
 */
import { pageState } from '../../client/page-state';
import { el } from '../../client/dom';
import { showMessage } from '../../client/field-message';
import { frameOf } from '../../client/tool-frame';
import { ToolElement } from '../../client/tool-element';
import { WorkerJobs } from '../../client/worker-jobs';
import { intlLocale } from '../../i18n/lang';
import { format, formatNumber, plural, type PluralForms } from '../../i18n/ui';
import type { DecodeResult, Finding } from './decode';
import { linkValue } from './link-value';
import type { DecoderStrings } from './strings';

/** Typing pause after which the text is decoded without pressing the button. */
const TYPING_PAUSE_MS = 300;

export class ErrorDecoderElement extends ToolElement<DecoderStrings> {
  #input!: HTMLTextAreaElement;
  #message!: HTMLElement;
  #results!: HTMLElement;
  #list!: HTMLElement;
  #none!: HTMLElement;
  #more!: HTMLElement;
  /** decode() in a worker started on first use (in the page where none can run); answers come in order, older ones are dropped. */
  #jobs = new WorkerJobs<string, DecodeResult>({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    inPage: (text) => import('./decode').then((m) => m.decode(text)),
  });
  /** Number of the latest decoding asked for: an older answer is dropped. */
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #announced = '';
  /** Length of the last paste that was cut to the limit; 0 once the text is edited. */
  #pastedLength = 0;
  #pasting = false;

  protected start(): void {
    this.#input = this.q<HTMLTextAreaElement>('[data-input]');
    this.#message = this.q('[data-message]');
    this.#results = this.q('[data-results]');
    this.#list = this.q('[data-list]');
    this.#none = this.q('[data-none]');
    this.#more = this.q('[data-more]');

    this.q('[data-form]').addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.#timer);
      void this.#run({ fromUser: true, forceAnnounce: true });
    });
    // A paste over the limit is cut before it reaches the field: laying out many
    // megabytes of text would freeze the page long before any search.
    const max = Number(this.dataset.max);
    this.#input.addEventListener('paste', (event) => {
      const pasted = event.clipboardData?.getData('text/plain') ?? '';
      if (pasted.length <= max) return;
      event.preventDefault();
      this.#input.setRangeText(pasted.slice(0, max), this.#input.selectionStart, this.#input.selectionEnd, 'end');
      this.#pastedLength = pasted.length;
      this.#pasting = true;
      this.#input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    this.#input.addEventListener('input', () => {
      if (!this.#pasting) this.#pastedLength = 0;
      this.#pasting = false;
      // The frame clears its messages when the input changes: the next result is said again.
      this.#announced = '';
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run({ fromUser: true, forceAnnounce: false }), TYPING_PAUSE_MS);
    });
    this.q('[data-clear]').addEventListener('click', () => {
      clearTimeout(this.#timer);
      this.#input.value = '';
      this.#pastedLength = 0;
      void this.#run({ fromUser: true, forceAnnounce: false });
      this.#input.focus();
    });

    const fromLink = pageState().get('err');
    if (fromLink) {
      this.#input.value = fromLink;
      // A value from a link stays in the link as it is until the user edits the text.
      void this.#run({ fromUser: false, forceAnnounce: true });
    } else if (this.#input.value.trim() !== '') {
      // Text typed before the tool started (it starts when it comes near the viewport).
      void this.#run({ fromUser: true, forceAnnounce: false });
    }
  }

  async #run({ fromUser, forceAnnounce }: { fromUser: boolean; forceAnnounce: boolean }): Promise<void> {
    const text = this.#input.value;
    const request = ++this.#request;
    if (text.trim() === '') {
      this.#show(null);
      if (fromUser) pageState().set('err', '', this);
      this.#announced = '';
      return;
    }
    const result = await this.#jobs.run(text);
    if (request !== this.#request) return; // the text changed meanwhile
    const max = Number(this.dataset.max);
    this.#show(result, max);
    if (fromUser) pageState().set('err', linkValue(result.findings), this);
    else this.#keepAnchor();
    const summary = this.#summary(result, max);
    if (forceAnnounce || summary !== this.#announced) {
      this.say(summary);
      this.#announced = summary;
    }
  }

  /**
   * Opened from a link to a heading further down (e.g. a catalogue entry, with `err` in
   * the fragment): the results just shown above it pushed it down, so bring it back.
   */
  #keepAnchor(): void {
    const anchor = pageState().anchor;
    const target = anchor ? document.getElementById(anchor) : null;
    const frame = frameOf(this) ?? this;
    if (target && !frame.contains(target) && frame.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) {
      requestAnimationFrame(() => target.scrollIntoView());
    }
  }

  /** A number as people of the page's locale write it (1,000,000 / 1.000.000). */
  #count(value: number): string {
    return formatNumber(value, intlLocale(this.locale));
  }

  /** A count with its noun (plural()), the count written as in the page's locale; `values` fill further placeholders. */
  #counted(forms: PluralForms, n: number, values: Record<string, string> = {}): string {
    return format(plural(forms, n, this.locale), { ...values, count: this.#count(n) });
  }

  #summary(result: DecodeResult, max: number): string {
    const s = this.strings;
    const codes = result.findings.map((f) => (f.kind === 'known' ? f.entry.code : f.code)).join(', ');
    const total = result.findings.length + result.more;
    const list = result.more > 0 ? `${codes} ${this.#moreText(s.moreAnnounced, result.more)}` : codes;
    const found = total === 0 ? s.announceNone : this.#counted(s.announceFound, total, { list });
    return result.truncated || this.#pastedLength ? `${found} ${format(s.announceCut, { max: this.#count(max) })}` : found;
  }

  #show(result: DecodeResult | null, max = 0): void {
    const s = this.strings;
    const cut = !result
      ? ''
      : result.truncated
        ? format(s.tooLong, { length: this.#count(result.inputLength), max: this.#count(max) })
        : this.#pastedLength
          ? format(s.pasteCut, { length: this.#count(this.#pastedLength), max: this.#count(max) })
          : '';
    showMessage(this.#input, this.#message, cut ? 'warning' : '', cut);
    this.#list.replaceChildren(...(result?.findings ?? []).map((f) => this.#item(f)));
    this.#more.textContent = result && result.more > 0 ? this.#moreText(s.moreShown, result.more) : '';
    this.#more.hidden = !result || result.more === 0;
    this.#results.hidden = !result || result.findings.length === 0;
    this.#none.hidden = !result || result.findings.length > 0;
  }

  /** "And 19,990 more sign-in error codes, not shown here…" in the locale's number format. */
  #moreText(forms: PluralForms, more: number): string {
    return this.#counted(forms, more);
  }

  #item(finding: Finding): HTMLLIElement {
    const entry =
      finding.kind === 'known'
        ? this.q<HTMLTemplateElement>(`template[data-template="${finding.entry.id}"]`).content.cloneNode(true)
        : this.#unknown(finding.code, finding.lookupUrl);
    const li = el('li', null, entry);
    this.#fillFound(li.querySelector<HTMLElement>('[data-found]')!, finding);
    return li;
  }

  /** An AADSTS code the catalogue does not know: Microsoft's lookup explains it. */
  #unknown(code: string, lookupUrl: string): HTMLElement {
    const s = this.strings;
    const heading = el(`h${this.#entryLevel()}` as 'h4', { class: 'ts-error__title' }, format(s.unknownTitle, { code }));
    return el(
      'article',
      { class: 'ts-error' },
      heading,
      el('p', { class: 'ts-error__found', 'data-found': '' }),
      el('p', null, s.unknownText),
      el('p', null, el('a', { href: lookupUrl }, format(s.unknownLink, { code }))),
    );
  }

  /** The heading level the server gave the catalogue entries in the templates. */
  #entryLevel(): number {
    const heading = this.querySelector('template')?.content.querySelector('.ts-error__title');
    return heading ? Number(heading.tagName.slice(1)) : 4;
  }

  #fillFound(element: HTMLElement, finding: Finding): void {
    const s = this.strings;
    const excerpt = el('code', null, finding.first.excerpt);
    element.replaceChildren(format(s.foundIn, { line: this.#count(finding.first.line) }), ' ', excerpt);
    const more = finding.lineCount - 1;
    if (more > 0) element.append(' ', this.#counted(s.moreLines, more));
    if (finding.count > finding.lineCount) element.append(' ', format(s.timesInAll, { count: this.#count(finding.count) }));
    element.hidden = false;
  }
}

if (!customElements.get('ts-error-decoder')) customElements.define('ts-error-decoder', ErrorDecoderElement);
