/**
 * Checks a redirect URI as it stands in Entra against teamspace's path and Microsoft's
 * redirect URI rules (learn.microsoft.com/entra/identity-platform/reply-url). Every rule
 * yields one finding (pass, warning or failure) so the user sees the whole checklist;
 * texts live in strings.ts, keyed by the finding's reason.
 */
import { REDIRECT_PATH, REDIRECT_URI_MAX_LENGTH, REDIRECT_URI_UNSUPPORTED_CHARACTERS } from '../../data/microsoft';
import type { Check } from '../../lib/validators';
import { normaliseInstallationUrl } from './installation-url';
import { canonicalHost, isIpAddress, isLoopback, isLoopbackIp, splitUri, type UriParts } from './uri-parts';

export const RULES = ['spaces', 'scheme', 'length', 'userInfo', 'host', 'port', 'wildcard', 'characters', 'path', 'trailingSlash', 'query', 'fragment', 'match'] as const;
export type RuleId = (typeof RULES)[number];

export type Severity = 'ok' | 'warning' | 'error';

/** Reasons for a pass. */
export type PassReason =
  | 'spaces.none'
  | 'scheme.https'
  | 'scheme.httpLoopback'
  | 'length.ok'
  | 'userInfo.none'
  | 'host.ok'
  | 'port.none'
  | 'port.custom'
  | 'wildcard.none'
  | 'characters.none'
  | 'path.exact'
  | 'path.exactWithContext'
  | 'trailingSlash.none'
  | 'query.none'
  | 'fragment.none'
  | 'match.same';

/** Reasons for a warning or failure; each has a fix in strings.ts. */
export type ProblemReason =
  | 'spaces.around'
  | 'spaces.inside'
  | 'scheme.http'
  | 'scheme.httpLoopbackManifest'
  | 'scheme.ipv6Loopback'
  | 'scheme.missing'
  | 'scheme.other'
  | 'length.tooLong'
  | 'userInfo.present'
  | 'host.invalid'
  | 'host.idn'
  | 'host.ip'
  | 'host.upperCase'
  | 'port.default'
  | 'wildcard.present'
  | 'characters.present'
  | 'path.missing'
  | 'path.case'
  | 'path.wrong'
  | 'trailingSlash.present'
  | 'query.present'
  | 'fragment.present'
  | 'match.differs';

export type ReasonId = PassReason | ProblemReason;

export type UriPart = 'scheme' | 'userInfo' | 'host' | 'port' | 'path' | 'query' | 'fragment';

export interface Difference {
  part: UriPart;
  expected: string;
  found: string;
}

export interface Finding {
  rule: RuleId;
  severity: Severity;
  reason: ReasonId;
  /** Values for the {placeholders} of the reason's and fix's texts. */
  params: Record<string, string>;
  /** For match.differs: which parts differ. */
  differences?: Difference[];
}

export interface RedirectCheck {
  findings: Finding[];
  /** The worst severity among the findings. */
  verdict: Severity;
  /** The corrected URI ("did you mean"), or null when there is none or nothing to correct. */
  suggestion: string | null;
  /** The redirect URI of the installation URL, when one was given and is valid. */
  expected: string | null;
}

const LOWER_REDIRECT = REDIRECT_PATH.toLowerCase();

const withoutTrailingSlash = (p: string) => p.replace(/\/+$/, '');

function finding(rule: RuleId, severity: Severity, reason: ReasonId, params: Record<string, string> = {}): Finding {
  return { rule, severity, reason, params };
}

function schemeFinding(parts: UriParts, hostname: string | null): Finding {
  if (parts.scheme === 'https') return finding('scheme', 'ok', 'scheme.https');
  if (parts.scheme === 'http') {
    if (hostname !== null && isLoopbackIp(hostname)) return finding('scheme', 'warning', 'scheme.httpLoopbackManifest');
    if (hostname !== null && isLoopback(hostname)) return finding('scheme', 'ok', 'scheme.httpLoopback');
    if (hostname === '[::1]') return finding('scheme', 'error', 'scheme.ipv6Loopback');
    return finding('scheme', 'error', 'scheme.http');
  }
  if (parts.scheme === null) return finding('scheme', 'error', 'scheme.missing');
  return finding('scheme', 'error', 'scheme.other', { scheme: `${parts.scheme}:` });
}

function hostFinding(parts: UriParts, hostname: string | null): Finding {
  if (hostname === null) return finding('host', 'error', 'host.invalid', { host: parts.host });
  if (hostname.includes('xn--') && !parts.host.toLowerCase().includes('xn--')) {
    return finding('host', 'error', 'host.idn', { host: parts.host, punycode: hostname });
  }
  if (isIpAddress(hostname)) return finding('host', 'warning', 'host.ip', { host: hostname });
  if (parts.host !== hostname) return finding('host', 'warning', 'host.upperCase', { host: parts.host, lower: hostname });
  return finding('host', 'ok', 'host.ok', { host: hostname });
}

function portFinding(parts: UriParts): Finding {
  // No port: the scheme's default port applies (HTTP 80, HTTPS 443; https is what every URI but loopback must use).
  if (!parts.port) return finding('port', 'ok', 'port.none', parts.scheme === 'http' ? { scheme: 'HTTP', port: '80' } : { scheme: 'HTTPS', port: '443' });
  if ((parts.scheme !== 'http' && parts.port === '443') || (parts.scheme === 'http' && parts.port === '80')) {
    return finding('port', 'warning', 'port.default', { port: `:${parts.port}` });
  }
  return finding('port', 'ok', 'port.custom', { port: `:${parts.port}` });
}

function pathFindings(path: string): Finding[] {
  const bare = withoutTrailingSlash(path);
  const trailing = bare !== path && bare.toLowerCase().endsWith(LOWER_REDIRECT);
  const slash = trailing
    ? finding('trailingSlash', 'error', 'trailingSlash.present', { path: REDIRECT_PATH })
    : finding('trailingSlash', 'ok', 'trailingSlash.none', { path: REDIRECT_PATH });
  const params = { path, redirectPath: REDIRECT_PATH };
  if (bare === '') return [finding('path', 'error', 'path.missing', params), slash];
  if (bare.endsWith(REDIRECT_PATH)) {
    const contextPath = bare.slice(0, -REDIRECT_PATH.length);
    return [
      contextPath === ''
        ? finding('path', 'ok', 'path.exact', params)
        : finding('path', 'ok', 'path.exactWithContext', { ...params, contextPath }),
      slash,
    ];
  }
  if (bare.toLowerCase().endsWith(LOWER_REDIRECT)) {
    return [finding('path', 'error', 'path.case', { ...params, found: bare.slice(-REDIRECT_PATH.length) }), slash];
  }
  return [finding('path', 'error', 'path.wrong', params), slash];
}

/** The rules about the URI alone (everything but the comparison with the installation). */
function ruleFindings(text: string, raw: string): Finding[] {
  const parts = splitUri(text);
  const hostname = canonicalHost(parts.host);
  const found = REDIRECT_URI_UNSUPPORTED_CHARACTERS.filter((c) => text.includes(c));
  return [
    /\s/.test(text)
      ? finding('spaces', 'error', 'spaces.inside')
      : text !== raw
        ? finding('spaces', 'warning', 'spaces.around')
        : finding('spaces', 'ok', 'spaces.none'),
    schemeFinding(parts, hostname),
    text.length > REDIRECT_URI_MAX_LENGTH
      ? finding('length', 'error', 'length.tooLong', { length: String(text.length), max: String(REDIRECT_URI_MAX_LENGTH) })
      : finding('length', 'ok', 'length.ok', { length: String(text.length), max: String(REDIRECT_URI_MAX_LENGTH) }),
    parts.userInfo !== null ? finding('userInfo', 'error', 'userInfo.present', { userInfo: `${parts.userInfo}@` }) : finding('userInfo', 'ok', 'userInfo.none'),
    hostFinding(parts, hostname),
    portFinding(parts),
    text.includes('*') ? finding('wildcard', 'error', 'wildcard.present') : finding('wildcard', 'ok', 'wildcard.none'),
    found.length ? finding('characters', 'error', 'characters.present', { chars: found.join(' ') }) : finding('characters', 'ok', 'characters.none'),
    ...pathFindings(parts.path),
    parts.query !== null ? finding('query', 'error', 'query.present', { query: parts.query }) : finding('query', 'ok', 'query.none'),
    parts.fragment !== null ? finding('fragment', 'error', 'fragment.present', { fragment: parts.fragment }) : finding('fragment', 'ok', 'fragment.none'),
  ];
}

/** The URI corrected for everything that can be corrected without guessing. */
function corrected(text: string): string | null {
  const parts = splitUri(text);
  const hostname = canonicalHost(parts.host);
  if (hostname === null) return null;
  // http://[::1] is not supported; http://localhost is the loopback form that is.
  const v6 = parts.scheme === 'http' && hostname === '[::1]';
  const scheme = v6 || (parts.scheme === 'http' && isLoopback(hostname)) ? 'http' : 'https';
  const defaultPort = parts.scheme === 'http' ? '80' : '443';
  const port = parts.port && parts.port !== defaultPort ? `:${parts.port}` : '';
  const bare = withoutTrailingSlash(parts.path);
  const lower = bare.toLowerCase();
  let base: string;
  if (lower.endsWith(LOWER_REDIRECT)) base = bare.slice(0, -REDIRECT_PATH.length);
  else if (lower.includes('/api/')) base = bare.slice(0, lower.lastIndexOf('/api/'));
  else base = bare;
  return `${scheme}://${v6 ? 'localhost' : hostname}${port}${base}${REDIRECT_PATH}`;
}

function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i + 1;
}

function matchFinding(text: string, expected: string): Finding {
  if (text === expected) return finding('match', 'ok', 'match.same', { expected });
  const want = splitUri(expected);
  const got = splitUri(text);
  const differences: Difference[] = [];
  const compare = (part: UriPart, e: string | null, f: string | null) => {
    if ((e ?? '') !== (f ?? '')) differences.push({ part, expected: e ?? '', found: f ?? '' });
  };
  compare('scheme', want.scheme, got.scheme);
  compare('userInfo', want.userInfo, got.userInfo);
  compare('host', want.host, got.host);
  compare('port', want.port, got.port);
  compare('path', want.path, got.path);
  compare('query', want.query, got.query);
  compare('fragment', want.fragment, got.fragment);
  const result = finding('match', 'error', 'match.differs', { expected, position: String(firstDifference(expected, text)) });
  result.differences = differences;
  return result;
}

const RANK: Record<Severity, number> = { ok: 0, warning: 1, error: 2 };

/**
 * Check a pasted redirect URI. With the installation URL (as typed; it is normalised
 * here) the URI is also compared with the one teamspace will send.
 */
export function checkRedirectUri(raw: string, installationUrl?: string): RedirectCheck {
  const text = raw.trim();
  const installation = installationUrl?.trim() ? normaliseInstallationUrl(installationUrl) : null;
  const expected = installation?.ok ? installation.redirectUri : null;
  const findings = ruleFindings(text, raw);
  if (expected !== null) findings.push(matchFinding(text, expected));
  const verdict = findings.reduce<Severity>((worst, f) => (RANK[f.severity] > RANK[worst] ? f.severity : worst), 'ok');

  let suggestion: string | null = null;
  if (verdict !== 'ok') {
    const candidate = expected ?? corrected(text);
    if (candidate !== null && candidate !== raw && ruleFindings(candidate, candidate).every((f) => f.severity !== 'error')) {
      suggestion = candidate;
    }
  }
  return { findings, verdict, suggestion, expected };
}

/** Validator for bindField on the redirect URI field: marks the field invalid while a rule fails. */
export function checkRedirectUriField(raw: string, installationUrl?: string): Check<RedirectCheck> {
  const result = checkRedirectUri(raw, installationUrl);
  if (result.verdict === 'error') return { ok: false, error: 'redirectUriBroken' };
  return { ok: true, value: result, warnings: result.verdict === 'warning' ? ['redirectUriWarning'] : [] };
}
