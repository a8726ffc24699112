import { describe, expect, it } from 'vitest';
import { plural } from '../../src/i18n/ui';
import { STRINGS, countSummary } from '../../src/tools/webxml/strings';

describe('plural', () => {
  const forms = { one: '{n} warning', other: '{n} warnings' };
  it.each([
    [0, 'en', '0 warnings'],
    [1, 'en', '1 warning'],
    [2, 'en', '2 warnings'],
    [1, 'de', '1 warning'],
    [21, 'de', '21 warnings'],
  ])('%i in %s', (n, lang, expected) => {
    expect(plural(forms, n, lang)).toBe(expected);
  });

  it('builds the web.xml summary in both locales', () => {
    const en = STRINGS.en;
    const de = STRINGS.de;
    const summary = (s: typeof en, lang: string, e: number, w: number) => countSummary(s, e, w, lang);
    expect(summary(en, 'en', 1, 0)).toBe('1 error, 0 warnings.');
    expect(summary(en, 'en', 2, 1)).toBe('2 errors, 1 warning.');
    expect(summary(de, 'de', 1, 1)).toBe('1 Fehler, 1 Warnung.');
    expect(summary(de, 'de', 3, 2)).toBe('3 Fehler, 2 Warnungen.');
  });
});
