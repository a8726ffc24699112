import { describe, expect, it } from 'vitest';
import { problemsFirst } from '../../src/client/passed-fold';
import { plural } from '../../src/i18n/ui';
import { STRINGS } from '../../src/tools/redirect/strings';

describe('problemsFirst', () => {
  it('puts failures before warnings, keeps each group in order and leaves the passes out', () => {
    const items = [
      { id: 'a', severity: 'ok' },
      { id: 'b', severity: 'warning' },
      { id: 'c', severity: 'error' },
      { id: 'd', severity: 'ok' },
      { id: 'e', severity: 'warning' },
      { id: 'f', severity: 'error' },
    ];
    expect(problemsFirst(items).map((i) => i.id)).toEqual(['c', 'f', 'b', 'e']);
    expect(problemsFirst([{ severity: 'ok' }])).toEqual([]);
  });
});

describe('the folded line of the redirect URI checker', () => {
  it('counts in the right form in both locales', () => {
    expect(plural(STRINGS.en.passedCount, 1, 'en')).toBe('1 check passed');
    expect(plural(STRINGS.en.passedCount, 12, 'en')).toBe('12 checks passed');
    expect(plural(STRINGS.de.passedCount, 1, 'de')).toBe('1 Prüfung bestanden');
    expect(plural(STRINGS.de.passedCount, 13, 'de')).toBe('13 Prüfungen bestanden');
  });
});
