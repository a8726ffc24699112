/**
 * The findings the web.xml checker reports. Locale-free: each carries an id (its
 * title, reason and fix are translated in strings.ts), a severity, where it is, and
 * the values its messages quote.
 */
export type Severity = 'error' | 'warning' | 'info' | 'ok';

export const FINDING_IDS = [
  // Input that is not a web.xml at all
  'empty',
  'tooLarge',
  'binary',
  'badEncoding',
  'unknownEncoding',
  'json',
  'html',
  'notXml',
  // Not well-formed XML (found by saxes, worded from fast-xml-parser's validator where it can)
  'xmlAmpersand',
  'xmlLessThan',
  'xmlTagMismatch',
  'xmlUnclosed',
  'xmlNotOpened',
  'xmlAttribute',
  'xmlSyntax',
  'xmlExtraRoot',
  'xmlStrayText',
  'xmlCharacter',
  'undefinedEntity',
  // DOCTYPE internal subset
  'externalEntity',
  'entityExpansion',
  // The document
  'rootNotWebApp',
  'schemaVersion',
  // The oauth2Gateway.url context-param
  'paramMissing',
  'paramDuplicate',
  'paramCommentedOut',
  'paramInitParam',
  'paramNearMiss',
  'paramNoValue',
  // Its value
  'valueEmpty',
  'valueWhitespace',
  'valueNotAbsolute',
  'valueHttp',
  'valueTrailingSlash',
  'valueIsRedirectUri',
  'valuePath',
  'valueQuery',
  'valueExample',
  'valueEntity',
  'valueCharacter',
  'valueDiffersServerUrl',
  'valueDiffersInstallation',
  'valueOk',
] as const;

export type FindingId = (typeof FINDING_IDS)[number];

export interface Excerpt {
  before: string;
  /** The marked spot (at least one character; a space when the spot is a line end). */
  mark: string;
  after: string;
}

export interface Finding {
  id: FindingId;
  severity: Severity;
  /** 1-based line and column; absent for findings about the input as a whole. */
  line?: number;
  column?: number;
  excerpt?: Excerpt;
  /** Values quoted by the messages, e.g. { found: 'oauth2gateway.url' }. */
  values: Record<string, string>;
}

/**
 * Notes that only confirm what is already right ("Nothing to do"): shown with the passes,
 * folded, not among the findings that ask something of the reader.
 */
const NOTHING_TO_DO: ReadonlySet<FindingId> = new Set<FindingId>(['schemaVersion']);

/** Whether a finding is a pass: it is right as it is and asks for nothing. */
export function isPass(f: Pick<Finding, 'id' | 'severity'>): boolean {
  return f.severity === 'ok' || (f.severity === 'info' && NOTHING_TO_DO.has(f.id));
}
