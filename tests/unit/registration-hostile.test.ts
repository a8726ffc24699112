/**
 * Hostile input for the app registration checker and the redirect URI checker: depth
 * is input, not recursion; a file that is not UTF-8 says so; and over generated input
 * both never throw and always give a result or a clear error.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRegistration } from '../../src/tools/registration/checks';
import { firstErrorOffset, parseJson } from '../../src/tools/registration/json';
import { decodeManifestBytes, readManifest } from '../../src/tools/registration/manifest';
import { checkRedirectUri } from '../../src/tools/redirect/redirect-rules';

describe('manifest JSON nested deeper than any stack', () => {
  it.each([10_000, 100_000])('%i open brackets and a wrong close: line and column, no RangeError', (n) => {
    expect(parseJson('['.repeat(n) + '}')).toEqual({ ok: false, problem: 'unexpectedChar', line: 1, column: n + 1, found: '}' });
    expect(parseJson('['.repeat(n))).toMatchObject({ ok: false, problem: 'unexpectedEnd' });
    expect(parseJson('{"a":'.repeat(n) + '1,}')).toMatchObject({ ok: false, problem: 'unexpectedChar', found: '}' });
  });

  it('agrees with JSON.parse on what is valid (the scanner finds no error where JSON.parse found none)', () => {
    fc.assert(
      fc.property(fc.json({ depthSize: 'medium' }), (text) => {
        expect(parseJson(text).ok).toBe(true);
        expect(firstErrorOffset(text)).toBe(0);
      }),
      { numRuns: 300 },
    );
  });

  it('for broken JSON: refused exactly when JSON.parse refuses, with a spot inside the text', () => {
    const broken = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', '}', ']', ',', ':', '"', "'", '\u0001', 'x', '{', '[', ' ')).map(([json, at, piece]) => {
      const i = at % (json.length + 1);
      return json.slice(0, i) + piece + json.slice(i + 1);
    });
    fc.assert(
      fc.property(broken, (text) => {
        let valid = true;
        try {
          JSON.parse(text.replace(/^\uFEFF/, ''));
        } catch {
          valid = false;
        }
        const r = parseJson(text);
        if (text.trim() !== '') expect(r.ok).toBe(valid);
        if (!r.ok && r.problem !== 'empty') {
          const offset = firstErrorOffset(text.replace(/^\uFEFF/, ''));
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(text.length);
          expect(r.problem === 'unexpectedEnd').toBe(offset >= text.replace(/^\uFEFF/, '').length);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('a manifest file that is not UTF-8 is said to be so', () => {
  const enc = (s: string) => [...new TextEncoder().encode(s)];
  it('names the first byte that is not UTF-8', () => {
    expect(decodeManifestBytes(new Uint8Array([...enc('{"appId":"'), 0xff, ...enc('"}')]))).toEqual({ ok: false, problem: 'notUtf8', offset: 10 });
    // Latin-1 "ü" as saved by an old editor.
    expect(decodeManifestBytes(new Uint8Array([...enc('{"displayName":"M'), 0xfc, ...enc('ller"}')]))).toMatchObject({ ok: false, offset: 17 });
  });
  it('reads UTF-8 (with or without BOM) and UTF-16 with a BOM', () => {
    expect(decodeManifestBytes(new Uint8Array(enc('{"a":"ü"}')))).toEqual({ ok: true, text: '{"a":"ü"}' });
    expect(decodeManifestBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc('{}')]))).toEqual({ ok: true, text: '{}' });
    const le = new Uint8Array([0xff, 0xfe, ...[...'{}'].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeManifestBytes(le)).toEqual({ ok: true, text: '{}' });
  });
});

describe('properties: never throws, always a result or a clear error', () => {
  const manifestish = fc.oneof(
    fc.json(),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.record({
      appId: fc.oneof(fc.uuid(), fc.string()),
      signInAudience: fc.oneof(fc.constant('AzureADMyOrg'), fc.string()),
      web: fc.record({ redirectUris: fc.array(fc.oneof(fc.webUrl(), fc.string()), { maxLength: 5 }), implicitGrantSettings: fc.record({ enableAccessTokenIssuance: fc.oneof(fc.boolean(), fc.string()), enableIdTokenIssuance: fc.boolean() }) }),
      requiredResourceAccess: fc.array(fc.record({ resourceAppId: fc.oneof(fc.uuid(), fc.string()), resourceAccess: fc.array(fc.record({ id: fc.oneof(fc.uuid(), fc.string()), type: fc.constantFrom('Role', 'Scope', 'x') }), { maxLength: 4 }) }), { maxLength: 4 }),
      passwordCredentials: fc.array(fc.record({ endDateTime: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.string()), displayName: fc.string() }), { maxLength: 3 }),
    }).map((m) => JSON.stringify(m)),
  );
  it('manifest checker', () => {
    fc.assert(
      fc.property(manifestish, fc.boolean(), (text, scoped) => {
        const r = readManifest(text);
        if (r.ok) {
          const report = checkRegistration(r.registration, { now: new Date('2026-12-01T00:00:00Z'), redirectUri: 'https://xyc.teamspace.de/api/server/oauth2/redirect', calendarScopedInExchange: scoped });
          expect(report.errors).toBeGreaterThanOrEqual(0);
        } else expect(r.error.kind).toMatch(/^(json|onlyPermissions|notManifest)$/);
      }),
      { numRuns: 400 },
    );
  });

  it('redirect URI checker', () => {
    const uri = fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 40 }).map((s) => `https://xyc.teamspace.de/${s}`));
    fc.assert(
      fc.property(uri, fc.oneof(fc.constant(undefined), fc.constant('https://xyc.teamspace.de'), fc.string({ unit: 'binary', maxLength: 30 })), (raw, installation) => {
        const r = checkRedirectUri(raw, installation);
        expect(r.findings.length).toBeGreaterThan(0);
        expect(['ok', 'warning', 'error']).toContain(r.verdict);
        // A suggestion is itself free of errors.
        if (r.suggestion) expect(checkRedirectUri(r.suggestion).verdict).not.toBe('error');
      }),
      { numRuns: 500 },
    );
  });
});
