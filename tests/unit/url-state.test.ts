import { describe, expect, it } from 'vitest';
import { buildFragment, carryValues, fitFragment, isSecretKey, looksLikeSecretValue, parseLinkState, stripQuery } from '../../src/lib/url-state';

const allowed = new Set(['app', 'tenant', 'mb']);

describe('parseLinkState', () => {
  it('reads the query and the fragment; the fragment wins', () => {
    const s = parseLinkState('?app=query&tenant=t', '#app=frag', allowed);
    expect(Object.fromEntries(s.values)).toEqual({ app: 'frag', tenant: 't' });
  });

  it('refuses secret-looking keys and ignores unknown ones', () => {
    const s = parseLinkState('?client_secret=x', '#secret=y&password=z&key=k&foo=1&app=a', allowed);
    expect(s.refused).toEqual(['client_secret', 'secret', 'password', 'key']);
    expect(s.unknown).toEqual(['foo']);
    expect([...s.values.keys()]).toEqual(['app']);
  });

  it('keeps a heading anchor before the values', () => {
    const s = parseLinkState('', '#add-mailboxes&app=a', allowed);
    expect(s.anchor).toBe('add-mailboxes');
    expect(s.values.get('app')).toBe('a');
  });

  it('keeps a malformed escape as typed instead of dropping it', () => {
    const s = parseLinkState('', '#app=%E0%A4%A', allowed);
    expect(s.values.get('app')).toBe('%E0%A4%A');
  });

  it('decodes plus as space in both parts', () => {
    expect(parseLinkState('?mb=a+b', '', allowed).values.get('mb')).toBe('a b');
  });
});

describe('isSecretKey', () => {
  it.each(['secret', 'client_secret', 'Client-Secret', 'password', 'key', 'appKey', 'access_token', 'pwd'])('%s is a secret', (k) => {
    expect(isSecretKey(k)).toBe(true);
  });
  it.each(['app', 'tenant', 'obj', 'sp', 'mb', 'url', 'ruri', 'err', 'exp', 'smtp', 'sendas', 'verify', 'name'])('%s is not', (k) => {
    expect(isSecretKey(k)).toBe(false);
  });
});

describe('buildFragment', () => {
  it('writes keys in the stable order and round-trips awkward values', () => {
    const values = new Map([
      ['mb', 'a@x.com,b@x.com'],
      ['app', "it's & = # %"],
    ]);
    const frag = buildFragment(values, ['app', 'mb']);
    expect(frag).toBe("#app=it's%20%26%20%3D%20%23%20%25&mb=a@x.com,b@x.com");
    expect(Object.fromEntries(parseLinkState('', frag, allowed).values)).toEqual(Object.fromEntries(values));
  });
  it('is empty without values and keeps an anchor first', () => {
    expect(buildFragment(new Map(), [])).toBe('');
    expect(buildFragment(new Map([['app', 'a']]), ['app'], 'step')).toBe('#step&app=a');
  });
});

describe('stripQuery', () => {
  it('drops the named keys and keeps the rest', () => {
    expect(stripQuery('?app=1&utm=2&secret=3', (k) => k === 'app' || k === 'secret')).toBe('?utm=2');
    expect(stripQuery('?app=1', () => true)).toBe('');
  });
});

describe('secret keys in any spelling (issue 17, item 6)', () => {
  it.each([
    'Passwort', 'Kennwort', 'Geheimnis', 'Schlüssel', 'schluessel', 'pass', 'pw', 'pin', 'auth', 'authorization', 'bearer', 'client_assertion',
    'connectionstring', 'sas', 'sig', 'appSecretValue', 'user-password-hash',
    '\u0455ecret', // Cyrillic dze
    '\u017Fecret', // long s
    '\uFF53\uFF45\uFF43\uFF52\uFF45\uFF54', // full-width
    'SCHLÜẞEL',
  ])('%s is a secret', (k) => {
    expect(isSecretKey(k)).toBe(true);
  });

  it('drops every key that is not on the allowlist and names the secret-looking ones', () => {
    const s = parseLinkState('', '#Passwort=x&utm_source=mail&app=a&\u0455ecret=y', allowed);
    expect([...s.values.keys()]).toEqual(['app']);
    expect(s.refused).toEqual(['Passwort', '\u0455ecret']);
    expect(s.unknown).toEqual(['utm_source']);
  });

  it('compares keys after NFKC and case folding', () => {
    expect(Object.fromEntries(parseLinkState('', '#APP=a&\uFF54enant=t', allowed).values)).toEqual({ app: 'a', tenant: 't' });
  });

  it('keeps only id-shaped anchors, so a decoded anchor can never become a key', () => {
    expect(parseLinkState('', '#step%26secret%3DHUNTER2VAL&password=x', allowed)).toMatchObject({ anchor: null, refused: ['password'] });
    expect(parseLinkState('', '#x%26tenant%3Devil', allowed).values.size).toBe(0);
    expect(parseLinkState('', '#add-mailboxes', allowed).anchor).toBe('add-mailboxes');
    expect(parseLinkState('', '#_top', allowed).anchor).toBe('_top');
  });
});

describe('secret-shaped values', () => {
  const entraSecret = 'Ab18Q~' + 'x'.repeat(10) + 'Zz9.-_' + 'k'.repeat(18);
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJlLXBhcnQ';
  it.each([entraSecret, `  ${entraSecret} `, `secret: ${entraSecret}`, jwt, 'Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123', 'Q8x~probeSecret.Zz9-1234567890abcdef'])('%s looks like a secret', (v) => {
    expect(looksLikeSecretValue(v)).toBe(true);
  });
  it.each(['https://xyc.teamspace.de/~user/path', '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', 'info@contoso.com,support@contoso.com', 'contoso.onmicrosoft.com', 'AADSTS7000215', 'teamspace mail'])(
    '%s does not',
    (v) => {
      expect(looksLikeSecretValue(v)).toBe(false);
    },
  );
  it('refuses such a value from a link whatever its key', () => {
    const s = parseLinkState('', `#app=${entraSecret}&tenant=t`, allowed);
    expect(s.values.has('app')).toBe(false);
    expect(s.refused).toEqual(['app']);
  });
});

describe('fitFragment (issue 17, item 8: 3 MB in the mailbox field)', () => {
  it('leaves out a value too long for a link and names it; the others still go in', () => {
    const mb = 'a@contoso.com,'.repeat(250_000);
    const r = fitFragment(new Map([['app', 'a'], ['mb', mb], ['tenant', 't']]), ['app', 'tenant', 'mb']);
    expect(r.fragment).toBe('#app=a&tenant=t');
    expect(r.omitted).toEqual(['mb']);
  });
  it('counts the encoded length', () => {
    const r = fitFragment(new Map([['mb', 'ä'.repeat(1500)]]), ['mb'], null, 8000);
    expect(r.omitted).toEqual(['mb']);
    expect(fitFragment(new Map([['mb', 'ä'.repeat(1000)]]), ['mb'], null, 8000).omitted).toEqual([]);
  });
});

describe('carryValues', () => {
  it('adds the values after the link\'s own anchor', () => {
    expect(carryValues('/notes/', '#app=a')).toBe('/notes/#app=a');
    expect(carryValues('/notes/#secret-expiry', '#app=a')).toBe('/notes/#secret-expiry&app=a');
    expect(carryValues('/notes/#secret-expiry', '')).toBe('/notes/#secret-expiry');
  });
  it('leaves a link that carries its own values alone', () => {
    expect(carryValues('/tools/x/#tenant=t', '#app=a')).toBe('/tools/x/#tenant=t');
  });
});
