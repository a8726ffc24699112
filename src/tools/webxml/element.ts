/**
 * <ts-webxml-checker>: wires the checker's markup to the logic. The check runs in a
 * module Web Worker so the page stays responsive with large files; where no worker
 * can start, the same logic is loaded into the page (WorkerJobs). Queries only inside itself.
 */
import { bindField } from '../../client/bind-field';
import { wireCopyButton } from '../../client/copy-button';
import { el } from '../../client/dom';
import { downloadAndSay } from '../../client/download';
import { showMessage, type MessageKind } from '../../client/field-message';
import { wireFileDrop } from '../../client/file-drop';
import { problemsFirst, renderPassedFold } from '../../client/passed-fold';
import { pageState } from '../../client/page-state';
import { ToolElement } from '../../client/tool-element';
import { WorkerJobs } from '../../client/worker-jobs';
import { intlLocale } from '../../i18n/lang';
import { format, formatNumber, plural } from '../../i18n/ui';
import { LINK_KEY_ORDER } from '../../lib/link-key-names';
import { buildFragment } from '../../lib/url-state';
import { checkInstallationUrl } from '../redirect/installation-url';
import type { Analysis, AnalyseInput } from './analyse';
import type { DiffLine } from './diff';
import { isPass, type Finding } from './findings';
import { MAX_INPUT_BYTES } from './source';
import { countSummary, type WebXmlStrings } from './strings';

/** Corrected files up to this many characters are shown in full. */
const SHOW_RESULT_MAX = 300_000;
/** How long a check runs before "Checking…" is shown. */
const BUSY_DELAY_MS = 150;

interface LoadedFile {
  name: string;
  bytes: Uint8Array;
  /** The text shown for it; once the textarea differs, the pasted text counts. */
  text: string | null;
}

export class WebXmlChecker extends ToolElement<WebXmlStrings> {
  /** The check runs in a worker; a new check ends one still running (worker terminated, a new one started). */
  #jobs = new WorkerJobs<AnalyseInput, Analysis>({
    worker: () => new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }),
    inPage: (input) => import('./analyse').then((m) => m.analyse(input)),
    cancelRunning: true,
  });
  #requestId = 0;
  #file: LoadedFile | null = null;
  #result: { analysis: Analysis; name: string } | null = null;
  #checkedOnce = false;

  protected start(): void {
    const url = this.q<HTMLInputElement>('[data-url]');
    const xml = this.q<HTMLTextAreaElement>('[data-xml]');
    bindField({
      control: url,
      key: 'url',
      check: checkInstallationUrl,
      message: this.q('[data-url-message]'),
      text: this.validationText,
      optional: true,
      onChange: () => {
        if (this.#checkedOnce) this.#scheduleCheck();
      },
    });
    xml.addEventListener('input', () => {
      if (this.#file && xml.value !== this.#file.text) {
        this.#file = null;
        this.#fileMessage(this.strings.editedAfterFile, 'info');
      }
    });
    this.q('[data-check]').addEventListener('click', () => this.#check());
    // The worker loads its code while the user pastes or picks a file, so the first check is as fast as the next.
    for (const type of ['focusin', 'dragenter', 'pointerover']) this.addEventListener(type, () => this.#warm(), { once: true });
    // The tool is near the viewport (ToolElement starts it then): warm the worker up once the page is idle.
    if ('requestIdleCallback' in window) requestIdleCallback(() => this.#warm(), { timeout: 3000 });
    wireFileDrop(this.q('[data-drop]'), this.q<HTMLInputElement>('[data-file]'), (f) => void this.#load(f));
    wireCopyButton(this.q('[data-copy-result]'), () => this.#result?.analysis.fixed?.text ?? null);
    this.q('[data-download-result]').addEventListener('click', () => {
      if (!this.#result?.analysis.fixed) return;
      downloadAndSay(this, this.#result.name, this.#result.analysis.fixed.bytes as BlobPart, 'application/xml');
    });
  }

  /**
   * Ahead of the first check: the worker loads its code, and the page makes the number and
   * plural formats the findings use (the first Intl object a page makes costs milliseconds).
   */
  #warm(): void {
    this.#jobs.warm();
    this.#number(0);
    plural(this.strings.passedCount, 0, intlLocale(this.locale));
  }

  /** The message under the web.xml field: which file was read, or why it could not be. */
  #fileMessage(text: string, kind: MessageKind): void {
    showMessage(this.q('[data-xml]'), this.q('[data-file-message]'), text ? kind : '', text);
  }

  #number(n: number): string {
    return formatNumber(n, intlLocale(this.locale));
  }

  async #load(file: File): Promise<void> {
    if (file.size > MAX_INPUT_BYTES) {
      // Not even read: the textarea keeps what it had.
      this.#fileMessage(format(this.strings.fileTooLarge, { name: file.name, size: this.#number(file.size) }), 'error');
      this.say(this.q('[data-file-message]').textContent ?? '');
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch (error) {
      this.#fileMessage(format(this.strings.fileUnreadable, { name: file.name, detail: String(error) }), 'error');
      return;
    }
    this.#file = { name: file.name || 'web.xml', bytes, text: null };
    await this.#check();
  }

  #scheduleTimer = 0;
  #scheduleCheck(): void {
    clearTimeout(this.#scheduleTimer);
    this.#scheduleTimer = window.setTimeout(() => void this.#check(), 300);
  }

  async #check(): Promise<void> {
    const xml = this.q<HTMLTextAreaElement>('[data-xml]');
    const url = this.q<HTMLInputElement>('[data-url]').value;
    const file = this.#file;
    const input: AnalyseInput = file ? { bytes: file.bytes, installationUrl: url } : { text: xml.value, installationUrl: url };
    const id = ++this.#requestId;
    // "Checking…" appears only when a check takes long enough to notice; a fast check
    // shows its findings without the page being repainted twice.
    const busy = window.setTimeout(() => {
      if (id === this.#requestId) this.q('[data-busy]').hidden = false;
    }, BUSY_DELAY_MS);
    this.q('[data-check]').setAttribute('aria-busy', 'true');
    let analysis: Analysis;
    try {
      analysis = await this.#jobs.run(input);
    } catch (error) {
      clearTimeout(busy);
      if (id !== this.#requestId) return;
      this.q('[data-busy]').hidden = true;
      this.q('[data-check]').removeAttribute('aria-busy');
      // The old result does not belong to this input: it goes, and the failure is said.
      this.#result = null;
      this.q('[data-results]').hidden = true;
      this.#fileMessage(format(this.strings.checkFailed, { detail: error instanceof Error ? error.message : String(error) }), 'error');
      this.say(this.q('[data-file-message]').textContent ?? '');
      return;
    }
    clearTimeout(busy);
    if (id !== this.#requestId) return;
    this.q('[data-busy]').hidden = true;
    this.q('[data-check]').removeAttribute('aria-busy');
    this.#checkedOnce = true;
    if (file) {
      if (analysis.text !== null) {
        xml.value = analysis.text;
        file.text = analysis.text;
        this.#fileMessage(format(this.strings.fileLoaded, { name: file.name, size: this.#number(file.bytes.length), encoding: describeEncoding(analysis) }), 'info');
      } else {
        this.#file = null;
        this.#fileMessage('', '');
      }
    }
    this.#result = { analysis, name: file ? file.name : 'web.xml' };
    this.#render(analysis);
  }

  #render(analysis: Analysis): void {
    const s = this.strings;
    const { report } = analysis;
    // Failures, then warnings, then notes that ask something, in the open; the passes and
    // the notes with nothing to do fold into one line that opens.
    const problems = problemsFirst(report.findings);
    const open = [...problems, ...report.findings.filter((f) => f.severity === 'info' && !isPass(f))];
    const passes = report.findings.filter(isPass);
    const list = this.q('[data-findings]');
    list.replaceChildren(...open.map((f) => this.#finding(f)));
    list.hidden = open.length === 0;
    renderPassedFold(this.q('[data-passed-slot]'), plural(s.passedCount, passes.length, intlLocale(this.locale)), passes.map((f) => this.#finding(f)), 'ts-webxml__findings');
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const summary = errors + warnings === 0 && report.findings.some((f) => f.id === 'valueOk') ? s.summaryNone : countSummary(s, errors, warnings, intlLocale(this.locale));
    this.q('[data-summary]').textContent = summary;
    this.q('[data-results]').hidden = false;

    const redirect = this.q('[data-redirect]');
    redirect.hidden = !report.redirectUri;
    if (report.redirectUri) {
      this.q('[data-redirect-uri]').textContent = report.redirectUri;
      const link = this.q<HTMLAnchorElement>('[data-redirect-link]');
      const values = new Map([['ruri', report.redirectUri]]);
      const url = pageState().get('url');
      if (url) values.set('url', url);
      link.href = `${this.dataset.redirectTool}${buildFragment(values, LINK_KEY_ORDER)}`;
    }

    const fix = this.q('[data-fix]');
    const body = this.q('[data-fix-body]');
    const note = this.q('[data-fix-note]');
    const fixed = analysis.fixed;
    const showFix = !!fixed || report.fixNeedsUrl;
    fix.hidden = !showFix;
    body.hidden = !fixed;
    note.textContent = !fixed && report.fixNeedsUrl ? s.fixNeedsUrl : '';
    note.hidden = note.textContent === '';
    if (fixed && report.fix) {
      this.q('[data-fix-basis]').textContent = format(s.fixBasis[report.fix.basis], { value: report.fix.value });
      this.q('[data-diff]').replaceChildren(this.#diffTable(fixed.diff));
      // A textarea holding megabytes makes every layout slow: large results are only copied or downloaded.
      const large = fixed.text.length > SHOW_RESULT_MAX;
      this.q('[data-result-field]').hidden = large;
      this.q<HTMLTextAreaElement>('[data-result]').value = large ? '' : fixed.text;
      const note = this.q('[data-result-large]');
      note.hidden = !large;
      note.textContent = large ? format(s.resultTooLarge, { size: this.#number(fixed.text.length) }) : '';
    }
    this.say(format(s.announceDone, { summary: `${summary} ${problems.map((f) => this.#title(f)).join('; ')}`.trim() }));
  }

  #title(f: Finding): string {
    return format(this.strings.findings[f.id].title, f.values);
  }

  #finding(f: Finding): HTMLLIElement {
    const s = this.strings;
    const text = s.findings[f.id];
    const li = el('li', { class: 'ts-finding', 'data-severity': f.severity });
    const head = el('p', { class: 'ts-webxml__finding-title' });
    head.append(el('strong', null, `${s.severity[f.severity]}: ${this.#title(f)}`));
    if (f.line !== undefined) head.append(' ', el('span', { class: 'ts-webxml__where' }, `(${format(s.where, { line: f.line, column: f.column ?? 1 })})`));
    li.append(head);
    if (f.excerpt) {
      li.append(el('p', { class: 'ts-webxml__label' }, s.excerptLabel));
      const code = el('code');
      code.append(f.excerpt.before, el('mark', null, f.excerpt.mark), f.excerpt.after);
      const pre = el('pre', { class: 'ts-code' });
      pre.append(code);
      li.append(pre);
    }
    const reason = el('p');
    reason.append(el('strong', null, s.reasonLabel), ' ', format(text.reason, f.values));
    const fix = el('p');
    fix.append(el('strong', null, s.fixLabel), ' ', format(text.fix, f.values));
    li.append(reason, fix);
    return li;
  }

  #diffTable(hunks: DiffLine[][]): HTMLTableElement {
    const s = this.strings;
    const table = el('table', { class: 'ts-webxml__diff-table' });
    table.append(el('caption', null, s.diffCaption));
    const head = el('tr');
    for (const h of [s.diffChange, s.diffOld, s.diffNew, s.diffText]) head.append(el('th', { scope: 'col' }, h));
    const thead = el('thead');
    thead.append(head);
    const tbody = el('tbody');
    hunks.forEach((hunk, i) => {
      if (i > 0) {
        const gap = el('tr', { class: 'ts-webxml__diff-gap' });
        gap.append(el('td', { colspan: '4' }, s.diffGap));
        tbody.append(gap);
      }
      for (const line of hunk) {
        const row = el('tr', { 'data-kind': line.kind });
        const label = line.kind === 'added' ? `+ ${s.diffAdded}` : line.kind === 'removed' ? `− ${s.diffRemoved}` : s.diffContext;
        const code = el('code', null, line.text);
        const content = el('td');
        content.append(code);
        row.append(el('td', null, label), el('td', null, line.oldLine?.toString() ?? ''), el('td', null, line.newLine?.toString() ?? ''), content);
        tbody.append(row);
      }
    });
    table.append(thead, tbody);
    return table;
  }
}

function describeEncoding(analysis: Analysis): string {
  const e = analysis.encoding;
  if (!e) return '';
  return `${e.label.toUpperCase()}${e.bom ? ' + BOM' : ''}`;
}

if (!customElements.get('ts-webxml-checker')) customElements.define('ts-webxml-checker', WebXmlChecker);
