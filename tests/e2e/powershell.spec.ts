import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';
import { paste } from './support/keyboard';

const PAGE = '/tools/powershell-generator/';
const TENANT = 'contoso.onmicrosoft.com';
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJ = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const SP = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });
// Several page loads and axe runs per test: allow for slow, shared CI machines.
test.describe.configure({ timeout: 180_000 });

const tool = (page: Page) => page.locator('ts-powershell-generator').first();
const field = (page: Page, key: string) => tool(page).locator(`[data-link-key="${key}"]`);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** The script exactly as the page shows it: stop lines (if any) and blocks, a blank line between. */
async function shownScript(root: Locator): Promise<string> {
  const stop = root.locator('[data-stop]');
  const parts = (await stop.isVisible()) ? [await stop.textContent()] : [];
  parts.push(...(await root.locator('[data-code]').allTextContents()));
  return parts.join('\n\n') + '\n';
}

async function open(page: Page, url: string) {
  await page.goto(url);
  // Upgraded: the frame enables the controls.
  await expect(field(page, 'tenant')).toBeEnabled();
}

test('a prefilled link (query and fragment) opens filled, complete, with the query moved into the fragment', async ({ page }) => {
  await open(page, `${PAGE}?tenant=${TENANT}&utm_source=mail#app=${APP}&obj=${OBJ}&mb=info@contoso.com,Sales%20%3Csales@contoso.com%3E&smtp=0&sendas=1`);
  await expect(page.getByLabel('Directory (tenant) ID or primary domain')).toHaveValue(TENANT);
  await expect(page.getByLabel('Application (client) ID')).toHaveValue(APP);
  await expect(page.getByLabel('Object ID of the enterprise application')).toHaveValue(OBJ);
  await expect(page.getByLabel('Mailboxes', { exact: true })).toHaveValue('info@contoso.com,Sales <sales@contoso.com>');
  await expect(page.getByLabel(/Allow SMTP AUTH/)).not.toBeChecked();
  await expect(page.getByLabel(/Grant Send As/)).toBeChecked();
  await expect(tool(page).locator('[data-mb-summary]')).toHaveText('2 mailboxes.');
  await expect(tool(page).locator('[data-status]')).toHaveText(/^Complete/);
  await expect(tool(page).locator('[data-stop]')).toBeHidden();
  const script = await shownScript(tool(page));
  // Interactive sign-in: plain Connect-ExchangeOnline (-Organization is for certificate and
  // managed-identity connections), so the tenant carried in the link is not in the script.
  expect(script).toMatch(/^Connect-ExchangeOnline$/m);
  expect(script).not.toContain('-Organization');
  expect(script).toContain("Add-RecipientPermission -Identity 'sales@contoso.com' -Trustee $sp.Identity");
  expect(script).not.toContain('Set-CASMailbox');
  // Ours move to the fragment; every key not on the allowlist leaves the address bar.
  const url = new URL(page.url());
  expect(url.search).toBe('');
  expect(url.hash).toBe(`#tenant=${TENANT}&app=${APP}&obj=${OBJ}&mb=info@contoso.com,Sales%20%3Csales@contoso.com%3E&smtp=0&sendas=1`);
  await expectAxeClean(page);
});

test('editing updates the address bar without adding history entries', async ({ page }) => {
  await open(page, PAGE);
  await expectAxeClean(page);
  const before = await page.evaluate(() => history.length);
  await page.getByLabel('Application (client) ID').fill(APP);
  await page.getByLabel('Mailboxes', { exact: true }).fill('a@contoso.com\nb@contoso.com');
  await page.getByLabel(/Add read-only checks/).uncheck();
  await expect(page).toHaveURL(new RegExp(`#app=${APP}&mb=a@contoso.com%0Ab@contoso.com&verify=0$`));
  expect(await page.evaluate(() => history.length)).toBe(before);
  await page.getByLabel('Application (client) ID').fill('');
  await expect(page).toHaveURL(/#mb=a@contoso.com%0Ab@contoso.com&verify=0$/);
  // A cleared required field says so, and the script shows the placeholder again.
  await expect(tool(page).locator('[data-message="app"]')).toHaveText('Required.');
  await expect(tool(page).locator('[data-code="principal"] .ts-placeholder').first()).toHaveText("'<APPLICATION_ID>'");
});

test('values are shared between two tools on one page, both ways', async ({ page }) => {
  await open(page, `${PAGE}#tenant=${TENANT}`);
  // A second instance of the same tool, as on a guide page with several tools.
  await page.evaluate(() => {
    const frame = document.querySelector('ts-tool-frame')!;
    const copy = frame.cloneNode(true) as HTMLElement;
    for (const el of copy.querySelectorAll<HTMLElement>('[id]')) el.id += '-2';
    for (const el of copy.querySelectorAll('label[for]')) el.setAttribute('for', `${el.getAttribute('for')}-2`);
    for (const el of copy.querySelectorAll('[aria-describedby], [aria-labelledby]')) {
      for (const attr of ['aria-describedby', 'aria-labelledby']) {
        const v = el.getAttribute(attr);
        if (v) el.setAttribute(attr, v.split(' ').map((id) => `${id}-2`).join(' '));
      }
    }
    frame.after(copy);
  });
  const [first, second] = [page.locator('ts-powershell-generator').nth(0), page.locator('ts-powershell-generator').nth(1)];
  await expect(second.locator('[data-link-key="tenant"]')).toHaveValue(TENANT);
  await first.locator('[data-link-key="app"]').fill(APP);
  await expect(second.locator('[data-link-key="app"]')).toHaveValue(APP);
  await second.locator('[data-link-key="mb"]').fill('shared@contoso.com');
  await expect(first.locator('[data-link-key="mb"]')).toHaveValue('shared@contoso.com');
  await second.locator('[data-link-key="sendas"]').check();
  await expect(first.locator('[data-link-key="sendas"]')).toBeChecked();
  await expect(page).toHaveURL(new RegExp(`#tenant=${TENANT}&app=${APP}&mb=shared@contoso.com&sendas=1$`));
  expect(await shownScript(first)).toBe(await shownScript(second));
});

test('"Copy link" writes the fragment form', async ({ page }) => {
  await open(page, `${PAGE}?app=${APP}&mb=info@contoso.com`);
  await page.getByLabel('Directory (tenant) ID or primary domain').fill(TENANT);
  await tool(page).locator('xpath=ancestor::ts-tool-frame').getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
  expect(await clipboard(page)).toBe(`${new URL(page.url()).origin}${PAGE}#tenant=${TENANT}&app=${APP}&mb=info@contoso.com`);
});

test('copied text equals the shown script, as a whole and per block', async ({ page }) => {
  await open(page, `${PAGE}#tenant=${TENANT}&app=${APP}&obj=${OBJ}&mb=o'brien@contoso.com,j%C3%BCrgen@contoso.com&sendas=1`);
  await page.getByRole('button', { name: 'Copy all' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Script copied.' })).toBeVisible();
  const shown = await shownScript(tool(page));
  expect(await clipboard(page)).toBe(shown);
  expect(shown).toContain("Add-MailboxPermission -Identity 'o''brien@contoso.com'");

  await page.getByRole('button', { name: 'Copy block 3' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Block 3 copied.' })).toBeVisible();
  expect(await clipboard(page)).toBe(await tool(page).locator('[data-code="fullAccess"]').textContent());
});

test('the download is the shown script plus a header, as UTF-8 with BOM and CRLF', async ({ page }) => {
  await open(page, `${PAGE}#tenant=${TENANT}&app=${APP}&obj=${OBJ}&mb=j%C3%BCrgen.m%C3%BCller@b%C3%A4ckerei.de`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download .ps1' }).click()]);
  expect(download.suggestedFilename()).toBe('teamspace-exchange-online.ps1');
  const bytes = readFileSync((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text).not.toMatch(/[^\r]\n/);
  const shown = await shownScript(tool(page));
  const crlf = (s: string) => s.replace(/\n/g, '\r\n');
  expect(text.endsWith(crlf(shown))).toBe(true);
  // Byte for byte: BOM + header + blank line + the shown script, nothing else.
  const header = text.slice(0, text.length - crlf(shown).length);
  expect(Buffer.compare(bytes, Buffer.from('\ufeff' + header + crlf(shown), 'utf8'))).toBe(0);
  const lines = header.replace(/(\r\n)+$/, '').split('\r\n');
  expect(lines.every((l) => l.startsWith('#'))).toBe(true);
  expect(lines[0]).toMatch(/^# teamspace: Exchange Online commands/);
  expect(header).toMatch(/# Generated: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\r\n/);
  expect(lines).toContain(`# ${page.url()}`);
  expect(text).toContain("'jürgen.müller@bäckerei.de'");
  await expect(page.getByRole('status').filter({ hasText: 'Download started' })).toBeVisible();
});

test('invalid values from a link stay in their fields with their errors', async ({ page }) => {
  await open(page, `${PAGE}#tenant=contoso.com&app=not-a-guid&obj=${OBJ}&mb=info@contoso.com,bad,Info@Contoso.com&smtp=maybe&nonsense=1`);
  await expect(field(page, 'tenant')).toHaveValue('contoso.com');
  await expect(field(page, 'tenant')).toHaveAttribute('aria-invalid', 'true');
  await expect(tool(page).locator('[data-message="tenant"]')).toHaveText(/looks like a custom domain/);
  await expect(field(page, 'app')).toHaveValue('not-a-guid');
  await expect(page.getByLabel('Application (client) ID')).toHaveAccessibleDescription(/Not a GUID/);
  await expect(tool(page).locator('[data-message="mb"]')).toHaveText(/^Not a mailbox address: bad\./);
  await expect(tool(page).locator('[data-mb-summary]')).toHaveText('1 mailbox. Duplicates removed: Info@Contoso.com.');
  await expect(tool(page).locator('[data-message="smtp"]')).toHaveText('The link set this option to "maybe". Use 1 (on) or 0 (off).');
  await expect(field(page, 'smtp')).toHaveAttribute('aria-invalid', 'true');
  // Kept in the link as given; the unknown key is ignored (and not written back).
  expect(page.url()).toContain('app=not-a-guid');
  expect(page.url()).toContain('smtp=maybe');
  expect(page.url()).not.toContain('nonsense');
  const stop = tool(page).locator('[data-stop]');
  await expect(stop).toContainText('Directory (tenant) ID (invalid), Application (client) ID (invalid), mailboxes (invalid)');
  await expect(stop).toContainText("throw 'Incomplete script");
  await expectAxeClean(page);
  // The user decides: changing the box replaces the bad value and clears the error.
  await field(page, 'smtp').uncheck();
  await expect(tool(page).locator('[data-message="smtp"]')).toBeHidden();
  await expect(field(page, 'smtp')).not.toHaveAttribute('aria-invalid');
  expect(page.url()).toContain('smtp=0');
});

test('the Object ID equal to the Application ID is warned about', async ({ page }) => {
  await open(page, `${PAGE}#app=${APP}&obj=${APP.toUpperCase()}`);
  await expect(tool(page).locator('[data-message="obj"]')).toHaveText(/This is the Application ID/);
  await page.getByLabel('Application (client) ID').fill(SP);
  await expect(tool(page).locator('[data-message="obj"]')).toBeHidden();
});

test('a secret key in a link is refused, shown, and removed from the address bar', async ({ page }) => {
  await open(page, `${PAGE}?client_secret=abc123&tenant=${TENANT}#secret=xyz789&app=${APP}`);
  const warning = page.getByRole('alert').filter({ hasText: 'must never be sent in a link' });
  await expect(warning).toContainText('"client_secret", "secret"');
  await expect(field(page, 'tenant')).toHaveValue(TENANT);
  await expect(field(page, 'app')).toHaveValue(APP);
  expect(page.url()).not.toMatch(/secret|abc123|xyz789/);
  expect(new URL(page.url()).hash).toBe(`#tenant=${TENANT}&app=${APP}`);
  await expectAxeClean(page);

  // A new link pasted into the same page (no reload) is read too, secrets refused.
  await page.evaluate((sp) => (location.hash = `#password=hunter2&tenant=${'fabrikam.onmicrosoft.com'}&sp=${sp}`), SP);
  await expect(field(page, 'tenant')).toHaveValue('fabrikam.onmicrosoft.com');
  await expect(field(page, 'sp')).toHaveValue(SP);
  await expect(field(page, 'app')).toHaveValue('');
  await expect(warning).toContainText('"password"');
  expect(page.url()).not.toMatch(/password|hunter2/);
});

test('works with the keyboard alone', async ({ page }) => {
  await open(page, PAGE);
  const focusedKey = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.linkKey ?? document.activeElement?.textContent?.trim());
  // Starlight's "Skip to content" link comes first; from the content the tool is a few stops away.
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toHaveText(/Skip to content/);
  await page.keyboard.press('Enter');
  for (let i = 0; i < 10 && (await focusedKey()) !== 'tenant'; i++) await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('tenant');
  await page.keyboard.type(TENANT);
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('app');
  await page.keyboard.type(APP);
  await page.keyboard.press('Tab');
  await page.keyboard.type(OBJ);
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('sp');
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('mb');
  await page.keyboard.type('info@contoso.com');
  await page.keyboard.press('Enter');
  await page.keyboard.type('sales@contoso.com');
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('smtp');
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('sendas');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('verify');
  await page.keyboard.press('Tab');
  expect(await focusedKey()).toBe('Copy all');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Script copied.' })).toBeVisible();
  const shown = await shownScript(tool(page));
  expect(await clipboard(page)).toBe(shown);
  expect(shown).toContain("Add-RecipientPermission -Identity 'sales@contoso.com'");
  await expect(tool(page).locator('[data-status]')).toHaveText(/^Complete/);
  await expectAxeClean(page);
});

test('German: the tool page and the guide step are translated and read links', async ({ page }) => {
  await open(page, `/de${PAGE}#tenant=${TENANT}&app=${APP}&mb=info@contoso.com&obj=kaputt`);
  await expect(page.getByLabel('Anwendungs-ID (Client)')).toHaveValue(APP);
  await expect(page.getByLabel('Objekt-ID der Unternehmensanwendung')).toHaveAccessibleDescription(/Keine GUID/);
  await expect(tool(page).locator('[data-status]')).toHaveText(/^Unvollständig\. Noch offen oder ungültig: Objekt-ID der Unternehmensanwendung\./);
  await expect(tool(page).locator('[data-stop]')).toContainText('# UNVOLLSTÄNDIGES SKRIPT');
  await expect(tool(page).locator('[data-code="connect"]')).toContainText('# 1. Mit Exchange Online verbinden');
  await expectAxeClean(page);
  await page.getByRole('button', { name: 'Alles kopieren' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Skript kopiert.' })).toBeVisible();

  await open(page, `/de/microsoft-app-registration/service-principal/#app=${APP}`);
  await expect(page.getByRole('heading', { level: 3, name: 'PowerShell-Befehle für Schritt 2' })).toBeVisible();
  await expect(page.locator('#powershell').getByLabel('Anwendungs-ID (Client)')).toHaveValue(APP);
  await expectAxeClean(page);
});

test('the English guide step embeds the tool at heading level 3', async ({ page }) => {
  await open(page, `/microsoft-app-registration/service-principal/#sp=${SP}&mb=info@contoso.com`);
  await expect(page.getByRole('heading', { level: 3, name: 'PowerShell commands for step 2' })).toBeVisible();
  // Looked up among all principals: Get-ServicePrincipal -Identity with a typo returns every one.
  await expect(tool(page).locator('[data-code="principal"]')).toContainText(`$given = '${SP}'`);
  await expect(tool(page).locator('[data-code="principal"]')).not.toContainText('Get-ServicePrincipal -Identity');
});

test('without JavaScript the commands show with placeholders', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGE);
  await expect(page.getByText('This tool needs JavaScript.')).toBeVisible();
  await expect(page.locator('[data-code="principal"]')).toContainText("New-ServicePrincipal -AppId '<APPLICATION_ID>' -ObjectId '<OBJECT_ID>'");
  await expect(page.locator('[data-stop]')).toContainText("throw 'Incomplete script");
  await context.close();
});

for (const lang of ['en', 'de'] as const) {
  test(`every example link on the support page fills its tool (${lang})`, async ({ page }) => {
    await page.goto(lang === 'de' ? '/de/support/links/' : '/support/links/');
    await expectAxeClean(page);
    const links = await page.locator('a[data-example-link]').evaluateAll((as) =>
      as.map((a) => ({ tool: (a as HTMLElement).dataset.exampleLink!, href: a.getAttribute('href')!, keys: (a as HTMLElement).dataset.keys!.split(' ') })),
    );
    expect(links.map((l) => l.tool)).toContain('powershell');
    const rows = await page.locator('table.ts-links-table tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(13);
    for (const link of links) {
      await page.goto(link.href);
      const values = new URL(link.href, page.url()).hash.slice(1).split('&').map((kv) => kv.split('=').map(decodeURIComponent) as [string, string]);
      expect(values.map(([k]) => k)).toEqual(link.keys);
      // Tools still to be built on their pages have no fields yet; every built tool must read all its keys.
      if ((await page.locator('ts-tool-frame').count()) === 0) {
        test.info().annotations.push({ type: 'no tool yet', description: link.href });
        continue;
      }
      for (const [key, value] of values) {
        const control = page.locator(`[data-link-key="${key}"]`).first();
        if ((await control.getAttribute('type')) === 'checkbox') await expect(control, `${link.href}: ${key}`).toBeChecked({ checked: value === '1' });
        else await expect(control, `${link.href}: ${key}`).toHaveValue(value);
      }
    }
  });
}

test('a pasted list of thousands of mailboxes: every key typed after it is kept, the page shows the start of the list, the copies hold it all, the link leaves it out and says so', async ({ page }) => {
  await open(page, `${PAGE}#app=${APP}&obj=${OBJ}`);
  // About 70 KB: past the size from which the field is taken up once typing pauses, and
  // more lines than the page shows of one block.
  const list = Array.from({ length: 2900 }, (_, i) => `person.${i}@contoso.com`).join('\n');
  const mailboxes = field(page, 'mb');
  await paste(mailboxes, list);
  await page.keyboard.type('\nnew@contoso.com');
  await expect(mailboxes).toHaveValue(`${list}\nnew@contoso.com`);
  await expect(tool(page).locator('[data-mb-summary]')).toHaveText(/^2,?901 mailboxes\./);
  // The list block shows its first lines and says how many more the copies hold.
  const listBlock = tool(page).locator('[data-code="fullAccess"]');
  await expect(listBlock).toContainText("'person.1000@contoso.com'");
  await expect(listBlock).not.toContainText("'new@contoso.com'");
  await expect(listBlock).toContainText(/# … and \d[\d,]* more lines, not shown here: Copy, Copy all and Download \.ps1 give the whole script\.$/);
  await page.getByRole('button', { name: 'Copy block 3' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Block 3 copied.' })).toBeVisible();
  const copied = await clipboard(page);
  expect(copied).toContain("    'person.2899@contoso.com'\n    'new@contoso.com'\n)");
  expect(copied).not.toContain('not shown here');
  // Too long for a link: left out of the address bar, and the frame says so.
  expect(new URL(page.url()).hash).toBe(`#app=${APP}&obj=${OBJ}`);
  await expect(tool(page).locator('xpath=ancestor::ts-tool-frame').locator('[data-link-omitted]')).toHaveText(/Too long for a link and left out of it: .*Mailboxes/);
});

test('messages about a list name its first ten entries and count the rest (en, de)', async ({ page }) => {
  const bad = Array.from({ length: 14 }, (_, i) => `bad${i}`);
  const twice = Array.from({ length: 13 }, (_, i) => `p${i}@contoso.com,P${i}@Contoso.com`);
  const mb = encodeURIComponent([...bad, ...twice].join(','));
  await open(page, `${PAGE}#mb=${mb}`);
  const first = (items: string[]) => items.slice(0, 10).join(', ');
  const dups = Array.from({ length: 13 }, (_, i) => `P${i}@Contoso.com`);
  await expect(tool(page).locator('[data-message="mb"]')).toHaveText(new RegExp(`^Not a mailbox address: ${first(bad)} and 4 more\\.`));
  await expect(field(page, 'mb')).toHaveAttribute('aria-invalid', 'true');
  await expect(tool(page).locator('[data-mb-summary]')).toHaveText(new RegExp(`^13 mailboxes\\. .*Duplicates removed: ${first(dups)} and 3 more\\.$`));
  await open(page, `/de${PAGE}#mb=${mb}`);
  await expect(tool(page).locator('[data-message="mb"]')).toHaveText(new RegExp(`^Keine Postfachadresse: ${first(bad)} und 4 weitere\\.`));
  await expect(tool(page).locator('[data-mb-summary]')).toHaveText(new RegExp(`Doppelte entfernt: ${first(dups)} und 3 weitere\\.$`));
});

test('step 2 with a pasted list of thousands: once typing pauses the field says which entries are wrong, and the calendar scoping commands show their start', async ({ page }) => {
  await open(page, `/microsoft-app-registration/service-principal/#app=${APP}&obj=${OBJ}`);
  const list = [...Array.from({ length: 2900 }, (_, i) => `person.${i}@contoso.com`), ...Array.from({ length: 12 }, (_, i) => `wrong${i}`)].join('\n');
  const mailboxes = field(page, 'mb');
  await paste(mailboxes, list);
  await expect(tool(page).locator('[data-message="mb"]')).toHaveText(/^Not a mailbox address: wrong0, .*, wrong9 and 2 more\./);
  await expect(mailboxes).toHaveAttribute('aria-invalid', 'true');
  // Deleting the wrong entries by typing (a selection and one key): taken up once typing pauses.
  await mailboxes.evaluate((area: HTMLTextAreaElement) => {
    const at = area.value.indexOf('\nwrong0');
    area.setSelectionRange(at, area.value.length);
  });
  await page.keyboard.press('Delete');
  await page.keyboard.type('\nnew@contoso.com');
  await expect(mailboxes).not.toHaveAttribute('aria-invalid');
  await expect(tool(page).locator('[data-message="mb"]')).toBeHidden();
  await expect(tool(page).locator('[data-mb-summary]')).toHaveText(/^2,?901 mailboxes\./);
  // The calendar scoping tool on the same page shares the list: it shows the start of its
  // long lines and says that its copy holds them whole.
  const scope = page.locator('ts-calendar-scope');
  await expect(scope.locator('[data-field="mailboxes"]')).toHaveValue(`${list.slice(0, list.indexOf('\nwrong0'))}\nnew@contoso.com`);
  const code = scope.locator('[data-script]');
  // Within the scope's filter, where quotes are doubled.
  await expect(code).toContainText("''person.10@contoso.com'' -or");
  await expect(code).not.toContainText("'new@contoso.com'");
  await expect(code).toContainText(/ …\n/);
  await expect(code).toContainText(/# Long lines are shortened here \(… marks the cut\): Copy commands and Download commands \(\.ps1\) give the whole script\.$/);
  await scope.getByRole('button', { name: 'Copy commands' }).click();
  const copied = await clipboard(page);
  expect(copied).toContain("'new@contoso.com'");
  expect(copied).not.toContain('not shown here');
});
