/**
 * The one rule for characters a value must not carry (src/lib/characters.ts), as every
 * tool applies it: the shared installation-URL validator, the setup script's fields.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeCharacter, findUnsafeEscape, findXmlForbidden, refuseUnsafeCharacters } from '../../src/lib/characters';
import { checkInstallationUrl, normaliseInstallationUrl } from '../../src/tools/redirect/installation-url';
import { UI } from '../../src/i18n/ui';
import { format } from '../../src/i18n/ui';

describe('findUnsafeCharacter names the character Unicode names', () => {
  it.each([
    ['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE', 'direction'],
    ['\u2066', 'U+2066 LEFT-TO-RIGHT ISOLATE', 'direction'],
    ['\u200F', 'U+200F RIGHT-TO-LEFT MARK', 'direction'],
    ['\u061C', 'U+061C ARABIC LETTER MARK', 'direction'],
    ['\u200B', 'U+200B ZERO WIDTH SPACE', 'invisible'],
    ['\u200D', 'U+200D ZERO WIDTH JOINER', 'invisible'],
    ['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE', 'invisible'],
    ['\u00AD', 'U+00AD SOFT HYPHEN', 'invisible'],
    ['\u3164', 'U+3164 HANGUL FILLER', 'invisible'],
    ['\u{E0041}', 'U+E0041 TAG A', 'invisible'],
    ['\u0001', 'U+0001 START OF HEADING', 'control'],
    ['\u0000', 'U+0000 NULL', 'control'],
    ['\u007F', 'U+007F DELETE', 'control'],
    ['\u0085', 'U+0085 NEXT LINE', 'control'],
    ['\u009B', 'U+009B', 'control'],
    ['\t', 'U+0009 CHARACTER TABULATION', 'control'],
    ['\u2028', 'U+2028 LINE SEPARATOR', 'invisible'],
    ['\uFFFF', 'U+FFFF', 'noncharacter'],
    ['\uFDD0', 'U+FDD0', 'noncharacter'],
    ['\u{1FFFE}', 'U+1FFFE', 'noncharacter'],
    ['\uD800', 'U+D800', 'brokenUnicode'],
    ['\uDC00', 'U+DC00', 'brokenUnicode'],
  ])('%j -> %s (%s)', (ch, label, kind) => {
    const found = findUnsafeCharacter(`ab${ch}cd`);
    expect(found).toMatchObject({ index: 2, label, kind });
  });

  it.each(['https://xyc.teamspace.de/teamspace', 'Müller & Söhne – Mail', 'mail ✉️ 😀', '日本語', 'a\u00A0b', '\u{1F468}\u{1F3FD}'])(
    'lets ordinary text through: %j',
    (text) => expect(findUnsafeCharacter(text)).toBeNull(),
  );

  it('allows tab and line breaks only when asked', () => {
    expect(findUnsafeCharacter('a\tb\r\nc', { allowLineBreaks: true })).toBeNull();
    expect(findUnsafeCharacter('a\tb\r\nc\u000B', { allowLineBreaks: true })?.label).toBe('U+000B LINE TABULATION');
  });

  it('finds a character in a long value without backtracking (one pass)', () => {
    const text = 'a'.repeat(1_000_000) + '\u202E';
    expect(findUnsafeCharacter(text)?.index).toBe(1_000_000);
  });
});

describe('findXmlForbidden: exactly what XML 1.0 §2.2 excludes', () => {
  it.each([
    ['\u0001', 'U+0001 START OF HEADING'],
    ['\u000C', 'U+000C FORM FEED'],
    ['\u001F', 'U+001F INFORMATION SEPARATOR ONE'],
    ['\uFFFE', 'U+FFFE'],
    ['\uFFFF', 'U+FFFF'],
    ['\uDBFF', 'U+DBFF'],
  ])('%j is forbidden', (ch, label) => expect(findXmlForbidden(`<a>${ch}</a>`)?.label).toBe(label));
  it.each(['\t\n\r', '\u0085', '\u202E', '\uFEFF', '\u{10FFFF}', '\uE000'])('%j is allowed by XML', (ch) => expect(findXmlForbidden(`<a>${ch}</a>`)).toBeNull());
});

describe('findUnsafeEscape: a refused character written as a %-escape', () => {
  it.each([
    ['https://x.de/%01', '%01', 'U+0001 START OF HEADING'],
    ['https://x.de/%EF%BF%BF', '%EF%BF%BF', 'U+FFFF'],
    ['https://x.de/a%E2%80%AEb', '%E2%80%AE', 'U+202E RIGHT-TO-LEFT OVERRIDE'],
    ['https://x.de/%41%e2%80%8b', '%e2%80%8b', 'U+200B ZERO WIDTH SPACE'],
    ['https://x.de/%C3%BC%ef%bb%bf', '%ef%bb%bf', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
  ])('%s -> %s', (url, escape, label) => expect(findUnsafeEscape(url)).toMatchObject({ escape, label, index: url.indexOf(escape) }));
  it.each(['https://x.de/caf%C3%A9', 'https://x.de/%20', 'https://x.de/%FF%FE', 'https://x.de/%ED%A0%80'])('%s passes (not a refused character)', (url) =>
    expect(findUnsafeEscape(url)).toBeNull(),
  );
});

describe('the installation-URL validator refuses them with a message naming the character', () => {
  it.each([
    ['https://xyc.teamspace.de/\u0001', 'charControl', 'U+0001 START OF HEADING', '26'],
    ['https://xyc.teamspace.de/%01', 'charControl', '%01 (U+0001 START OF HEADING)', '26'],
    ['https://xyc.teamspace.de/%EF%BF%BF', 'charNoncharacter', '%EF%BF%BF (U+FFFF)', '26'],
    ['https://xyc.teamspace.de/\uFFFF', 'charNoncharacter', 'U+FFFF', '26'],
    ['https://xyc.teamspace.de/\uD800', 'charBrokenUnicode', 'U+D800', '26'],
    ['https://xyc.team\u200Bspace.de', 'charInvisible', 'U+200B ZERO WIDTH SPACE', '17'],
    ['https://xyc.teamspace.de/ts\u202E', 'charDirection', 'U+202E RIGHT-TO-LEFT OVERRIDE', '28'],
    ['\u2066https://xyc.teamspace.de', 'charDirection', 'U+2066 LEFT-TO-RIGHT ISOLATE', '1'],
    ['\uFEFFhttps://xyc.teamspace.de', 'charInvisible', 'U+FEFF ZERO WIDTH NO-BREAK SPACE', '1'],
  ])('%j -> %s', (typed, error, char, position) => {
    expect(normaliseInstallationUrl(typed)).toEqual({ ok: false, error, params: { char, position } });
    const check = checkInstallationUrl(typed);
    expect(check).toEqual({ ok: false, error, params: { char, position } });
  });

  it('words the message in both locales with the character named', () => {
    const r = checkInstallationUrl('https://xyc.teamspace.de/ts\u202E');
    if (r.ok) throw new Error('accepted');
    for (const lang of ['en', 'de'] as const) {
      const text = format(UI[lang].validation[r.error], r.params ?? {});
      expect(text).toContain('U+202E RIGHT-TO-LEFT OVERRIDE');
      expect(text).toContain('28');
      expect(text).not.toMatch(/\{\w+\}/);
    }
  });

  it('keeps ordinary white space as before (trimmed around, refused inside)', () => {
    expect(checkInstallationUrl('  https://xyc.teamspace.de\n')).toMatchObject({ ok: true, value: 'https://xyc.teamspace.de' });
    expect(checkInstallationUrl('https://xyc.team\tspace.de')).toEqual({ ok: false, error: 'urlSpace' });
  });

  it('refusal object carries the character for tools that word it themselves', () => {
    expect(refuseUnsafeCharacters('App\u202Egpj.exe')?.character).toMatchObject({ codePoint: 0x202e, index: 3 });
    expect(refuseUnsafeCharacters('teamspace Mail')).toBeNull();
  });
});

describe('the setup script refuses them in the app name, the URL and the mailboxes', async () => {
  const { checkAppName, checkMailboxes, checkSetupUrl } = await import('../../src/tools/setup/inputs');
  it.each([
    ['U+200B', '\u200B'],
    ['U+202E', '\u202E'],
    ['U+2066', '\u2066'],
    ['U+FEFF', '\uFEFF'],
  ])('%s', (code, ch) => {
    for (const r of [checkAppName(`teamspace${ch}Mail`), checkSetupUrl(`https://xyc.teamspace.de/team${ch}space`), checkMailboxes(`info@contoso.com, sup${ch}port@contoso.com`)]) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.params?.char).toContain(code);
    }
  });
  it('still accepts names with umlauts and emoji', () => {
    expect(checkAppName('teamspace Büro ✉️')).toMatchObject({ ok: true });
  });
});
