import { describe, expect, it } from 'vitest';
import { REDIRECT_PATH } from '../../src/data/microsoft';
import { checkInstallationUrl, normaliseInstallationUrl, type ChangeId } from '../../src/tools/redirect/installation-url';
import { format } from '../../src/i18n/ui';
import { STRINGS as REDIRECT_STRINGS } from '../../src/tools/redirect/strings';
import { RULES, checkRedirectUri, checkRedirectUriField, type ProblemReason } from '../../src/tools/redirect/redirect-rules';

const P = REDIRECT_PATH;
const HOST = 'https://xyc.teamspace.de';

describe('normaliseInstallationUrl: what people type -> the exact redirect URI', () => {
  // [typed, normalised installation URL, changes in order]
  const cases: [string, string, ChangeId[]][] = [
    ['https://xyc.teamspace.de', HOST, []],
    ['xyc.teamspace.de', HOST, ['schemeAdded']],
    ['//xyc.teamspace.de', HOST, ['schemeAdded']],
    ['https://xyc.teamspace.de/', HOST, ['trailingSlashRemoved']],
    ['https://xyc.teamspace.de///', HOST, ['trailingSlashRemoved']],
    ['https://xyc.teamspace.de/teamspace', `${HOST}/teamspace`, ['contextPathKept']],
    ['https://xyc.teamspace.de/teamspace/', `${HOST}/teamspace`, ['trailingSlashRemoved', 'contextPathKept']],
    [`https://xyc.teamspace.de${P}`, HOST, ['redirectPathRemoved']],
    [`https://xyc.teamspace.de/teamspace${P}/`, `${HOST}/teamspace`, ['redirectPathRemoved', 'contextPathKept']],
    ['https://xyc.teamspace.de/API/Server/OAuth2/Redirect', HOST, ['redirectPathRemoved']],
    ['http://xyc.teamspace.de', HOST, ['httpsUpgraded']],
    ['http://xyc.teamspace.de:80', HOST, ['httpsUpgraded', 'defaultPortRemoved']],
    ['HTTPS://XYC.Teamspace.DE', HOST, ['hostLowercased']],
    ['https://xyc.teamspace.de:443', HOST, ['defaultPortRemoved']],
    ['xyc.teamspace.de:443/', HOST, ['schemeAdded', 'defaultPortRemoved', 'trailingSlashRemoved']],
    ['https://xyc.teamspace.de:8443', 'https://xyc.teamspace.de:8443', []],
    ['xyc.teamspace.de:8443/ts', 'https://xyc.teamspace.de:8443/ts', ['schemeAdded', 'contextPathKept']],
    ['  xyc.teamspace.de \t', HOST, ['trimmed', 'schemeAdded']],
    ['http://localhost:8080/teamspace', 'http://localhost:8080/teamspace', ['contextPathKept']],
    // http://[::1] is not a loopback exception (reply-url.md): read as https like any host.
    ['http://[::1]:8080', 'https://[::1]:8080', ['httpsUpgraded']],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080', []],
    ['https://bücher.example', 'https://xn--bcher-kva.example', ['punycode']],
    ['https://xyc.teamspace.de/?page=1#/mail', HOST, ['queryRemoved', 'fragmentRemoved', 'trailingSlashRemoved']],
    ['https://10.1.2.3', 'https://10.1.2.3', []],
  ];
  it.each(cases)('%j -> %s', (typed, url, changes) => {
    const r = normaliseInstallationUrl(typed);
    expect(r.ok && { url: r.url, redirectUri: r.redirectUri, changes: r.changes.map((c) => c.id) }).toEqual({ url, redirectUri: url + P, changes });
  });

  it.each([
    ['', 'required'],
    ['   ', 'required'],
    ['https://xyc teamspace.de', 'urlSpace'],
    ['ftp://xyc.teamspace.de', 'urlScheme'],
    ['mailto:admin@xyc.teamspace.de', 'urlScheme'],
    ['https://admin@xyc.teamspace.de', 'urlUserInfo'],
    ['https://admin:pw@xyc.teamspace.de', 'urlUserInfo'],
    ['https://', 'url'],
    ['https://xyc.teamspace.de:99999', 'url'],
  ])('%j is refused with %s', (typed, error) => {
    expect(normaliseInstallationUrl(typed)).toEqual({ ok: false, error });
  });

  it('names what it changed', () => {
    const r = normaliseInstallationUrl('http://xyc.teamspace.de:80/teamspace/?a=1');
    expect(r.ok && r.changes).toEqual([
      { id: 'httpsUpgraded', detail: 'https://' },
      { id: 'defaultPortRemoved', detail: ':80' },
      { id: 'queryRemoved', detail: '?a=1' },
      { id: 'trailingSlashRemoved', detail: '/' },
      { id: 'contextPathKept', detail: '/teamspace' },
    ]);
  });

  it('flags an IP address host', () => {
    expect(normaliseInstallationUrl('https://10.1.2.3')).toMatchObject({ ok: true, ipHost: true });
    expect(normaliseInstallationUrl(HOST)).toMatchObject({ ok: true, ipHost: false });
  });
});

describe('checkInstallationUrl: the shared validator of the page value "url"', () => {
  it('gives the normalised URL and the warnings worth a second look', () => {
    expect(checkInstallationUrl(' xyc.teamspace.de/ ')).toEqual({ ok: true, value: HOST, warnings: [] });
    expect(checkInstallationUrl(`http://xyc.teamspace.de${P}`)).toEqual({ ok: true, value: HOST, warnings: ['urlIsRedirectUri', 'urlHttp'] });
    expect(checkInstallationUrl('https://bücher.example')).toEqual({ ok: true, value: 'https://xn--bcher-kva.example', warnings: ['urlIdn'] });
    expect(checkInstallationUrl('https://10.1.2.3')).toEqual({ ok: true, value: 'https://10.1.2.3', warnings: ['urlIpHost'] });
  });
  it('returns the error ids', () => {
    expect(checkInstallationUrl('ftp://x.de')).toEqual({ ok: false, error: 'urlScheme' });
  });
});

/** The problems of a check, in rule order, as "reason" strings. */
function problems(raw: string, installation?: string): ProblemReason[] {
  return checkRedirectUri(raw, installation)
    .findings.filter((f) => f.severity !== 'ok')
    .map((f) => f.reason as ProblemReason);
}

describe('checkRedirectUri: each rule, with the corrected URI', () => {
  const long = `https://xyc.teamspace.de/${'a'.repeat(256 - 25 - P.length)}${P}`;
  // [pasted URI, installation URL or null, expected warnings and failures, "did you mean" or null]
  const cases: [string, string | null, ProblemReason[], string | null][] = [
    [`${HOST}${P}`, null, [], null],
    [`${HOST}/teamspace${P}`, null, [], null],
    [`${HOST}:8443${P}`, null, [], null],
    [`http://localhost:8080${P}`, null, [], null],
    [`https://xn--bcher-kva.example${P}`, null, [], null],
    [long, null, [], null],
    // Corrections item 11: 127.0.0.1 with http only through the manifest; http://[::1] not supported.
    [`http://127.0.0.1${P}`, null, ['scheme.httpLoopbackManifest', 'host.ip'], null],
    [`http://127.0.0.1:8080${P}`, null, ['scheme.httpLoopbackManifest', 'host.ip'], null],
    [`http://[::1]${P}`, null, ['scheme.ipv6Loopback', 'host.ip'], `http://localhost${P}`],
    [`http://[::1]:8080${P}`, null, ['scheme.ipv6Loopback', 'host.ip'], `http://localhost:8080${P}`],
    [`http://xyc.teamspace.de${P}`, null, ['scheme.http'], `${HOST}${P}`],
    [`xyc.teamspace.de${P}`, null, ['scheme.missing'], `${HOST}${P}`],
    [`ftp://xyc.teamspace.de${P}`, null, ['scheme.other'], `${HOST}${P}`],
    [`${long.slice(0, 25)}b${long.slice(25)}`, null, ['length.tooLong'], null],
    [`https://admin@xyc.teamspace.de${P}`, null, ['userInfo.present'], `${HOST}${P}`],
    [`https://admin:secret@xyc.teamspace.de${P}`, null, ['userInfo.present'], `${HOST}${P}`],
    [`https://bücher.example${P}`, null, ['host.idn'], `https://xn--bcher-kva.example${P}`],
    [`https://203.0.113.10${P}`, null, ['host.ip'], null],
    [`https://[2001:db8::1]${P}`, null, ['host.ip'], null],
    [`https://XYC.teamspace.de${P}`, null, ['host.upperCase'], `${HOST}${P}`],
    [`https://xyc_teamspace.de:8443:1${P}`, null, ['host.invalid'], null],
    [`https://xyc.teamspace.de:443${P}`, null, ['port.default'], `${HOST}${P}`],
    [`https://*.teamspace.de${P}`, null, ['wildcard.present'], null],
    [`${HOST}/*${P}`, null, ['wildcard.present'], null],
    [`${HOST}/team!space${P}`, null, ['characters.present'], null],
    [`${HOST}/team$space${P}`, null, ['characters.present'], null],
    [`${HOST}/team'space${P}`, null, ['characters.present'], null],
    [`${HOST}/team(space)${P}`, null, ['characters.present'], null],
    [`${HOST}/team,space${P}`, null, ['characters.present'], null],
    [`${HOST}/teamspace;jsessionid=1${P}`, null, ['characters.present'], null],
    [HOST, null, ['path.missing'], `${HOST}${P}`],
    [`${HOST}/`, null, ['path.missing'], `${HOST}${P}`],
    [`${HOST}/API/Server/OAuth2/Redirect`, null, ['path.case'], `${HOST}${P}`],
    [`${HOST}/api/server/oauth/redirect`, null, ['path.wrong'], `${HOST}${P}`],
    [`${HOST}/teamspace`, null, ['path.wrong'], `${HOST}/teamspace${P}`],
    [`${HOST}${P}/`, null, ['trailingSlash.present'], `${HOST}${P}`],
    [`${HOST}${P}//`, null, ['trailingSlash.present'], `${HOST}${P}`],
    [`${HOST}${P}?state=1`, null, ['query.present'], `${HOST}${P}`],
    [`${HOST}${P}?`, null, ['query.present'], `${HOST}${P}`],
    [`${HOST}${P}#top`, null, ['fragment.present'], `${HOST}${P}`],
    [`${HOST}${P}#`, null, ['fragment.present'], `${HOST}${P}`],
    [` ${HOST}${P} `, null, ['spaces.around'], `${HOST}${P}`],
    [`${HOST}/api/server/ oauth2/redirect`, null, ['spaces.inside', 'path.wrong'], `${HOST}${P}`],
    [`http://XYC.teamspace.de:80/API/server/oauth2/redirect/?x=1#y`, null, ['scheme.http', 'host.upperCase', 'port.default', 'path.case', 'trailingSlash.present', 'query.present', 'fragment.present'], `${HOST}${P}`],
    [`${HOST}${P}`, 'xyc.teamspace.de/', [], null],
    [`${HOST}/teamspace${P}`, 'https://xyc.teamspace.de/teamspace/', [], null],
    [`${HOST}${P}`, 'https://abc.teamspace.de', ['match.differs'], `https://abc.teamspace.de${P}`],
    [`${HOST}${P}`, 'https://xyc.teamspace.de/teamspace', ['match.differs'], `${HOST}/teamspace${P}`],
    [`${HOST}${P}/`, HOST, ['trailingSlash.present', 'match.differs'], `${HOST}${P}`],
    [`${HOST}${P}`, 'ftp://xyc.teamspace.de', [], null],
    ['mailto:admin@xyc.teamspace.de', null, ['scheme.other', 'host.invalid', 'path.wrong'], null],
  ];
  it.each(cases)('%j (installation %j)', (raw, installation, expected, suggestion) => {
    const r = checkRedirectUri(raw, installation ?? undefined);
    expect(problems(raw, installation ?? undefined)).toEqual(expected);
    expect(r.suggestion).toBe(suggestion);
    // Every rule yields exactly one finding (the comparison only with a valid installation URL).
    expect(r.findings.map((f) => f.rule)).toEqual(r.expected === null ? RULES.filter((x) => x !== 'match') : [...RULES]);
  });

  it('counts the length and names the characters found', () => {
    const r = checkRedirectUri(`${HOST}/a(b);c${P}`);
    expect(r.findings.find((f) => f.rule === 'characters')?.params).toEqual({ chars: '( ) ;' });
    expect(r.findings.find((f) => f.rule === 'length')?.params).toEqual({ length: String(HOST.length + 7 + P.length), max: '256' });
  });

  it('says where the URI and the installation differ', () => {
    const r = checkRedirectUri(`https://XYC.teamspace.de:443${P}/`, 'https://xyc.teamspace.de/teamspace');
    const match = r.findings.find((f) => f.rule === 'match')!;
    expect(match.params).toEqual({ expected: `${HOST}/teamspace${P}`, position: '9' });
    expect(match.differences).toEqual([
      { part: 'host', expected: 'xyc.teamspace.de', found: 'XYC.teamspace.de' },
      { part: 'port', expected: '', found: '443' },
      { part: 'path', expected: `/teamspace${P}`, found: `${P}/` },
    ]);
    expect(r.expected).toBe(`${HOST}/teamspace${P}`);
  });

  it('gives the punycode form of an internationalised host', () => {
    const host = checkRedirectUri(`https://müller.de${P}`).findings.find((f) => f.rule === 'host')!;
    expect(host).toMatchObject({ severity: 'error', reason: 'host.idn', params: { host: 'müller.de', punycode: 'xn--mller-kva.de' } });
  });

  it('reports the context path of a correct URI', () => {
    const path = checkRedirectUri(`${HOST}/teamspace${P}`).findings.find((f) => f.rule === 'path')!;
    expect(path).toMatchObject({ severity: 'ok', reason: 'path.exactWithContext', params: { contextPath: '/teamspace' } });
  });

  // [URI, port reason, its parameters, the English and German text]: without a port, the default port of the URI's own scheme.
  const ports: [string, string, Record<string, string>, string, string][] = [
    [`${HOST}${P}`, 'port.none', { scheme: 'HTTPS', port: '443' }, 'No port: the default HTTPS port (443) is used.', 'Kein Port: Es gilt der HTTPS-Standardport (443).'],
    [`http://localhost${P}`, 'port.none', { scheme: 'HTTP', port: '80' }, 'No port: the default HTTP port (80) is used.', 'Kein Port: Es gilt der HTTP-Standardport (80).'],
    [`http://127.0.0.1${P}`, 'port.none', { scheme: 'HTTP', port: '80' }, 'No port: the default HTTP port (80) is used.', 'Kein Port: Es gilt der HTTP-Standardport (80).'],
    [`http://localhost:8080${P}`, 'port.custom', { port: ':8080' }, 'Port :8080. It must be the port teamspace is reached on.', 'Port :8080. Es muss der Port sein, unter dem teamspace erreichbar ist.'],
    [`http://localhost:80${P}`, 'port.default', { port: ':80' }, 'The port :80 is the default port. teamspace builds the URI without it, and Entra compares the text.', 'Der Port :80 ist der Standardport. teamspace baut die URI ohne ihn, und Entra vergleicht den Text.'],
  ];
  it.each(ports)('port of %j: %s', (raw, reason, params, en, de) => {
    const port = checkRedirectUri(raw).findings.find((f) => f.rule === 'port')!;
    expect(port).toMatchObject({ reason, params });
    expect(format(REDIRECT_STRINGS.en.reasons[port.reason], port.params)).toBe(en);
    expect(format(REDIRECT_STRINGS.de.reasons[port.reason], port.params)).toBe(de);
  });

  it('verdict is the worst severity', () => {
    expect(checkRedirectUri(`${HOST}${P}`).verdict).toBe('ok');
    expect(checkRedirectUri(`https://10.1.2.3${P}`).verdict).toBe('warning');
    expect(checkRedirectUri(`${HOST}${P}/`).verdict).toBe('error');
  });
});

describe('checkRedirectUriField: the field state for bindField', () => {
  it('is invalid while a rule fails, and warns on warnings', () => {
    expect(checkRedirectUriField(`${HOST}${P}/`)).toEqual({ ok: false, error: 'redirectUriBroken' });
    expect(checkRedirectUriField(`https://10.1.2.3${P}`)).toMatchObject({ ok: true, warnings: ['redirectUriWarning'] });
    expect(checkRedirectUriField(`${HOST}${P}`)).toMatchObject({ ok: true, warnings: [] });
    expect(checkRedirectUriField(`${HOST}${P}`, 'https://abc.teamspace.de')).toEqual({ ok: false, error: 'redirectUriBroken' });
  });
});
