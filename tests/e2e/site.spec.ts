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
