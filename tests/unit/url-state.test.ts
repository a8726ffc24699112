import { describe, expect, it } from 'vitest';
import { buildFragment, isSecretKey, parseLinkState, stripQuery } from '../../src/lib/url-state';

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
