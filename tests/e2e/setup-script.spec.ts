import { readFile } from 'node:fs/promises';
import { test, expect, expectAxeClean } from './fixtures';

const TOOL = '#setup-script';

test.describe('one-shot setup script', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Several axe runs and a download per test: allow for a busy machine.
  test.slow();

  test('English tool page: placeholders first, then the filled script to copy and download', async ({ page }) => {
    await page.goto('/tools/setup-script/');
    const code = page.locator(`${TOOL} [data-script]`);
    await expect(code).toContainText("$redirectUri = '<INSTALLATION_URL>/api/server/oauth2/redirect'");
    await expect(page.getByLabel('teamspace installation URL')).toBeEnabled();
    await expect(page.locator(TOOL)).toContainText('Privileged Role Administrator or Global Administrator');
    await expect(page.locator(TOOL)).toContainText('Paste it into teamspace only');
    await expectAxeClean(page, TOOL);

    await page.getByLabel('teamspace installation URL').fill('https://xyc.teamspace.de/');
    await page.getByLabel('Name of the app registration').fill("teamspace O'Mail");
    await page.getByLabel('Mailboxes (optional)').fill('info@contoso.com, support@contoso.com');
    await page.getByLabel('Client secret valid for').selectOption('12');
    await expect(page.locator(TOOL)).toContainText('Redirect URI the script registers: https://xyc.teamspace.de/api/server/oauth2/redirect');
    await expect(code).toContainText("$appName = 'teamspace O''Mail'");
    await expect(code).toContainText("$mailboxes = @('info@contoso.com', 'support@contoso.com')");
    await expect(code).toContainText('$secretMonths = 12');
    // A secret refused by the tenant's app management policy is named, with the catalogue entry's address.
    await expect(code).toContainText("-match 'CredentialTypeNotAllowedAsPerAppPolicy'");
    await expect(code).toContainText("'https://help.teamspace.example/microsoft-app-registration/troubleshooting/#secret-blocked-by-policy'");
    // SMTP AUTH and Send As, offered as in step 2: off, the script says they are left to do.
    await expect(code).toContainText('$smtpAuth = $false');
    await page.getByLabel('Allow SMTP AUTH for these mailboxes (Set-CASMailbox)').check();
    await expect(code).toContainText('$smtpAuth = $true');
    await expect(code).toContainText('$sendAs = $false');
    await expect(page).toHaveURL(/#url=https:\/\/xyc\.teamspace\.de\/&mb=info@contoso\.com,%20support@contoso\.com&name=teamspace%20O'Mail$/);
    await expectAxeClean(page, TOOL);

    await page.getByRole('button', { name: 'Copy script' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("$redirectUri = 'https://xyc.teamspace.de/api/server/oauth2/redirect'");

    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download script (.ps1)' }).click()]);
    expect(file.suggestedFilename()).toBe('teamspace-setup.ps1');
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.replace(/\r\n/g, '\n')).toBe(copied);
  });

  test('German guide page: prefilled link, keyboard only, errors next to the field', async ({ page }) => {
    await page.goto('/de/microsoft-app-registration/app-registration/#url=xyc%20teamspace.de&tenant=contoso.onmicrosoft.com&mb=info%40contoso.com&name=Mail');
    // In the guide the script is the second path beside the portal clicks; the first tab list
    // holds the tool, and choosing it switches every section of the page to the script path.
    await page.getByRole('tab', { name: 'PowerShell-Skript' }).first().click();
    const tool = page.locator(TOOL);
    const url = tool.getByLabel('Installations-URL von teamspace');
    await expect(url).toHaveValue('xyc teamspace.de');
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(url).toHaveAccessibleDescription(/Entfernen Sie das Leerzeichen/);
    const code = page.locator(`${TOOL} [data-script]`);
    await expect(code).toContainText("$tenant = 'contoso.onmicrosoft.com'");
    await expect(code).toContainText("$appName = 'Mail'");
    await expect(page.locator(TOOL)).toContainText('Korrigieren Sie zuerst die markierten Felder');
    await expectAxeClean(page, TOOL);

    // Copy refuses while the URL is wrong and takes the user to the field.
    await page.getByRole('button', { name: 'Skript kopieren' }).focus();
    await page.keyboard.press('Enter');
    await expect(url).toBeFocused();

    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('https://xyc.teamspace.de');
    await expect(url).not.toHaveAttribute('aria-invalid', 'true');
    await expect(code).toContainText("$redirectUri = 'https://xyc.teamspace.de/api/server/oauth2/redirect'");
    await expect(code).toContainText('# --- Ihre Werte (hier noch änderbar) ---');
    await expect(code).toContainText("'https://help.teamspace.example/de/microsoft-app-registration/troubleshooting/#secret-blocked-by-policy'");

    const mailboxes = tool.getByLabel('Postfächer (optional)');
    await mailboxes.fill('info@contoso.com, kein-postfach');
    await expect(mailboxes).toHaveAccessibleDescription(/keine E-Mail-Adresse/);
    await expectAxeClean(page, TOOL);
    await mailboxes.fill('info@contoso.com');

    const download = page.getByRole('button', { name: 'Skript herunterladen (.ps1)' });
    await download.focus();
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const text = (await readFile((await file.path())!)).toString('utf8');
    // Interactive sign-in to Exchange Online without -Organization (certificate and managed identity only).
    expect(text).toContain('Connect-ExchangeOnline -ShowBanner:$false');
    expect(text).not.toContain('-Organization');
    expect(text).toContain("$mailboxes = @('info@contoso.com')");
    await expect(page.getByRole('status').filter({ hasText: 'Download gestartet: teamspace-setup.ps1' })).toBeVisible();
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the script with placeholders and the roles are still there to read', async ({ page }) => {
      await page.goto('/tools/setup-script/');
      const tool = page.locator(TOOL);
      await expect(tool).toContainText('This tool needs JavaScript.');
      await expect(tool).toContainText('Exchange Administrator');
      await expect(tool.locator('[data-script]')).toContainText("$redirectUri = '<INSTALLATION_URL>/api/server/oauth2/redirect'");
      await expect(page.getByRole('button', { name: 'Copy script' })).toBeDisabled();
    });
  });
});
