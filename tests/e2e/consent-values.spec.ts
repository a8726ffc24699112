/**
 * The admin-consent link (step 1) and the step-4 values card: filled from links and by
 * typing, invalid values shown with their error, nothing opened by itself.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const TENANT = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const STEP1 = '/microsoft-app-registration/app-registration/';
const STEP4 = '/microsoft-app-registration/teamspace-interface/';

const consent = (page: Page) => page.locator('#admin-consent');
const card = (page: Page) => page.locator('#teamspace-values');

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Several axe runs and many steps per test: allow for a busy machine.
test.describe.configure({ timeout: 120_000 });

test('admin-consent link from a prefilled link: correct, a plain link, not opened', async ({ page }) => {
  await page.goto(`${STEP1}#tenant=${TENANT}&app=${APP.toUpperCase()}`);
  const link = consent(page).getByRole('link', { name: /adminconsent/ });
  const expected = `https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${APP}`;
  await expect(link).toHaveAttribute('href', expected);
  await expect(link).toHaveText(`${expected} (opens Microsoft's sign-in page in a new tab)`);
  await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  // Nothing opened by itself: still one page, still on the guide (the fixture also fails on any request to Microsoft).
  expect(page.context().pages()).toHaveLength(1);
  await expect(page).toHaveURL(new RegExp(STEP1));
  await consent(page).getByRole('button', { name: 'Copy admin-consent link' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
  await expect(consent(page).getByRole('status')).toHaveText('Copied to the clipboard.');
  await expectAxeClean(page, '#admin-consent');
});

test('admin-consent link by keyboard; invalid values give an error and no link', async ({ page }) => {
  await page.goto(STEP1);
  const tenant = consent(page).getByLabel('Directory (tenant) ID');
  await expect(tenant).toBeEnabled();
  await tenant.focus();
  await page.keyboard.type('contoso');
  await page.keyboard.press('Tab');
  const app = consent(page).getByLabel('Application (client) ID');
  await expect(app).toBeFocused();
  await page.keyboard.type(APP);
  await expect(tenant).toHaveAttribute('aria-invalid', 'true');
  await expect(tenant).toHaveAccessibleDescription(/verified domain of your tenant/);
  await expect(consent(page).getByRole('link', { name: /adminconsent/ })).toHaveCount(0);
  await expect(consent(page).getByRole('button', { name: 'Copy admin-consent link' })).toBeDisabled();
  await expect(consent(page).locator('[data-template]')).toContainText('{Directory ID}');
  await expectAxeClean(page, '#admin-consent');

  await tenant.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('contoso.onmicrosoft.com');
  const expected = `https://login.microsoftonline.com/contoso.onmicrosoft.com/adminconsent?client_id=${APP}`;
  await expect(consent(page).getByRole('link', { name: /adminconsent/ })).toHaveAttribute('href', expected);
  await expect(consent(page).getByRole('status')).toHaveText(`Admin-consent link ready: ${expected}`);

  // Any verified domain of the tenant works too (Microsoft accepts it in the consent URL).
  await tenant.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('contoso.com');
  await expect(consent(page).getByRole('link', { name: /adminconsent/ })).toHaveAttribute('href', `https://login.microsoftonline.com/contoso.com/adminconsent?client_id=${APP}`);
  await expect(tenant).not.toHaveAttribute('aria-invalid', 'true');
  await expect(tenant).toHaveAccessibleDescription(/verified domain of your tenant/);
  expect(page.context().pages()).toHaveLength(1);
});

test('German admin-consent link', async ({ page }) => {
  await page.goto(`/de${STEP1}#tenant=${TENANT}&app=${APP}`);
  await expect(consent(page).getByRole('heading', { name: 'Administratorzustimmung per Link' })).toBeVisible();
  await expect(consent(page).getByRole('link', { name: /adminconsent/ })).toHaveAttribute(
    'href',
    `https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${APP}`,
  );
  await expect(consent(page).getByRole('button', { name: 'Zustimmungslink kopieren' })).toBeEnabled();
  await expectAxeClean(page, '#admin-consent');
});

test('values card filled from a link, with copy buttons and the secret reminder', async ({ page }) => {
  await page.goto(`${STEP4}#app=${APP}&tenant=${TENANT}`);
  const appRow = card(page).locator('[data-row="applicationId"]');
  const dirRow = card(page).locator('[data-row="directoryId"]');
  await expect(appRow.locator('dt')).toHaveText('Application ID');
  await expect(appRow.locator('code')).toHaveText(APP);
  await expect(dirRow.locator('code')).toHaveText(TENANT);
  await expect(card(page).locator('[data-row="applicationKey"] dd')).toContainText('Value of the client secret');
  // The secret is never asked for on this site.
  await expect(card(page).getByRole('textbox')).toHaveCount(2);
  await card(page).getByRole('button', { name: 'Copy Directory ID' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(TENANT);
  await expect(card(page).getByRole('status')).toHaveText('Copied to the clipboard.');
  await expectAxeClean(page, '#teamspace-values');
});

test('values card shows placeholders with the error for missing or invalid values', async ({ page }) => {
  await page.goto(`${STEP4}#app=not-a-guid`);
  const appRow = card(page).locator('[data-row="applicationId"]');
  const dirRow = card(page).locator('[data-row="directoryId"]');
  await expect(appRow.locator('code')).toHaveText('{Application ID}');
  await expect(appRow.locator('[data-status]')).toContainText('Not usable: Not a GUID.');
  await expect(card(page).getByLabel('Application (client) ID')).toHaveValue('not-a-guid');
  await expect(dirRow.locator('code')).toHaveText('{Directory ID}');
  await expect(dirRow.locator('[data-status]')).toHaveText('Not entered yet.');
  await expect(card(page).getByRole('button', { name: 'Copy Application ID' })).toBeDisabled();
  await expectAxeClean(page, '#teamspace-values');

  await card(page).getByLabel('Directory (tenant) ID').fill('contoso.onmicrosoft.com');
  await expect(dirRow.locator('code')).toHaveText('contoso.onmicrosoft.com');
  await expect(dirRow.locator('[data-status]')).toContainText('primary domain');
  await expect(card(page).getByRole('status')).toHaveText('Directory ID for teamspace: contoso.onmicrosoft.com');
  await expect(page).toHaveURL(/tenant=contoso\.onmicrosoft\.com/);
});

test('German values card from a link', async ({ page }) => {
  await page.goto(`/de${STEP4}?app=${APP}&tenant=${TENANT}`);
  await expect(card(page).locator('[data-row="applicationId"] dt')).toHaveText('Anwendungs-ID');
  await expect(card(page).locator('[data-row="applicationId"] code')).toHaveText(APP);
  await expect(card(page).locator('[data-row="directoryId"] dt')).toHaveText('Verzeichnis-ID');
  await expect(card(page).locator('[data-row="applicationKey"] dt')).toHaveText('Anwendungsschlüssel');
  await expect(card(page).getByRole('button', { name: 'Anwendungs-ID kopieren' })).toBeEnabled();
  await expectAxeClean(page, '#teamspace-values');
});
