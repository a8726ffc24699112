/**
 * Finds every known error in pasted text (a single message or a whole log excerpt):
 * catalogue entries and AADSTS codes the catalogue does not know. Pure: text in,
 * findings out, in order of first appearance, each error once with a count. Linear in
 * the length of the text, and the output is bounded whatever the text holds.
 */
import { ERROR_MATCHERS, type ErrorMatcher } from '../../data/error-matchers';
import { aadstsLookupUrl } from '../../data/microsoft';

/** Longer input is cut here so that a huge paste cannot freeze the page. */
export const MAX_INPUT_CHARS = 1_000_000;

/**
 * AADSTS codes the catalogue does not know are shown up to this many; the rest are
 * only counted ("and N more"), so that a text full of distinct codes stays quick to show.
 */
export const MAX_UNKNOWN_SHOWN = 10;

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
  /** How often it occurs in all. */
  count: number;
}

export interface KnownFinding extends FindingBase {
  kind: 'known';
  entry: ErrorMatcher;
}

export interface UnknownAadstsFinding extends FindingBase {
  kind: 'unknown-aadsts';
  /** e.g. AADSTS50126 */
  code: string;
  lookupUrl: string;
}

export type Finding = KnownFinding | UnknownAadstsFinding;

export interface DecodeResult {
  /** The findings to show: every catalogue entry found, and up to MAX_UNKNOWN_SHOWN other codes. */
  findings: Finding[];
  /** How many more distinct codes were found and are not in `findings`. */
  more: number;
  /** Length of the input; more than MAX_INPUT_CHARS means only the start was searched. */
  inputLength: number;
  truncated: boolean;
}

const AADSTS_ANY = /\bAADSTS(\d{4,8})\b/gi;
const KNOWN_AADSTS = new Set(ERROR_MATCHERS.filter((e) => e.source === 'entra').map((e) => e.code.toUpperCase()));

const COMPILED = ERROR_MATCHERS.map((entry) => ({
  entry,
  patterns: entry.matchers.map((m) => new RegExp(m.source, m.flags.includes('g') ? m.flags : `${m.flags}g`)),
}));

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** What a whole input may be on its own to name an entry: id, code parts, bare status codes. */
const SHORT_FORMS = new Map<string, ErrorMatcher>();
for (const entry of ERROR_MATCHERS) {
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
  entry: ErrorMatcher | null;
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

/**
 * The line around a match, shortened to EXCERPT_CHARS with "…". Reads only a bounded
 * window of a long line, so that many findings on one long line cost no more than
 * few findings (the excerpt is made only for the findings shown).
 */
function excerpt(text: string, index: number, start: number, end: number): string {
  if (end > start && text.charCodeAt(end - 1) === 13) end--; // \r of \r\n
  if (end - start <= EXCERPT_CHARS * 4) {
    const line = text.slice(start, end).trim();
    if (line.length <= EXCERPT_CHARS) return line;
  }
  // A long line: a window around the match.
  const before = Math.max(0, index - start - 60);
  const after = Math.min(end - start, before + EXCERPT_CHARS);
  return `${before > 0 ? '…' : ''}${text.slice(start + before, start + after).trim()}${after < end - start ? '…' : ''}`;
}

interface Group {
  match: RawMatch;
  line: number;
  lineStart: number;
  lineEnd: number;
  lastLine: number;
  lineCount: number;
  count: number;
}

export function decode(input: string): DecodeResult {
  const truncated = input.length > MAX_INPUT_CHARS;
  const text = expandShortInput(truncated ? input.slice(0, MAX_INPUT_CHARS) : input);

  // One pass: matches are sorted, so the line number, the line's start and the next
  // line break only move forward; every character is looked at a bounded number of times.
  const groups = new Map<string, Group>();
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const match of collect(text)) {
    while (nextBreak >= 0 && nextBreak < match.index) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    const group = groups.get(match.group);
    if (group) {
      group.count++;
      if (group.lastLine !== line) {
        group.lineCount++;
        group.lastLine = line;
      }
    } else {
      const lineEnd = nextBreak < 0 ? text.length : nextBreak;
      groups.set(match.group, { match, line, lineStart, lineEnd, lastLine: line, lineCount: 1, count: 1 });
    }
  }

  let all = [...groups.values()];
  if (all.some((g) => !g.match.entry?.fallback)) all = all.filter((g) => !g.match.entry?.fallback);
  // Every catalogue entry found is shown (there are few); codes the catalogue does not
  // know are shown up to a cap, the rest counted.
  let unknownShown = 0;
  const shown = all.filter((g) => g.match.entry !== null || unknownShown++ < MAX_UNKNOWN_SHOWN);
  const findings: Finding[] = shown.map((g) => {
    const { match } = g;
    const first: Occurrence = { index: match.index, line: g.line, text: match.text, excerpt: excerpt(text, match.index, g.lineStart, g.lineEnd) };
    const counts = { first, lineCount: g.lineCount, count: g.count };
    return match.entry
      ? { kind: 'known', entry: match.entry, ...counts }
      : { kind: 'unknown-aadsts', code: match.group, lookupUrl: aadstsLookupUrl(match.group.slice('AADSTS'.length)), ...counts };
  });
  return { findings, more: all.length - shown.length, inputLength: input.length, truncated };
}

export { linkValue } from './link-value';
