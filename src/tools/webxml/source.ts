/**
 * The bytes of a web.xml and the text read from them. A dropped or picked file is
 * decoded losslessly (UTF-8, UTF-16 by byte order mark, or the single-byte charset
 * its XML declaration names), so a fix can be spliced into the file's own bytes:
 * every byte outside the edit stays as it was.
 */

/** The largest input the checker accepts: 5 MiB (bytes of a file, characters of pasted text). */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export type EncodingKind = 'utf-8' | 'utf-16le' | 'utf-16be' | 'single-byte';

export interface Encoding {
  kind: EncodingKind;
  /** The WHATWG label used to decode (e.g. "utf-8", "iso-8859-1", "windows-1252"). */
  label: string;
  /** Whether the bytes start with a byte order mark (it stays in the text as U+FEFF). */
  bom: boolean;
}

export type ReadProblem =
  | { problem: 'tooLarge'; size: number }
  | { problem: 'binary'; offset: number }
  | { problem: 'badEncoding'; label: string; offset: number }
  | { problem: 'unknownEncoding'; label: string };

export interface Source {
  text: string;
  encoding: Encoding;
  /** The original bytes of a file; absent for pasted text. */
  bytes?: Uint8Array;
}

/** ISO-8859-1 proper (byte = code point), as Java reads it; WHATWG would decode it as windows-1252. */
const LATIN1 = /^(?:iso-?8859-1|latin-?1|l1|cp819|ibm819|(?:us-)?ascii)$/i;
const SINGLE_BYTE = /^(?:iso-?8859-\d+|latin-?1|l1|us-ascii|ascii|windows-125\d|cp125\d|cp819|ibm819)$/i;

/** The encoding named in the XML declaration, if any (read from ASCII-compatible bytes). */
export function declaredEncoding(head: string): string | null {
  const m = /^\uFEFF?<\?xml[^>]*?\sencoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\1/.exec(head);
  return m ? m[2] : null;
}

function latin1Head(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < Math.min(bytes.length, 200); i++) s += String.fromCharCode(bytes[i]);
  return s;
}

/** Control characters that never occur in XML 1.0 text: a sign of a binary file. */
function firstBinaryByte(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x09 || b === 0x0b || b === 0x0c || (b > 0x0d && b < 0x20)) return i;
  }
  return -1;
}

function decodeSingleByte(bytes: Uint8Array, label: string): string {
  if (label !== 'iso-8859-1') return new TextDecoder(label).decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function singleByteLabel(declared: string): string {
  return LATIN1.test(declared) ? 'iso-8859-1' : declared.toLowerCase();
}

/** Read a file's bytes as text without losing a byte, or say why not. */
export function readBytes(bytes: Uint8Array): Source | ReadProblem {
  if (bytes.length > MAX_INPUT_BYTES) return { problem: 'tooLarge', size: bytes.length };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(bytes), encoding: { kind: 'utf-16le', label: 'utf-16le', bom: true }, bytes };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be', { ignoreBOM: true }).decode(bytes), encoding: { kind: 'utf-16be', label: 'utf-16be', bom: true }, bytes };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const binaryAt = firstBinaryByte(bytes);
  if (binaryAt >= 0) return { problem: 'binary', offset: binaryAt };
  const declared = bom ? null : declaredEncoding(latin1Head(bytes));
  if (declared && !/^utf-?8$/i.test(declared)) {
    if (!SINGLE_BYTE.test(declared)) return { problem: 'unknownEncoding', label: declared };
    // Single-byte decoders give one UTF-16 unit per byte, so text and byte offsets agree.
    const label = singleByteLabel(declared);
    try {
      return { text: decodeSingleByte(bytes, label), encoding: { kind: 'single-byte', label, bom: false }, bytes };
    } catch {
      return { problem: 'unknownEncoding', label: declared };
    }
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: { kind: 'utf-8', label: 'utf-8', bom }, bytes };
  } catch {
    return { problem: 'badEncoding', label: declared ?? 'UTF-8', offset: firstInvalidUtf8(bytes) };
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    try {
      decoder.decode(bytes.subarray(i, i + len));
    } catch {
      return i;
    }
    i += len;
  }
  return bytes.length;
}

/** Pasted text: UTF-8 unless its declaration names a single-byte charset. */
export function fromText(text: string): Source {
  const declared = declaredEncoding(text.slice(0, 200));
  const bom = text.startsWith('\uFEFF');
  if (declared && SINGLE_BYTE.test(declared)) {
    const label = singleByteLabel(declared);
    try {
      if (label !== 'iso-8859-1') new TextDecoder(label);
      return { text, encoding: { kind: 'single-byte', label, bom: false } };
    } catch {
      /* unknown to this browser: fall back to UTF-8 */
    }
  }
  return { text, encoding: { kind: 'utf-8', label: 'utf-8', bom } };
}

const reverseTables = new Map<string, Int16Array>();

/** For each UTF-16 code unit, 1 + the byte that stands for it in the charset, or 0 when it has none. */
function reverseTable(label: string): Int16Array {
  let table = reverseTables.get(label);
  if (!table) {
    table = new Int16Array(0x10000);
    const all = new Uint8Array(256);
    for (let i = 0; i < 256; i++) all[i] = i;
    const chars = decodeSingleByte(all, label);
    for (let i = 0; i < 256; i++) if (table[chars.charCodeAt(i)] === 0) table[chars.charCodeAt(i)] = i + 1;
    reverseTables.set(label, table);
  }
  return table;
}

/**
 * Encode text in the given encoding. In a single-byte charset a character it cannot
 * hold is written as an XML character reference, which any XML reader turns back into
 * the same character (only used for text we insert ourselves: escaped values and markup).
 */
export function encodeText(text: string, encoding: Encoding): Uint8Array {
  switch (encoding.kind) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(text.length * 2);
      const view = new DataView(out.buffer);
      for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), encoding.kind === 'utf-16le');
      return out;
    }
    case 'single-byte': {
      // One byte per character; a character the charset lacks becomes a character reference.
      const table = reverseTable(encoding.label);
      let out = new Uint8Array(text.length);
      let o = 0;
      for (let i = 0; i < text.length; i++) {
        const b = table[text.charCodeAt(i)]!;
        if (b > 0) {
          out[o++] = b - 1;
          continue;
        }
        const cp = text.codePointAt(i)!;
        if (cp > 0xffff) i++;
        const ref = `&#x${cp.toString(16).toUpperCase()};`;
        if (o + ref.length + text.length - i > out.length) {
          const grown = new Uint8Array(out.length * 2 + ref.length);
          grown.set(out.subarray(0, o));
          out = grown;
        }
        for (let j = 0; j < ref.length; j++) out[o++] = ref.charCodeAt(j);
      }
      return out.slice(0, o);
    }
  }
}

/** A text edit: replace [start, end) of the decoded text with `text`. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** Apply non-overlapping edits to text. */
export function applyToText(text: string, edits: readonly Edit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  return out + text.slice(at);
}

/** UTF-8 length of text[from, to) as TextEncoder writes it (a lone surrogate becomes U+FFFD, 3 bytes). */
function utf8Length(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < to && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/**
 * Byte offsets of ascending text offsets, for a source decoded by readBytes. Counts each
 * stretch once (not the whole prefix per offset), so many edits stay linear.
 */
function byteOffsets(source: Source): (textOffset: number) => number {
  const { kind } = source.encoding;
  if (kind === 'single-byte') return (t) => t;
  if (kind !== 'utf-8') return (t) => t * 2;
  // The text keeps a byte order mark as U+FEFF (3 bytes), so counting starts at 0.
  let text = 0;
  let bytes = 0;
  return (t) => {
    if (t < text) {
      text = 0;
      bytes = 0;
    }
    bytes += utf8Length(source.text, text, t);
    text = t;
    return bytes;
  };
}

/**
 * Apply edits to a file's own bytes: the bytes between edits are copied unchanged,
 * only the inserted text is encoded. For pasted text, the whole result is encoded
 * (`fixedText`: the result of applyToText, where the caller has it already).
 */
export function applyToBytes(source: Source, edits: readonly Edit[], fixedText?: string): Uint8Array {
  if (!source.bytes) return encodeText(fixedText ?? applyToText(source.text, edits), source.encoding);
  const bytes = source.bytes;
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  const parts: Uint8Array[] = [];
  let at = 0;
  const byteOffset = byteOffsets(source);
  for (const e of sorted) {
    const start = byteOffset(e.start);
    parts.push(bytes.subarray(at, start), encodeText(e.text, source.encoding));
    at = byteOffset(e.end);
  }
  parts.push(bytes.subarray(at));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}
