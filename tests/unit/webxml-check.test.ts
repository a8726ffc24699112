/**
 * One test (or more) per finding of the web.xml checker, and the fix each one gets:
 * value replaced in place, duplicate removed, near-miss renamed, insertion where the
 * schema allows it, and every other character unchanged.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/tools/webxml/analyse';
import { checkWebXml, editDistance, isNearMiss, type Report } from '../../src/tools/webxml/check';
import { diffEdits } from '../../src/tools/webxml/diff';
import { isPass, type FindingId } from '../../src/tools/webxml/findings';
import { STRINGS } from '../../src/tools/webxml/strings';
import { plural } from '../../src/i18n/ui';
import { applyToText, fromText } from '../../src/tools/webxml/source';
import { wellFormed } from './support/xml';

const URL = 'https://xyc.teamspace.de';
const JENKINS = readFileSync('tests/fixtures/webxml/jenkinsci__jenkins__war_src_main_webapp_WEB-INF_web.xml', 'utf8');

/** A small web.xml (Servlet 4.0) with the given context-params. */
function webXml(params: string, extra = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="http://xmlns.jcp.org/xml/ns/javaee" version="4.0">
  <display-name>teamspace</display-name>
${params}${extra}  <servlet>
    <servlet-name>app</servlet-name>
    <servlet-class>de.teamspace.App</servlet-class>
  </servlet>
</web-app>
`;
}

function param(name: string, value: string): string {
  return `  <context-param>
    <param-name>${name}</param-name>
    <param-value>${value}</param-value>
  </context-param>
`;
}

function check(text: string, installationUrl?: string): Report {
  return checkWebXml(fromText(text), { installationUrl });
}

function ids(report: Report, ...severities: string[]): FindingId[] {
  return report.findings.filter((f) => severities.length === 0 || severities.includes(f.severity)).map((f) => f.id);
}

function fixed(text: string, installationUrl?: string): string {
  const r = check(text, installationUrl);
  expect(r.fix, 'a fix is offered').not.toBeNull();
  const out = applyToText(text, r.fix!.edits);
  // Every corrected file is parsed back with a conformant XML parser.
  expect(wellFormed(out)).toBe(true);
  return out;
}

describe('the parameter', () => {
  test('correct value: OK with the redirect URI, nothing to fix', () => {
    const r = check(webXml(param('oauth2Gateway.url', URL)), URL);
    expect(ids(r, 'error', 'warning')).toEqual([]);
    expect(ids(r)).toContain('valueOk');
    expect(r.redirectUri).toBe(`${URL}/api/server/oauth2/redirect`);
    expect(r.fix).toBeNull();
  });

  test('missing: error at web-app, inserted after the last context-param', () => {
    const text = webXml(param('server.url', URL));
    const r = check(text, URL);
    const missing = r.findings.find((f) => f.id === 'paramMissing')!;
    expect(missing.severity).toBe('error');
    expect(missing.line).toBe(2);
    expect(missing.excerpt!.mark).toBe('<web-app');
    expect(fixed(text, URL)).toBe(webXml(param('server.url', URL) + param('oauth2Gateway.url', URL)));
  });

  test('missing without any context-param: inserted after display-name', () => {
    const text = webXml('');
    expect(fixed(text, URL)).toBe(webXml(param('oauth2Gateway.url', URL)));
  });

  test('missing and no URL known: the fix asks for the installation URL', () => {
    const r = check(webXml(''));
    expect(ids(r, 'error')).toEqual(['paramMissing']);
    expect(r.fix).toBeNull();
    expect(r.fixNeedsUrl).toBe(true);
  });

  test('missing, server.url present: the fix uses server.url and says so', () => {
    const r = check(webXml(param('server.url', 'https://ts.example.org')));
    expect(r.fix!.basis).toBe('serverUrl');
    expect(r.fix!.value).toBe('https://ts.example.org');
  });

  test('present twice: the second is reported and removed as whole lines', () => {
    const text = webXml(param('oauth2Gateway.url', URL) + param('oauth2Gateway.url', 'https://old.example.org'));
    const r = check(text, URL);
    const dup = r.findings.find((f) => f.id === 'paramDuplicate')!;
    expect(dup.values.firstLine).toBe('4');
    expect(dup.line).toBe(8);
    expect(fixed(text, URL)).toBe(webXml(param('oauth2Gateway.url', URL)));
  });

  test('commented out: error at the comment, an active one is inserted', () => {
    const comment = `  <!--\n${param('oauth2Gateway.url', URL)}  -->\n`;
    const text = webXml(param('a', 'b'), comment);
    const r = check(text, URL);
    expect(ids(r, 'error')).toEqual(['paramCommentedOut']);
    expect(r.findings[1].line).toBe(8);
    expect(fixed(text, URL)).toBe(webXml(param('a', 'b') + param('oauth2Gateway.url', URL), comment));
  });

  test('init-param of a servlet: error there, context-param inserted', () => {
    const text = webXml('').replace(
      '</servlet-class>\n',
      '</servlet-class>\n    <init-param>\n      <param-name>oauth2Gateway.url</param-name>\n      <param-value>https://xyc.teamspace.de</param-value>\n    </init-param>\n',
    );
    const r = check(text, URL);
    expect(ids(r, 'error')).toEqual(['paramInitParam']);
    expect(r.findings.find((f) => f.id === 'paramInitParam')!.values.owner).toBe('servlet');
    expect(check(fixed(text, URL), URL).findings.map((f) => f.id)).toContain('valueOk');
  });

  test('init-param of a filter is found too', () => {
    const text = webXml('', '  <filter>\n    <filter-name>f</filter-name>\n    <filter-class>F</filter-class>\n    <init-param><param-name>oauth2Gateway.url</param-name><param-value>x</param-value></init-param>\n  </filter>\n');
    expect(check(text, URL).findings.find((f) => f.id === 'paramInitParam')!.values.owner).toBe('filter');
  });

  test.each(['oauth2gateway.url', 'OAuth2Gateway.URL', 'oauth2Gatway.url', 'oauth2_gateway_url', 'oauth2Gateway.url ', 'oauth2Gateway-url'])(
    'near-miss name "%s": renamed in place',
    (name) => {
      const text = webXml(param(name, URL));
      const r = check(text, URL);
      expect(ids(r, 'error')).toEqual(['paramNearMiss']);
      expect(fixed(text, URL)).toBe(webXml(param('oauth2Gateway.url', URL)));
    },
  );

  test('names that are not near misses', () => {
    for (const name of ['server.url', 'oauth2.clientId', 'contextConfigLocation', 'javax.faces.PROJECT_STAGE']) expect(isNearMiss(name)).toBe(false);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  test('context-param without param-value: value added after the name', () => {
    const text = webXml('  <context-param>\n    <param-name>oauth2Gateway.url</param-name>\n  </context-param>\n');
    const r = check(text, URL);
    expect(ids(r, 'error')).toEqual(['paramNoValue']);
    expect(fixed(text, URL)).toBe(webXml(param('oauth2Gateway.url', URL)));
  });
});

describe('the value', () => {
  const cases: [string, FindingId, string][] = [
    ['', 'valueEmpty', URL],
    ['  https://xyc.teamspace.de\n  ', 'valueWhitespace', URL],
    ['xyc.teamspace.de', 'valueNotAbsolute', URL],
    ['/teamspace', 'valueNotAbsolute', URL],
    ['http://xyc.teamspace.de', 'valueHttp', URL],
    ['https://xyc.teamspace.de/', 'valueTrailingSlash', URL],
    ['https://xyc.teamspace.de/api/server/oauth2/redirect', 'valueIsRedirectUri', URL],
    ['https://xyc.teamspace.de?x=1', 'valueQuery', URL],
    ['https://www.mein-teamspace.de', 'valueExample', URL],
    ['https://other.teamspace.de', 'valueDiffersInstallation', URL],
  ];
  test.each(cases)('"%s" -> %s, value replaced in place', (value, id) => {
    const text = webXml(param('oauth2Gateway.url', value));
    const r = check(text, URL);
    expect(ids(r)).toContain(id);
    const f = r.findings.find((x) => x.id === id)!;
    expect(f.line).toBe(6);
    expect(f.column).toBe(18);
    expect(fixed(text, URL)).toBe(webXml(param('oauth2Gateway.url', URL)));
  });

  test('a context path is a warning; the redirect URI keeps it', () => {
    const r = check(webXml(param('oauth2Gateway.url', 'https://example.org/teamspace')));
    expect(ids(r, 'warning')).toEqual(['valuePath']);
    expect(r.redirectUri).toBe('https://example.org/teamspace/api/server/oauth2/redirect');
    expect(r.fix).toBeNull();
  });

  // The value is the installation URL itself, context path included: teamspace appends
  // /api/server/oauth2/redirect to it (step 3 of the guide; the redirect URI in Entra is the
  // installation URL + that path). So a path is judged against the entered URL.
  const CRM = 'https://crm.contoso.com/teamspace';
  test.each<[string, string, string | undefined, FindingId[], string | null]>([
    ['matching path accepted', CRM, CRM, [], null],
    ['matching path accepted, the URL entered with a slash', CRM, `${CRM}/`, [], null],
    ['different path flagged', 'https://crm.contoso.com/other', CRM, ['valueDiffersInstallation'], CRM],
    ['path in another case flagged (paths are case-sensitive)', 'https://crm.contoso.com/Teamspace', CRM, ['valueDiffersInstallation'], CRM],
    ['path missing flagged', 'https://crm.contoso.com', CRM, ['valueDiffersInstallation'], CRM],
    ['path where the installation URL has none flagged', CRM, 'https://crm.contoso.com', ['valueDiffersInstallation'], 'https://crm.contoso.com'],
    ['no path still fine', URL, URL, [], null],
    ['no installation URL: a path is still a question', CRM, undefined, ['valuePath'], null],
  ])('context path: %s', (_, value, installation, problems, fixedValue) => {
    const text = webXml(param('oauth2Gateway.url', value));
    const r = check(text, installation);
    expect(ids(r, 'error', 'warning')).toEqual(problems);
    if (problems.length === 0) expect(ids(r)).toContain('valueOk');
    if (fixedValue === null) {
      expect(r.fix).toBeNull();
      expect(r.redirectUri).toBe(`${value}/api/server/oauth2/redirect`);
    } else {
      expect(fixed(text, installation)).toBe(webXml(param('oauth2Gateway.url', fixedValue)));
      expect(r.redirectUri).toBe(`${fixedValue}/api/server/oauth2/redirect`);
    }
  });

  test('fixable without the installation URL: trailing slash and whitespace', () => {
    const text = webXml(param('oauth2Gateway.url', ' https://xyc.teamspace.de/ '));
    const r = check(text);
    expect(r.fix!.basis).toBe('value');
    expect(fixed(text)).toBe(webXml(param('oauth2Gateway.url', URL)));
  });

  test('example value without an installation URL: the fix needs it', () => {
    const r = check(webXml(param('oauth2Gateway.url', 'https://www.mein-teamspace.de')));
    expect(r.fix).toBeNull();
    expect(r.fixNeedsUrl).toBe(true);
  });

  test('different from server.url: warning naming both', () => {
    const r = check(webXml(param('server.url', 'https://a.example.org') + param('oauth2Gateway.url', 'https://b.example.org')));
    const f = r.findings.find((x) => x.id === 'valueDiffersServerUrl')!;
    expect(f.severity).toBe('warning');
    expect(f.values).toMatchObject({ value: 'https://b.example.org', serverUrl: 'https://a.example.org' });
  });

  test('CDATA and character references are read as their text', () => {
    expect(ids(check(webXml(param('oauth2Gateway.url', '<![CDATA[https://xyc.teamspace.de]]>')), URL), 'error', 'warning')).toEqual([]);
    expect(ids(check(webXml(param('oauth2Gateway.url', 'https&#58;//xyc.teamspace.de')), URL), 'error', 'warning')).toEqual([]);
  });

  test('a value using a declared entity is reported, never expanded', () => {
    const text = `<?xml version="1.0"?>\n<!DOCTYPE web-app [\n<!ENTITY host "xyc.teamspace.de">\n]>\n<web-app>\n<context-param><param-name>oauth2Gateway.url</param-name><param-value>https://&host;</param-value></context-param>\n</web-app>\n`;
    expect(ids(check(text, URL))).toContain('valueEntity');
  });

  test('the value is escaped for XML', () => {
    const text = webXml(param('oauth2Gateway.url', 'x'));
    const r = checkWebXml(fromText(text), { installationUrl: 'https://example.org/a&b' });
    expect(applyToText(text, r.fix!.edits)).toContain('<param-value>https://example.org/a&amp;b</param-value>');
  });

  test('one-line context-params get a one-line companion', () => {
    const text = webXml('  <context-param><param-name>a</param-name><param-value>b</param-value></context-param>\n');
    expect(fixed(text, URL)).toContain(`  <context-param><param-name>a</param-name><param-value>b</param-value></context-param>\n  <context-param><param-name>oauth2Gateway.url</param-name><param-value>${URL}</param-value></context-param>\n`);
  });
});

describe('the document', () => {
  test.each([
    ['<beans xmlns="http://www.springframework.org/schema/beans"/>', 'beans'],
    ['<Server port="8005"><Service name="Catalina"/></Server>', 'Server'],
    ['<web-fragment/>', 'web-fragment'],
  ])('root %s is not web-app', (text, root) => {
    const r = check(text);
    expect(ids(r, 'error')).toEqual(['rootNotWebApp']);
    expect(r.findings[0].values.root).toBe(root);
  });

  test.each([
    ['<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">\n<web-app/>', '2.3'],
    ['<web-app xmlns="http://java.sun.com/xml/ns/j2ee" version="2.4"/>', '2.4'],
    ['<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="6.0"/>', '6.0'],
    ['<jee:web-app xmlns:jee="http://java.sun.com/xml/ns/javaee" version="3.0"/>', '3.0'],
  ])('web-app version recognised', (text, version) => {
    expect(check(text).version).toBe(version);
  });

  test('a 2.3 DTD file without display-name gets the context-param first', () => {
    const text = '<!DOCTYPE web-app PUBLIC "-//Sun Microsystems, Inc.//DTD Web Application 2.3//EN" "http://java.sun.com/dtd/web-app_2_3.dtd">\n<web-app>\n  <filter>\n    <filter-name>f</filter-name>\n    <filter-class>F</filter-class>\n  </filter>\n</web-app>\n';
    expect(fixed(text, URL)).toBe(text.replace('<web-app>\n', `<web-app>\n${param('oauth2Gateway.url', URL)}`));
  });

  test('a file with a BOM and CRLF keeps both; only lines are added', () => {
    const text = '\uFEFF' + webXml(param('a', 'b')).replace(/\n/g, '\r\n');
    const out = fixed(text, URL);
    expect(out).toBe('\uFEFF' + webXml(param('a', 'b') + param('oauth2Gateway.url', URL)).replace(/\n/g, '\r\n'));
  });

  test('tab indentation is kept', () => {
    const text = webXml(param('a', 'b')).replace(/^( {2})+/gm, (m) => '\t'.repeat(m.length / 2));
    expect(fixed(text, URL)).toContain('\t<context-param>\n\t\t<param-name>oauth2Gateway.url</param-name>\n');
  });

  test('Jenkins: inserted after its only context-param, shown as four added lines', () => {
    const r = check(JENKINS, URL);
    const hunks = diffEdits(JENKINS, r.fix!.edits);
    expect(hunks).toHaveLength(1);
    const changed = hunks[0].filter((l) => l.kind !== 'context');
    expect(changed.map((l) => l.kind)).toEqual(['added', 'added', 'added', 'added']);
    expect(changed[0].newLine).toBe(changed[0].newLine);
    const lines = applyToText(JENKINS, r.fix!.edits).split('\n');
    for (const l of changed) expect(lines[l.newLine! - 1]).toBe(l.text);
  });

  test('the diff of a removal and a rename lists removed and added lines with numbers', () => {
    const text = webXml(param('oauth2gateway.url', URL) + param('OAUTH2GATEWAY.URL', 'x'));
    const r = check(text, URL);
    const lines = diffEdits(text, r.fix!.edits).flat().filter((l) => l.kind !== 'context');
    expect(lines.map((l) => [l.kind, l.oldLine ?? l.newLine])).toEqual([
      ['removed', 5],
      ['added', 5],
      ['removed', 8],
      ['removed', 9],
      ['removed', 10],
      ['removed', 11],
    ]);
  });

  test('analyse: pasted text is encoded as declared (ISO-8859-1 stays one byte per character)', () => {
    const text = webXml(param('a', 'Grüße')).replace('UTF-8', 'ISO-8859-1');
    const a = analyse({ text, installationUrl: URL });
    expect(a.fixed!.bytes.length).toBe(a.fixed!.text.length);
    expect(Buffer.from(a.fixed!.bytes).toString('latin1')).toBe(a.fixed!.text);
  });
});

describe('what folds into "n checks passed"', () => {
  test('passes and "Nothing to do" notes fold; notes that ask something and problems stay open', () => {
    const text = webXml(param('oauth2Gateway.url', URL), `  <!--\n${param('oauth2Gateway.url', URL)}  -->\n`);
    const r = check(text, URL);
    expect(r.findings.filter(isPass).map((f) => f.id)).toEqual(['schemaVersion', 'valueOk']);
    expect(r.findings.filter((f) => !isPass(f)).map((f) => [f.id, f.severity])).toEqual([['paramCommentedOut', 'info']]);
    expect(check(webXml(param('oauth2Gateway.url', URL + '/')), URL).findings.filter((f) => !isPass(f)).map((f) => f.id)).toEqual(['valueTrailingSlash']);
  });

  test('the count reads right in both locales', () => {
    expect(plural(STRINGS.en.passedCount, 1, 'en-US')).toBe('1 check passed');
    expect(plural(STRINGS.en.passedCount, 2, 'en-US')).toBe('2 checks passed');
    expect(plural(STRINGS.de.passedCount, 1, 'de-DE')).toBe('1 Prüfung bestanden');
    expect(plural(STRINGS.de.passedCount, 2, 'de-DE')).toBe('2 Prüfungen bestanden');
  });
});
