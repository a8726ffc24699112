/**
 * Finds every known error in pasted text (a single message or a whole log excerpt):
 * catalogue entries and AADSTS codes the catalogue does not know. Pure: text in,
 * findings out, in order of first appearance, each error once.
 */
import { ERRORS, type ErrorEntry } from '../../data/errors';
import { aadstsLookupUrl } from '../../data/microsoft';

/** Longer input is cut here so that a huge paste cannot freeze the page. */
export const MAX_INPUT_CHARS = 1_000_000;

/** Longest line excerpt shown next to a finding. */
const EXCERPT_CHARS = 200;

export interface Occurrence {
  /** Offset of the match in the searched text. */
  index: number;
  /** 1-based line number. */
  line: number;
  /** The matched text itself. */
  text: string;
  /** The line around the match, shortened to EXCERPT_CHARS with "…". */
  excerpt: string;
}

interface FindingBase {
  first: Occurrence;
  /** How many different lines contain this error. */
  lineCount: number;
}

export interface KnownFinding extends FindingBase {
  kind: 'known';
  entry: ErrorEntry;
}

export interface UnknownAadstsFinding extends FindingBase {
  kind: 'unknown-aadsts';
  /** e.g. AADSTS50126 */
  code: string;
  lookupUrl: string;
}

export type Finding = KnownFinding | UnknownAadstsFinding;

export interface DecodeResult {
  findings: Finding[];
  /** Length of the input; more than MAX_INPUT_CHARS means only the start was searched. */
  inputLength: number;
  truncated: boolean;
}

const AADSTS_ANY = /\bAADSTS(\d{4,8})\b/gi;
const KNOWN_AADSTS = new Set(ERRORS.filter((e) => e.source === 'entra').map((e) => e.code.toUpperCase()));

const COMPILED = ERRORS.map((entry) => ({
  entry,
  patterns: entry.matchers.map((m) => new RegExp(m.source, m.flags.includes('g') ? m.flags : `${m.flags}g`)),
}));

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What a whole input may be on its own to name an entry: id, code parts, bare status codes. */
const SHORT_FORMS = new Map<string, ErrorEntry>();
for (const entry of ERRORS) {
  const forms = [entry.id, ...entry.code.split(' / ')];
  for (const part of entry.code.split(' / ')) {
    const status = /^\d{3} (\d\.\d\.\d+)$/.exec(part);
    if (status) forms.push(status[1]);
  }
  for (const form of forms) SHORT_FORMS.set(normalise(form), entry);
}

/**
 * A bare number is read as an AADSTS code, a short form (5.7.139, an entry id) as its
 * entry's key, so that support can send "7000215" or "5.7.139" alone.
 */
function expandShortInput(text: string): string {
  if (text.length > 60) return text;
  const trimmed = text.trim();
  if (/^\d{5,7}$/.test(trimmed)) return `AADSTS${trimmed}`;
  return SHORT_FORMS.get(normalise(trimmed))?.key ?? text;
}

interface RawMatch {
  index: number;
  text: string;
  /** Entry id, or the AADSTS code for unknown codes. */
  group: string;
  entry: ErrorEntry | null;
}

function collect(text: string): RawMatch[] {
  const raw: RawMatch[] = [];
  for (const { entry, patterns } of COMPILED) {
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        raw.push({ index: m.index, text: m[0], group: entry.id, entry });
        if (m[0] === '') re.lastIndex++;
      }
    }
  }
  AADSTS_ANY.lastIndex = 0;
  for (let m = AADSTS_ANY.exec(text); m; m = AADSTS_ANY.exec(text)) {
    const code = `AADSTS${m[1]}`;
    if (!KNOWN_AADSTS.has(code)) raw.push({ index: m.index, text: m[0], group: code, entry: null });
  }
  return raw.sort((a, b) => a.index - b.index);
}

function excerpt(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index - 1) + 1;
  const newline = text.indexOf('\n', index);
  const end = newline < 0 ? text.length : newline;
  const line = text.slice(start, end).replace(/\r$/, '');
  if (line.trim().length <= EXCERPT_CHARS) return line.trim();
  // A long line: a window around the match.
  const before = Math.max(0, index - start - 60);
  const after = Math.min(line.length, before + EXCERPT_CHARS);
  return `${before > 0 ? '…' : ''}${line.slice(before, after).trim()}${after < line.length ? '…' : ''}`;
}

export function decode(input: string): DecodeResult {
  const truncated = input.length > MAX_INPUT_CHARS;
  const text = expandShortInput(truncated ? input.slice(0, MAX_INPUT_CHARS) : input);

  const groups = new Map<string, { match: RawMatch; line: number; lines: Set<number> }>();
  let line = 1;
  let scanned = 0;
  for (const match of collect(text)) {
    // Matches are sorted, so one pass over the text counts the lines.
    for (let nl = text.indexOf('\n', scanned); nl >= 0 && nl < match.index; nl = text.indexOf('\n', nl + 1)) line++;
    scanned = Math.max(scanned, match.index);
    const group = groups.get(match.group);
    if (group) group.lines.add(line);
    else groups.set(match.group, { match, line, lines: new Set([line]) });
  }

  let findings: Finding[] = [...groups.values()].map(({ match, line: first, lines }) => {
    const occurrence: Occurrence = { index: match.index, line: first, text: match.text, excerpt: excerpt(text, match.index) };
    return match.entry
      ? { kind: 'known', entry: match.entry, first: occurrence, lineCount: lines.size }
      : { kind: 'unknown-aadsts', code: match.group, lookupUrl: aadstsLookupUrl(match.group.slice('AADSTS'.length)), first: occurrence, lineCount: lines.size };
  });
  if (findings.some((f) => f.kind !== 'known' || !f.entry.fallback)) {
    findings = findings.filter((f) => f.kind !== 'known' || !f.entry.fallback);
  }
  return { findings, inputLength: input.length, truncated };
}

/**
 * The short text a link carries for these findings: decoding it finds the same
 * errors again, without the pasted text (which may hold addresses or IDs).
 */
export function linkValue(findings: readonly Finding[]): string {
  return findings.map((f) => (f.kind === 'known' ? f.entry.key : f.code)).join('\n');
}
