/**
 * Every real web.xml of the corpus (tests/fixtures/webxml, see SOURCES.tsv) gets the
 * right verdict, and its corrected file differs from the original bytes only by the
 * inserted lines: proved by a line diff on the bytes (CRLF, ISO-8859-1, DOCTYPE order).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { OAUTH_GATEWAY_PARAM } from '../../src/data/microsoft';
import { analyse } from '../../src/tools/webxml/analyse';
import { wellFormed } from './support/xml';

const DIR = 'tests/fixtures/webxml/';
const URL = 'https://xyc.teamspace.de';

/** Expected servlet version per file (from its DOCTYPE or version attribute). */
const VERSIONS: Record<string, string> = {
  apache__guacamole: '2.5',
  apache__jackrabbit: '2.3',
  apache__jspwiki: '3.1',
  apache__shiro: '5.0',
  apache__struts1: '2.2',
  apache__struts__: '2.4',
  apache__tomcat__conf: '3.0',
  apache__tomcat__webapps: '4.0',
  jenkinsci: '2.4',
  keycloak: '6.0',
  lutece: '3.1',
  primefaces: '6.0',
  spring: '2.5',
};

const sources = readFileSync(DIR + 'SOURCES.tsv', 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
const files = readdirSync(DIR).filter((f) => f.endsWith('.xml')).sort();

/** Lines of a byte string (latin1, so every byte is one character), each with its line break. */
function byteLines(bytes: Uint8Array): string[] {
  return Buffer.from(bytes).toString('latin1').match(/[^\r\n]*(?:\r\n|\n|\r)|[^\r\n]+$/g) ?? [];
}

/** Lines only in `after` when `after` = `before` plus one block of inserted lines; null otherwise. */
export function insertedLines(before: Uint8Array, after: Uint8Array): string[] | null {
  const a = byteLines(before);
  const b = byteLines(after);
  let head = 0;
  while (head < a.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  if (head + tail !== a.length) return null;
  return b.slice(head, b.length - tail);
}

/** Children of web-app that the 2.2/2.3 DTD requires before context-param. */
const BEFORE = ['icon', 'display-name', 'description', 'distributable'];

describe('corpus', () => {
  test('SOURCES.tsv lists every file with repository, commit and licence', () => {
    expect(sources.map((s) => s[0]).sort()).toEqual(files);
    for (const [name, repo, , commit, license, size] of sources) {
      expect(repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(commit).toMatch(/^[0-9a-f]{40}$/);
      expect(license).toMatch(/Apache-2.0|MIT|BSD-3-Clause/);
      expect(readFileSync(DIR + name).length).toBe(Number(size));
    }
  });

  test.each(files)('%s: missing parameter found and inserted without touching other bytes', (file) => {
    const bytes = new Uint8Array(readFileSync(DIR + file));
    const result = analyse({ bytes, installationUrl: URL });
    const { report } = result;
    const errors = report.findings.filter((f) => f.severity === 'error').map((f) => f.id);
    expect(errors).toEqual(['paramMissing']);
    const version = Object.entries(VERSIONS).find(([k]) => file.startsWith(k))![1];
    expect(report.version).toBe(version);
    expect(report.redirectUri).toBe(`${URL}/api/server/oauth2/redirect`);

    const fixed = result.fixed!.bytes;
    const inserted = insertedLines(bytes, fixed);
    expect(inserted, 'the fix only inserts lines').not.toBeNull();
    const eol = Buffer.from(bytes).toString('latin1').includes('\r\n') ? '\r\n' : '\n';
    expect(inserted!.map((l) => l.trim())).toEqual([
      '<context-param>',
      `<param-name>${OAUTH_GATEWAY_PARAM}</param-name>`,
      `<param-value>${URL}</param-value>`,
      '</context-param>',
    ]);
    for (const line of inserted!) expect(line.endsWith(eol)).toBe(true);
    // Indented like the surrounding lines: the block's indentation is used elsewhere in the file.
    const indent = /^[ \t]*/.exec(inserted![0])![0];
    expect(byteLines(bytes).some((l) => l.startsWith(indent + '<') && !l.startsWith(indent + ' ') && !l.startsWith(indent + '\t'))).toBe(true);

    // The corrected file is well-formed and passes the check.
    const again = analyse({ bytes: fixed, installationUrl: URL });
    expect(XMLValidator.validate(again.text!)).toBe(true);
    expect(wellFormed(again.text!)).toBe(true);
    expect(again.report.findings.filter((f) => f.severity === 'error' || f.severity === 'warning')).toEqual([]);
    expect(again.report.findings.map((f) => f.id)).toContain('valueOk');
    expect(again.fixed).toBeNull();

    // The same fix on the text shown in the page (as if pasted) inserts the same lines.
    expect(result.fixed!.text).toBe(again.text);
  });

  test.each(files.filter((f) => ['2.2', '2.3'].includes(Object.entries(VERSIONS).find(([k]) => f.startsWith(k))![1])))(
    '%s: DTD element order kept (context-param after %s, before the rest)',
    (file) => {
      const result = analyse({ bytes: new Uint8Array(readFileSync(DIR + file)), installationUrl: URL });
      const text = result.fixed!.text;
      const body = text.slice(text.indexOf('<web-app'));
      // Top-level child element names in order (the corpus DTD files nest no same-named elements).
      const names: string[] = [];
      let depth = 0;
      for (const m of body.matchAll(/<!--[\s\S]*?-->|<(\/?)([\w-]+)[^>]*?(\/?)>/g)) {
        if (!m[2]) continue;
        if (m[1]) depth--;
        else {
          if (depth === 1) names.push(m[2]);
          if (!m[3]) depth++;
        }
      }
      const at = names.indexOf('context-param');
      expect(at).toBeGreaterThanOrEqual(0);
      expect(names.slice(0, at).every((n) => BEFORE.includes(n) || n === 'context-param')).toBe(true);
      expect(names.slice(at + 1).every((n) => !BEFORE.includes(n))).toBe(true);
    },
  );
});
