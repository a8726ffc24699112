/**
 * The web.xml checker: every problem with the oauth2Gateway.url context-param that
 * teamspace reads for Microsoft single sign-on, each with its place in the file, and
 * the edits that correct the file without touching anything else.
 *
 * Well-formedness comes from fast-xml-parser's validator (it reports line and column
 * and never expands entities); the positions of elements, comments and values come
 * from scan.ts. No entity is ever expanded and nothing is fetched.
 */
import { XMLValidator } from 'fast-xml-parser';
import { SaxesParser } from 'saxes';
import { OAUTH_GATEWAY_PARAM, SERVER_URL_PARAM, redirectUriFor } from '../../data/microsoft';
import { findUnsafeCharacter, findXmlForbidden } from '../../lib/characters';
import { normaliseInstallationUrl } from '../redirect/installation-url';
import { analyseGatewayUrl, sameUrl, type UrlAnalysis, type UrlIssue } from './gateway-url';
import type { Excerpt, Finding, FindingId, Severity } from './findings';
import { contextParamBlock, detectEol, indentUnit, insertLinesAfter, insertLinesInto, isOneLine, ownLineIndent, removeElement } from './layout';
import { Lines, attribute, readDoctype, scanXml, textContent, type Doctype, type Scan, type Span, type XmlElement } from './scan';
import { MAX_INPUT_BYTES, type Edit, type Source } from './source';

export interface CheckOptions {
  /** The installation URL the user entered (raw); compared with the value and used for the fix. */
  installationUrl?: string;
}

export interface Fix {
  edits: Edit[];
  /** The value the fix writes. */
  value: string;
  /** Where that value came from. */
  basis: 'installation' | 'serverUrl' | 'value';
}

export interface Report {
  findings: Finding[];
  /** Servlet specification version of the file, when recognised (e.g. "2.3", "4.0", "Jakarta 6.0"). */
  version: string | null;
  /** The redirect URI that follows from the (corrected) value. */
  redirectUri: string | null;
  fix: Fix | null;
  /** A fix applies but needs the installation URL to know the right value. */
  fixNeedsUrl: boolean;
}

class Collector {
  readonly findings: Finding[] = [];
  #lines: Lines | null = null;
  constructor(readonly text: string) {}

  get lines(): Lines {
    return (this.#lines ??= new Lines(this.text));
  }

  add(id: FindingId, severity: Severity, values: Record<string, string> = {}, at?: number, length = 1): void {
    const finding: Finding = { id, severity, values };
    if (at !== undefined) {
      const { line, column } = this.lines.position(at);
      finding.line = line;
      finding.column = column;
      finding.excerpt = this.#excerpt(line, column, length);
    }
    this.findings.push(finding);
  }

  addAt(id: FindingId, severity: Severity, values: Record<string, string>, line: number, column: number): void {
    this.findings.push({ id, severity, values, line, column, excerpt: this.#excerpt(line, column, 1) });
  }

  /** The excerpt from the text itself: a finding on a 1 MB line copies 100 characters, not the line. */
  #excerpt(line: number, column: number, length: number): Excerpt {
    const { starts } = this.lines;
    const start = starts[line - 1] ?? this.text.length;
    let end = starts[line] ?? this.text.length;
    if (end > start && this.text[end - 1] === '\n') end--;
    if (end > start && this.text[end - 1] === '\r') end--;
    return excerptIn(this.text, start, end, column, length);
  }
}

/** A short piece of the line around a column, with the spot marked. */
export function excerpt(lineText: string, column: number, length: number): Excerpt {
  return excerptIn(lineText, 0, lineText.length, column, length);
}

/** excerpt() for the line text[lineStart, lineEnd) without copying the line. */
function excerptIn(text: string, lineStart: number, lineEnd: number, column: number, length: number): Excerpt {
  const at = lineStart + Math.max(0, Math.min(column - 1, lineEnd - lineStart));
  const markEnd = Math.min(lineEnd, at + Math.max(1, length));
  const from = Math.max(lineStart, at - 40);
  const to = Math.min(lineEnd, Math.max(markEnd, at + 1) + 40);
  const mark = text.slice(at, Math.min(markEnd, at + 60)) || ' ';
  return {
    before: (from > lineStart ? '…' : '') + text.slice(from, at).replace(/^\uFEFF/, ''),
    mark: markEnd - at > 60 ? mark.slice(0, 59) + '…' : mark,
    after: text.slice(markEnd, to) + (to < lineEnd ? '…' : ''),
  };
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function childrenNamed(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c) => localName(c.name) === name);
}

/** Levenshtein distance, capped: enough to tell "almost the name" from "another name". */
export function editDistance(a: string, b: string, cap = 4): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > cap) return cap + 1;
    prev = cur;
  }
  return prev[b.length];
}

/** Whether a parameter name is almost oauth2Gateway.url (case, spelling, separators, spaces). */
export function isNearMiss(name: string): boolean {
  if (name === OAUTH_GATEWAY_PARAM) return false;
  const target = OAUTH_GATEWAY_PARAM.toLowerCase();
  const n = name.trim().toLowerCase();
  if (n === target) return true;
  const squash = (s: string) => s.replace(/[^a-z0-9]/g, '');
  if (squash(n) === squash(target)) return true;
  return n.length > 8 && editDistance(n, target) <= 3;
}

/** The servlet specification version a web.xml declares, e.g. "2.3", "4.0", "6.0". */
export function schemaVersion(root: XmlElement, doctype: Doctype | null): string | null {
  const dtd = doctype?.publicId && /DTD Web Application (\d\.\d)/.exec(doctype.publicId);
  if (dtd) return dtd[1];
  return attribute(root.attrs, 'version') || null;
}

function explainParserError(c: Collector, text: string, err: { code: string; msg: string; line: number; col?: number }): void {
  // The validator skips a byte order mark; its columns on line 1 are one short then.
  const column = (err.col ?? 1) + (err.line === 1 && text.startsWith('\uFEFF') ? 1 : 0);
  const detail = err.msg;
  let id: FindingId = 'xmlSyntax';
  const values: Record<string, string> = { detail };
  let m: RegExpExecArray | null;
  if (err.code === 'InvalidChar' && err.msg.includes("'&'")) id = 'xmlAmpersand';
  else if (err.msg === "Invalid space after '<'.") id = 'xmlLessThan';
  else if ((m = /^Tag '(.*)' is an invalid name\.$/.exec(err.msg)) && /^[^A-Za-z_:]/.test(m[1])) id = 'xmlLessThan';
  else if ((m = /^Expected closing tag '(.*?)' \(opened in line (\d+), col \d+\) instead of closing tag '(.*?)'\.$/.exec(err.msg))) {
    id = 'xmlTagMismatch';
    Object.assign(values, { expected: m[1], openLine: m[2], found: m[3] });
  } else if ((m = /^Unclosed tag '(.*)'\.$/.exec(err.msg))) {
    id = 'xmlUnclosed';
    values.tag = m[1];
  } else if ((m = /^Invalid '\[(.*)\]' found\.$/s.exec(err.msg))) {
    // The end of the input came with these elements still open; point at the innermost.
    const open = [...m[1].matchAll(/"([^"]+)"/g)].map((x) => x[1]);
    const tag = open[open.length - 1] ?? '';
    const at = text.lastIndexOf(`<${tag}`);
    c.add('xmlUnclosed', 'error', { tag, detail }, at >= 0 ? at : 0, tag.length + 1);
    return;
  } else if ((m = /^Closing tag '(.*)' has not been opened\.$/.exec(err.msg))) {
    id = 'xmlNotOpened';
    values.tag = m[1];
  } else if (err.code === 'InvalidAttr') id = 'xmlAttribute';
  else if (err.msg === 'Multiple possible root nodes found.') id = 'xmlExtraRoot';
  else if (err.msg === 'Extra text at the end') id = 'xmlStrayText';
  c.addAt(id, 'error', values, err.line, column);
}

/**
 * The first well-formedness error a conformant XML 1.0 parser (saxes) finds, or null.
 * Declared internal entities are handed to it as their literal text: nothing is
 * expanded further and no DTD is read or fetched.
 */
function conformanceError(
  text: string,
  doctype: Doctype | null,
): { detail: string; line: number; column: number } | { undefinedEntity: { line: number; column: number } } | null {
  const parser = new SaxesParser();
  let undefinedAt: { line: number; column: number } | null = null;
  for (const e of doctype?.entities ?? []) if (!e.parameter && e.value !== undefined) parser.ENTITIES[e.name] = '';
  let found: { detail: string; line: number; column: number } | null = null;
  parser.on('error', (error) => {
    // Undeclared entities get their own finding (undefinedEntity), worded with the name.
    if (/undefined entity/.test(error.message)) {
      undefinedAt ??= { line: parser.line, column: parser.column };
      return;
    }
    found ??= { detail: error.message.replace(/^\d+:\d+: /, ''), line: parser.line, column: Math.max(1, parser.column) };
  });
  try {
    parser.write(text.replace(/^\uFEFF/, '')).close();
  } catch (error) {
    found ??= { detail: String(error), line: parser.line, column: Math.max(1, parser.column) };
  }
  return found ?? (undefinedAt ? { undefinedEntity: undefinedAt } : null);
}

/** Entity declarations that could expand hugely (nested references) or point outside. */
function checkDoctype(c: Collector, doctype: Doctype): void {
  const values = new Map(doctype.entities.filter((e) => !e.parameter && e.value !== undefined).map((e) => [e.name, e.value!]));
  for (const e of doctype.entities) {
    if (e.external !== undefined) c.add('externalEntity', 'error', { name: e.name, target: e.external }, e.start, 8);
  }
  // Size each entity would expand to, with a cap so the estimate itself stays cheap.
  // An explicit stack, not recursion: a chain of thousands of entities is input, not a program.
  const CAP = 1e12;
  const sizes = new Map<string, number>();
  const REF = /&([^#;\s][^;\s]*);/g;
  const sizeOf = (root: string): number => {
    const known = sizes.get(root);
    if (known !== undefined) return known;
    if (!values.has(root)) return root.length + 2;
    type Frame = { name: string; refs: string[]; next: number; size: number };
    const onPath = new Set<string>();
    const stack: Frame[] = [];
    const enter = (name: string) => {
      const value = values.get(name)!;
      onPath.add(name);
      stack.push({ name, refs: [...value.matchAll(REF)].map((m) => m[1]), next: 0, size: value.replace(/&[^;\s]+;/g, '').length });
    };
    enter(root);
    let result = 0;
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next < top.refs.length) {
        const ref = top.refs[top.next++];
        const size = sizes.get(ref);
        if (size !== undefined) top.size = Math.min(CAP, top.size + size);
        else if (onPath.has(ref)) top.size = CAP;
        else if (!values.has(ref)) top.size = Math.min(CAP, top.size + ref.length + 2);
        else enter(ref);
        continue;
      }
      stack.pop();
      onPath.delete(top.name);
      sizes.set(top.name, top.size);
      const parent = stack[stack.length - 1];
      if (parent) parent.size = Math.min(CAP, parent.size + top.size);
      else result = top.size;
    }
    return result;
  };
  const nested = doctype.entities.filter((e) => e.value !== undefined && /&[^#;\s][^;\s]*;|%[^;\s]+;/.test(e.value));
  let worst: { name: string; size: number; start: number } | null = null;
  for (const e of nested) {
    const size = e.parameter ? CAP : sizeOf(e.name);
    if (!worst || size > worst.size) worst = { name: e.name, size, start: e.start };
  }
  if (worst && (worst.size > 10_000 || nested.length > 3)) {
    c.add('entityExpansion', 'error', { name: worst.name, size: worst.size >= CAP ? '∞' : String(worst.size) }, worst.start, 8);
  }
}

/** Whether the first markup after a declaration and comments is an HTML doctype or <html>. */
function looksLikeHtml(text: string, from: number): boolean {
  let i = from;
  for (;;) {
    while (/\s/.test(text[i] ?? '')) i++;
    if (text.startsWith('<?', i)) i = text.indexOf('?>', i) + 2;
    else if (text.startsWith('<!--', i)) i = text.indexOf('-->', i) + 3;
    else break;
    if (i < 3) return false;
  }
  return /^<(?:!doctype\s+html\b|html\b)/i.test(text.slice(i, i + 20));
}

/** Input that is clearly not XML gets one clear finding instead of a parser error. */
function classifyInput(c: Collector, text: string): boolean {
  if (text.trim() === '') {
    c.add('empty', 'error');
    return true;
  }
  if (text.length > MAX_INPUT_BYTES) {
    c.add('tooLarge', 'error', { size: String(text.length), max: String(MAX_INPUT_BYTES) });
    return true;
  }
  // Binary data shows at the start: a NUL or several control characters in the first 8 KiB.
  const head = text.slice(0, 8192).match(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g);
  if (head && (head.length > 1 || head[0] === '\u0000')) {
    c.add('binary', 'error', {}, /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.exec(text)!.index);
    return true;
  }
  const first = /[^\s\uFEFF]/.exec(text)!;
  if (text[first.index] === '{' || text[first.index] === '[') {
    c.add('json', 'error', {}, first.index);
    return true;
  }
  if (looksLikeHtml(text, first.index)) {
    c.add('html', 'error', {}, first.index);
    return true;
  }
  if (text[first.index] !== '<') {
    c.add('notXml', 'error', {}, first.index);
    return true;
  }
  // Anywhere in the text (not only its start): a character XML 1.0 forbids makes every
  // XML parser, and so the servlet container, refuse the file.
  const forbidden = findXmlForbidden(text);
  if (forbidden) {
    c.add('xmlCharacter', 'error', { char: forbidden.label }, forbidden.index);
    return true;
  }
  return false;
}

interface Param {
  el: XmlElement;
  nameEl: XmlElement | undefined;
  valueEl: XmlElement | undefined;
  name: string;
  value: string | undefined;
}

function readParam(text: string, el: XmlElement): Param {
  const nameEl = childrenNamed(el, 'param-name')[0];
  const valueEl = childrenNamed(el, 'param-value')[0];
  return { el, nameEl, valueEl, name: nameEl ? textContent(text, nameEl) : '', value: valueEl ? textContent(text, valueEl) : undefined };
}

const VALUE_FINDINGS: Record<UrlIssue, { id: FindingId; severity: Severity }> = {
  empty: { id: 'valueEmpty', severity: 'error' },
  whitespace: { id: 'valueWhitespace', severity: 'warning' },
  notAbsolute: { id: 'valueNotAbsolute', severity: 'error' },
  http: { id: 'valueHttp', severity: 'error' },
  trailingSlash: { id: 'valueTrailingSlash', severity: 'error' },
  isRedirectUri: { id: 'valueIsRedirectUri', severity: 'error' },
  path: { id: 'valuePath', severity: 'warning' },
  query: { id: 'valueQuery', severity: 'error' },
  example: { id: 'valueExample', severity: 'error' },
};

/** Check a web.xml read by readBytes or fromText. */
export function checkWebXml(source: Source, options: CheckOptions = {}): Report {
  const { text } = source;
  const c = new Collector(text);
  const report: Report = { findings: c.findings, version: null, redirectUri: null, fix: null, fixNeedsUrl: false };
  if (classifyInput(c, text)) return report;

  // Entity declarations are judged before anything else reads the file; none is ever expanded.
  const doctypeAt = text.indexOf('<!DOCTYPE');
  const doctype = doctypeAt >= 0 ? readDoctype(text, doctypeAt) : null;
  if (doctype) checkDoctype(c, doctype);
  // A conformant parser (saxes) decides whether the file is well-formed. Where it objects,
  // fast-xml-parser's validator explains the common mistakes in better words; it lets some
  // malformed files pass (a bad processing instruction name, "--" in a comment, a bad name
  // character), and then saxes's own message is shown. A file saxes refuses never gets a
  // fix. A file saxes accepts is not read a third time (the validator is a third of a check).
  const conformance = conformanceError(text, doctype);
  const valid = conformance ? XMLValidator.validate(text) : true;
  if (valid !== true) {
    explainParserError(c, text, valid.err);
    return report;
  }
  if (conformance && 'detail' in conformance) {
    c.addAt('xmlSyntax', 'error', { detail: conformance.detail }, conformance.line, conformance.column);
    return report;
  }
  const scan = scanXml(text);
  checkStructure(c, scan);
  if (conformance && !c.findings.some((f) => f.id === 'undefinedEntity')) {
    // An entity the scan does not see (e.g. in an attribute value): named from the text.
    const { line, column } = conformance.undefinedEntity;
    const end = c.lines.offset(line, column);
    const amp = text.lastIndexOf('&', end);
    const semi = amp >= 0 ? text.indexOf(';', amp) : -1;
    const name = semi > amp && semi - amp < 100 ? text.slice(amp + 1, semi) : '';
    c.add('undefinedEntity', 'error', { name }, amp >= 0 ? amp : end, name.length + 2);
  }
  // A file that is not well-formed gets no fix: the fix would not make it parse.
  if (!scan.root || c.findings.some((f) => f.severity === 'error' && (f.id.startsWith('xml') || f.id === 'undefinedEntity'))) return report;

  const root = scan.root;
  if (localName(root.name) !== 'web-app') {
    c.add('rootNotWebApp', 'error', { root: root.name }, root.start + 1, root.name.length);
    return report;
  }
  report.version = schemaVersion(root, scan.doctype);
  c.add('schemaVersion', 'info', { version: report.version ?? '?' }, root.start + 1, root.name.length);

  checkGatewayParam(c, scan, root, options, report);
  return report;
}

function checkStructure(c: Collector, scan: Scan): void {
  for (const extra of scan.extraRoots.slice(0, 1)) c.add('xmlExtraRoot', 'error', { tag: extra.name }, extra.start, extra.name.length + 1);
  if (scan.strayText) c.add('xmlStrayText', 'error', {}, scan.strayText.start);
  const declared = new Set(scan.doctype?.entities.filter((e) => !e.parameter).map((e) => e.name) ?? []);
  const undefinedRefs = scan.entityRefs.filter((r) => !declared.has(r.name));
  for (const ref of undefinedRefs.slice(0, 3)) c.add('undefinedEntity', 'error', { name: ref.name }, ref.start, ref.end - ref.start);
}

function checkGatewayParam(c: Collector, scan: Scan, root: XmlElement, options: CheckOptions, report: Report): void {
  const found = findGatewayParam(c.text, scan, root, options);
  const judged = judgeGatewayParam(c, scan, root, found);
  planGatewayFix(c.text, scan, root, found, judged, report);
}

/** What the file holds for oauth2Gateway.url, and the URLs its value is compared with. */
interface GatewayParams {
  exact: Param[];
  nearMisses: Param[];
  initParams: { owner: XmlElement; param: Param }[];
  commented: Span[];
  /** The param whose value counts: the first exact one, else the first near miss. */
  active: Param | undefined;
  /** The installation URL as the page-wide field reads it (the redirect tool's normaliser). */
  installationUrl: string | null;
  /** server.url of the same file, when it is a usable URL. */
  serverTarget: string | null;
}

/** Finding: every place the parameter is (or almost is), and the URLs to compare with. */
function findGatewayParam(text: string, scan: Scan, root: XmlElement, options: CheckOptions): GatewayParams {
  const contextParams = childrenNamed(root, 'context-param').map((el) => readParam(text, el));
  const exact = contextParams.filter((p) => p.name === OAUTH_GATEWAY_PARAM);
  const nearMisses = contextParams.filter((p) => isNearMiss(p.name));
  const serverUrl = contextParams.find((p) => p.name.trim() === SERVER_URL_PARAM);
  const initParams = [...childrenNamed(root, 'servlet'), ...childrenNamed(root, 'filter')].flatMap((owner) =>
    childrenNamed(owner, 'init-param')
      .map((el) => ({ owner, param: readParam(text, el) }))
      .filter(({ param }) => param.name === OAUTH_GATEWAY_PARAM || isNearMiss(param.name)),
  );
  const commented = scan.comments.filter((s) => {
    const body = text.slice(s.start, s.end);
    return body.toLowerCase().includes(OAUTH_GATEWAY_PARAM.toLowerCase()) && /<param-name\b/.test(body);
  });
  const installation = options.installationUrl?.trim() ? normaliseInstallationUrl(options.installationUrl) : null;
  const serverAnalysis = serverUrl?.value !== undefined ? analyseGatewayUrl(serverUrl.value) : null;
  const serverTarget = serverAnalysis?.normalized && !serverAnalysis.issues.some((i) => i === 'http' || i === 'query' || i === 'example') ? serverAnalysis.normalized : null;
  return {
    exact,
    nearMisses,
    initParams,
    commented,
    active: exact[0] ?? nearMisses[0],
    installationUrl: installation?.ok ? installation.url : null,
    serverTarget,
  };
}

/** The judgement of what was found: the value as written, or that a value is needed. */
interface GatewayJudgement {
  value: { el: XmlElement; raw: string; analysis: UrlAnalysis } | null;
  /** No usable param-value: the fix must add one (or the whole context-param). */
  needsValue: boolean;
}

/** Judging: a finding for every problem with the parameter and its value, or that it is right. */
function judgeGatewayParam(c: Collector, scan: Scan, root: XmlElement, found: GatewayParams): GatewayJudgement {
  const { exact, nearMisses, commented, initParams, active, installationUrl, serverTarget } = found;
  if (exact.length === 0) {
    for (const p of nearMisses) c.add('paramNearMiss', 'error', { found: p.name }, p.nameEl!.openEnd, p.name.length);
  } else {
    for (const p of exact.slice(1)) c.add('paramDuplicate', 'error', { firstLine: String(c.lines.position(exact[0].el.start).line) }, p.el.start, '<context-param>'.length);
    for (const p of nearMisses) c.add('paramNearMiss', 'warning', { found: p.name }, p.nameEl!.openEnd, p.name.length);
  }

  // Without an active param, a commented-out or misplaced one is the error; with one, a note.
  const placement: Severity = active ? 'info' : 'error';
  for (const s of commented) c.add('paramCommentedOut', placement, {}, s.start, 4);
  for (const { owner, param } of initParams) c.add('paramInitParam', placement, { owner: owner.name, found: param.name }, param.el.start, param.el.name.length + 1);
  if (!active) {
    if (commented.length === 0 && initParams.length === 0) c.add('paramMissing', 'error', { name: OAUTH_GATEWAY_PARAM }, root.start, root.name.length + 1);
    return { value: null, needsValue: true };
  }
  if (!active.valueEl) {
    c.add('paramNoValue', 'error', { name: OAUTH_GATEWAY_PARAM }, active.el.start, '<context-param>'.length);
    return { value: null, needsValue: true };
  }

  const valueEl = active.valueEl;
  const raw = active.value ?? '';
  const at = valueEl.openEnd;
  const length = valueEl.closeStart - valueEl.openEnd;
  const analysis = analyseGatewayUrl(raw);
  if (scan.entityRefs.some((r) => r.start >= valueEl.openEnd && r.end <= valueEl.closeStart)) {
    c.add('valueEntity', 'error', {}, at, length);
  }
  // The one rule for invisible and direction-changing characters (src/lib/characters.ts):
  // the value becomes the redirect URI that Entra must match exactly.
  const hidden = findUnsafeCharacter(raw, { allowLineBreaks: true });
  if (hidden) c.add('valueCharacter', 'error', { char: hidden.label }, at + hidden.index, 1);
  for (const issue of analysis.issues) {
    // A context path is right when it is the entered installation URL's own path (teamspace
    // appends its redirect path to the value); any other path differs from that URL below.
    // Only without an installation URL is a path a question to the reader.
    if (issue === 'path' && installationUrl) continue;
    const f = VALUE_FINDINGS[issue];
    c.add(f.id, f.severity, { value: raw.trim(), normalized: analysis.normalized ?? '', path: analysis.path }, at, length);
  }
  if (analysis.normalized && installationUrl && !sameUrl(analysis.normalized, installationUrl)) {
    c.add('valueDiffersInstallation', 'error', { value: analysis.normalized, installation: installationUrl }, at, length);
  }
  if (analysis.normalized && serverTarget && !sameUrl(analysis.normalized, serverTarget)) {
    c.add('valueDiffersServerUrl', installationUrl ? 'info' : 'warning', { value: analysis.normalized, serverUrl: serverTarget }, at, length);
  }
  const problems = c.findings.some((f) => (f.severity === 'error' || f.severity === 'warning') && (f.id.startsWith('value') || f.id.startsWith('param')));
  if (!problems) c.add('valueOk', 'ok', { value: raw, redirectUri: redirectUriFor(raw) }, at, length);
  return { value: { el: valueEl, raw, analysis }, needsValue: false };
}

/** Planning the fix: the edits that correct the file, the value they write, and the redirect URI. */
function planGatewayFix(text: string, scan: Scan, root: XmlElement, found: GatewayParams, judged: GatewayJudgement, report: Report): void {
  const { exact, nearMisses, active, installationUrl, serverTarget } = found;
  const edits: Edit[] = [];
  if (exact.length === 0 && active) {
    // Rename the first near miss; the others would become duplicates, so they are removed.
    edits.push({ start: active.nameEl!.openEnd, end: active.nameEl!.closeStart, text: OAUTH_GATEWAY_PARAM });
    for (const p of nearMisses.slice(1)) edits.push(removeElement(text, p.el));
  } else {
    for (const p of exact.slice(1)) edits.push(removeElement(text, p.el));
  }

  if (judged.value) {
    const { el: valueEl, raw, analysis } = judged.value;
    const target = installationUrl ?? (analysis.normalized && !analysis.issues.some((i) => i === 'http' || i === 'example' || i === 'notAbsolute') ? analysis.normalized : null) ?? serverTarget;
    const basis: Fix['basis'] = installationUrl ? 'installation' : target === serverTarget && target !== analysis.normalized ? 'serverUrl' : 'value';
    const valueWrong = raw !== target;
    if (valueWrong && target) {
      edits.push({ start: valueEl.openEnd, end: valueEl.closeStart, text: escapeForValue(target) });
      report.fix = { edits, value: target, basis };
    } else if (valueWrong) {
      report.fixNeedsUrl = true;
    } else if (edits.length) {
      report.fix = { edits, value: raw, basis };
    }
    const current = analysis.normalized;
    report.redirectUri = target ? redirectUriFor(target) : current && !analysis.issues.includes('notAbsolute') ? redirectUriFor(current) : null;
  }

  if (judged.needsValue) {
    const target = installationUrl ?? serverTarget;
    if (!target) {
      report.fixNeedsUrl = true;
      return;
    }
    const basis: Fix['basis'] = installationUrl ? 'installation' : 'serverUrl';
    if (active) {
      // A context-param without param-value: add the value after the name.
      const style = blockStyle(text, scan, active.el);
      edits.push(insertLinesAfter(text, active.nameEl ?? { end: active.el.openEnd }, `${style.indent}${style.unit}<param-value>${escapeForValue(target)}</param-value>`, style.eol));
    } else {
      edits.push(insertContextParam(text, scan, root, target));
    }
    report.fix = { edits, value: target, basis };
    report.redirectUri = redirectUriFor(target);
  }
}

function escapeForValue(value: string): string {
  return value.replace(/[&<>]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[ch]!);
}

function blockStyle(text: string, scan: Scan, like: XmlElement) {
  const eol = detectEol(text);
  const unit = indentUnit(text, scan, like);
  const indent = ownLineIndent(text, like) ?? unit;
  return { eol, unit, indent, oneLine: isOneLine(text, like) && like.children.length > 0 };
}

/** Elements that must precede context-param in the 2.2/2.3 DTD (any order is fine from 2.4 on). */
const BEFORE_CONTEXT_PARAM = new Set(['icon', 'display-name', 'description', 'distributable']);

/**
 * Insert the context-param: after the last context-param, else after the elements the
 * 2.2/2.3 DTD wants before it (icon, display-name, description, distributable), else
 * as the first child of web-app. The same place is valid for every later schema.
 */
export function insertContextParam(text: string, scan: Scan, root: XmlElement, value: string): Edit {
  const contextParams = childrenNamed(root, 'context-param');
  const eol = detectEol(text);
  const unit = indentUnit(text, scan);
  const last = contextParams[contextParams.length - 1];
  if (last) {
    const style = blockStyle(text, scan, last);
    return insertLinesAfter(text, last, contextParamBlock(OAUTH_GATEWAY_PARAM, value, style), eol);
  }
  let after: XmlElement | undefined;
  for (const child of root.children) {
    if (BEFORE_CONTEXT_PARAM.has(localName(child.name))) after = child;
    else break;
  }
  const sibling = after ?? root.children[0];
  const rootIndent = ownLineIndent(text, root) ?? '';
  const indent = (sibling && ownLineIndent(text, sibling)) ?? rootIndent + unit;
  const block = contextParamBlock(OAUTH_GATEWAY_PARAM, value, { eol, unit, indent, oneLine: false });
  return after ? insertLinesAfter(text, after, block, eol) : insertLinesInto(text, root, block, eol);
}
