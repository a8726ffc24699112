/**
 * One rule for every tool about characters a value must not carry: characters XML 1.0
 * forbids (controls, lone surrogates, U+FFFE/U+FFFF), the other control characters, and
 * invisible or direction-changing characters (zero-width spaces, bidi overrides and
 * isolates, the byte order mark, soft hyphens, fillers, tags). Such a character is
 * either rejected by the file or program it ends up in, or makes a value look different
 * from what it is (a spoofed script line, a redirect URI with an invisible character).
 *
 * The result names the character as Unicode does ("U+202E RIGHT-TO-LEFT OVERRIDE"), so
 * the message can say exactly what to remove. Locale-free: tools word the kind.
 * Sources: XML 1.0 (Fifth Edition) §2.2 "Characters"; Unicode UAX #9 (bidi controls);
 * Unicode Default_Ignorable_Code_Point.
 */

export type UnsafeKind = 'control' | 'direction' | 'invisible' | 'brokenUnicode' | 'noncharacter';

export interface UnsafeCharacter {
  /** Offset in the string (UTF-16 units). */
  index: number;
  codePoint: number;
  /** "U+202E". */
  code: string;
  /** Unicode name, or '' where the character has none worth showing. */
  name: string;
  kind: UnsafeKind;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE" (the code alone when there is no name). */
  label: string;
}

/** Candidates for the rule; the few harmless ones among them are let through in classify(). */
const CANDIDATE =
  /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\p{Noncharacter_Code_Point}\p{Default_Ignorable_Code_Point}]/gu;

const C0 = [
  'NULL', 'START OF HEADING', 'START OF TEXT', 'END OF TEXT', 'END OF TRANSMISSION', 'ENQUIRY', 'ACKNOWLEDGE', 'BELL',
  'BACKSPACE', 'CHARACTER TABULATION', 'LINE FEED', 'LINE TABULATION', 'FORM FEED', 'CARRIAGE RETURN', 'SHIFT OUT', 'SHIFT IN',
  'DATA LINK ESCAPE', 'DEVICE CONTROL ONE', 'DEVICE CONTROL TWO', 'DEVICE CONTROL THREE', 'DEVICE CONTROL FOUR', 'NEGATIVE ACKNOWLEDGE', 'SYNCHRONOUS IDLE', 'END OF TRANSMISSION BLOCK',
  'CANCEL', 'END OF MEDIUM', 'SUBSTITUTE', 'ESCAPE', 'INFORMATION SEPARATOR FOUR', 'INFORMATION SEPARATOR THREE', 'INFORMATION SEPARATOR TWO', 'INFORMATION SEPARATOR ONE',
];

const NAMES: Record<number, string> = {
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xad: 'SOFT HYPHEN',
  0x34f: 'COMBINING GRAPHEME JOINER',
  0x61c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206a: 'INHIBIT SYMMETRIC SWAPPING',
  0x206b: 'ACTIVATE SYMMETRIC SWAPPING',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0xe0001: 'LANGUAGE TAG',
};

/** The bidirectional formatting characters of UAX #9 plus the two marks. */
function isDirection(cp: number): boolean {
  return cp === 0x61c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

/** Variation selectors only choose a glyph's form (emoji or text style): harmless. */
function isVariationSelector(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
}

export function codeOf(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

function nameOf(cp: number): string {
  if (cp < 0x20) return C0[cp];
  if (NAMES[cp]) return NAMES[cp];
  if (cp >= 0xe0020 && cp <= 0xe007e) return `TAG ${cp === 0xe0020 ? 'SPACE' : String.fromCharCode(cp - 0xe0000).toUpperCase()}`;
  if (cp === 0xe007f) return 'CANCEL TAG';
  return '';
}

function describe(index: number, cp: number, kind: UnsafeKind): UnsafeCharacter {
  const code = codeOf(cp);
  const name = nameOf(cp);
  return { index, codePoint: cp, code, name, kind, label: name ? `${code} ${name}` : code };
}

function classify(cp: number): UnsafeKind | null {
  if (cp >= 0xd800 && cp <= 0xdfff) return 'brokenUnicode';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (isDirection(cp)) return 'direction';
  if (isVariationSelector(cp)) return null;
  if ((cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef)) return 'noncharacter';
  return 'invisible';
}

export interface UnsafeOptions {
  /** Let tab, line feed and carriage return through (multi-line text such as a file). */
  allowLineBreaks?: boolean;
}

/** The first character a value must not contain, or null. Linear in the length. */
export function findUnsafeCharacter(text: string, options: UnsafeOptions = {}): UnsafeCharacter | null {
  CANDIDATE.lastIndex = 0;
  for (let m = CANDIDATE.exec(text); m; m = CANDIDATE.exec(text)) {
    const cp = m[0].codePointAt(0)!;
    if (options.allowLineBreaks && (cp === 0x9 || cp === 0xa || cp === 0xd)) continue;
    const kind = classify(cp);
    if (kind) return describe(m.index, cp, kind);
  }
  return null;
}

/** Every character XML 1.0 forbids (§2.2 Char); tab, line feed and carriage return are allowed. */
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\p{Cs}]/u;

/** The first character an XML 1.0 parser rejects, or null (one pass over the whole text). */
export function findXmlForbidden(text: string): UnsafeCharacter | null {
  const m = XML_FORBIDDEN.exec(text);
  if (!m) return null;
  const cp = m[0].codePointAt(0)!;
  return describe(m.index, cp, cp >= 0xd800 && cp <= 0xdfff ? 'brokenUnicode' : cp >= 0xfffe ? 'noncharacter' : 'control');
}

/**
 * Percent-escapes in a URL that stand for a refused character ("%E2%80%AE" is U+202E,
 * "%01" is U+0001): the server decodes them, so they are refused like the character.
 * Returns the character with the escape's offset, or null.
 */
export function findUnsafeEscape(text: string): (UnsafeCharacter & { escape: string }) | null {
  const ESCAPES = /(?:%[0-9A-Fa-f]{2})+/g;
  const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  for (let m = ESCAPES.exec(text); m; m = ESCAPES.exec(text)) {
    const bytes = m[0].slice(1).split('%').map((h) => parseInt(h, 16));
    for (let i = 0; i < bytes.length; ) {
      const lead = bytes[i];
      const length = lead < 0x80 ? 1 : lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      let char: string | null = null;
      try {
        char = utf8.decode(new Uint8Array(bytes.slice(i, i + length)));
      } catch {
        // Not a UTF-8 sequence: a byte, not a character; go on with the next byte.
      }
      const found = char && [...char].length === 1 ? findUnsafeCharacter(char) : null;
      if (found) {
        const start = m.index + i * 3;
        return { ...found, index: start, escape: text.slice(start, start + length * 3) };
      }
      i += char ? length : 1;
    }
  }
  return null;
}

/** Message ids of the rule (worded in src/i18n/ui.ts, validation; {char} and {position}). */
export type CharacterMessage = 'charControl' | 'charDirection' | 'charInvisible' | 'charBrokenUnicode' | 'charNoncharacter';

const MESSAGE: Record<UnsafeKind, CharacterMessage> = {
  control: 'charControl',
  direction: 'charDirection',
  invisible: 'charInvisible',
  brokenUnicode: 'charBrokenUnicode',
  noncharacter: 'charNoncharacter',
};

export interface CharacterRefusal {
  ok: false;
  error: CharacterMessage;
  /** {char}: "U+202E RIGHT-TO-LEFT OVERRIDE", {position}: 1-based character position. */
  params: { char: string; position: string };
  character: UnsafeCharacter;
}

/** The refusal for a unsafe character in a value (and, with `url`, for its percent-escape), or null. */
export function refuseUnsafeCharacters(value: string, options: UnsafeOptions & { url?: boolean } = {}): CharacterRefusal | null {
  const found = findUnsafeCharacter(value, options) ?? (options.url ? findUnsafeEscape(value) : null);
  if (!found) return null;
  const position = [...value.slice(0, found.index)].length + 1;
  const char = 'escape' in found ? `${found.escape} (${found.label})` : found.label;
  return { ok: false, error: MESSAGE[found.kind], params: { char, position: String(position) }, character: found };
}
