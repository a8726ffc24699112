/**
 * The iCalendar (RFC 5545) primitives the reminder needs, written out by hand because
 * the rules are few and exact: TEXT escaping (3.3.11), content-line folding at 75
 * octets (3.1) and CRLF line ends. No DOM; unit-tested against ical.js.
 */

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/**
 * What TEXT cannot carry: the control characters of RFC 5545 3.3.11 (HTAB is allowed;
 * line breaks are escaped) and lone surrogates, which are no UTF-8 at all (the file
 * would get U+FFFD in their place).
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_TEXT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|\p{Cs}/u;

/** The first character a TEXT value cannot carry, as its code point, or null. */
export function forbiddenInText(value: string): number | null {
  const m = FORBIDDEN_IN_TEXT.exec(value);
  return m ? m[0].codePointAt(0)! : null;
}

/**
 * A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon, comma and line breaks.
 * Throws on a character TEXT cannot carry: check with forbiddenInText() first.
 */
export function escapeText(value: string): string {
  if (forbiddenInText(value) !== null) throw new Error('iCalendar TEXT cannot contain control characters or lone surrogates.');
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** UTF-8 length of one code point. */
function charOctets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

function octets(text: string): number {
  let n = 0;
  for (const char of text) n += charOctets(char.codePointAt(0)!);
  return n;
}

/**
 * One content line folded so that no physical line exceeds 75 octets (line break
 * excluded). Continuation lines start with a single space, which counts towards the
 * limit. Splits fall between code points, so a multi-byte UTF-8 character (an umlaut,
 * an emoji) is never cut in two.
 */
export function foldLine(line: string): string {
  if (octets(line) <= MAX_OCTETS) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const n = charOctets(char.codePointAt(0)!);
    const limit = out.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += n;
  }
  out.push(current);
  return out.join(`${CRLF} `);
}

/** A property line, e.g. property('SUMMARY', escapeText(text)) or property('DTSTART;VALUE=DATE', '20270630'). */
export function property(nameWithParams: string, value: string): string {
  return foldLine(`${nameWithParams}:${value}`);
}

/** Lines joined with CRLF, ending with CRLF (every content line ends with one). */
export function joinLines(lines: readonly string[]): string {
  return lines.join(CRLF) + CRLF;
}

/** A calendar date as YYYYMMDD (DATE value, 3.3.4). */
export function icsDate(isoDate: string): string {
  return isoDate.replace(/-/g, '');
}

/** A UTC DATE-TIME as YYYYMMDDTHHMMSSZ (3.3.5, form #2), e.g. for DTSTAMP. */
export function icsUtcDateTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}
