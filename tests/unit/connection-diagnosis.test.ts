/**
 * The connection test's diagnosis module with Microsoft's documented replies (the OAuth
 * article's IMAP and SMTP samples, the token endpoint's error JSON), with reports and
 * console output the generated script wrote in PowerShell 7.6 against the stand-ins
 * (tests/fixtures/connection/pwsh7), and with the same runs as Windows PowerShell 5.1
 * lays them out (its ConvertTo-Json spacing, CRLF, a prompt, lines broken at 120
 * columns by the console: tests/fixtures/connection/pwsh51).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SignJWT, generateKeyPair } from 'jose';
import { psUnquote } from '../../src/lib/powershell';
import { decodeJwt, diagnoseExchange, diagnoseResult, diagnoseText, diagnoseToken, parseConsole, readResult, type Diagnosis } from '../../src/tools/connection/diagnosis';
import { REPORT_SCHEMA } from '../../src/tools/connection/report';
import { STRINGS } from '../../src/tools/connection/strings';

const FIX = join(import.meta.dirname, '../fixtures/connection');
const fixture = (edition: 'pwsh7' | 'pwsh51', name: string) => readFileSync(join(FIX, edition, name), 'utf8');
const first = (d: Diagnosis) => d.verdicts[0];
const summary = (d: Diagnosis) => d.verdicts.map((v) => `${v.status}:${v.layer}:${v.cause}`);

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OID = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const TID = '8e2f6c1a-3b4d-4e5f-9a6b-7c8d9e0f1a2b';

/** The cases of the end-to-end fault matrix and the verdict each must give. */
const MATRIX: [string, string | null, string | null, string?][] = [
  ['all-ok', null, null],
  ['wrong-secret', 'token', 'wrongSecret'],
  ['secret-id', 'token', 'secretIdNotValue'],
  ['expired-secret', 'token', 'secretExpired'],
  ['unknown-app', 'token', 'unknownApp'],
  ['no-consent', 'consent', 'noRoles'],
  ['wrong-audience', 'token', 'wrongAudience'],
  ['no-full-access', 'mailbox', 'noFullAccess', 'sales@contoso.com'],
  ['wrong-object-id', 'principal', 'objectIdMismatch'],
  ['imap-disabled', 'imap', 'imapDisabled', 'noimap@contoso.com'],
  ['smtp-auth-disabled', 'smtp', 'smtpAuthDisabled', 'nosmtp@contoso.com'],
  ['send-as-denied', 'sendas', 'sendAsDenied', 'info@contoso.com'],
  ['unreachable', 'network', 'refused', 'info@contoso.com'],
];

describe('reports written by PowerShell 7.6', () => {
  for (const [name, layer, cause, mailbox] of MATRIX) {
    for (const kind of ['json', 'txt'] as const) {
      it(`${name} (${kind === 'json' ? 'JSON report' : 'console output'})`, () => {
        const d = diagnoseResult(fixture('pwsh7', `${name}.${kind}`));
        expect(d.source).toBe(kind === 'json' ? 'report' : 'console');
        if (layer === null) {
          expect(d.verdicts).toEqual([]);
          expect(d.passed.map((p) => p.protocol)).toEqual(['token', 'consent', 'imap', 'smtp']);
          return;
        }
        expect(first(d)).toMatchObject({ status: 'fail', layer, cause });
        if (mailbox) expect(first(d).mailboxes).toContain(mailbox);
      });
    }
  }

  it('names what passed next to the failure (one mailbox fails, the other passes)', () => {
    const d = diagnoseResult(fixture('pwsh7', 'no-full-access.json'));
    expect(summary(d)).toEqual(['fail:mailbox:noFullAccess']);
    expect(d.passed).toContainEqual({ protocol: 'imap', mailboxes: ['info@contoso.com'] });
    expect(first(d).mailboxes).toEqual(['sales@contoso.com']);
  });

  it('explains a token without roles once, at admin consent, and lists the mailboxes it breaks', () => {
    const d = diagnoseResult(fixture('pwsh7', 'no-consent.json'));
    expect(summary(d)).toEqual(['fail:consent:noRoles']);
    expect(first(d).mailboxes).toEqual(['info@contoso.com']);
    expect(d.passed.map((p) => p.protocol)).toEqual(['token']);
  });

  it('a token for the wrong service is not folded into what passed', () => {
    const d = diagnoseResult(fixture('pwsh7', 'wrong-audience.json'));
    expect(summary(d)).toEqual(['fail:token:wrongAudience']);
    expect(d.passed).toEqual([]);
  });

  it('a server that refuses and one that never answers are both named, per protocol', () => {
    const d = diagnoseResult(fixture('pwsh7', 'unreachable.json'));
    expect(d.verdicts.map((v) => [v.layer, v.cause, v.protocol, v.mailboxes])).toEqual([
      ['network', 'refused', 'imap', ['info@contoso.com']],
      ['network', 'timeout', 'smtp', ['info@contoso.com']],
    ]);
  });

  it('gives the enterprise application Object ID from the token as the fix for a wrong one', () => {
    const d = diagnoseResult(fixture('pwsh7', 'wrong-object-id.json'));
    const v = first(d);
    expect(v.values).toMatchObject({ oid: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', obj: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c' });
    expect(v.commands.at(-1)).toBe("New-ServicePrincipal -AppId '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a' -ObjectId '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b'");
    expect(v.generator).toMatchObject({ obj: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', app: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a' });
  });

  it('without an Object ID to compare, all logins failing points at the principal and FullAccess together', () => {
    const report = JSON.parse(fixture('pwsh7', 'wrong-object-id.json'));
    report.input.objectId = '';
    const d = diagnoseResult(JSON.stringify(report));
    expect(summary(d)).toEqual(['fail:principal:principalOrFullAccess']);
    expect(first(d).commands[0]).toContain("Where-Object { $_.AppId -eq '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a' }");
  });

  it('the Object ID on the page counts like the one given to the script', () => {
    const report = JSON.parse(fixture('pwsh7', 'no-full-access.json'));
    const d = diagnoseResult(JSON.stringify(report), { obj: '11111111-2222-4333-8444-555555555555' });
    expect(summary(d)[0]).toBe('fail:principal:objectIdMismatch');
  });

  it('prefills the fix commands with the values as single-quoted literals', () => {
    const d = diagnoseResult(fixture('pwsh7', 'smtp-auth-disabled.json'));
    expect(first(d).commands).toContain("Set-CASMailbox -Identity 'nosmtp@contoso.com' -SmtpClientAuthenticationDisabled $false");
    const sendAs = first(diagnoseResult(fixture('pwsh7', 'send-as-denied.json'), { sp: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f' }));
    expect(sendAs.commands).toEqual(["Add-RecipientPermission -Identity 'team@contoso.com' -Trustee '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f' -AccessRights SendAs -Confirm:$false"]);
    expect(sendAs.values.from).toBe('team@contoso.com');
  });

  it('a mailbox with a quote in it stays one literal', () => {
    const report = JSON.parse(fixture('pwsh7', 'smtp-auth-disabled.json'));
    report.mailboxes[0].address = "o'brien@contoso.com";
    const cmd = first(diagnoseResult(JSON.stringify(report))).commands[0];
    const literal = /-Identity ('(?:[^']|'')*')/.exec(cmd)![1];
    expect(psUnquote(literal)).toBe("o'brien@contoso.com");
  });

  it('judges the token\'s expiry by the report\'s own time, not by when the report is read', () => {
    const later = Date.parse('2099-01-01T00:00:00Z');
    const realNow = Date.now;
    Date.now = () => later;
    try {
      expect(diagnoseResult(fixture('pwsh7', 'all-ok.txt')).verdicts).toEqual([]);
      expect(diagnoseResult(fixture('pwsh7', 'all-ok.json')).verdicts).toEqual([]);
    } finally {
      Date.now = realNow;
    }
    const report = JSON.parse(fixture('pwsh7', 'all-ok.json'));
    report.generatedAt = new Date((report.token.claims.exp + 60) * 1000).toISOString();
    expect(summary(diagnoseResult(JSON.stringify(report)))).toEqual(['fail:token:tokenExpired']);
  });

  it('says a change may not be active yet where Exchange replicates', () => {
    expect(first(diagnoseResult(fixture('pwsh7', 'no-full-access.json'))).tooEarly).toBe(true);
    expect(first(diagnoseResult(fixture('pwsh7', 'wrong-secret.json'))).tooEarly).toBeUndefined();
  });
});

describe('the same runs as Windows PowerShell 5.1 prints them', () => {
  for (const [name, layer, cause, mailbox] of MATRIX.filter(([n]) => ['no-consent', 'smtp-auth-disabled', 'send-as-denied', 'wrong-object-id', 'imap-disabled'].includes(n))) {
    it(`${name}: JSON with 5.1's layout`, () => {
      const d = diagnoseResult(fixture('pwsh51', `${name}.json`));
      expect(d.source).toBe('report');
      expect(first(d)).toMatchObject({ layer, cause });
      if (mailbox) expect(first(d).mailboxes).toContain(mailbox);
    });
    it(`${name}: console copy with prompt, CRLF and lines broken at 120 columns`, () => {
      const d = diagnoseResult(fixture('pwsh51', `${name}.txt`));
      expect(d.source).toBe('console');
      expect(first(d)).toMatchObject({ layer, cause });
    });
  }

  it('joins a reply the console broke across lines back into one', () => {
    const report = parseConsole(fixture('pwsh51', 'send-as-denied.txt'))!;
    expect(report.mailboxes[0].send?.reply).toBe(
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
    );
    expect(report.token.claims?.appid).toBe(APP);
  });

  it('reads 5.1 and 7 reports of the same run alike', () => {
    for (const name of ['no-consent', 'imap-disabled']) {
      const a = diagnoseResult(fixture('pwsh51', `${name}.json`));
      const b = diagnoseResult(fixture('pwsh7', `${name}.json`));
      expect(a.verdicts).toEqual(b.verdicts);
    }
  });
});

describe('documented replies in a log (no report)', () => {
  it('IMAP "NO AUTHENTICATE failed." (the OAuth article\'s failure sample)', () => {
    const d = diagnoseText('S: * CAPABILITY … AUTH=XOAUTH2\nS: C01 OK Completed\nC: A01 AUTHENTICATE XOAUTH2 dXNlcj1zb21ldXNlckBleGFtcGxlLmNvbQFhdXRoPUJlYXJlciB5YTI5LnZGOWRmdDRxbVRjMk52YjNSbGNrQmhkSFJoZG1semRHRXVZMjl0Q2cBAQ==\nS: A01 NO AUTHENTICATE failed.');
    expect(first(d)).toMatchObject({ layer: 'principal', cause: 'principalOrFullAccess', reply: 'S: A01 NO AUTHENTICATE failed.', errorId: 'imap-authenticate-failed' });
  });

  it('SMTP "535 5.7.3 Authentication unsuccessful" (documented) from a teamspace log line', () => {
    const d = diagnoseText('2026-11-28 09:12:33 ERROR MailSender info@contoso.com: javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful [SN2PR00CA0018.namprd00.prod.outlook.com]');
    expect(first(d)).toMatchObject({ layer: 'principal', cause: 'principalOrFullAccess', mailboxes: ['info@contoso.com'] });
  });

  it('the token endpoint\'s documented error JSON (AADSTS70011)', () => {
    const body = JSON.stringify({
      error: 'invalid_scope',
      error_description: "AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope https://foo.microsoft.com/.default is not valid.\r\nTrace ID: 255d1aef-8c98-452f-ac51-23d051240864\r\nCorrelation ID: fb3d2015-bc17-4bb9-bb85-30c5cf1aaaa7\r\nTimestamp: 2016-01-09 02:02:12Z",
      error_codes: [70011],
      timestamp: 'YYYY-MM-DD HH:MM:SSZ',
      trace_id: '255d1aef-8c98-452f-ac51-23d051240864',
      correlation_id: 'fb3d2015-bc17-4bb9-bb85-30c5cf1aaaa7',
    });
    expect(readResult(body).kind).toBe('log');
    expect(first(diagnoseResult(body))).toMatchObject({ layer: 'token', cause: 'invalidScope' });
  });

  it('Invoke-RestMethod errors as PowerShell 7 and Windows PowerShell 5.1 print them', () => {
    const json = '{"error":"invalid_client","error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app \'6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f\'. Trace ID: 1 Correlation ID: 2 Timestamp: 2026-12-01 10:00:00Z","error_codes":[7000215]}';
    const ps7 = `Invoke-RestMethod: ${json}`;
    const ps51 = [
      `Invoke-RestMethod : ${json}`,
      'At line:1 char:1',
      '+ Invoke-RestMethod -Method Post -Uri $uri -Body $body',
      '+ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~',
      '    + CategoryInfo          : InvalidOperation: (System.Net.HttpWebRequest:HttpWebRequest) [Invoke-RestMethod], WebException',
      '    + FullyQualifiedErrorId : WebCmdletWebResponseException,Microsoft.PowerShell.Commands.InvokeRestMethodCommand',
    ].join('\r\n');
    for (const text of [ps7, ps51]) expect(first(diagnoseResult(text))).toMatchObject({ layer: 'token', cause: 'wrongSecret', errorId: 'aadsts7000215' });
  });

  it('SMTP AUTH off for the tenant and for the mailbox (third-party wording)', () => {
    expect(first(diagnoseText('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.')).cause).toBe('smtpAuthDisabledTenant');
    expect(first(diagnoseText('535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.')).cause).toBe('smtpAuthDisabled');
  });

  it('a temporary STOREDRV refusal means wait', () => {
    expect(first(diagnoseText('430 4.2.0 STOREDRV; mailbox logon failure; AuthenticationContext has no rights on this session'))).toMatchObject({ status: 'wait', layer: 'wait', cause: 'transient' });
  });

  it('recognises nothing in unrelated text, and nothing in an empty field', () => {
    expect(diagnoseResult('hello world').source).toBe('unknown');
    expect(diagnoseResult('  \n').source).toBe('empty');
  });
});

describe('report schema', () => {
  it('refuses another major version plainly', () => {
    const d = diagnoseResult(JSON.stringify({ schema: REPORT_SCHEMA, version: 2, input: {}, token: { ok: true }, mailboxes: [] }));
    expect(d.versionMismatch).toBe(2);
    expect(d.verdicts).toEqual([]);
  });

  it('takes only known fields of the right type from a pasted report', () => {
    const d = diagnoseResult(JSON.stringify({ schema: REPORT_SCHEMA, version: 1, input: { tenant: 5 }, token: { ok: 'yes' }, mailboxes: [{ address: 3 }, { address: 'a@b.example', imap: 'x' }] }));
    expect(d.mailboxes).toEqual(['a@b.example']);
    expect(first(d)).toMatchObject({ layer: 'token', cause: 'tokenError' });
  });

  it('has a text for every cause and layer in both locales', () => {
    for (const lang of ['en', 'de'] as const) {
      for (const [, , cause] of MATRIX) if (cause) expect(STRINGS[lang].causes[cause as keyof typeof STRINGS.en.causes].title).not.toBe('');
    }
    expect(Object.keys(STRINGS.de.causes)).toEqual(Object.keys(STRINGS.en.causes));
  });
});

describe('token check', () => {
  async function token(claims: Record<string, unknown>): Promise<string> {
    const { privateKey } = await generateKeyPair('RS256');
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT' }).sign(privateKey);
  }
  const now = Date.parse('2026-12-01T12:00:00Z');
  const exp = now / 1000 + 3600;
  const page = { tenant: TID, app: APP, obj: OID };

  it('passes an Exchange app token with both roles for this tenant and app', async () => {
    const t = await token({ aud: 'https://outlook.office365.com', tid: TID, appid: APP, oid: OID, roles: ['IMAP.AccessAsApp', 'SMTP.SendAsApp'], exp, ver: '1.0' });
    const d = diagnoseToken(t, page, now);
    expect(d.verdicts).toEqual([]);
    expect(d.passed.map((p) => p.protocol)).toEqual(['token', 'consent']);
    expect(d.claims?.roles).toEqual(['IMAP.AccessAsApp', 'SMTP.SendAsApp']);
  });

  it('accepts Exchange Online\'s app ID as audience (v2.0 form) and azp for appid', async () => {
    const t = await token({ aud: '00000002-0000-0ff1-ce00-000000000000', tid: TID, azp: APP, roles: ['IMAP.AccessAsApp', 'SMTP.SendAsApp'], exp, ver: '2.0' });
    expect(diagnoseToken(`Bearer ${t}`, page, now).verdicts).toEqual([]);
  });

  it('finds each problem: audience, scp, tenant, app, expiry, roles', async () => {
    const t = await token({ aud: 'https://graph.microsoft.com', scp: 'Mail.Read', tid: '99999999-2222-4333-8444-555555555555', appid: '11111111-2222-4333-8444-555555555555', exp: now / 1000 - 60 });
    expect(summary(diagnoseToken(t, page, now))).toEqual(['fail:token:wrongAudience', 'fail:token:delegatedToken', 'fail:token:tokenExpired', 'warn:token:tenantMismatch', 'warn:token:appMismatch']);
  });

  it('names a missing role by its name', async () => {
    const t = await token({ aud: 'https://outlook.office365.com', tid: TID, appid: APP, roles: ['IMAP.AccessAsApp'], exp });
    const d = diagnoseToken(t, page, now);
    expect(summary(d)).toEqual(['fail:consent:missingSmtpRole']);
    expect(first(d).values.role).toBe('SMTP.SendAsApp');
  });

  it('no roles at all is missing admin consent', async () => {
    const t = await token({ aud: 'https://outlook.office365.com', tid: TID, appid: APP, exp });
    expect(summary(diagnoseToken(t, page, now))).toEqual(['fail:consent:noRoles']);
  });

  it('says when a text is not a JWT, and decodes nothing from it', () => {
    expect(summary(diagnoseToken('EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA', page, now))).toEqual(['fail:token:notJwt']);
    expect(decodeJwt('a.b.c')).toBeNull();
  });
});

describe('Exchange-side check', () => {
  const SP_ID = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
  const spList = (objectId: string) => ['', `DisplayName : teamspace`, `AppId       : ${APP}`, `ObjectId    : ${objectId}`, `Identity    : ${SP_ID}`, ''].join('\r\n');
  const permissions = [
    'PS C:\\> Get-MailboxPermission -Identity info@contoso.com',
    '',
    'Identity             User                 AccessRights                                    IsInherited Deny',
    '--------             ----                 ------------                                    ----------- ----',
    'info                 NT AUTHORITY\\SELF    {FullAccess, ReadPermission}                    False       False',
    // Format-Table cuts the principal's long identity to the column (PowerShell 7 ends it with "…").
    'info                 9f8e7d6c-5b4a-4c3d-… {FullAccess}                                    False       False',
    '',
    'PS C:\\> Get-MailboxPermission -Identity sales@contoso.com',
    '',
    'Identity             User                 AccessRights                                    IsInherited Deny',
    '--------             ----                 ------------                                    ----------- ----',
    'sales                NT AUTHORITY\\SELF    {FullAccess, ReadPermission}                    False       False',
    '',
  ].join('\n');
  const cas = ['PS C:\\> Get-CASMailbox -Identity sales@contoso.com | Format-List Name, ImapEnabled, SmtpClientAuthenticationDisabled', '', 'Name                             : sales', 'ImapEnabled                      : False', 'SmtpClientAuthenticationDisabled : True', '', 'Name                             : info', 'ImapEnabled                      : True', 'SmtpClientAuthenticationDisabled :', ''].join('\n');

  it('finds the Object ID that differs from the enterprise application\'s', () => {
    const d = diagnoseExchange(spList('5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c'), { app: APP, obj: OID });
    expect(summary(d)).toEqual(['fail:principal:objectIdMismatch']);
    expect(first(d).commands).toEqual([`Remove-ServicePrincipal -Identity '${SP_ID}' -Confirm:$false`, `New-ServicePrincipal -AppId '${APP}' -ObjectId '${OID}'`]);
  });

  it('finds a mailbox without FullAccess for the principal, and ImapEnabled / SMTP AUTH off', () => {
    const d = diagnoseExchange([spList(OID), permissions, cas].join('\n'), { app: APP, obj: OID });
    expect(summary(d)).toEqual(['fail:mailbox:noFullAccess', 'fail:imap:imapDisabled', 'fail:smtp:smtpAuthDisabled']);
    expect(d.verdicts[0].mailboxes).toEqual(['sales@contoso.com']);
    expect(d.verdicts[0].commands.at(-1)).toBe(`Add-MailboxPermission -Identity 'sales@contoso.com' -User '${SP_ID}' -AccessRights FullAccess`);
    expect(d.verdicts[2].commands).toEqual(["Set-CASMailbox -Identity 'sales' -SmtpClientAuthenticationDisabled $false"]);
    // What passed is named for what was checked: FullAccess, once for all such mailboxes (not "IMAP").
    expect(d.passed).toEqual([{ protocol: 'fullAccess', mailboxes: ['info@contoso.com'] }]);
  });

  it('an empty SmtpClientAuthenticationDisabled inherits the organisation\'s setting', () => {
    const d = diagnoseExchange([cas, 'SmtpClientAuthenticationDisabled : True'].join('\n'), { app: APP });
    expect(summary(d)).toContain('fail:smtp:smtpAuthDisabledTenant');
    expect(d.verdicts.find((v) => v.cause === 'smtpAuthDisabledTenant')!.mailboxes).toEqual(['info']);
  });

  it('finds a sender without Send As when a sender needs it', () => {
    const text = [spList(OID), 'PS C:\\> Get-RecipientPermission -Identity team@contoso.com', '', 'Identity Trustee            AccessControlType AccessRights Inherited', '-------- -------            ----------------- ------------ ---------', 'team     NT AUTHORITY\\SELF  Allow             {SendAs}     False', ''].join('\n');
    const d = diagnoseExchange(text, { app: APP, obj: OID }, ['team@contoso.com']);
    expect(summary(d)).toEqual(['fail:sendas:noSendAs']);
    const granted = text.replace('NT AUTHORITY\\SELF ', '9f8e7d6c-5b4a-4c...');
    expect(diagnoseExchange(granted, { app: APP, obj: OID }, ['team@contoso.com']).verdicts).toEqual([]);
  });

  it('names a missing principal for the app on the page', () => {
    const d = diagnoseExchange(spList(OID).replace(APP, '11111111-2222-4333-8444-555555555555'), { app: APP, obj: OID });
    expect(summary(d)).toEqual(['fail:principal:principalMissing']);
  });

  it('recognises nothing in other text', () => {
    expect(diagnoseExchange('Connect-ExchangeOnline\nWARNING: something', {}).source).toBe('unknown');
  });
});
