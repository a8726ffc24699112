/**
 * The permissions snippet and the offline manifest check, on the normal build (no
 * live check configured there: the section says how to enable it).
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectAxeClean } from './fixtures';
import { PERMISSIONS, requiredResourceAccess } from '../../src/data/microsoft';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/registration/${name}`, import.meta.url), 'utf8');
const APP_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

// Several axe runs per test.
test.describe.configure({ timeout: 120_000 });

const L = {
  en: {
    guide: '/microsoft-app-registration/app-registration/',
    tool: '/tools/app-registration-checker/',
    manifest: 'App manifest (JSON)',
    file: 'Or choose the downloaded manifest file',
    url: 'Address of your teamspace installation (optional)',
    copy: 'Copy JSON',
    graph: 'Manifest in the Microsoft Graph format.',
    aad: 'Manifest in the older AAD Graph format.',
    ok: 'Everything checked is set up as the guide says.',
    jsonError: 'Not valid JSON: line 3, column 1: unexpected “}”.',
    notManifest: 'This is valid JSON, but not an app manifest',
    consent: 'Admin consent cannot be seen in a manifest',
    liveOff: 'The live check is not enabled on this site',
    copied: 'Copied to the clipboard.',
    passed13: '13 checks passed',
    deep: 'Not valid JSON: line 1, column 10001: unexpected “}”.',
    notUtf8: 'The file broken.json is not valid UTF-8 text: byte 10 is not part of a UTF-8 character.',
    scoped: 'Calendars.ReadWrite is scoped in Exchange Online (RBAC for Applications)',
    scopedState: 'Not in Entra: scoped in Exchange instead (expected)',
    unscopedState: 'Still granted in Entra: remove it, or every calendar stays open',
  },
  de: {
    guide: '/de/microsoft-app-registration/app-registration/',
    tool: '/de/tools/app-registration-checker/',
    manifest: 'App-Manifest (JSON)',
    file: 'Oder die heruntergeladene Manifest-Datei wählen',
    url: 'Adresse Ihrer teamspace-Installation (optional)',
    copy: 'JSON kopieren',
    graph: 'Manifest im Microsoft-Graph-Format.',
    aad: 'Manifest im älteren AAD-Graph-Format.',
    ok: 'Alles Geprüfte ist so eingerichtet, wie die Anleitung es beschreibt.',
    jsonError: 'Kein gültiges JSON: Zeile 3, Spalte 1: unerwartetes „}“.',
    notManifest: 'Das ist gültiges JSON, aber kein App-Manifest',
    consent: 'Die Administratorzustimmung ist im Manifest nicht zu sehen',
    liveOff: 'Die Prüfung mit Anmeldung ist auf dieser Website nicht eingerichtet',
    copied: 'In die Zwischenablage kopiert.',
    passed13: '13 Prüfungen bestanden',
    deep: 'Kein gültiges JSON: Zeile 1, Spalte 10001: unerwartetes „}“.',
    notUtf8: 'Die Datei broken.json ist kein gültiger UTF-8-Text: Byte 10 gehört zu keinem UTF-8-Zeichen.',
    scoped: 'Calendars.ReadWrite ist in Exchange Online eingeschränkt (RBAC für Anwendungen)',
    scopedState: 'Nicht in Entra: stattdessen in Exchange eingeschränkt (erwartet)',
    unscopedState: 'In Entra noch erteilt: Entfernen Sie sie, sonst bleibt jeder Kalender offen',
  },
} as const;

/**
 * Every word in the tool's table cells that the browser broke inside (its parts on two
 * lines) or that sticks out of its cell: a cell narrower than its longest word. A word
 * ends at a space or a hyphen (a line may break after a hyphen). Column heads that only
 * screen readers get (clipped, where rows stack) are not measured.
 */
async function brokenWords(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((tables) => {
    const out: string[] = [];
    for (const cell of tables.flatMap((t) => [...t.querySelectorAll('th, td')])) {
      // Not shown, or only to screen readers (the column heads of stacked rows are clipped).
      if (!cell.getClientRects().length) continue;
      if (cell.closest('thead') && getComputedStyle(cell.closest('thead')!).clipPath !== 'none') continue;
      const box = cell.getBoundingClientRect();
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of (node.textContent ?? '').matchAll(/[^\s\-\u2010-\u2014]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const rects = [...range.getClientRects()];
          const lines = new Set(rects.map((r) => Math.round(r.top)));
          const r = range.getBoundingClientRect();
          if (lines.size > 1 || r.left < box.left - 1 || r.right > box.right + 1) out.push(`${m[0]} (${Math.round(r.width)} px in a ${Math.round(box.width)} px cell)`);
        }
      }
    }
    return out;
  });
}

for (const [lang, t] of Object.entries(L)) {
  test.describe(lang, () => {
    test('the snippet is the data module’s JSON, readable without JavaScript', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${process.env.PREVIEW_PORT ?? 4399}${t.guide}`);
      const json = await page.locator('#permissions-snippet pre').textContent();
      expect(JSON.parse(json ?? '')).toEqual(requiredResourceAccess());
      await expect(page.locator('#permissions-snippet')).toContainText('requiredResourceAccess');
      await context.close();
    });

    test('the snippet is copied with its button', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(t.guide);
      // On step 1 the manifest snippet sits in a disclosure ("or paste them into the manifest").
      await page.locator('details:has(#permissions-snippet) > summary').click();
      const copy = page.getByRole('button', { name: t.copy });
      await expect(copy).toBeEnabled();
      await copy.focus();
      await page.keyboard.press('Enter');
      await expect(page.locator('#permissions-snippet [data-announce]')).toHaveText(t.copied);
      expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual(requiredResourceAccess());
      await expectAxeClean(page, '#permissions-snippet');
    });

    test('a pasted manifest is checked and fills the Application ID', async ({ page }) => {
      await page.goto(`${t.tool}#url=https://xyc.teamspace.de`);
      const tool = page.locator('#registration-check');
      const textarea = tool.getByLabel(t.manifest);
      await expect(textarea).toBeEnabled();
      await expectAxeClean(page, '#registration-check');
      await expect(tool.getByLabel(t.url)).toHaveValue('https://xyc.teamspace.de');
      await expect(tool).toContainText(t.liveOff);

      // By keyboard: from the installation URL field, Tab to the manifest field, then paste.
      await tool.getByLabel(t.url).focus();
      await page.keyboard.press('Tab');
      await expect(textarea).toBeFocused();
      await page.keyboard.insertText(fixture('manifest-graph.json'));

      const result = tool.locator('[data-manifest-result]');
      await expect(result).toContainText(t.graph);
      await expect(result.locator('[data-summary]')).toHaveText(t.ok);
      // Nothing to fix: no problem in the open, the 13 passes (4 settings, 8 permissions, 1 secret) folded into one closed line.
      await expect(result.locator('[data-problems] [data-severity]')).toHaveCount(0);
      const fold = result.locator('details[data-passed]');
      await expect(fold).not.toHaveAttribute('open', '');
      await expect(fold.locator('summary')).toHaveText(t.passed13);
      await expect(fold.locator('li[data-check="setting"][data-severity="ok"]')).toHaveCount(4);
      await expect(fold.locator('[data-permissions="passed"] tbody tr[data-severity="ok"]')).toHaveCount(8);
      await expect(fold.locator('li[data-check="secret"][data-severity="ok"]')).toHaveCount(1);
      await expect(result.locator('[data-permissions="passed"]')).toBeHidden();
      await expect(result).toContainText(t.consent);
      await expect.poll(() => new URL(page.url()).hash).toContain(`app=${APP_ID}`);
      await expect(tool.locator('[data-announce]')).toContainText(APP_ID);
      await expectAxeClean(page, '#registration-check');

      // The folded line opens with the keyboard: Tab from the checkbox, then Enter.
      await tool.getByLabel(t.scoped).focus();
      await page.keyboard.press('Tab');
      await expect(fold.locator('summary')).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(fold).toHaveAttribute('open', '');
      await expect(result.locator('[data-permissions="passed"]')).toBeVisible();
      await expect(fold.getByRole('rowheader', { name: 'IMAP.AccessAsApp', exact: true })).toBeVisible();
      await expectAxeClean(page, '#registration-check');
      // Checked again (the installation URL changed): the line the reader opened stays open.
      await tool.getByLabel(t.url).fill('https://abc.teamspace.de');
      await expect(result.locator('[data-settings] li[data-severity="error"]')).toHaveCount(1);
      await expect(fold).toHaveAttribute('open', '');
      await expect(fold.locator('li[data-check="setting"]')).toHaveCount(3);
    });

    test('a look-alike, a wrong setting and an expired secret are flagged', async ({ page }) => {
      const m = JSON.parse(fixture('manifest-aad-graph.json'));
      m.oauth2AllowIdTokenImplicitFlow = false;
      m.requiredResourceAccess[0].resourceAccess[0].id = 'cb842b43-da6e-4506-86fe-bb12199c656d';
      m.passwordCredentials[0].endDate = '2024-01-31T00:00:00Z';
      await page.goto(t.tool);
      await page.locator('#registration-check').getByLabel(t.file).setInputFiles({ name: 'manifest.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(m)) });
      const result = page.locator('#registration-check [data-manifest-result]');
      await expect(result).toContainText(t.aad);
      await expect(result.locator('[data-look-alikes] li')).toHaveText([/^POP\.AccessAsApp/]);
      // ID tokens off: missing for teamspace's single sign-on, a warning (mail works without).
      await expect(result.locator('[data-settings] li[data-severity="error"]')).toHaveCount(0);
      await expect(result.locator('[data-settings] li[data-severity="warning"]')).toHaveCount(1);
      await expect(result.locator('[data-secrets] li[data-severity="error"]')).toHaveCount(1);
      await expect(result.locator('[data-permissions] tbody tr[data-severity="error"] th')).toHaveText(['IMAP.AccessAsApp']);
      // Problems first, in the open, failures before warnings; no pass among them.
      const open = result.locator('[data-problems] [data-severity]');
      const severities = await open.evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')));
      expect(severities).toEqual(['warning', 'error', 'error', 'error']);
      expect(await result.locator('[data-problems] [data-settings] [data-severity]').evaluateAll((els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(['warning']);
      // The passes fold below the problems: 2 settings, 7 permissions, no valid secret.
      const fold = result.locator('details[data-passed]');
      await expect(fold).not.toHaveAttribute('open', '');
      await expect(fold.locator('li[data-check="setting"]')).toHaveCount(2);
      // Without the installation URL only the redirect URI's path is checked: a note after the passes.
      await expect(result.locator('[data-notes] li[data-check="setting"]')).toHaveCount(1);
      await expect(result.locator('[data-notes] li[data-check="setting"]')).toHaveAttribute('data-severity', 'info');
      await expect(fold.locator('[data-permissions="passed"] tbody tr')).toHaveCount(7);
      await expect(fold.locator('li[data-check="secret"]')).toHaveCount(0);
      await expectAxeClean(page, '#registration-check');
    });

    test('JSON nested 10,000 deep and a file that is not UTF-8: a clear message, and the previous report goes', async ({ page }) => {
      await page.goto(t.tool);
      const tool = page.locator('#registration-check');
      const textarea = tool.getByLabel(t.manifest);
      const result = tool.locator('[data-manifest-result]');
      const message = tool.locator('[data-manifest-message]');
      await textarea.fill(fixture('manifest-aad-graph.json'));
      await expect(result).toContainText(t.aad);
      await textarea.fill('['.repeat(10_000) + '}');
      await expect(message).toHaveText(new RegExp(`^${t.deep.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(result).toBeEmpty();

      await textarea.fill(fixture('manifest-aad-graph.json'));
      await expect(result).toContainText(t.aad);
      await tool.getByLabel(t.file).setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from([...Buffer.from('{"appId":"'), 0xff, ...Buffer.from('"}')]) });
      await expect(message).toHaveText(new RegExp(`^${t.notUtf8.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(result).toBeEmpty();
      await expect(textarea).toHaveAttribute('aria-invalid', 'true');
    });

    test('least privilege: with Calendars.ReadWrite scoped in Exchange, its absence from Entra is expected', async ({ page }) => {
      const calendar = PERMISSIONS.find((p) => p.name === 'Calendars.ReadWrite')!;
      const m = JSON.parse(fixture('manifest-graph.json'));
      for (const r of m.requiredResourceAccess) r.resourceAccess = r.resourceAccess.filter((a: { id: string }) => a.id !== calendar.id);
      await page.goto(t.tool);
      const tool = page.locator('#registration-check');
      await tool.getByLabel(t.manifest).fill(JSON.stringify(m, null, 2));
      const row = tool.locator('[data-permissions] tbody tr').filter({ has: page.getByRole('rowheader', { name: 'Calendars.ReadWrite', exact: true }) });
      await expect(row).toHaveAttribute('data-severity', 'error');
      const box = tool.getByLabel(t.scoped);
      await box.check();
      // Now a pass: it moves into the folded line; opened, the row reads "scoped in Exchange".
      await expect(tool.locator('[data-permissions="problems"]')).toHaveCount(0);
      await tool.locator('details[data-passed] > summary').click();
      await expect(row).toHaveAttribute('data-severity', 'ok');
      await expect(row.locator('[data-state]')).toHaveText(t.scopedState);
      await expect(page).toHaveURL(/[#&]calscope=1/);
      await expectAxeClean(page, '#registration-check');
      // The unscoped grant still in Entra is a warning in this mode; the link carries the option.
      await page.goto(`${t.tool}#calscope=1`);
      await expect(tool.getByLabel(t.scoped)).toBeChecked();
      await tool.getByLabel(t.manifest).fill(fixture('manifest-graph.json'));
      await expect(row).toHaveAttribute('data-severity', 'warning');
      await expect(row.locator('[data-state]')).toHaveText(t.unscopedState);
    });

    test('the tables keep words whole at 360, 768 and 1280 px, without sideways scrolling', async ({ page }) => {
      const m = JSON.parse(fixture('manifest-graph.json'));
      m.requiredResourceAccess[0].resourceAccess = m.requiredResourceAccess[0].resourceAccess.slice(1);
      for (const width of [360, 768, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        // A fresh load at each width (only the hash would differ: no reload otherwise).
        await page.goto('about:blank');
        await page.goto(`${t.guide}#url=https://xyc.teamspace.de`);
        const tool = page.locator('#registration-check');
        await tool.getByLabel(t.manifest).fill(JSON.stringify(m));
        await tool.locator('details[data-passed] > summary').click();
        await expect(tool.locator('[data-permissions="problems"] tbody tr')).toHaveCount(1);
        await expect(tool.locator('[data-permissions="passed"] tbody tr')).toHaveCount(7);
        // On step 1 the snippet sits in a disclosure, its table of IDs in another.
        await page.locator('details:has(#permissions-snippet) > summary').click();
        await page.locator('#permissions-snippet details.ts-registration__names > summary').click();
        await expect(page.locator('#permissions-snippet table')).toBeVisible();
        expect(await brokenWords(page, '#registration-check table, #permissions-snippet table'), `${width} px`).toEqual([]);
        const sideways = await page.evaluate(() => [document.documentElement, ...document.querySelectorAll('.ts-tool')].filter((e) => e.scrollWidth > e.clientWidth).map((e) => e.id || e.localName));
        expect(sideways, `${width} px`).toEqual([]);
      }
      await expectAxeClean(page, '#registration-check');
    });

    test('invalid JSON gets line and column; other JSON is told it is no manifest', async ({ page }) => {
      await page.goto(t.guide);
      const tool = page.locator('#registration-check');
      const textarea = tool.getByLabel(t.manifest);
      await expect(textarea).toBeEnabled();
      await textarea.fill('{\n  "appId": "x",\n}');
      const message = tool.locator('[data-manifest-message]');
      await expect(message).toHaveText(new RegExp(`^${t.jsonError.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(textarea).toHaveAttribute('aria-invalid', 'true');
      await expect(textarea).toHaveAccessibleDescription(new RegExp(t.jsonError.slice(0, 20)));
      // What the user pasted stays.
      await expect(textarea).toHaveValue('{\n  "appId": "x",\n}');
      await expectAxeClean(page, '#registration-check');

      await textarea.fill('{"name": "package", "version": "1.0.0"}');
      await expect(message).toContainText(t.notManifest);
      await textarea.fill('');
      await expect(message).toBeHidden();
      await expect(textarea).not.toHaveAttribute('aria-invalid', 'true');
    });
  });
}
