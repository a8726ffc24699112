/**
 * The guide's sources and check date come from one module: every guide page has its list,
 * every listed key exists, links go to Microsoft, and the date line is formatted per locale.
 */
import { describe, expect, it } from 'vitest';
import { CHECKED_ON, PAGE_SOURCES, SOURCES, checkedOnText, sourcesOf } from '../../src/data/sources';
import { GUIDE_ANCHORS } from '../../src/data/guide-anchors';

describe('sources of the guide pages', () => {
  it('lists sources for every guide page and the troubleshooting page', () => {
    const pages = [...Object.keys(GUIDE_ANCHORS), 'microsoft-app-registration/troubleshooting/'];
    for (const page of pages) expect(PAGE_SOURCES[page]?.length ?? 0, page).toBeGreaterThan(0);
  });

  it('uses every source at least once, and each only once per page', () => {
    const used = new Set(Object.values(PAGE_SOURCES).flat());
    expect([...used].sort()).toEqual(Object.keys(SOURCES).sort());
    for (const [page, keys] of Object.entries(PAGE_SOURCES)) expect(new Set(keys).size, page).toBe(keys.length);
  });

  it('links only to Microsoft over https, without a locale in the path', () => {
    for (const s of Object.values(SOURCES)) {
      const url = new URL(s.url);
      expect(url.protocol).toBe('https:');
      expect(['learn.microsoft.com', 'techcommunity.microsoft.com']).toContain(url.hostname);
      // Without /en-us/ Microsoft Learn opens in the reader's language.
      expect(url.pathname).not.toMatch(/^\/[a-z]{2}-[a-z]{2}\//);
      expect(s.about.en && s.about.de).toBeTruthy();
    }
  });

  it('finds a page by its URL in both locales, and refuses a page without sources', () => {
    const step1 = PAGE_SOURCES['microsoft-app-registration/app-registration/'].map((k) => SOURCES[k]);
    expect(sourcesOf('/microsoft-app-registration/app-registration/')).toEqual(step1);
    expect(sourcesOf('/de/microsoft-app-registration/app-registration/')).toEqual(step1);
    expect(sourcesOf('/de/microsoft-app-registration/app-registration')).toEqual(step1);
    expect(() => sourcesOf('/microsoft-app-registration/no-such-page/')).toThrow(/No sources listed/);
  });

  it('writes the check date once, in each language', () => {
    expect(CHECKED_ON).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [y, m, d] = CHECKED_ON.split('-').map(Number);
    const en = checkedOnText('en');
    const de = checkedOnText('de');
    expect(en).toBe(`${d} ${new Date(Date.UTC(y, m - 1, d)).toLocaleString('en-GB', { month: 'long', timeZone: 'UTC' })} ${y}`);
    expect(de).toMatch(new RegExp(`^${d}\\. \\p{L}+ ${y}$`, 'u'));
  });
});
