/**
 * The connection test end to end: the script as the page downloads it runs in real
 * PowerShell 7 against local stand-ins for Microsoft (tests/support/mail-standins.ts:
 * a token endpoint with jose-signed JWTs and Microsoft's AADSTS error JSON, IMAP over
 * TLS with XOAUTH2, nodemailer's smtp-server with STARTTLS and XOAUTH2; the stand-ins'
 * test CA is trusted through SSL_CERT_FILE, as the script has no way to skip the
 * certificate check). Every case of the fault matrix runs in one PowerShell process;
 * each report is then pasted into the result reader in Chromium, which must name the
 * right layer and fix, in both locales, axe clean, and reachable by keyboard.
 *
 * Without PowerShell 7 this file fails (it does not skip): tests/pwsh.mjs says where it
 * looks, and `npm test` / .ci/run install it.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SignJWT, generateKeyPair } from 'jose';
import { test, expect, expectAxeClean } from './fixtures';
import { pwshPath } from '../pwsh.mjs';
import { APP, CASES, MB, PAGE_VALUES, SECRET, directory, runMatrix, runTyped, type CaseRun } from '../support/connection-matrix';
import { startStandins, TENANT_DOMAIN, TENANT_ID, type Standins } from '../support/mail-standins';
import { STRINGS } from '../../src/tools/connection/strings';
import { sitePath } from '../support/site-path';

const TOOL = '#connection-test';
const en = STRINGS.en;
const de = STRINGS.de;

/** The script exactly as the page offers it for download, with the page's values in it. */
async function downloadScript(page: Page, dir: string): Promise<{ path: string; bytes: Buffer }> {
  await page.goto(`/tools/connection-test/#tenant=${PAGE_VALUES.tenant}&app=${PAGE_VALUES.app}&obj=${PAGE_VALUES.obj}&mb=${PAGE_VALUES.mailboxes.join(',')}`);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: en.download }).click()]);
  expect(file.suggestedFilename()).toBe('teamspace-connection-test.ps1');
  const bytes = readFileSync((await file.path())!);
  const path = join(dir, 'teamspace-connection-test.ps1');
  writeFileSync(path, bytes);
  return { path, bytes };
}

async function paste(page: Page, reader: 'result' | 'token' | 'exchange', text: string): Promise<void> {
  await page.locator(`${TOOL} [data-reader="${reader}"]`).fill(text);
}

test.describe('fault matrix: the generated script against the stand-ins, read in the browser', () => {
  // One worker runs the file in order, so PowerShell and the stand-ins start once.
  test.describe.configure({ mode: 'default', timeout: 180_000 });
  let standins: Standins;
  let runs: CaseRun[];
  let scriptBytes: Buffer;
  let pwsh: string;
  let dir: string;
  let scriptPath: string;
  /** What the stand-ins saw during the matrix runs (later tests run the script again). */
  let matrixSeen: Standins['seen'];

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(300_000);
    const found = pwshPath();
    if (!found) throw new Error('PowerShell 7 not found (see tests/pwsh.mjs): the connection test cannot run. Install it with tests/ensure-pwsh.mjs.');
    pwsh = found;
    dir = mkdtempSync(join(tmpdir(), 'connection-e2e-'));
    const page = await browser.newPage({ baseURL: test.info().project.use.baseURL });
    const script = await downloadScript(page, dir);
    scriptBytes = script.bytes;
    scriptPath = script.path;
    await page.close();
    const model = directory();
    standins = await startStandins(model.apps, model.exchange);
    runs = await runMatrix(pwsh, standins, CASES, { dir, script: script.path });
    matrixSeen = structuredClone(standins.seen);
  });

  test.afterAll(async () => {
    await standins?.close();
  });

  test('the download is the script with the page values as literals, UTF-8 with BOM and CRLF', () => {
    expect([...scriptBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = scriptBytes.subarray(3).toString('utf8');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text).toContain(`[string]$Tenant = '${TENANT_DOMAIN}',`);
    expect(text).toContain("[string[]]$Mailbox = @('info@contoso.com', 'support@contoso.com'),");
    expect(text).not.toMatch(/SkipCertificateCheck|ServerCertificateValidationCallback|RemoteCertificateValidationCallback/);
    // Microsoft's endpoints are the defaults (the tests override them; sovereign clouds may).
    for (const line of [
      "[string]$TokenHost = 'https://login.microsoftonline.com',",
      "[string]$Resource = 'https://outlook.office365.com',",
      "[string]$ImapHost = 'outlook.office365.com',",
      '[int]$ImapPort = 993,',
      "[string]$SmtpHost = 'smtp.office365.com',",
      '[int]$SmtpPort = 587,',
      "[string]$SendTo = '',",
    ])
      expect(text).toContain(line);
  });

  test('the token is fetched once per run, by client credentials with the scope https://outlook.office365.com/.default', () => {
    // Every run got an answer from the token endpoint, and the endpoint saw one request per run, in order.
    for (const run of runs) expect(JSON.parse(run.report).token.status, run.id).not.toBeNull();
    const seen = matrixSeen.token;
    expect(seen).toHaveLength(CASES.length);
    CASES.forEach((c, i) => {
      expect(seen[i].clientId, c.id).toBe(String(c.params.ApplicationId ?? APP.appId));
      expect(seen[i].grantType).toBe('client_credentials');
      expect(seen[i].scope).toBe(c.id === 'wrong-audience' ? 'https://graph.microsoft.com/.default' : 'https://outlook.office365.com/.default');
    });
  });

  test('IMAP only reads (EXAMINE INBOX) and SMTP submits nothing unless a test message is asked for; every session ends with LOGOUT or QUIT', () => {
    const imap = matrixSeen.imap;
    expect(imap.length).toBeGreaterThan(0);
    for (const session of imap) {
      const authed = session.commands.includes('EXAMINE INBOX');
      expect(session.commands).toEqual(['CAPABILITY', 'AUTHENTICATE XOAUTH2', ...(authed ? ['EXAMINE INBOX'] : []), expect.stringMatching(/^LOGOUT$/)]);
    }
    // Both mailboxes of the all-OK run read their inbox.
    for (const address of PAGE_VALUES.mailboxes) expect(imap.some((s) => s.user === address && s.commands.includes('EXAMINE INBOX'))).toBe(true);
    const smtp = matrixSeen.smtp;
    const sending = smtp.filter((s) => s.commands.includes('MAIL'));
    // One run asks for a test message (Send As denied): only its session submits.
    expect(CASES.filter((c) => c.params.SendTo)).toHaveLength(1);
    expect(sending).toHaveLength(1);
    expect(sending[0]).toEqual({ user: MB.ok, commands: ['EHLO', 'STARTTLS', 'EHLO', 'AUTH', 'MAIL', 'RCPT', 'DATA', 'QUIT'] });
    for (const session of smtp.filter((s) => s !== sending[0])) expect(session.commands).toEqual(['EHLO', 'STARTTLS', 'EHLO', 'AUTH', 'QUIT']);
  });

  test('the secret typed at the hidden prompt (Read-Host -AsSecureString) is used once and shown nowhere', async () => {
    const tokensBefore = standins.seen.token.length;
    const run = await runTyped(pwsh, standins, scriptPath, dir, SECRET, en.script.prompt);
    // The prompt shows one * per character typed, never a character of the secret.
    expect(run.console).toContain(`${en.script.prompt}: ${'*'.repeat(SECRET.length)}`);
    expect(run.console).toMatch(/^IMAP\s+OK\s+info@contoso\.com /m);
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.report).token.ok).toBe(true);
    expect(standins.seen.token).toHaveLength(tokensBefore + 1);
    for (const text of [run.console, run.report]) {
      expect(text).not.toContain(SECRET);
      expect(text).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
    }
  });

  test('times are written the same in every culture (the runs use fi-FI, whose time separator is ".")', () => {
    const iso = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
    for (const run of runs) expect(JSON.parse(run.report).generatedAt, run.id).toMatch(iso);
    const exp = /^TOKEN OK .* exp=(\S+)$/m.exec(runs.find((r) => r.id === 'all-ok')!.console)![1];
    expect(exp).toMatch(iso);
  });

  test('the page values are the defaults: the all-OK case passes no tenant, app or mailbox', () => {
    expect(CASES.find((c) => c.id === 'all-ok')!.params).toEqual({});
    const allOk = runs.find((r) => r.id === 'all-ok')!;
    expect(allOk.exitCode).toBe(0);
    expect(allOk.console).toMatch(/^IMAP\s+OK\s+info@contoso\.com \[logout\] A02 OK AUTHENTICATE completed\.$/m);
    expect(allOk.console).toMatch(/^SMTP\s+OK\s+support@contoso\.com \[quit\] 235 /m);
  });

  test('no run prints or writes the secret or the token', () => {
    for (const run of runs) {
      const c = CASES.find((x) => x.id === run.id)!;
      for (const text of [run.console, run.report]) {
        expect(text).not.toContain(c.secret);
        expect(text).not.toMatch(/eyJ[\w-]{10,}\.[\w-]{10,}\./);
      }
      const report = JSON.parse(run.report);
      expect(report).toMatchObject({ schema: 'teamspace-connection-test', version: 1 });
      expect(run.exitCode).toBe(c.expect ? 1 : 0);
    }
  });

  for (const c of CASES) {
    // Every result state in both locales, axe clean in each.
    test(`${c.title} → ${c.expect ? `${c.expect.layer} / ${c.expect.cause}` : 'all passed'} (en, de)`, async ({ page }) => {
      for (const [lang, t] of [['en', en], ['de', de]] as const) {
        const run = runs.find((r) => r.id === c.id)!;
        await page.goto(sitePath(lang, 'tools/connection-test/'));
        await paste(page, 'result', run.report);
        const result = page.locator(`${TOOL} [data-result="result"]`);
        if (!c.expect) {
          await expect(result.locator('[data-summary]')).toHaveText(t.allPassed);
          await expect(result.locator('[data-verdicts] > li')).toHaveCount(0);
          await expect(result.locator('[data-passed]')).toContainText(t.passedToken);
        } else {
          const first = result.locator('[data-verdicts] > li').first();
          await expect(first).toHaveAttribute('data-layer', c.expect.layer);
          await expect(first).toHaveAttribute('data-cause', c.expect.cause);
          await expect(first.locator('h4')).toContainText(t.layerLabel[c.expect.layer]);
          const fix = t.causes[c.expect.cause].fix;
          await expect(first.locator('[data-fix-text]')).toHaveText(new RegExp(`^${fix.split('{')[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
          if (c.expect.mailbox) await expect(first.locator('[data-mailboxes]')).toContainText(c.expect.mailbox);
          for (const [n, more] of (c.also ?? []).entries()) {
            const item = result.locator('[data-verdicts] > li').nth(n + 1);
            await expect(item).toHaveAttribute('data-layer', more.layer);
            await expect(item).toHaveAttribute('data-cause', more.cause);
            if (more.mailbox) await expect(item.locator('[data-mailboxes]')).toContainText(more.mailbox);
          }
          await expect(result.locator('[data-verdicts] > li')).toHaveCount(1 + (c.also?.length ?? 0));
        }
        await expectAxeClean(page, TOOL);
        // The console lines give the same first verdict as the JSON report.
        await paste(page, 'result', run.console);
        if (c.expect) await expect(result.locator('[data-verdicts] > li').first()).toHaveAttribute('data-cause', c.expect.cause);
        else await expect(result.locator('[data-summary]')).toHaveText(t.allPassed);
      }
    });
  }

  test('keyboard only: from the reader to the fix commands, their copy button and the generator link', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    await page.goto('/microsoft-app-registration/connection-test/#tenant=contoso.onmicrosoft.com');
    const reader = page.locator(`${TOOL} [data-reader="result"]`);
    await reader.focus();
    await page.keyboard.insertText(runs.find((r) => r.id === 'smtp-auth-disabled')!.report);
    const status = page.locator(`${TOOL} [data-announce]`);
    await expect(status).toHaveText(/1 problem found/);
    const first = page.locator(`${TOOL} [data-result="result"] [data-verdicts] > li`).first();
    await expect(first.locator('[data-commands]')).toHaveText(/Set-CASMailbox -Identity 'nosmtp@contoso\.com' -SmtpClientAuthenticationDisabled \$false/);
    // Tab order: the reply, the commands (scrollable, focusable), the copy button, then the links.
    const reached: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      reached.push(await page.evaluate(() => `${document.activeElement?.tagName}:${document.activeElement?.textContent?.slice(0, 40)}`));
      if (await first.getByRole('button', { name: en.copyCommands }).evaluate((b) => b === document.activeElement)) break;
    }
    await expect(first.getByRole('button', { name: en.copyCommands })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(status).toHaveText('Copied to the clipboard.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain("Set-CASMailbox -Identity 'nosmtp@contoso.com'");
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const generator = first.locator('[data-generator]');
    await expect(generator).toBeFocused();
    await expect(generator).toHaveAttribute('href', /\/tools\/powershell-generator\/#tenant=contoso\.onmicrosoft\.com&app=6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f&obj=0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d&mb=nosmtp@contoso\.com&smtp=1$/);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/tools\/powershell-generator\/#/);
    await expect(page.locator('#powershell [data-code="smtp"]')).toContainText("Set-CASMailbox -Identity 'nosmtp@contoso.com' -SmtpClientAuthenticationDisabled $false");
  });
});

test.describe('token check and Exchange-side check', () => {
  async function jwt(claims: Record<string, unknown>): Promise<string> {
    const { privateKey } = await generateKeyPair('RS256');
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).setIssuedAt(now).setExpirationTime(now + 3600).sign(privateKey);
  }

  test('a token without roles: decoded locally, no admin consent named, nothing leaves the page (de)', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url() + (r.postData() ?? '')));
    await page.goto(`/de/tools/connection-test/#tenant=${TENANT_ID}&app=${APP.appId}`);
    const token = await jwt({ aud: 'https://outlook.office365.com', tid: TENANT_ID, appid: APP.appId, oid: APP.oid, ver: '1.0' });
    await paste(page, 'token', token);
    const result = page.locator(`${TOOL} [data-result="token"]`);
    await expect(result.locator('dl')).toContainText(APP.oid);
    await expect(result.locator('[data-verdicts] > li').first()).toHaveAttribute('data-cause', 'noRoles');
    await expect(result.locator('[data-verdicts] > li').first()).toContainText(de.layerLabel.consent);
    await expectAxeClean(page, TOOL);
    const payload = token.split('.')[1];
    await page.waitForLoadState('networkidle');
    for (const r of requests) expect(r).not.toContain(payload);
    expect(await page.evaluate(() => location.href)).not.toContain(payload);
  });

  test('a good app token passes; a Graph token is named as for the wrong service (en)', async ({ page }) => {
    await page.goto(`/tools/connection-test/#tenant=${TENANT_ID}&app=${APP.appId}`);
    await paste(page, 'token', await jwt({ aud: 'https://outlook.office365.com', tid: TENANT_ID, appid: APP.appId, roles: ['IMAP.AccessAsApp', 'SMTP.SendAsApp'] }));
    const result = page.locator(`${TOOL} [data-result="token"]`);
    await expect(result.locator('[data-summary]')).toHaveText(en.allPassed);
    await expectAxeClean(page, TOOL);
    await paste(page, 'token', await jwt({ aud: 'https://graph.microsoft.com', tid: TENANT_ID, appid: APP.appId, roles: ['User.Read.All'] }));
    await expect(result.locator('[data-verdicts] > li').first()).toHaveAttribute('data-cause', 'wrongAudience');
    await expectAxeClean(page, TOOL);
  });

  test('Exchange-side output: wrong Object ID and SMTP AUTH off, with the commands prefilled (en and de)', async ({ page }) => {
    const output = [
      'PS C:\\> Get-ServicePrincipal | Format-List DisplayName, AppId, ObjectId, Identity',
      '',
      'DisplayName : teamspace',
      `AppId       : ${APP.appId}`,
      'ObjectId    : 5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c',
      'Identity    : 9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
      '',
      'PS C:\\> Get-CASMailbox -Identity info@contoso.com | Format-List Name, ImapEnabled, SmtpClientAuthenticationDisabled',
      '',
      'Name                             : info',
      'ImapEnabled                      : True',
      'SmtpClientAuthenticationDisabled : True',
    ].join('\r\n');
    for (const lang of ['en', 'de'] as const) {
      await page.goto(`${sitePath(lang, 'microsoft-app-registration/connection-test/')}#app=${APP.appId}&obj=${APP.oid}`);
      await paste(page, 'exchange', output);
      const items = page.locator(`${TOOL} [data-result="exchange"] [data-verdicts] > li`);
      await expect(items).toHaveCount(2);
      await expect(items.nth(0)).toHaveAttribute('data-cause', 'objectIdMismatch');
      await expect(items.nth(0).locator('[data-commands]')).toContainText(`New-ServicePrincipal -AppId '${APP.appId}' -ObjectId '${APP.oid}'`);
      await expect(items.nth(1)).toHaveAttribute('data-cause', 'smtpAuthDisabled');
      await expectAxeClean(page, TOOL);
    }
  });
});

test.describe('the Exchange-side check\'s other findings', () => {
  // As Exchange Online PowerShell prints them (Format-Table cuts the principal's identity with "…" in PowerShell 7).
  const SP = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
  const output = [
    'PS C:\\> Get-ServicePrincipal | Format-List DisplayName, AppId, ObjectId, Identity',
    '',
    'DisplayName : teamspace',
    `AppId       : ${APP.appId}`,
    `ObjectId    : ${APP.oid}`,
    `Identity    : ${SP}`,
    '',
    'PS C:\\> Get-MailboxPermission -Identity info@contoso.com',
    '',
    'Identity             User                 AccessRights                                    IsInherited Deny',
    '--------             ----                 ------------                                    ----------- ----',
    'info                 NT AUTHORITY\\SELF    {FullAccess, ReadPermission}                    False       False',
    'info                 9f8e7d6c-5b4a-4c3d-… {FullAccess}                                    False       False',
    '',
    'PS C:\\> Get-MailboxPermission -Identity sales@contoso.com',
    '',
    'Identity             User                 AccessRights                                    IsInherited Deny',
    '--------             ----                 ------------                                    ----------- ----',
    'sales                NT AUTHORITY\\SELF    {FullAccess, ReadPermission}                    False       False',
    '',
    'PS C:\\> Get-CASMailbox -Identity sales@contoso.com | Format-List Name, ImapEnabled, SmtpClientAuthenticationDisabled',
    '',
    'Name                             : sales',
    'ImapEnabled                      : False',
    'SmtpClientAuthenticationDisabled : True',
    '',
    'Name                             : info',
    'ImapEnabled                      : True',
    'SmtpClientAuthenticationDisabled :',
    '',
    'PS C:\\> Get-TransportConfig | Format-List SmtpClientAuthenticationDisabled',
    '',
    'SmtpClientAuthenticationDisabled : True',
    '',
    'PS C:\\> Get-RecipientPermission -Identity team@contoso.com',
    '',
    'Identity Trustee            AccessControlType AccessRights Inherited',
    '-------- -------            ----------------- ------------ ---------',
    'team     NT AUTHORITY\\SELF  Allow             {SendAs}     False',
    '',
  ].join('\r\n');
  for (const [lang, t] of [['en', en], ['de', de]] as const) {
    test(`no FullAccess, IMAP off, SMTP AUTH off for the mailbox and inherited from the organisation, no Send As (${lang})`, async ({ page }) => {
      await page.goto(`${sitePath(lang, 'tools/connection-test/')}#app=${APP.appId}&obj=${APP.oid}`);
      await paste(page, 'exchange', output);
      const items = page.locator(`${TOOL} [data-result="exchange"] [data-verdicts] > li`);
      const expected = [
        ['mailbox', 'noFullAccess', 'sales@contoso.com', `Add-MailboxPermission -Identity 'sales@contoso.com' -User '${SP}' -AccessRights FullAccess`],
        ['imap', 'imapDisabled', 'sales', "Set-CASMailbox -Identity 'sales' -ImapEnabled $true"],
        ['smtp', 'smtpAuthDisabled', 'sales', "Set-CASMailbox -Identity 'sales' -SmtpClientAuthenticationDisabled $false"],
        ['smtp', 'smtpAuthDisabledTenant', 'info', "Set-CASMailbox -Identity 'info' -SmtpClientAuthenticationDisabled $false"],
        ['sendas', 'noSendAs', 'team@contoso.com', `Add-RecipientPermission -Identity 'team@contoso.com' -Trustee '${SP}' -AccessRights SendAs -Confirm:$false`],
      ] as const;
      await expect(items).toHaveCount(expected.length);
      for (const [i, [layer, cause, mailbox, command]] of expected.entries()) {
        const item = items.nth(i);
        await expect(item).toHaveAttribute('data-layer', layer);
        await expect(item).toHaveAttribute('data-cause', cause);
        await expect(item.locator('h4')).toContainText(t.layerLabel[layer]);
        await expect(item.locator('[data-mailboxes]')).toContainText(mailbox);
        await expect(item.locator('[data-commands]')).toContainText(command);
      }
      // What passed is named for what the output shows: the app's FullAccess on info@ (not "IMAP").
      await expect(page.locator(`${TOOL} [data-result="exchange"] [data-passed]`)).toContainText(t.passedFullAccess.replace('{n}', ''));
      await expectAxeClean(page, TOOL);
    });
  }
});

test.describe('the result reader\'s other states', () => {
  const states: [string, string, (t: typeof en) => string][] = [
    ['a report of another schema version', JSON.stringify({ schema: 'teamspace-connection-test', version: 2, input: {}, token: { ok: true }, mailboxes: [] }), (t) => t.versionMismatch.split('{')[0]],
    ['text with nothing known in it', 'Hello, this is not a report.', (t) => t.unknownInput],
    ['a teamspace log line', '2026-11-28 09:12:33 ERROR MailSender sales@contoso.com: javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]', (t) => t.readAs.log],
  ];
  for (const [lang, t] of [['en', en], ['de', de]] as const) {
    test(`version mismatch, unknown text and a log line are said plainly and axe clean (${lang})`, async ({ page }) => {
      await page.goto(sitePath(lang, 'tools/connection-test/'));
      const result = page.locator(`${TOOL} [data-result="result"]`);
      for (const [, text, expected] of states) {
        await paste(page, 'result', text);
        await expect(result).toContainText(expected(t));
        await expectAxeClean(page, TOOL);
      }
      await expect(result.locator('[data-verdicts] > li').first()).toHaveAttribute('data-cause', 'principalOrFullAccess');
      await paste(page, 'result', '');
      await expect(result).toBeHidden();
    });
  }
});
