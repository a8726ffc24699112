/**
 * One journey through the guide: values typed on step 1 follow the admin through every
 * internal link (Next, sidebar, language switcher, back button) in the fragment, with
 * the rules of prefilled links; secret-shaped values and secret keys never travel.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { pagesWithTools } from './tool-pages';

const GUIDE = '/microsoft-app-registration/';
const STEP1 = `${GUIDE}app-registration/`;
const VALUES: Record<string, string> = {
  url: 'https://xyc.teamspace.de',
  tenant: 'contoso.onmicrosoft.com',
  app: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
};
/** An Entra client secret Value: 40 characters with "~" (made up). */
const SECRET = 'Ab18Q~' + 'r7Hk2.Zp-9_LmQ4vX8sT1wYc3NbE6gJd0fKa5uI';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
test.describe.configure({ timeout: 180_000 });

/** Every bound field on the page, with its link key and value. */
function boundFields(page: Page): Promise<{ key: string; value: string; id: string }[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-link-key]')]
      .filter((el) => el.type !== 'checkbox')
      .map((el) => ({ key: el.dataset.linkKey!, value: el.value, id: el.id })),
  );
}

async function expectFilled(page: Page, values: Record<string, string>): Promise<number> {
  // Tools start when they come near the viewport: bring each one there, then wait until every
  // frame is upgraded and every field with a link key is bound.
  await page.evaluate(async () => {
    for (const frame of document.querySelectorAll('ts-tool-frame')) {
      frame.scrollIntoView();
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('ts-tool-frame')].every((f) => !f.querySelector('[data-needs-js]')));
  // The tools have bound their fields (each bound field names its link key).
  await page.waitForFunction(() => document.querySelectorAll('.ts-tool input, .ts-tool textarea').length === 0 || document.querySelectorAll('[data-link-key]').length > 0);
  const fields = (await boundFields(page)).filter((f) => f.key in values);
  for (const f of fields) expect(f.value, `${page.url()} #${f.id} (${f.key})`).toBe(values[f.key]);
  return fields.length;
}

async function typeStep1(page: Page): Promise<void> {
  await page.goto(STEP1);
  await page.locator('#redirect-uri-url').fill(VALUES.url);
  await page.locator('#admin-consent-tenant').fill(VALUES.tenant);
  await page.locator('#admin-consent-app').fill(VALUES.app);
}

test('typed on step 1, every field on every later page is filled: Next to the end, then back', async ({ page }) => {
  await typeStep1(page);
  expect(await expectFilled(page, VALUES)).toBeGreaterThanOrEqual(4);
  const visited: string[] = [];
  let filled = 0;
  for (;;) {
    const next = page.locator('.pagination-links a[rel="next"]');
    if ((await next.count()) === 0) break;
    await next.click();
    await page.waitForLoadState('load');
    const path = new URL(page.url()).pathname;
    visited.push(path);
    filled += await expectFilled(page, VALUES);
    // The values are in the fragment, never in the query.
    expect(new URL(page.url()).search).toBe('');
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain(`tenant=${VALUES.tenant}`);
  }
  expect(visited).toContain(`${GUIDE}service-principal/`);
  expect(visited).toContain(`${GUIDE}teamspace-interface/`);
  expect(filled, 'fields filled on the later pages').toBeGreaterThanOrEqual(8);
  // The back button returns to each page with the values it had.
  for (let i = 0; i < visited.length; i++) {
    await page.goBack();
    await page.waitForLoadState('load');
    await expectFilled(page, VALUES);
  }
  expect(new URL(page.url()).pathname).toBe(STEP1);
});

test('sidebar, links in the text and the language switcher keep the values', async ({ page }) => {
  await typeStep1(page);
  // Sidebar: step 4.
  await page.locator('nav.sidebar a[href^="/microsoft-app-registration/teamspace-interface/"]').first().click();
  await expect(page).toHaveURL(/teamspace-interface\/#/);
  // The URL changes when the navigation commits; the switcher works once the page has loaded.
  await page.waitForLoadState('load');
  await expectFilled(page, VALUES);
  // German.
  await page.locator('starlight-lang-select select').first().selectOption({ label: 'Deutsch' });
  await expect(page).toHaveURL(/\/de\/microsoft-app-registration\/teamspace-interface\//);
  await page.waitForLoadState('load');
  await expectFilled(page, VALUES);
  // A link in the text (to another guide page), on the German page.
  const inText = page.locator('.sl-markdown-content a[href^="/de/microsoft-app-registration/service-principal/"]').first();
  await inText.click();
  await expect(page).toHaveURL(/\/de\/microsoft-app-registration\/service-principal\//);
  await page.waitForLoadState('load');
  expect(await expectFilled(page, VALUES)).toBeGreaterThanOrEqual(2);
  // A link opened in a new tab carries them too (the href itself holds them).
  const href = await page.locator('nav.sidebar a[href^="/de/tools/"]').first().evaluate((a) => {
    a.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
    return a.getAttribute('href');
  });
  expect(decodeURIComponent(href!)).toContain(`app=${VALUES.app}`);
});

test('a secret-shaped value is refused by the field and never written to the address bar, a link or another page', async ({ page }) => {
  await typeStep1(page);
  const tenant = page.locator('#admin-consent-tenant');
  await tenant.fill(SECRET);
  await expect(page.locator('#admin-consent').getByText('this looks like a client secret', { exact: false })).toBeVisible();
  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expect.poll(() => page.evaluate(() => decodeURIComponent(location.href))).not.toContain('Ab18Q~');
  expect(decodeURIComponent(page.url())).toContain(`app=${VALUES.app}`);
  await page.locator('#admin-consent').getByRole('button', { name: 'Copy link' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(decodeURIComponent(copied)).not.toContain('Ab18Q~');
  await page.locator('.pagination-links a[rel="next"]').click();
  await page.waitForLoadState('load');
  expect(decodeURIComponent(page.url())).not.toContain('Ab18Q~');
  const values = (await boundFields(page)).map((f) => f.value);
  expect(values.join('\n')).not.toContain('Ab18Q~');
});

test.describe('a secret-shaped value in every field of every tool stays out of the address bar, copied links and storage', () => {
  for (const path of pagesWithTools) {
    test(path, async ({ page }) => {
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(path);
      await page.waitForFunction(() => [...document.querySelectorAll('ts-tool-frame')].every((f) => !f.querySelector('[data-needs-js]')));
      const fields = page.locator('.ts-tool input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]):not([type=date]), .ts-tool textarea');
      const n = await fields.count();
      let tried = 0;
      for (let i = 0; i < n; i++) {
        const field = fields.nth(i);
        if (!(await field.isVisible()) || !(await field.isEditable())) continue;
        await field.fill(SECRET);
        await field.blur();
        tried++;
        expect(decodeURIComponent(await page.evaluate(() => location.href))).not.toContain('Ab18Q~');
      }
      expect(tried).toBeGreaterThan(0);
      for (const button of await page.getByRole('button', { name: /^(Copy link|Link kopieren)$/ }).all()) {
        await button.click();
        expect(decodeURIComponent(await page.evaluate(() => navigator.clipboard.readText()))).not.toContain('Ab18Q~');
      }
      const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
      expect(stored).not.toContain('Ab18Q~');
      for (const url of requests) expect(decodeURIComponent(url)).not.toContain('Ab18Q~');
    });
  }
});

test('secret keys in any spelling and encoded anchors are removed from the address bar (issue 17, item 6)', async ({ page }) => {
  await page.goto(`${STEP1}#step%26secret%3DHUNTER2VAL&password=x`);
  await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).not.toContain('HUNTER2VAL');
  await expect(page.locator('[data-link-warning]').first()).toContainText('"password"');
  await page.goto(`${STEP1}#x%26tenant%3Devil.onmicrosoft.com&app=${VALUES.app}`);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#app=${VALUES.app}`);
  await page.reload();
  await expect(page.locator('#admin-consent-tenant')).toHaveValue('');
  for (const key of ['Passwort', 'Kennwort', 'appSecretValue', 'user-password-hash', '\u0455ecret', '\u017Fecret', 'ｓｅｃｒｅｔ', 'client_assertion', 'sig']) {
    await page.goto('about:blank');
    await page.goto(`${STEP1}#${encodeURIComponent(key)}=HUNTER2VAL&utm_source=mail&app=${VALUES.app}`);
    await expect.poll(() => page.evaluate(() => location.hash), key).toBe(`#app=${VALUES.app}`);
    await expect(page.locator('[data-link-warning]').first()).toContainText(key);
  }
});

test('3 MB pasted into the mailbox field: the link leaves the mailboxes out and says so (issue 17, item 8)', async ({ page }) => {
  await page.goto(`${GUIDE}service-principal/#app=${VALUES.app}`);
  const mb = page.locator('#powershell-mb');
  await expect(mb).toBeEditable();
  await mb.evaluate((el: HTMLTextAreaElement) => {
    el.value = 'mailbox.user@contoso.com, '.repeat(120_000);
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  });
  const note = page.locator('#powershell [data-link-omitted]');
  await expect(note).toBeVisible();
  await expect(note).toContainText('Mailboxes');
  const href = await page.evaluate(() => location.href);
  expect(href.length).toBeLessThan(8200);
  expect(href).toContain(`app=${VALUES.app}`);
  // Typing a shorter list brings them back into the link.
  await mb.fill('info@contoso.com');
  await expect(note).toBeHidden();
  await expect.poll(() => page.evaluate(() => location.hash)).toContain('mb=info@contoso.com');
});

test('"Your values" on every guide page: what is set, where it is entered, copy the setup link, forget', async ({ page }) => {
  await page.goto(`${GUIDE}web-xml/#tenant=${VALUES.tenant}&app=${VALUES.app}`);
  const box = page.locator('ts-your-values');
  await expect(box).toBeVisible();
  await box.locator('summary').click();
  await expect(box.locator('summary')).toContainText('Your values: 2 entered');
  await expect(box.locator('[data-row="tenant"] [data-value]')).toHaveText(VALUES.tenant);
  await expect(box.locator('[data-row="url"]')).toContainText('not entered yet');
  await expect(box.locator('[data-row="obj"] a')).toHaveAttribute('href', /^\/microsoft-app-registration\/service-principal\/#powershell/);
  await box.getByRole('button', { name: 'Copy link to this setup' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`${new URL(page.url()).origin}${GUIDE}#tenant=${VALUES.tenant}&app=${VALUES.app}`);
  await expect(box.getByRole('status')).toContainText('copied');
  // Typing elsewhere updates it; the stale message goes.
  await page.locator('#webxml-checker-url').fill(VALUES.url);
  await expect(box.locator('[data-row="url"] [data-value]')).toHaveText(VALUES.url);
  await expect(box.getByRole('status')).toHaveText('');
  await box.getByRole('button', { name: 'Forget my values' }).click();
  await expect(box.locator('summary')).toContainText('none entered yet');
  await expect(page.locator('#webxml-checker-url')).toHaveValue('');
  await expect.poll(() => page.evaluate(() => location.hash)).toBe('');
  await expect(box.getByRole('status')).toContainText('removed');
  // German page, German words.
  await page.goto(`/de${GUIDE}#app=${VALUES.app}`);
  await expect(page.locator('ts-your-values summary')).toContainText('Ihre Werte: 1 eingegeben');
});

test('a step anchor with values lands on the filled tool for that step', async ({ page }) => {
  await page.goto(`${GUIDE}service-principal/#add-mailboxes&mb=info@contoso.com&app=${VALUES.app}`);
  await expect(page.locator('#powershell-mb')).toHaveValue('info@contoso.com');
  await expect(page.locator('#powershell')).toBeInViewport();
  await expect(page.locator('#add-mailboxes')).not.toBeInViewport();
  // The anchor alone (no values) still opens the heading.
  await page.goto('about:blank');
  await page.goto(`${GUIDE}service-principal/#add-mailboxes`);
  await expect(page.locator('#add-mailboxes')).toBeInViewport();
});

test('"Your values" is in place from the first paint: the page below it does not shift when the script starts; without JavaScript it is not shown', async ({ browser, baseURL }) => {
  // Scripts are held back, so the page is painted before any of our code runs.
  const context = await browser.newContext({ baseURL, viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  let release!: () => void;
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(STEP1, { waitUntil: 'commit' });
  const firstText = page.locator('.sl-markdown-content > p').first();
  await expect(firstText).toBeVisible();
  const before = (await firstText.boundingBox())!.y;
  await expect(page.locator('ts-your-values summary')).toBeVisible();
  release();
  await page.waitForLoadState('load');
  await expect(page.locator('ts-your-values summary')).toContainText('none entered yet');
  expect((await firstText.boundingBox())!.y).toBe(before);
  await context.close();

  const noScript = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(STEP1);
  await expect(plain.locator('h1')).toBeVisible();
  await expect(plain.locator('ts-your-values')).toBeHidden();
  await noScript.close();
});
