/**
 * "Your values" on the guide pages, with the keyboard only, axe clean in every state:
 * empty, some values, after "Forget my values". Both locales.
 */
import { test, expect, expectAxeClean } from './fixtures';
import { tabTo } from './support/keyboard';

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const TENANT = 'contoso.onmicrosoft.com';
const TEXT = {
  en: { prefix: '', none: 'Your values: none entered yet', two: 'Your values: 2 entered', copy: 'Copy link to this setup', forget: 'Forget my values', copied: 'copied', removed: 'removed', enter: /^Enter on: / },
  de: { prefix: '/de', none: 'Ihre Werte: noch keine eingegeben', two: 'Ihre Werte: 2 eingegeben', copy: 'Link zu dieser Einrichtung kopieren', forget: 'Meine Werte vergessen', copied: 'kopiert', removed: 'entfernt', enter: /^Eingeben auf: / },
} as const;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.describe.configure({ timeout: 300_000 });

for (const lang of ['en', 'de'] as const) {
  const t = TEXT[lang];
  const page2 = `${t.prefix}/microsoft-app-registration/web-xml/`;

  test(`empty: opens and closes by keyboard, every link reachable, axe clean (${lang})`, async ({ page }) => {
    await page.goto(page2);
    const box = page.locator('ts-your-values');
    const summary = box.locator('summary');
    await expect(summary).toHaveText(t.none);
    await tabTo(page, summary);
    await page.keyboard.press('Enter');
    await expect(box.locator('details')).toHaveAttribute('open', '');
    await expect(box.getByRole('button', { name: t.forget })).toBeDisabled();
    await expectAxeClean(page, 'ts-your-values');
    // Space closes it again, Enter reopens it.
    await page.keyboard.press(' ');
    await expect(box.locator('details')).not.toHaveAttribute('open');
    await page.keyboard.press('Enter');
    await expect(box.locator('details')).toHaveAttribute('open', '');
    // The first "Enter on" link opens its page by keyboard.
    const where = box.getByRole('link', { name: t.enter }).first();
    const href = (await where.getAttribute('href'))!;
    await tabTo(page, where);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
  });

  test(`some values, copy and forget by keyboard, axe clean in each state (${lang})`, async ({ page }) => {
    await page.goto(`${page2}#tenant=${TENANT}&app=${APP}`);
    const box = page.locator('ts-your-values');
    const summary = box.locator('summary');
    await expect(summary).toHaveText(t.two);
    await tabTo(page, summary);
    await page.keyboard.press(' ');
    await expect(box.locator('details')).toHaveAttribute('open', '');
    await expect(box.locator('[data-row="app"] [data-value]')).toHaveText(APP);
    await expectAxeClean(page, 'ts-your-values');

    await tabTo(page, box.getByRole('button', { name: t.copy }));
    await page.keyboard.press('Enter');
    const origin = new URL(page.url()).origin;
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${t.prefix}/microsoft-app-registration/#tenant=${TENANT}&app=${APP}`);
    await expect(box.getByRole('status')).toContainText(t.copied);
    await expectAxeClean(page, 'ts-your-values');

    await tabTo(page, box.getByRole('button', { name: t.forget }));
    await page.keyboard.press('Enter');
    await expect(summary).toHaveText(t.none);
    await expect(box.getByRole('status')).toContainText(t.removed);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
    // The button is disabled now: the focus stays in the box, on its summary.
    await expect(box.getByRole('button', { name: t.forget })).toBeDisabled();
    await expect(summary).toBeFocused();
    await expectAxeClean(page, 'ts-your-values');
  });
}
