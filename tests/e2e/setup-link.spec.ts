/**
 * The support page "One link for the whole setup": support enters the customer's values
 * with the keyboard only, copies the link and the e-mail texts (clipboard read back), and
 * every link opens its page with the fields filled. Both locales, axe in every state.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';
import { tabTo } from './support/keyboard';

const VALUES = {
  url: 'https://xyc.teamspace.de',
  tenant: 'contoso.onmicrosoft.com',
  app: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  obj: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
  mb: 'info@contoso.com,sales@contoso.com',
};
const FRAGMENT = `#url=${VALUES.url}&tenant=${VALUES.tenant}&app=${VALUES.app}&obj=${VALUES.obj}&mb=${VALUES.mb}`;
/** An Entra client secret Value: 40 characters with "~" (made up). */
const SECRET = 'Ab18Q~' + 'r7Hk2.Zp-9_LmQ4vX8sT1wYc3NbE6gJd0fKa5uI';

const TEXT = {
  en: { path: '/support/setup-link/', copyOverview: 'Copy link to the whole setup', copyForm: 'Copy link to this form', copyEn: 'Copy English e-mail text', copyDe: 'Copy German e-mail text', fix: 'Correct the marked fields first', entered: 'Your values: 5 entered', secret: 'looks like a client secret' },
  de: { path: '/de/support/setup-link/', copyOverview: 'Link zur ganzen Einrichtung kopieren', copyForm: 'Link zu diesem Formular kopieren', copyEn: 'Englischen E-Mail-Text kopieren', copyDe: 'Deutschen E-Mail-Text kopieren', fix: 'Korrigieren Sie zuerst die markierten Felder', entered: 'Ihre Werte: 5 eingegeben', secret: 'geheimen Clientschlüssel' },
} as const;

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.describe.configure({ timeout: 300_000 });

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

for (const lang of ['en', 'de'] as const) {
  const t = TEXT[lang];
  const de = lang === 'de' ? '/de' : '';

  test(`support types the values once by keyboard and gets the links and both e-mail texts (${lang})`, async ({ page }) => {
    await page.goto(t.path);
    const tool = page.locator('#setup-link');
    const field = (key: string) => tool.locator(`[data-field="${key}"]`);
    await expect(field('url')).toBeEditable();
    await expect(tool.locator('[data-pending]')).toBeVisible();
    await expect(tool.locator('[data-ready]')).toBeHidden();
    await expectAxeClean(page);

    // Keyboard only: Tab into the first field, type, Tab to the next.
    await tabTo(page, field('url'));
    for (const key of ['url', 'tenant', 'app', 'obj', 'sp', 'mb'] as const) {
      await expect(field(key)).toBeFocused();
      if (key !== 'sp') await page.keyboard.type(VALUES[key]);
      if (key !== 'mb') await page.keyboard.press('Tab');
    }
    const origin = new URL(page.url()).origin;
    const overview = `${origin}${de}/microsoft-app-registration/${FRAGMENT}`;
    const link = tool.locator('[data-overview]');
    await expect(link).toHaveText(overview);
    await expect(link).toHaveAttribute('href', overview);
    // Every link is absolute and carries every value.
    const hrefs = await tool.locator('[data-ready] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBe(1 + 5 + 9);
    for (const href of hrefs) {
      expect(href.startsWith(`${origin}${de}/`), href).toBe(true);
      expect(decodeURIComponent(new URL(href).hash), href).toBe(FRAGMENT);
    }
    await expectAxeClean(page, '#setup-link');

    await tabTo(page, tool.getByRole('button', { name: t.copyOverview }));
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(overview);
    await expect(tool.getByRole('status').last()).not.toBeEmpty();
    // Both e-mail texts on both locale pages, each with the link in its own language.
    await tabTo(page, tool.getByRole('button', { name: t.copyEn }));
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toContain('Hello,');
    expect((await clipboard(page)).split('\n')).toContain(`${origin}/microsoft-app-registration/${FRAGMENT}`);
    await tabTo(page, tool.getByRole('button', { name: t.copyDe }));
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toContain('Guten Tag,');
    expect((await clipboard(page)).split('\n')).toContain(`${origin}/de/microsoft-app-registration/${FRAGMENT}`);
    // The frame's own link is named for what it holds: this form with the values, for a colleague.
    await expect(page.getByRole('button', { name: lang === 'de' ? 'Link kopieren' : 'Copy link', exact: true })).toHaveCount(0);
    await tabTo(page, tool.getByRole('button', { name: t.copyForm }));
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${origin}${t.path}${FRAGMENT}`);

    // An invalid value: the field keeps it and says why; no links until it is corrected.
    await tabTo(page, field('tenant'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('contoso.com');
    await expect(field('tenant')).toHaveAttribute('aria-invalid', 'true');
    await expect(field('tenant')).toHaveValue('contoso.com');
    await expect(tool.locator('[data-ready]')).toBeHidden();
    await expect(tool.locator('[data-pending]')).toContainText(t.fix);
    await expectAxeClean(page, '#setup-link');
    // A secret-shaped value: refused, never in the address bar or a link.
    await tabTo(page, field('app'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(SECRET);
    await expect(tool.locator('[data-message="app"]')).toContainText(t.secret);
    await expect(field('app')).toHaveValue(SECRET);
    await expect.poll(() => page.evaluate(() => decodeURIComponent(location.href))).not.toContain('Ab18Q~');
    await expect(tool.locator('[data-ready]')).toBeHidden();
    // Corrected: the links come back, and nothing else that was typed is lost.
    await tabTo(page, field('tenant'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(VALUES.tenant);
    await tabTo(page, field('app'));
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(VALUES.app);
    await expect(link).toHaveText(overview);
    for (const key of ['url', 'obj', 'mb'] as const) await expect(field(key)).toHaveValue(VALUES[key]);

    // The overview link opens the guide with every value.
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(overview);
    await page.waitForLoadState('load');
    await expect(page.locator('ts-your-values summary')).toContainText(t.entered);
    await expectAxeClean(page);
  });

  test(`every step and tool link lands on its page with the fields filled (${lang})`, async ({ page }) => {
    await page.goto(`${t.path}${FRAGMENT}`);
    const tool = page.locator('#setup-link');
    await expect(tool.locator('[data-ready]')).toBeVisible();
    const hrefs = await tool.locator('[data-step], [data-tool-link]').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      await page.goto(href);
      // Start every tool on the page (they start when near the viewport), then read the bound fields.
      await page.evaluate(async () => {
        for (const frame of document.querySelectorAll('ts-tool-frame')) {
          frame.scrollIntoView();
          await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
        }
      });
      await page.waitForFunction(() => [...document.querySelectorAll('ts-tool-frame')].every((f) => !f.querySelector('[data-needs-js]')));
      const fields = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-link-key]')].filter((el) => el.type !== 'checkbox').map((el) => ({ key: el.dataset.linkKey!, value: el.value })),
      );
      for (const f of fields) if (f.key in VALUES) expect(f.value, `${href}: ${f.key}`).toBe(VALUES[f.key as keyof typeof VALUES]);
      if (/service-principal|powershell-generator/.test(href)) expect(fields.filter((f) => f.key in VALUES).length, href).toBeGreaterThanOrEqual(4);
      expect(decodeURIComponent(new URL(page.url()).hash)).toBe(FRAGMENT);
    }
  });

  test(`the example links on the links page are absolute (${lang})`, async ({ page }) => {
    await page.goto(`${de}/support/links/`);
    const origin = new URL(page.url()).origin;
    const links = page.locator('a[data-example-link]');
    expect(await links.count()).toBeGreaterThanOrEqual(9);
    for (const a of await links.all()) {
      const href = (await a.getAttribute('href'))!;
      expect(href.startsWith(`${origin}${de}/tools/`), href).toBe(true);
      await expect(a).toHaveText(href);
    }
    // The introduction's example too: absolute, and it opens the generator filled.
    const intro = page.locator('a[data-intro-example]');
    const introHref = (await intro.getAttribute('href'))!;
    expect(introHref).toBe(`${origin}${de}/tools/powershell-generator/#tenant=contoso.onmicrosoft.com&app=6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f`);
    await expect(intro).toHaveText(introHref);
    await page.getByRole('link', { name: lang === 'de' ? 'Ein Link für die ganze Einrichtung' : 'One link for the whole setup' }).first().click();
    await expect(page).toHaveURL(new RegExp(`${t.path}$`));
  });
}
