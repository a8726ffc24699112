/**
 * The live check end to end: the real MSAL library signs in against a real OpenID
 * Connect provider on localhost, and the checker reads a Graph stub that verifies the
 * bearer token. The site is built for this test with the live check configured.
 */
import type { Page, Request } from '@playwright/test';
import { test as base, expect, expectAxeClean } from './fixtures';
import { APP_ID, SP_ID, startLiveStack, type LiveStack } from './support/live-stack';
import { CHECKER_CARD } from './tools-overview';

const test = base.extend<object, { stack: LiveStack }>({
  // One build and one set of servers per worker, for both tests of this file.
  stack: [
    async ({}, use) => {
      const stack = await startLiveStack();
      await use(stack);
      await stack.close();
    },
    { scope: 'worker', timeout: 300_000 },
  ],
});

// Keep both tests in one worker so that the site is built once.
test.describe.configure({ mode: 'default', timeout: 180_000 });

test.use({
  baseURL: async ({ stack }, use) => use(stack.siteUrl),
  allowedOrigins: async ({ stack }, use) => use([stack.authority, stack.graphBase]),
  // The provider and the Graph stub use a self-signed certificate: trusted in this file only.
  ignoreHTTPSErrors: true,
});

/** The scripts the page loaded, with a flag for MSAL's code. */
function recordScripts(page: Page): { url: string; msal: Promise<boolean> }[] {
  const scripts: { url: string; msal: Promise<boolean> }[] = [];
  page.on('requestfinished', (req: Request) => {
    if (req.resourceType() !== 'script' && !req.url().endsWith('.js')) return;
    scripts.push({
      url: req.url(),
      msal: req.response().then(async (res) => (res ? (await res.text()).includes('@azure/msal-browser') : false)),
    });
  });
  return scripts;
}

async function msalLoaded(scripts: { msal: Promise<boolean> }[]): Promise<boolean> {
  return (await Promise.all(scripts.map((s) => s.msal))).some(Boolean);
}

async function signInWithKeyboard(page: Page, button: string): Promise<void> {
  // oidc-provider's development login page imports a web font; nothing may leave the machine.
  await page.context().route(/fonts\.googleapis\.com/, (route) => route.abort());
  const popupPromise = page.waitForEvent('popup');
  await page.getByRole('button', { name: button }).focus();
  await page.keyboard.press('Enter');
  const popup = await popupPromise;
  await popup.getByPlaceholder('Enter any login').fill('admin');
  await popup.getByPlaceholder('and password').fill('any');
  await popup.getByPlaceholder('and password').press('Enter');
  await popup.waitForEvent('close');
}

const cases = [
  {
    lang: 'en',
    path: '/tools/app-registration-checker/',
    appLabel: 'Application (client) ID',
    signIn: 'Sign in with Microsoft and check',
    signOut: 'Sign out',
    signedIn: 'Signed in as admin@contoso.example.',
    granted: 'Granted',
    notGranted: 'Not granted',
    summary: 'Problems: 2. Warnings: 0.',
    passed: '12 checks passed',
    signedOut: 'Signed out. The token and the results are cleared.',
  },
  {
    lang: 'de',
    path: '/de/microsoft-app-registration/app-registration/',
    appLabel: 'Anwendungs-ID (Client)',
    signIn: 'Mit Microsoft anmelden und prüfen',
    signOut: 'Abmelden',
    signedIn: 'Angemeldet als admin@contoso.example.',
    granted: 'Erteilt',
    notGranted: 'Nicht erteilt',
    summary: 'Fehler: 2. Warnungen: 0.',
    passed: '12 Prüfungen bestanden',
    signedOut: 'Abgemeldet. Token und Ergebnisse sind gelöscht.',
  },
] as const;

for (const c of cases) {
  test(`${c.lang}: sign in, live checklist with admin consent, Object ID filled, sign out`, async ({ page, stack }) => {
    const scripts = recordScripts(page);
    const before = stack.graphRequests.length;
    await page.goto(`${c.path}#url=https://xyc.teamspace.de`);
    const tool = page.locator('#registration-check');
    const signIn = tool.getByRole('button', { name: c.signIn });
    await expect(signIn).toBeEnabled();

    // Before the click: the page works, and no MSAL code was loaded.
    await page.waitForLoadState('networkidle');
    expect(await msalLoaded(scripts), 'MSAL loaded before the click').toBe(false);
    await expect(tool.locator('[data-live-section] code').first()).toContainText(`GET /v1.0/applications(appId='{appId}')`);
    await expectAxeClean(page, '#registration-check');

    // The Application ID, typed.
    await tool.getByLabel(c.appLabel).focus();
    await page.keyboard.type(APP_ID);

    await signInWithKeyboard(page, c.signIn);
    expect(await msalLoaded(scripts), 'MSAL loaded after the click').toBe(true);

    await expect(tool.locator('[data-live-status]')).toHaveText(c.signedIn);
    const live = tool.locator('[data-live-result]');
    await expect(live.locator('[data-summary]')).toHaveText(c.summary);
    const rows = live.locator('[data-permissions] tbody tr');
    await expect(rows).toHaveCount(8);
    // The one permission without consent is in the open; the passes fold into one line (4 settings, 7 permissions, 1 valid secret).
    await expect(live.locator('[data-permissions="problems"] tbody tr th')).toHaveText(['CallRecords.Read.All']);
    const fold = live.locator('details[data-passed]');
    await expect(fold.locator('summary')).toHaveText(c.passed);
    await expect(fold).not.toHaveAttribute('open', '');
    await fold.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('open', '');
    await expect(fold.locator('[data-permissions="passed"] tbody tr')).toHaveCount(7);
    for (const name of ['IMAP.AccessAsApp', 'SMTP.SendAsApp', 'Calendars.ReadWrite', 'Domain.Read.All', 'User.Read.All', 'openid', 'profile']) {
      await expect(rows.filter({ has: page.getByRole('rowheader', { name, exact: true }) }).locator('[data-consent]')).toHaveText(c.granted);
    }
    await expect(rows.filter({ has: page.getByRole('rowheader', { name: 'CallRecords.Read.All' }) }).locator('[data-consent]')).toHaveText(c.notGranted);
    await expect(live.locator('li[data-check="secret"]')).toHaveCount(2);
    await expect(live.locator('[data-secrets] li[data-severity="error"]')).toContainText('teamspace 2023');
    await expect(fold.locator('li[data-check="secret"][data-severity="ok"]')).toHaveCount(1);

    // The enterprise application's Object ID is now a page value (address bar, every tool).
    await expect.poll(() => new URL(page.url()).hash).toContain(`obj=${SP_ID}`);
    await expect.poll(() => new URL(page.url()).hash).toContain(`app=${APP_ID}`);
    await expectAxeClean(page, '#registration-check');

    // Graph saw exactly the four documented reads, each with a token it verified.
    const reads = stack.graphRequests.slice(before);
    expect(reads.map((r) => [r.method, r.path, r.subject, r.refused])).toEqual([
      ['GET', `/v1.0/applications(appId='${APP_ID}')?$select=id,appId,displayName,signInAudience,web,spa,publicClient,requiredResourceAccess,passwordCredentials`, 'admin', null],
      ['GET', `/v1.0/servicePrincipals(appId='${APP_ID}')?$select=id,appId,displayName`, 'admin', null],
      ['GET', `/v1.0/servicePrincipals/${SP_ID}/appRoleAssignments`, 'admin', null],
      ['GET', `/v1.0/oauth2PermissionGrants?$filter=clientId eq '${SP_ID}'`, 'admin', null],
    ]);

    // Tokens live in memory only.
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    expect(stored).not.toMatch(/eyJ|access_?token|refresh_?token|idtoken/i);

    // Sign out, by keyboard: results and sign-in state are gone.
    await tool.getByRole('button', { name: c.signOut }).focus();
    await page.keyboard.press('Enter');
    await expect(tool.locator('[data-live-status]')).toHaveText(c.signedOut);
    await expect(live).toBeEmpty();
    await expect(signIn).toBeVisible();
    await expect(signIn).toBeFocused();
    await expect(tool.getByRole('button', { name: c.signOut })).toBeHidden();
    await expectAxeClean(page, '#registration-check');
  });
}

test('the tools overview offers the live check in a build that has it (en, de)', async ({ page }) => {
  for (const c of Object.values(CHECKER_CARD)) {
    await page.goto(c.path);
    const card = page.locator('.sl-link-card').filter({ has: page.getByRole('link', { name: c.title }) });
    await expect(card).toContainText(c.manifest);
    await expect(card).toContainText(c.live);
  }
});
