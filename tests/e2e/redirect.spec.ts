/**
 * The redirect URI builder and checker, driven like a user: by label and role, by
 * typing and from prefilled links, keyboard only, in both locales.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

const TOOL = '/tools/redirect-uri/';
const GUIDE = '/microsoft-app-registration/app-registration/';

const tool = (page: Page) => page.locator('#redirect-uri');
const status = (page: Page) => tool(page).getByRole('status');
const finding = (page: Page, rule: string) => tool(page).locator(`.ts-finding[data-rule="${rule}"]`);
/** The findings left in the open (failures and warnings), and the folded line of the passes. */
const openFindings = (page: Page) => tool(page).locator('[data-findings] > .ts-finding');
const passed = (page: Page) => tool(page).locator('details[data-passed]');
const severities = (page: Page) => openFindings(page).evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Several axe runs and many steps per test: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

test('builds the redirect URI from what people type and says what was adjusted', async ({ page }) => {
  await page.goto(TOOL);
  const url = page.getByLabel('Installation URL of teamspace');
  await expect(url).toBeEnabled();
  await url.fill('  HTTP://XYC.teamspace.de:80/teamspace/  ');
  const result = tool(page).locator('[data-result-text]');
  await expect(result).toHaveText('https://xyc.teamspace.de/teamspace/api/server/oauth2/redirect');
  const changes = tool(page).locator('[data-changes-list] li');
  await expect(changes).toHaveCount(6);
  await expect(changes.nth(0)).toContainText('Removed the spaces');
  await expect(changes.filter({ hasText: 'Changed http:// to https://' })).toHaveCount(1);
  await expect(changes.filter({ hasText: 'lower case (xyc.teamspace.de)' })).toHaveCount(1);
  await expect(changes.filter({ hasText: 'Removed the port :80' })).toHaveCount(1);
  await expect(changes.filter({ hasText: 'Removed the slash at the end' })).toHaveCount(1);
  await expect(changes.filter({ hasText: 'Kept the context path /teamspace' })).toHaveCount(1);
  // The field warns about the upgrade to https, without losing what was typed.
  await expect(url).toHaveValue('  HTTP://XYC.teamspace.de:80/teamspace/  ');
  await expect(url).toHaveAccessibleDescription(/Read as https:\/\//);
  await expect(status(page)).toHaveText('Redirect URI: https://xyc.teamspace.de/teamspace/api/server/oauth2/redirect');
  await expect(page).toHaveURL(/#url=/);

  await tool(page).getByRole('button', { name: 'Copy redirect URI' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://xyc.teamspace.de/teamspace/api/server/oauth2/redirect');
  await expect(status(page)).toHaveText('Copied to the clipboard.');
});

test('an address that already is the redirect URI is not doubled', async ({ page }) => {
  await page.goto(TOOL);
  await page.getByLabel('Installation URL of teamspace').fill('xyc.teamspace.de/api/server/oauth2/redirect/');
  await expect(tool(page).locator('[data-result-text]')).toHaveText('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await expect(page.getByLabel('Installation URL of teamspace')).toHaveAccessibleDescription(/This is a redirect URI/);
});

test('an invalid installation URL is an error next to the field and gives no URI', async ({ page }) => {
  await page.goto(TOOL);
  const url = page.getByLabel('Installation URL of teamspace');
  await url.fill('ftp://xyc.teamspace.de');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/starting with https:\/\//);
  await expect(tool(page).getByRole('button', { name: 'Copy redirect URI' })).toBeDisabled();
  await expect(tool(page).locator('[data-result-text]')).toHaveClass(/ts-placeholder/);
});

test('a link with an invisible or forbidden character: refused, the character named, in both locales', async ({ page }) => {
  // %E2%80%AE decodes to U+202E; %25EF%25BF%25BF stays the escape %EF%BF%BF (U+FFFF) in the field.
  await page.goto(`${TOOL}#url=https://xyc.teamspace.de/ts%E2%80%AE`);
  const url = page.getByLabel('Installation URL of teamspace');
  await expect(url).toHaveAttribute('aria-invalid', 'true');
  await expect(url).toHaveAccessibleDescription(/U\+202E RIGHT-TO-LEFT OVERRIDE at position 28/);
  await expect(tool(page).getByRole('button', { name: 'Copy redirect URI' })).toBeDisabled();
  await page.goto(`/de${TOOL}#url=https://xyc.teamspace.de/%25EF%25BF%25BF`);
  const de = page.getByLabel('Installations-URL von teamspace');
  await expect(de).toHaveAttribute('aria-invalid', 'true');
  await expect(de).toHaveAccessibleDescription(/an Position 26 %EF%BF%BF \(U\+FFFF\)/);
  await expectAxeClean(page);
});

test('checks a typed redirect URI rule by rule, with fixes and a corrected URI', async ({ page }) => {
  await page.goto(TOOL);
  const ruri = page.getByLabel('Redirect URI as registered in Entra');
  await ruri.fill('http://XYC.teamspace.de/API/server/oauth2/redirect/?x=1');
  await expect(ruri).toHaveAttribute('aria-invalid', 'true');
  await expect(ruri).toHaveAccessibleDescription(/breaks at least one rule/);
  await expect(finding(page, 'scheme')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'scheme')).toContainText('Failure: HTTPS');
  await expect(finding(page, 'scheme')).toContainText('Fix: Use https://');
  await expect(finding(page, 'host')).toHaveAttribute('data-severity', 'warning');
  await expect(finding(page, 'path')).toContainText('case-sensitive');
  await expect(finding(page, 'trailingSlash')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'query')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'length')).toHaveAttribute('data-severity', 'ok');
  await expect(tool(page).locator('[data-summary]')).toHaveText('Failed: 4, warnings: 1, passed: 7.');
  // Failures first, then the warning; the 7 passes fold into one closed line that opens.
  expect(await severities(page)).toEqual(['error', 'error', 'error', 'error', 'warning']);
  await expect(openFindings(page).nth(4)).toHaveAttribute('data-rule', 'host');
  const fold = passed(page);
  await expect(fold).not.toHaveAttribute('open', '');
  await expect(fold.locator('summary')).toHaveText('7 checks passed');
  await expect(finding(page, 'length')).toBeHidden();
  await fold.locator('summary').click();
  await expect(fold).toHaveAttribute('open', '');
  await expect(fold.locator('.ts-finding')).toHaveCount(7);
  expect(await fold.locator('.ts-finding').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(Array(7).fill('ok'));
  await expect(finding(page, 'length')).toBeVisible();
  await expect(finding(page, 'length')).toContainText('Pass: Length');
  await expect(tool(page).locator('[data-suggestion-text]')).toHaveText('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await expect(status(page)).toHaveText('Check of the redirect URI: Failed: 4, warnings: 1, passed: 7.');
  await expectAxeClean(page, '#redirect-uri');

  await tool(page).getByRole('button', { name: 'Copy corrected URI' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://xyc.teamspace.de/api/server/oauth2/redirect');

  await ruri.fill('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await expect(ruri).not.toHaveAttribute('aria-invalid', 'true');
  await expect(tool(page).locator('[data-summary]')).toHaveText('All 12 rules passed.');
  // Nothing failed: no open list, only the folded line, with every rule in it.
  await expect(tool(page).locator('[data-findings]')).toBeHidden();
  await expect(passed(page).locator('summary')).toHaveText('12 checks passed');
  await expect(passed(page).locator('.ts-finding')).toHaveCount(12);
  // The line the reader opened stays open while the value is checked again.
  await expect(passed(page)).toHaveAttribute('open', '');
  await expect(tool(page).locator('[data-suggestion]')).toBeHidden();
});

test('from a prefilled link: compares the two and says where they differ', async ({ page }) => {
  await page.goto(`${TOOL}#url=https://xyc.teamspace.de/teamspace&ruri=https://xyc.teamspace.de/api/server/oauth2/redirect`);
  await expect(page.getByLabel('Installation URL of teamspace')).toHaveValue('https://xyc.teamspace.de/teamspace');
  await expect(page.getByLabel('Redirect URI as registered in Entra')).toHaveValue('https://xyc.teamspace.de/api/server/oauth2/redirect');
  const match = finding(page, 'match');
  await expect(match).toHaveAttribute('data-severity', 'error');
  await expect(match).toContainText('from character 26 on');
  await expect(match.getByRole('listitem')).toHaveText(['Path: expected /teamspace/api/server/oauth2/redirect, found /api/server/oauth2/redirect']);
  await expect(tool(page).locator('[data-compared]')).toContainText('https://xyc.teamspace.de/teamspace/api/server/oauth2/redirect');
  await expect(tool(page).locator('[data-suggestion-text]')).toHaveText('https://xyc.teamspace.de/teamspace/api/server/oauth2/redirect');
  // Nothing is announced for values that came with the link.
  await expect(status(page)).toHaveText('');
  await expectAxeClean(page, '#redirect-uri');
});

test('a prefilled link with an internationalised domain shows the punycode form', async ({ page }) => {
  await page.goto(`${TOOL}?ruri=${encodeURIComponent('https://müller-teamspace.de/api/server/oauth2/redirect')}`);
  await expect(finding(page, 'host')).toHaveAttribute('data-severity', 'error');
  await expect(finding(page, 'host')).toContainText('xn--mller-teamspace-zvb.de');
  await expect(tool(page).locator('[data-suggestion-text]')).toHaveText('https://xn--mller-teamspace-zvb.de/api/server/oauth2/redirect');
  // The query form moves to the fragment, which never reaches server logs.
  await expect(page).toHaveURL(/\/tools\/redirect-uri\/#ruri=/);
});

test('works with the keyboard only', async ({ page }) => {
  await page.goto(TOOL);
  const url = page.getByLabel('Installation URL of teamspace');
  await expect(url).toBeEnabled();
  for (let i = 0; i < 40 && !(await url.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(url).toBeFocused();
  await page.keyboard.type('xyc.teamspace.de');
  await page.keyboard.press('Tab');
  await expect(tool(page).getByRole('button', { name: 'Copy redirect URI' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Copied to the clipboard.');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await page.keyboard.press('Tab');
  const ruri = page.getByLabel('Redirect URI as registered in Entra');
  await expect(ruri).toBeFocused();
  await page.keyboard.type('https://xyc.teamspace.de/api/server/oauth2/redirect#x');
  await expect(finding(page, 'fragment')).toHaveAttribute('data-severity', 'error');
  await expect(status(page)).toHaveText(/^Check of the redirect URI: Failed: 2,/);
  await page.keyboard.press('Tab');
  await expect(tool(page).getByRole('button', { name: 'Copy corrected URI' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://xyc.teamspace.de/api/server/oauth2/redirect');
  // The folded passes are the next stop and open with Enter.
  await page.keyboard.press('Tab');
  const summary = passed(page).locator('summary');
  await expect(summary).toBeFocused();
  await expect(summary).toHaveText('11 checks passed');
  await expect(finding(page, 'spaces')).toBeHidden();
  await page.keyboard.press('Enter');
  await expect(passed(page)).toHaveAttribute('open', '');
  await expect(finding(page, 'spaces')).toBeVisible();
});

test('German: builds, checks and explains in German, axe clean with failures shown', async ({ page }) => {
  await page.goto(`/de${TOOL}#url=xyc.teamspace.de/&ruri=https://xyc.teamspace.de:443/api/server/oauth2/redirect/`);
  await expect(page.getByLabel('Installations-URL von teamspace')).toHaveValue('xyc.teamspace.de/');
  await expect(tool(page).locator('[data-result-text]')).toHaveText('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await expect(tool(page).locator('[data-changes-list] li').first()).toContainText('https:// vorangestellt');
  await expect(finding(page, 'trailingSlash')).toContainText('Nicht erfüllt: Kein Schrägstrich am Ende');
  await expect(finding(page, 'port')).toContainText('Warnung: Port');
  await expect(finding(page, 'match')).toContainText('Pfad: erwartet /api/server/oauth2/redirect, gefunden /api/server/oauth2/redirect/');
  // Failures first, then the warning; the passes fold into one German line (plural).
  expect(await severities(page)).toEqual(['error', 'error', 'warning']);
  await expect(passed(page).locator('summary')).toHaveText('10 Prüfungen bestanden');
  await expect(finding(page, 'spaces')).toBeHidden();
  await passed(page).locator('summary').click();
  await expect(finding(page, 'spaces')).toContainText('Erfüllt: Keine Leerzeichen');
  await expect(page.getByLabel('Umleitungs-URI, wie sie in Entra eingetragen ist')).toHaveAccessibleDescription(/verstößt gegen mindestens eine Regel/);
  await page.getByLabel('Umleitungs-URI, wie sie in Entra eingetragen ist').fill('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await expect(status(page)).toHaveText('Prüfung der Umleitungs-URI: Alle 13 Regeln erfüllt.');
  await expect(passed(page).locator('summary')).toHaveText('13 Prüfungen bestanden');
  await page.getByLabel('Umleitungs-URI, wie sie in Entra eingetragen ist').fill('https://xyc.teamspace.de/api/server/oauth2/Redirect');
  await expectAxeClean(page, '#redirect-uri');
});

test('embedded in step 1 in both locales, sharing the installation URL through the link', async ({ page }) => {
  await page.goto(`${GUIDE}#url=https://xyc.teamspace.de`);
  await expect(tool(page).getByRole('heading', { level: 3, name: 'Redirect URI builder and checker' })).toBeVisible();
  await expect(tool(page).locator('[data-result-text]')).toHaveText('https://xyc.teamspace.de/api/server/oauth2/redirect');
  await page.goto(`/de${GUIDE}#url=https://xyc.teamspace.de/teamspace`);
  await expect(tool(page).getByRole('heading', { level: 3, name: 'Umleitungs-URI erstellen und prüfen' })).toBeVisible();
  await expect(tool(page).locator('[data-result-text]')).toHaveText('https://xyc.teamspace.de/teamspace/api/server/oauth2/redirect');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the guide still shows the pattern of the redirect URI and the consent link', async ({ page }) => {
    await page.goto(GUIDE);
    await expect(tool(page).locator('[data-result-text]')).toHaveText('https://<your installation>/api/server/oauth2/redirect');
    await expect(page.getByLabel('Installation URL of teamspace')).toBeDisabled();
    await expect(tool(page).getByText('This tool needs JavaScript.')).toBeVisible();
    await expect(page.locator('#admin-consent [data-template]')).toHaveText(
      'https://login.microsoftonline.com/{Directory ID}/adminconsent?client_id={Application ID}',
    );
  });
});
