/**
 * The tools overview offers the app registration checker's live check only in a build that
 * has it (the same setting the checker reads: src/tools/registration/config.ts); the build
 * with the live check on is tested in registration-live.spec.ts. No page a customer reads
 * speaks of the README or of build settings.
 */
import { readFileSync } from 'node:fs';
import { test, expect, expectAxeClean } from './fixtures';
import { builtPages } from './pages';
import { CHECKER_CARD } from './tools-overview';


for (const lang of ['en', 'de'] as const) {
  const c = CHECKER_CARD[lang];
  test(`the tools overview does not offer the live check where it is off (${lang})`, async ({ page }) => {
    await page.goto(c.path);
    const card = page.locator('.sl-link-card').filter({ has: page.getByRole('link', { name: c.title }) });
    await expect(card).toContainText(c.manifest);
    await expect(card).not.toContainText(c.live);
    // The checker itself says the same: manifest check only.
    await card.getByRole('link', { name: c.title }).click();
    await expect(page.locator('#registration-check [data-live-section], #registration-check [data-sign-in]')).toHaveCount(0);
    await expectAxeClean(page, '#registration-check');
  });
}

test('no page speaks of the README or build settings', () => {
  const words = /\bREADME\b|PUBLIC_[A-Z_]+|build setting|environment variables? of the (site|build)|Build-Einstellung/i;
  const found: string[] = [];
  for (const path of builtPages()) {
    const html = readFileSync(`dist${path}index.html`, 'utf8');
    const text = html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ');
    const m = words.exec(text);
    if (m) found.push(`${path}: ${m[0]}`);
  }
  expect(found).toEqual([]);
});
