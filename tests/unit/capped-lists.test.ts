// Messages about a pasted list name its first entries only, and the calendar scoping
// commands show long lines shortened: a list of thousands stays readable and cheap to show.
import { describe, expect, it } from 'vitest';
import { listSome, LISTED, UI } from '../../src/i18n/ui';
import { shortLines, SHOWN_LINE } from '../../src/tools/calendar-scope/script';
import { STRINGS } from '../../src/tools/calendar-scope/strings';

describe('listSome', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => `bad${i}`);
  it('names a short list whole', () => {
    expect(listSome(items(3), UI.en.andMore)).toBe('bad0, bad1, bad2');
    expect(listSome(items(LISTED), UI.en.andMore)).toBe(items(LISTED).join(', '));
  });
  it('names the first ten and counts the rest, in English and German', () => {
    const first = items(10).join(', ');
    expect(listSome(items(11), UI.en.andMore)).toBe(`${first} and 1 more`);
    expect(listSome(items(130_000), UI.en.andMore)).toBe(`${first} and 129990 more`);
    expect(listSome(items(14), UI.de.andMore)).toBe(`${first} und 4 weitere`);
  });
});

describe('shortLines', () => {
  it('leaves a script with short lines as it is', () => {
    const text = 'a\nb\n'.repeat(5000);
    expect(shortLines(text)).toBe(text);
  });
  it('cuts each long line and marks the cut, keeping every line', () => {
    const long = 'x'.repeat(SHOWN_LINE + 10);
    expect(shortLines(`first\n${long}\nlast\n`)).toBe(`first\n${'x'.repeat(SHOWN_LINE)} …\nlast\n`);
    expect(shortLines(`${long}\n${long}`, 5)).toBe('xxxxx …\nxxxxx …');
  });
  it('says so in both locales', () => {
    expect(STRINGS.en.shownCut).toContain('Copy commands');
    expect(STRINGS.de.shownCut).toContain('„Befehle kopieren“');
  });
});
