import { test, expect, expectAxeClean } from './fixtures';
import { builtPages } from './pages';

const pages = builtPages();

test('the build has pages in both locales', () => {
  expect(pages).toContain('/');
  expect(pages).toContain('/de/');
  const en = pages.filter((p) => !p.startsWith('/de/'));
  const de = pages.filter((p) => p.startsWith('/de/'));
  expect(de.map((p) => p.slice(3))).toEqual(en);
});

for (const path of pages) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectAxeClean(page);
  });
}

test('the sitemap lists every page with its other-language version, but not the sign-in return pages', async ({ request }) => {
  const xml = await (await request.get('/sitemap-0.xml')).text();
  const listed = [...xml.matchAll(/<loc>https?:\/\/[^/]+(\/[^<]*)<\/loc>/g)].map((m) => m[1]).sort();
  const expected = pages.filter((p) => !p.endsWith('/sign-in-complete/'));
  expect(listed).toEqual(expected);
  expect(xml).toContain('hreflang="de" href="https://help.teamspace.example/de/microsoft-app-registration/web-xml/"');
  expect(listed.some((p) => p.includes('sign-in-complete'))).toBe(false);
});
