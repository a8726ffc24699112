import { describe, expect, it } from 'vitest';
import { isValidLinkValue, LINK_KEY_ORDER, LINK_KEYS, LINK_SCHEMAS } from '../../src/lib/link-keys';

describe('link keys: one schema per key (Zod 4)', () => {
  it('documents every key with a schema, in link order', () => {
    expect(LINK_KEYS.map((k) => k.key)).toEqual(LINK_KEY_ORDER);
    expect(Object.keys(LINK_SCHEMAS)).toEqual(LINK_KEY_ORDER);
  });
  it.each(LINK_KEYS.map((k) => [k.key, k.example]))('%s accepts its documented example %s', (key, example) => {
    expect(isValidLinkValue(key, example)).toBe(true);
  });
  it.each([
    ['app', 'not-a-guid'],
    ['tenant', 'contoso.com'],
    ['obj', '{6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f}'],
    ['smtp', 'maybe'],
    ['url', 'https://xyc.teamspace.de/\u0001'],
    ['name', 'x'.repeat(121)],
    ['unknown', 'x'],
  ])('%s refuses %s', (key, value) => {
    expect(isValidLinkValue(key, value)).toBe(false);
  });
});
