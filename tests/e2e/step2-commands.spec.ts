/**
 * Step 2 shows each command once: its static commands with placeholders are the fallback of
 * the embedded PowerShell generator. Without JavaScript the static commands show and the
 * generator's output does not; with JavaScript the generator's filled-in commands show and
 * the static ones give way to a note that names the generator's block. Both locales.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJ = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const VALUES = `#tenant=contoso.onmicrosoft.com&app=${APP}&obj=${OBJ}&mb=info@contoso.com&smtp=1&sendas=1&verify=1`;
/** The start of every command step 2 asks for (the calendar scoping tool has its own commands). */
const COMMANDS = [
  'if (-not (Get-Module -ListAvailable -Name ',
  'Import-Module ExchangeOnlineManagement',
  'Connect-ExchangeOnline',
  'New-ServicePrincipal -AppId',
  'Add-MailboxPermission -Identity',
  'Add-RecipientPermission -Identity',
  'Set-CASMailbox -Identity',
  'Get-MailboxPermission -Identity',
  'Get-RecipientPermission -Identity',
  'Get-CASMailbox -Identity',
];

/** How often each command starts a line in the code the reader sees (outside the calendar scoping tool). */
async function visibleCommandCounts(page: Page): Promise<Record<string, number>> {
  const code = await page.locator('main pre:visible').evaluateAll((pres) =>
    pres.filter((p) => !p.closest('#calendar-scope')).map((p) => (p as HTMLElement).innerText),
  );
  const lines = code.flatMap((c) => c.split('\n').map((l) => l.trim()));
  // A command inside an if-block is indented, and "$sp = New-ServicePrincipal …" assigns it.
  const starts = (l: string, c: string) => l.startsWith(c) || l.replace(/^\$\w+\s*=\s*/, '').startsWith(c);
  return Object.fromEntries(COMMANDS.map((c) => [c, lines.filter((l) => starts(l, c)).length]));
}

const once = Object.fromEntries(COMMANDS.map((c) => [c, 1]));

for (const lang of ['en', 'de'] as const) {
  const path = `${lang === 'de' ? '/de' : ''}/microsoft-app-registration/service-principal/`;

  test(`with JavaScript each command shows once, filled in by the generator (${lang})`, async ({ page }) => {
    await page.goto(path + VALUES);
    const generator = page.locator('#powershell');
    await expect(generator.locator('[data-code="principal"]')).toContainText(`-ObjectId '${OBJ}'`);
    expect(await visibleCommandCounts(page)).toEqual(once);
    // No placeholder is left in sight, and each section names the generator's block instead.
    const visibleCode = (await page.locator('main pre:visible').allInnerTexts()).join('\n');
    expect(visibleCode).not.toContain('<MAILBOX>');
    const notes = page.locator('.ts-generator-fallback__note');
    await expect(notes).toHaveCount(7);
    for (const note of await notes.all()) await expect(note).toBeVisible();
    await notes.first().getByRole('link').click();
    await expect(generator).toBeInViewport();
    await expectAxeClean(page);
  });

  test.describe(`without JavaScript (${lang})`, () => {
    test.use({ javaScriptEnabled: false });
    test('the static commands show, each once, and the generator’s output does not', async ({ page }) => {
      await page.goto(path);
      expect(await visibleCommandCounts(page)).toEqual(once);
      await expect(page.locator('#powershell [data-code="principal"]')).toBeHidden();
      await expect(page.locator('.ts-generator-fallback__note').first()).toBeHidden();
      const code = (await page.locator('main pre:visible').allInnerTexts()).join('\n');
      expect(code).toContain("New-ServicePrincipal -AppId '<APPLICATION_ID>' -ObjectId '<OBJECT_ID>'");
    });
  });
}

test('the generator’s own page keeps its commands with placeholders without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tools/powershell-generator/');
  await expect(page.locator('#powershell [data-code="principal"]')).toBeVisible();
  // Its defaults: Send As off, so neither Add-RecipientPermission nor its check.
  expect(await visibleCommandCounts(page)).toEqual({ ...once, 'Add-RecipientPermission -Identity': 0, 'Get-RecipientPermission -Identity': 0 });
  await context.close();
});
