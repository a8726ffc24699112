/**
 * <ts-error-decoder>: wires the pasted text to decode() and shows each finding by
 * cloning the server-rendered catalogue entry. decode() runs in a Web Worker (started
 * on first use; in the page where no worker can run), so the page stays responsive
 * whatever the text's source. The page value `err` prefills the field; the link keeps
 * only the codes shown (linkValue), never the pasted text.
 */
import { pageState } from '../../client/page-state';
import type { ToolFrame } from '../../client/tool-frame';
import type { Locale } from '../../data/microsoft';
import { format, plural, type PluralForms } from '../../i18n/ui';
import type { DecodeResult, Finding } from './decode';
import { linkValue } from './link-value';
import { formatCount, type DecoderStrings } from './strings';

/** Typing pause after which the text is decoded without pressing the button. */
const TYPING_PAUSE_MS = 300;


export class ErrorDecoderElement extends HTMLElement {
  #strings!: DecoderStrings;
  #locale: Locale = 'en';
  #input!: HTMLTextAreaElement;
  #message!: HTMLElement;
  #results!: HTMLElement;
  #list!: HTMLElement;
  #none!: HTMLElement;
  #more!: HTMLElement;
  #worker: Worker | null = null;
  #workerFailed = false;
  /** Number of the latest decoding asked for: an older answer is dropped. */
  #request = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #announced = '';
  /** Length of the last paste that was cut to the limit; 0 once the text is edited. */
  #pastedLength = 0;
  #pasting = false;

  connectedCallback(): void {
    this.#strings = JSON.parse(this.dataset.strings ?? '{}') as DecoderStrings;
    this.#locale = this.dataset.locale === 'de' ? 'de' : 'en';
    this.#input = this.querySelector<HTMLTextAreaElement>('[data-input]')!;
    this.#message = this.querySelector<HTMLElement>('[data-message]')!;
    this.#results = this.querySelector<HTMLElement>('[data-results]')!;
    this.#list = this.querySelector<HTMLElement>('[data-list]')!;
    this.#none = this.querySelector<HTMLElement>('[data-none]')!;
    this.#more = this.querySelector<HTMLElement>('[data-more]')!;
    this.#input.setAttribute('aria-describedby', `${this.#input.getAttribute('aria-describedby') ?? ''} ${this.#message.id}`.trim());

    this.querySelector('[data-form]')!.addEventListener('submit', (event) => {
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
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => void this.#run({ fromUser: true, forceAnnounce: false }), TYPING_PAUSE_MS);
    });
    this.querySelector('[data-clear]')!.addEventListener('click', () => {
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
    const result = await this.#decode(request, text);
    if (request !== this.#request) return; // the text changed meanwhile
    const max = Number(this.dataset.max);
    this.#show(result, max);
    if (fromUser) pageState().set('err', linkValue(result.findings), this);
    else this.#keepAnchor();
    const summary = this.#summary(result, max);
    if (forceAnnounce || summary !== this.#announced) {
      (this.closest('ts-tool-frame') as ToolFrame | null)?.say(summary);
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
    const frame = this.closest('ts-tool-frame') ?? this;
    if (target && !frame.contains(target) && frame.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING) {
      requestAnimationFrame(() => target.scrollIntoView());
    }
  }

  /** decode() in the worker; in the page if no worker can be started. */
  #decode(id: number, text: string): Promise<DecodeResult> {
    const inPage = () => import('./decode').then((m) => m.decode(text));
    if (!this.#workerFailed) {
      try {
        this.#worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
      } catch {
        this.#workerFailed = true;
      }
    }
    const worker = this.#worker;
    if (!worker) return inPage();
    return new Promise((resolve, reject) => {
      const done = () => {
        worker.removeEventListener('message', onMessage);
        worker.removeEventListener('error', onError);
      };
      const onMessage = (e: MessageEvent<{ id: number; result?: DecodeResult; error?: string }>) => {
        if (e.data.id !== id) return;
        done();
        if (e.data.result) resolve(e.data.result);
        else reject(new Error(e.data.error));
      };
      const onError = () => {
        // The worker could not start (e.g. a policy forbids it): decode in the page instead.
        done();
        this.#worker = null;
        this.#workerFailed = true;
        inPage().then(resolve, reject);
      };
      worker.addEventListener('message', onMessage);
      worker.addEventListener('error', onError);
      worker.postMessage({ id, text });
    });
  }

  #count(value: number): string {
    return formatCount(value, this.#locale);
  }

  #summary(result: DecodeResult, max: number): string {
    const s = this.#strings;
    const codes = result.findings.map((f) => (f.kind === 'known' ? f.entry.code : f.code)).join(', ');
    const total = result.findings.length + result.more;
    const list = result.more > 0 ? `${codes} ${this.#moreText(s.moreAnnounced, result.more)}` : codes;
    const found =
      total === 0 ? s.announceNone : format(total === 1 ? s.announceOne : s.announceMany, { count: this.#count(total), list });
    return result.truncated || this.#pastedLength ? `${found} ${format(s.announceCut, { max: this.#count(max) })}` : found;
  }

  #show(result: DecodeResult | null, max = 0): void {
    const s = this.#strings;
    const cut = !result
      ? ''
      : result.truncated
        ? format(s.tooLong, { length: this.#count(result.inputLength), max: this.#count(max) })
        : this.#pastedLength
          ? format(s.pasteCut, { length: this.#count(this.#pastedLength), max: this.#count(max) })
          : '';
    this.#message.textContent = cut;
    this.#message.hidden = !cut;
    this.#list.replaceChildren(...(result?.findings ?? []).map((f) => this.#item(f)));
    this.#more.textContent = result && result.more > 0 ? this.#moreText(s.moreShown, result.more) : '';
    this.#more.hidden = !result || result.more === 0;
    this.#results.hidden = !result || result.findings.length === 0;
    this.#none.hidden = !result || result.findings.length > 0;
  }

  /** "And 19,990 more sign-in error codes, not shown here…" in the locale's number format. */
  #moreText(forms: PluralForms, more: number): string {
    return format(plural(forms, more, this.#locale), { count: this.#count(more) });
  }

  #item(finding: Finding): HTMLLIElement {
    const li = document.createElement('li');
    if (finding.kind === 'known') {
      const template = this.querySelector<HTMLTemplateElement>(`template[data-template="${finding.entry.id}"]`)!;
      li.append(template.content.cloneNode(true));
    } else {
      li.append(this.#unknown(finding.code, finding.lookupUrl));
    }
    const found = li.querySelector<HTMLElement>('[data-found]')!;
    this.#fillFound(found, finding);
    return li;
  }

  /** An AADSTS code the catalogue does not know: Microsoft's lookup explains it. */
  #unknown(code: string, lookupUrl: string): HTMLElement {
    const s = this.#strings;
    const article = document.createElement('article');
    article.className = 'ts-error';
    const heading = document.createElement(`h${this.#entryLevel()}`);
    heading.className = 'ts-error__title';
    heading.textContent = format(s.unknownTitle, { code });
    const found = document.createElement('p');
    found.className = 'ts-error__found';
    found.dataset.found = '';
    const text = document.createElement('p');
    text.textContent = s.unknownText;
    const link = document.createElement('a');
    link.href = lookupUrl;
    link.textContent = format(s.unknownLink, { code });
    const linkLine = document.createElement('p');
    linkLine.append(link);
    article.append(heading, found, text, linkLine);
    return article;
  }

  /** The heading level the server gave the catalogue entries in the templates. */
  #entryLevel(): number {
    const heading = this.querySelector('template')?.content.querySelector('.ts-error__title');
    return heading ? Number(heading.tagName.slice(1)) : 4;
  }

  #fillFound(element: HTMLElement, finding: Finding): void {
    const s = this.#strings;
    const excerpt = document.createElement('code');
    excerpt.textContent = finding.first.excerpt;
    element.replaceChildren(format(s.foundIn, { line: this.#count(finding.first.line) }), ' ', excerpt);
    const more = finding.lineCount - 1;
    if (more > 0) element.append(' ', more === 1 ? s.moreLine : format(s.moreLines, { count: this.#count(more) }));
    if (finding.count > finding.lineCount) element.append(' ', format(s.timesInAll, { count: this.#count(finding.count) }));
    element.hidden = false;
  }
}

if (!customElements.get('ts-error-decoder')) customElements.define('ts-error-decoder', ErrorDecoderElement);
