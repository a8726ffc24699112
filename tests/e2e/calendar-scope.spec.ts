import { readFile } from 'node:fs/promises';
import { test, expect, expectAxeClean } from './fixtures';

const TOOL = '#calendar-scope';
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

test.describe('calendar scoping commands (RBAC for Applications)', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
  // Several axe runs and a download per test: allow for a busy machine.
  test.slow();

  test('English tool page: by keyboard, the commands to copy and download; an invalid ID is marked', async ({ page }) => {
    await page.goto('/tools/calendar-scope/');
    const tool = page.locator(TOOL);
    const code = tool.locator('[data-script]');
    await expect(code).toContainText("$appId = '<APPLICATION_ID>'");
    const app = tool.getByLabel('Application (client) ID');
    await expect(app).toBeEnabled();
    // Only the fields of the chosen kind of scope are shown.
    await expect(tool.getByLabel('Value of the custom attribute')).toBeHidden();
    await expect(tool.getByLabel('Distinguished name of the group')).toBeHidden();
    await expectAxeClean(page, TOOL);

    await app.focus();
    await page.keyboard.type('6f1c2d3e-4a5b');
    await page.keyboard.press('Tab');
    await expect(app).toHaveAttribute('aria-invalid', 'true');
    await expect(app).toHaveAccessibleDescription(/overview of the app registration/);
    const appMessage = tool.locator('[data-message="app"]');
    await expect(appMessage).toBeVisible();
    await expect(appMessage).not.toBeEmpty();
    await expectAxeClean(page, TOOL);

    // Copy while a field is wrong: nothing copied, the field to fix gets the focus.
    await tool.getByRole('button', { name: 'Copy commands' }).click();
    await expect(tool.locator('[data-fix]')).toBeVisible();
    await expect(app).toBeFocused();

    await app.fill('');
    await page.keyboard.type(APP);
    await expect(app).not.toHaveAttribute('aria-invalid');
    await page.keyboard.press('Tab'); // to the first scope option (a list of mailboxes)
    await expect(tool.getByLabel('These mailboxes')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(tool.getByLabel('Mailboxes', { exact: true })).toBeFocused();
    await page.keyboard.type("info@contoso.com, o'neil@contoso.com");
    await expect(code).toContainText(`$appId = '${APP}'`);
    // OPATH literal inside a PowerShell literal: the quote doubled for OPATH, then again for PowerShell.
    await expect(code).toContainText("$filter = 'PrimarySmtpAddress -eq ''info@contoso.com'' -or PrimarySmtpAddress -eq ''o''''neil@contoso.com'''");
    await expect(code).toContainText("$check = @('info@contoso.com', 'o''neil@contoso.com')");
    await expect(code).toContainText("-Role 'Application Calendars.ReadWrite' -CustomResourceScope $scopeName");
    await expect(page).toHaveURL(/#app=6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f&mb=info@contoso\.com,%20o'neil@contoso\.com$/);
    await expectAxeClean(page, TOOL);

    await tool.getByRole('button', { name: 'Copy commands' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' })).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("New-ManagementScope -Name $scopeName -RecipientRestrictionFilter $filter");
    // Looked up first, so that running the commands again creates nothing twice.
    expect(copied.indexOf('Get-ManagementScope | Where-Object')).toBeGreaterThan(-1);
    expect(copied.indexOf('Get-ManagementScope | Where-Object')).toBeLessThan(copied.indexOf('New-ManagementScope'));
    expect(copied.indexOf("Get-ManagementRoleAssignment -Role 'Application Calendars.ReadWrite'")).toBeLessThan(copied.indexOf('New-ManagementRoleAssignment'));
    expect(copied).toContain('Test-ServicePrincipalAuthorization -Identity $sp.Identity -Resource $mailbox');

    const [file] = await Promise.all([page.waitForEvent('download'), tool.getByRole('button', { name: 'Download commands (.ps1)' }).click()]);
    expect(file.suggestedFilename()).toBe('teamspace-calendar-scope.ps1');
    const bytes = await readFile((await file.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.subarray(3).toString('utf8').replace(/\r\n/g, '\n')).toBe(copied);

    // Members of a group: the group field replaces the list, mailboxes to check are optional.
    await tool.getByLabel('Members of a group').check();
    await expect(tool.getByLabel('Mailboxes', { exact: true })).toBeHidden();
    await tool.getByLabel('Distinguished name of the group').fill("CN=teamspace O'Mail,OU=contoso.onmicrosoft.com");
    await tool.getByLabel('Mailboxes to check (optional)').fill('info@contoso.com, ceo@contoso.com');
    await expect(code).toContainText("$filter = 'MemberOfGroup -eq ''CN=teamspace O''''Mail,OU=contoso.onmicrosoft.com'''");
    await expect(code).toContainText("$check = @('info@contoso.com', 'ceo@contoso.com')");
    await tool.getByLabel('Mailboxes to check (optional)').fill('info@contoso.com, not an address');
    await expect(tool.getByLabel('Mailboxes to check (optional)')).toHaveAttribute('aria-invalid', 'true');
    await expect(tool.getByLabel('Mailboxes to check (optional)')).toHaveAccessibleDescription(/not an email address/);
    await expectAxeClean(page, TOOL);
  });

  test('German step 2: prefilled link, custom attribute, errors next to the field, axe clean', async ({ page }) => {
    await page.goto(`/de/microsoft-app-registration/service-principal/#app=${APP}&mb=info%40contoso.com`);
    await expect(page.locator('#scope-calendars')).toBeAttached();
    const tool = page.locator(TOOL);
    const code = tool.locator('[data-script]');
    await expect(tool.getByLabel('Anwendungs-ID (Client)')).toHaveValue(APP);
    await expect(code).toContainText(`$appId = '${APP}'`);
    await expect(code).toContainText("$filter = 'PrimarySmtpAddress -eq ''info@contoso.com'''");
    await expect(tool).toContainText('Entfernen Sie danach die Berechtigung Calendars.ReadWrite');

    await tool.getByLabel('Postfächer mit einem Wert eines benutzerdefinierten Attributs').check();
    await tool.getByLabel('Benutzerdefiniertes Attribut').selectOption('7');
    const value = tool.getByLabel('Wert des benutzerdefinierten Attributs');
    await value.focus();
    await page.keyboard.type('teamspace');
    await expect(code).toContainText("$filter = 'CustomAttribute7 -eq ''teamspace'''");
    await expect(code).toContainText('# Prüfung: InScope muss');

    const name = tool.getByLabel('Name des Verwaltungsbereichs (optional)');
    await name.fill('x'.repeat(65));
    await expect(name).toHaveAttribute('aria-invalid', 'true');
    await expect(name).toHaveAccessibleDescription(/höchstens 64 Zeichen/);
    await expect(code).toContainText("$scopeName = 'teamspace calendars'");
    await tool.getByRole('button', { name: 'Befehle kopieren' }).click();
    await expect(name).toBeFocused();
    await expect(tool.locator('[data-fix]')).toBeVisible();
    await expectAxeClean(page, TOOL);
  });
});
