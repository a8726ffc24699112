/**
 * A position-keeping scan of XML text that the conformant parser (saxes) has accepted.
 * The parsers say whether and where the XML is broken (check.ts); this scan records what
 * the checker and the fixer need with exact offsets: elements (tags and content
 * spans), comments, CDATA sections, the DOCTYPE with its entity declarations, and
 * every entity reference. Nothing is expanded or fetched: entity references stay text.
 */

export interface XmlElement {
  name: string;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset just after the start tag's ">". */
  openEnd: number;
  /** Offset of "</" of the end tag (= openEnd for an empty element). */
  closeStart: number;
  /** Offset just after the end tag. */
  end: number;
  /** Raw attribute text of the start tag. */
  attrs: string;
  depth: number;
  children: XmlElement[];
}

export interface Span {
  start: number;
  end: number;
}

export interface EntityDecl {
  name: string;
  /** A parameter entity (`<!ENTITY % name ...>`). */
  parameter: boolean;
  /** Literal replacement text (undefined for external entities). */
  value?: string;
  /** SYSTEM or PUBLIC identifier of an external entity. */
  external?: string;
  start: number;
}

export interface Doctype extends Span {
  name: string;
  publicId?: string;
  systemId?: string;
  /** The internal subset between "[" and "]". */
  subset?: Span;
  entities: EntityDecl[];
}

export interface EntityRef extends Span {
  name: string;
}

export interface Scan {
  root: XmlElement | null;
  /** Elements at depth 0 after the first (a document has exactly one root). */
  extraRoots: XmlElement[];
  /** Non-blank text outside the root element. */
  strayText: Span | null;
  comments: Span[];
  cdata: Span[];
  doctype: Doctype | null;
  /** References to entities other than the five predefined ones and character references. */
  entityRefs: EntityRef[];
}

/** Elements deeper than this are passed over (web-app > servlet > init-param > param-name = depth 3). */
const KEEP_DEPTH = 3;

const PREDEFINED = new Set(['lt', 'gt', 'amp', 'apos', 'quot']);

/** Characters that end a tag name: space, tab, CR, LF, "/" and ">". */
const NAME_END = new Set([0x20, 0x09, 0x0d, 0x0a, 0x2f, 0x3e]);

function tagEnd(text: string, from: number): number {
  // The first ">" outside quotes (quotes only occur in attribute values here).
  let quote = '';
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/**
 * Collects entity references in [from, to). Calls come in increasing order, so the
 * next "&" is remembered: the whole text is searched once, not once per call.
 */
function refCollector(text: string, out: EntityRef[]): (from: number, to: number) => void {
  let next = -2;
  return (from, to) => {
    if (next !== -1 && next < from) next = text.indexOf('&', from);
    while (next >= 0 && next < to) {
      const semi = text.indexOf(';', next);
      if (semi < 0 || semi > to) {
        next = text.indexOf('&', next + 1);
        continue;
      }
      const name = text.slice(next + 1, semi);
      if (name[0] !== '#' && !PREDEFINED.has(name)) out.push({ name, start: next, end: semi + 1 });
      next = text.indexOf('&', semi);
    }
  };
}

/** Read a DOCTYPE declaration starting at `start`, with the entities its internal subset declares. */
export function readDoctype(text: string, start: number): Doctype {
  const head = /^<!DOCTYPE\s+([^\s[>]+)(?:\s+(?:PUBLIC\s+(["'])(.*?)\2\s*(?:(["'])(.*?)\4)?|SYSTEM\s+(["'])(.*?)\6))?\s*/s.exec(text.slice(start, start + 2000));
  const doctype: Doctype = { start, end: start, name: head?.[1] ?? '', publicId: head?.[3], systemId: head?.[5] ?? head?.[7], entities: [] };
  let i = start + (head ? head[0].length : 9);
  if (text[i] === '[') {
    const subsetStart = i + 1;
    i = subsetStart;
    // Walk the internal subset: declarations, comments and PIs, quotes respected.
    while (i < text.length && text[i] !== ']') {
      if (text.startsWith('<!--', i)) {
        const e = text.indexOf('-->', i + 4);
        i = e < 0 ? text.length : e + 3;
      } else if (text.startsWith('<?', i)) {
        const e = text.indexOf('?>', i + 2);
        i = e < 0 ? text.length : e + 2;
      } else if (text[i] === '<') {
        const e = tagEnd(text, i);
        const end = e < 0 ? text.length : e + 1;
        const decl = /^<!ENTITY\s+(%\s+)?([^\s"']+)\s+(?:(["'])([\s\S]*?)\3|(SYSTEM|PUBLIC)\s+(["'])([\s\S]*?)\6(?:\s+(["'])([\s\S]*?)\8)?)/.exec(text.slice(i, end));
        if (decl) {
          doctype.entities.push({
            name: decl[2],
            parameter: !!decl[1],
            value: decl[5] ? undefined : decl[4],
            external: decl[5] ? (decl[5] === 'PUBLIC' ? (decl[9] ?? decl[7]) : decl[7]) : undefined,
            start: i,
          });
        }
        i = end;
      } else i++;
    }
    doctype.subset = { start: subsetStart, end: i };
    i++;
  }
  const close = text.indexOf('>', i);
  doctype.end = close < 0 ? text.length : close + 1;
  return doctype;
}

export function scanXml(text: string): Scan {
  const scan: Scan = { root: null, extraRoots: [], strayText: null, comments: [], cdata: [], doctype: null, entityRefs: [] };
  const stack: XmlElement[] = [];
  // Depth of the open element even when it is too deep to keep.
  let depth = 0;
  let i = 0;
  let textFrom = 0;
  const collectRefs = refCollector(text, scan.entityRefs);
  const textUntil = (to: number) => {
    if (to <= textFrom) return;
    collectRefs(textFrom, to);
    if (depth === 0 && !scan.strayText) {
      const m = /[^\s\uFEFF]/.exec(text.slice(textFrom, to));
      if (m) scan.strayText = { start: textFrom + m.index, end: to };
    }
  };
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    if (lt < 0) break;
    textUntil(lt);
    const next = text[lt + 1];
    let end: number;
    if (next === '?') {
      const e = text.indexOf('?>', lt + 2);
      end = e < 0 ? text.length : e + 2;
    } else if (text.startsWith('<!--', lt)) {
      const e = text.indexOf('-->', lt + 4);
      end = e < 0 ? text.length : e + 3;
      scan.comments.push({ start: lt, end });
    } else if (text.startsWith('<![CDATA[', lt)) {
      const e = text.indexOf(']]>', lt + 9);
      end = e < 0 ? text.length : e + 3;
      scan.cdata.push({ start: lt, end });
    } else if (text.startsWith('<!DOCTYPE', lt)) {
      scan.doctype = readDoctype(text, lt);
      end = scan.doctype.end;
    } else if (next === '/') {
      const e = text.indexOf('>', lt);
      end = e < 0 ? text.length : e + 1;
      depth--;
      const open = stack[stack.length - 1];
      if (open && open.depth === depth) {
        stack.pop();
        open.closeStart = lt;
        open.end = end;
      }
    } else {
      const e = tagEnd(text, lt + 1);
      end = e < 0 ? text.length : e + 1;
      const selfClosing = text[end - 2] === '/';
      let nameEnd = lt + 1;
      while (nameEnd < end && !NAME_END.has(text.charCodeAt(nameEnd))) nameEnd++;
      const name = text.slice(lt + 1, nameEnd);
      collectRefs(lt + 1 + name.length, end);
      if (depth <= KEEP_DEPTH) {
        const attrs = text.slice(lt + 1 + name.length, selfClosing ? end - 2 : end - 1);
        const el: XmlElement = { name, start: lt, openEnd: end, closeStart: end, end, attrs, depth, children: [] };
        if (depth === 0) {
          if (scan.root) scan.extraRoots.push(el);
          else scan.root = el;
        } else stack[stack.length - 1]?.children.push(el);
        if (!selfClosing) stack.push(el);
      }
      if (!selfClosing) depth++;
    }
    i = end;
    textFrom = end;
  }
  textUntil(text.length);
  return scan;
}

/** An attribute's value from raw attribute text (no entity expansion beyond the predefined ones). */
export function attribute(attrs: string, name: string): string | undefined {
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*(["'])(.*?)\\1`, 's');
  const m = re.exec(attrs);
  return m ? decodeEntities(m[2]) : undefined;
}

/** Decode predefined entities and character references; other references stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|apos|quot);/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' }[ref] ?? m;
  });
}

/** The text content of an element: CDATA unwrapped, comments dropped, references decoded. */
export function textContent(text: string, el: XmlElement): string {
  const raw = text.slice(el.openEnd, el.closeStart);
  if (!raw.includes('<')) return decodeEntities(raw);
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const lt = raw.indexOf('<', i);
    if (lt < 0) {
      out += decodeEntities(raw.slice(i));
      break;
    }
    out += decodeEntities(raw.slice(i, lt));
    if (raw.startsWith('<![CDATA[', lt)) {
      const e = raw.indexOf(']]>', lt);
      out += raw.slice(lt + 9, e);
      i = e + 3;
    } else if (raw.startsWith('<!--', lt)) {
      i = raw.indexOf('-->', lt) + 3;
    } else {
      // Markup inside a value (a child element): keep its text only.
      const e = raw.indexOf('>', lt);
      i = e + 1;
    }
  }
  return out;
}

/** Offsets of line starts, for turning offsets into line and column. */
export class Lines {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    // Line breaks are found by the engine's own search, not one character at a time:
    // fast even before the JIT has compiled this code (a worker's first check).
    if (!text.includes('\r')) {
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
      return;
    }
    const breaks = /\r\n?|\n/g;
    for (let m = breaks.exec(text); m; m = breaks.exec(text)) this.starts.push(m.index + m[0].length);
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo] + 1 };
  }

  /** Offset of a 1-based line and column. */
  offset(line: number, column: number): number {
    return (this.starts[line - 1] ?? this.text.length) + column - 1;
  }

  /** The text of a 1-based line without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line] ?? this.text.length;
    return this.text.slice(start, next).replace(/\r?\n$|\r$/, '');
  }
}
