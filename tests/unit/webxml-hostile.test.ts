/**
 * Hostile input for the web.xml checker (issue "every checker stays linear and bounded,
 * every file it writes stays valid"): installation URLs with characters XML forbids or
 * that hide, a control character deep in the file, chains of entities, thousands of
 * duplicates on one line; and properties over generated input: the checker never
 * throws, always reports something, and every corrected file parses back with a
 * conformant XML parser (saxes).
 */
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, test } from 'vitest';
import { analyse } from '../../src/tools/webxml/analyse';
import { removeElement } from '../../src/tools/webxml/layout';
import { scanXml } from '../../src/tools/webxml/scan';
import { STRINGS } from '../../src/tools/webxml/strings';
import { wellFormed } from './support/xml';

const URL = 'https://xyc.teamspace.de';
const CORPUS = 'tests/fixtures/webxml/';
const PARAM = (value: string) => `<context-param><param-name>oauth2Gateway.url</param-name><param-value>${value}</param-value></context-param>`;
const MISSING = '<?xml version="1.0" encoding="UTF-8"?>\n<web-app version="4.0">\n  <display-name>teamspace</display-name>\n</web-app>\n';

const errors = (a: ReturnType<typeof analyse>) => a.report.findings.filter((f) => f.severity === 'error').map((f) => f.id);

describe('the installation URL never brings a forbidden character into the file', () => {
  // As they arrive from a link (#url=... decoded) or from the field.
  test.each([
    ['%01 decoded', `${URL}/\u0001`],
    ['%01 as typed', `${URL}/%01`],
    ['U+FFFF', `${URL}/\uFFFF`],
    ['%EF%BF%BF', `${URL}/%EF%BF%BF`],
    ['lone surrogate', `${URL}/\uD800`],
    ['U+202E', `${URL}/ts\u202E`],
    ['U+200B in the host', 'https://xyc\u200B.teamspace.de'],
    ['U+FEFF', `\uFEFF${URL}`],
    ['U+2066', `${URL}/\u2066x`],
  ])('%s: refused, no fix with it, the file stays well-formed', (_, url) => {
    const a = analyse({ text: MISSING, installationUrl: url });
    expect(a.fixed?.text ?? '').not.toContain(url.slice(URL.length));
    if (a.fixed) expect(wellFormed(a.fixed.text)).toBe(true);
    expect(a.report.fix?.basis ?? null).not.toBe('installation');
  });

  test('what remains is escaped for XML: & < > in a context path', () => {
    const a = analyse({ text: MISSING, installationUrl: `${URL}/a&b<c>` });
    expect(a.fixed!.text).toContain('<param-value>https://xyc.teamspace.de/a&amp;b&lt;c&gt;</param-value>');
    expect(wellFormed(a.fixed!.text)).toBe(true);
  });
});

describe('a control character anywhere in the file is reported (not only in the first 8 KiB)', () => {
  test('after 100 KB of comments, with line, column and the character named', () => {
    const text = `<web-app>\n${'<!-- padding padding padding -->\n'.repeat(3000)}  <display-name>a\u0001b</display-name>\n  ${PARAM(URL)}\n</web-app>\n`;
    const a = analyse({ text, installationUrl: URL });
    expect(errors(a)).toEqual(['xmlCharacter']);
    const f = a.report.findings[0];
    expect(f.values.char).toBe('U+0001 START OF HEADING');
    expect(f.line).toBe(3002);
    expect(f.column).toBe(18);
    expect(a.fixed).toBeNull();
    // A parser agrees that the file is not XML.
    expect(wellFormed(text)).not.toBe(true);
  });

  test.each([
    ['U+FFFE', '\uFFFE'],
    ['a lone surrogate', '\uDC00'],
    ['U+001B ESCAPE', '\u001B'],
  ])('%s at the end of a large file', (_, ch) => {
    const a = analyse({ text: `<web-app>${' '.repeat(20_000)}${PARAM(URL)}<!-- ${ch} --></web-app>`, installationUrl: URL });
    expect(errors(a)).toEqual(['xmlCharacter']);
  });

  test('one stray control character in the first 8 KiB is named too, not called binary', () => {
    expect(errors(analyse({ text: `<web-app>\u000C${PARAM(URL)}</web-app>` }))).toEqual(['xmlCharacter']);
    expect(errors(analyse({ text: 'PK\u0003\u0004\u0014\u0000' }))).toEqual(['binary']);
  });

  test('an invisible character inside the value is named', () => {
    const a = analyse({ text: `<web-app>${PARAM(`${URL}/ts\u202E`)}</web-app>`, installationUrl: `${URL}/ts` });
    const f = a.report.findings.find((x) => x.id === 'valueCharacter');
    expect(f?.values.char).toBe('U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(a.fixed!.text).toContain(`<param-value>${URL}/ts</param-value>`);
    expect(wellFormed(a.fixed!.text)).toBe(true);
  });

  test('every finding has its strings in both locales', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const id of ['xmlCharacter', 'valueCharacter'] as const) expect(STRINGS[lang].findings[id].title).toContain('{char}');
    }
  });
});

describe('depth is input, not recursion', () => {
  test('5,000 and 20,000 chained entities: an entity bomb finding, no stack overflow', () => {
    for (const n of [5_000, 20_000]) {
      // Each entity refers to the next one, declared later: the deepest chain to follow.
      const decls = Array.from({ length: n }, (_, i) => `<!ENTITY e${i} "${i === n - 1 ? 'x' : `&e${i + 1};&e${i + 1};`}">`).join('\n');
      const a = analyse({ text: `<!DOCTYPE web-app [\n${decls}\n]>\n<web-app>${PARAM(URL)}</web-app>`, installationUrl: URL });
      const bomb = a.report.findings.find((f) => f.id === 'entityExpansion');
      expect(bomb?.values).toEqual({ name: 'e0', size: '∞' === bomb?.values.size ? '∞' : expect.any(String) });
    }
  });

  test('a cycle of entities is reported as unbounded', () => {
    const a = analyse({ text: '<!DOCTYPE web-app [<!ENTITY a "&b;"><!ENTITY b "&c;"><!ENTITY c "&a;"><!ENTITY d "&a;">]><web-app/>' });
    expect(a.report.findings.find((f) => f.id === 'entityExpansion')?.values.size).toBe('∞');
  });

  test('10,000 nested elements are checked', () => {
    const a = analyse({ text: `<web-app>${'<x>'.repeat(10_000)}${'</x>'.repeat(10_000)}${PARAM(URL)}</web-app>`, installationUrl: URL });
    expect(a.report.findings.map((f) => f.id)).toContain('valueOk');
  });
});

describe('many duplicates on one line', () => {
  test('16,000 duplicate params on one line: one param is left, the file parses', () => {
    const text = `<web-app>${PARAM(URL).repeat(16_000)}</web-app>`;
    const a = analyse({ text, installationUrl: URL });
    expect(a.report.findings.filter((f) => f.id === 'paramDuplicate')).toHaveLength(15_999);
    expect(a.fixed!.text).toBe(`<web-app>${PARAM(URL)}</web-app>`);
    expect(wellFormed(a.fixed!.text)).toBe(true);
  });

  test('removing one element from a 1 MB line reads only the blanks around it', () => {
    const line = `<web-app>${'<a/>'.repeat(125_000)}${PARAM(URL)}${'<a/>'.repeat(125_000)}</web-app>`;
    const el = scanXml(line).root!.children.find((c) => c.name === 'context-param')!;
    let reads = 0;
    // A string whose character reads are counted (slice and the rest work as usual).
    const counted = new Proxy(new String(line), {
      get(target, key) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        if (key === 'valueOf' || key === 'toString' || key === Symbol.toPrimitive) return () => line;
        const v = Reflect.get(target, key);
        return typeof v === 'function' ? (...args: unknown[]) => (v as (...a: unknown[]) => unknown).apply(line, args) : v;
      },
    }) as unknown as string;
    expect(removeElement(counted, el)).toEqual({ start: el.start, end: el.end, text: '' });
    expect(reads).toBeLessThan(10);
  });
});

describe('properties over generated input', () => {
  const pieces = fc.constantFrom(
    '<', '>', '&', '&amp;', '&x;', '"', "'", '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE web-app [<!ENTITY a "&b;">]>',
    '<context-param>', '</context-param>', '<param-name>oauth2Gateway.url</param-name>', '<param-value>', '</param-value>', PARAM(URL), PARAM(`${URL}/`),
    '\u0000', '\u0001', '\u000B', '\uFFFE', '\uFFFF', '\uD800', '\uDC00', '\u202E', '\u200B', '\uFEFF', '\r\n', '\n', '\t', ' ', 'ü', '😀', 'oauth2gateway.URL',
  );
  const mutated = fc.tuple(fc.array(fc.tuple(fc.nat(), pieces), { maxLength: 8 }), fc.boolean()).map(([edits, deleteSome]) => {
    let text = `<?xml version="1.0" encoding="UTF-8"?>\n<web-app version="4.0">\n  <display-name>teamspace</display-name>\n  ${PARAM(`${URL}/`)}\n</web-app>\n`;
    for (const [at, piece] of edits) {
      const i = at % (text.length + 1);
      text = deleteSome && at % 3 === 0 ? text.slice(0, i) + text.slice(i + piece.length) : text.slice(0, i) + piece + text.slice(i);
    }
    return text;
  });
  const urls = fc.oneof(
    fc.constant(URL),
    fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `${URL}/${s}`),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constant(undefined),
  );

  test('never throws, always reports, and a corrected file is well-formed and checks clean', () => {
    fc.assert(
      fc.property(mutated, urls, (text, installationUrl) => {
        const a = analyse({ text, installationUrl });
        expect(a.report.findings.length).toBeGreaterThan(0);
        for (const f of a.report.findings) expect(STRINGS.en.findings[f.id]).toBeDefined();
        if (a.fixed) {
          expect(wellFormed(a.fixed.text)).toBe(true);
          const again = analyse({ text: a.fixed.text, installationUrl });
          expect(errors(again).filter((id) => id.startsWith('xml'))).toEqual([]);
        }
      }),
      { numRuns: 400 },
    );
  });

  // The check reads a file with fast-xml-parser's validator only where saxes (the conformant
  // parser) objects: that skips nothing only if the validator never refuses what saxes accepts.
  test('a file saxes accepts, the validator accepts too', () => {
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).map((f) => readFileSync(CORPUS + f, 'latin1'));
    const corpusMutated = fc.tuple(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), pieces, fc.nat({ max: 6 })), { minLength: 1, maxLength: 3 })).map(([file, edits]) => {
      let text = file;
      for (const [at, piece, cut] of edits) {
        const i = at % (text.length + 1);
        text = at % 2 ? text.slice(0, i) + piece + text.slice(i) : text.slice(0, i) + text.slice(i + 1 + cut);
      }
      return text;
    });
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(mutated, corpusMutated), (text) => {
        if (wellFormed(text.replace(/^\uFEFF/, '')) !== true) return;
        accepted++;
        expect(XMLValidator.validate(text)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    // The property is about accepted files: enough of them were generated.
    expect(accepted).toBeGreaterThan(100);
  });

  test('bytes of any kind: never throws, always reports', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), fc.boolean(), (bytes, prefix) => {
        const input = prefix ? new Uint8Array([...new TextEncoder().encode('<web-app>'), ...bytes]) : bytes;
        const a = analyse({ bytes: input, installationUrl: URL });
        expect(a.report.findings.length).toBeGreaterThan(0);
        if (a.fixed) expect(wellFormed(a.fixed.text)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
