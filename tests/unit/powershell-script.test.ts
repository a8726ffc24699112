import { describe, expect, it } from 'vitest';
import { ps1File } from '../../src/lib/powershell';
import { buildScript, LOOP_THRESHOLD, scriptHeader, type Script, type ScriptInput } from '../../src/tools/powershell/script';
import { STRINGS } from '../../src/tools/powershell/strings';

const t = STRINGS.en.script;
const TENANT = 'contoso.onmicrosoft.com';
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJ = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const SP = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';
const full: ScriptInput = { tenant: TENANT, app: APP, obj: OBJ, mailboxes: ['info@contoso.com', "o'brien@contoso.com"], smtp: true, sendAs: true, verify: true };

function script(input: ScriptInput, text = t): Script {
  const r = buildScript(input, text);
  if (!r.ok) throw new Error(`unexpected error for ${r.field}`);
  return r;
}

describe('buildScript', () => {
  it('writes the guide order as numbered blocks and no stop line when complete', () => {
    const s = script(full);
    expect(s.missing).toEqual([]);
    expect(s.stop).toBeNull();
    expect(s.blocks.map((b) => [b.number, b.id])).toEqual([
      [1, 'connect'],
      [2, 'principal'],
      [3, 'fullAccess'],
      [4, 'smtp'],
      [5, 'sendAs'],
      [6, 'verify'],
    ]);
    expect(s.blocks[0].code.split('\n')[0]).toBe('# 1. Connect to Exchange Online');
    expect(s.text).toBe(s.blocks.map((b) => b.code).join('\n\n') + '\n');
    // Interactive sign-in without -Organization (that is for certificate and managed-identity
    // connections); the tenant is not written into the script at all.
    expect(s.text).toMatch(/^Connect-ExchangeOnline$/m);
    expect(s.text).not.toContain('-Organization');
    expect(s.text).not.toContain(TENANT);
    // An error stops the script from block 1 on.
    expect(s.blocks[0].code).toContain("$ErrorActionPreference = 'Stop'");
    expect(s.blocks[0].code).toContain("if (-not (Get-Module -ListAvailable -Name 'ExchangeOnlineManagement')) { Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser }");
    expect(s.text).toContain(`New-ServicePrincipal -AppId '${APP}' -ObjectId '${OBJ}'`);
    expect(s.text).toContain("Add-MailboxPermission -Identity 'o''brien@contoso.com' -User $sp.Identity -AccessRights FullAccess");
    expect(s.text).toContain("Add-RecipientPermission -Identity 'info@contoso.com' -Trustee $sp.Identity -AccessRights SendAs");
    expect(s.text).toContain("Get-CASMailbox -Identity 'info@contoso.com' | Format-List 'Name', 'ImapEnabled', 'SmtpClientAuthenticationDisabled'");
  });

  it('captures the service principal in $sp, finding an existing one by the Application ID', () => {
    const code = script(full).blocks[1].code;
    expect(code).toContain(`$sp = Get-ServicePrincipal | Where-Object { $_.AppId -eq '${APP}' }`);
    expect(code).toMatch(/if \(-not \$sp\) \{\n\s+\$sp = New-ServicePrincipal/);
    expect(code).toContain(`} elseif ($sp.ObjectId -ne '${OBJ}') {`);
  });

  it('uses a given service principal ID directly and then needs neither app nor object ID', () => {
    const s = script({ ...full, app: undefined, obj: undefined, sp: SP });
    expect(s.missing).toEqual([]);
    expect(s.text).not.toContain('New-ServicePrincipal');
    expect(s.text).not.toContain('$sp');
    // Found among all principals, not with Get-ServicePrincipal -Identity (a non-existent
    // Identity returns every principal); none or several stop the script.
    expect(s.text).not.toContain('Get-ServicePrincipal -Identity');
    expect(s.text).toContain(`$given = '${SP}'`);
    expect(s.text).toContain('$found = @(Get-ServicePrincipal | Where-Object { $_.Identity -eq $given -or $_.ObjectId -eq $given })');
    expect(s.text).toMatch(/if \(\$found\.Count -ne 1\) \{ throw 'No single service principal/);
    expect(s.text).toContain(`-User '${SP}' -AccessRights FullAccess`);
    expect(s.text).toContain(`-Trustee '${SP}' -AccessRights SendAs`);
  });

  it('explains that $false enables SMTP AUTH', () => {
    const code = script(full).blocks.find((b) => b.id === 'smtp')!.code;
    expect(code).toContain("Set-CASMailbox -Identity 'info@contoso.com' -SmtpClientAuthenticationDisabled $false");
    expect(code).toMatch(/\$false ENABLES it/);
  });

  it('leaves out optional blocks and keeps the numbering consecutive', () => {
    const s = script({ ...full, smtp: false, sendAs: false, verify: true });
    expect(s.blocks.map((b) => `${b.number}:${b.id}`)).toEqual(['1:connect', '2:principal', '3:fullAccess', '4:verify']);
    expect(s.text).not.toContain('Get-RecipientPermission');
    expect(s.blocks[3].code.split('\n')[0]).toBe('# 4. Check the result (read-only)');
  });

  it('shows placeholders and starts an incomplete script with a comment and a throw', () => {
    const s = script({ mailboxes: [], smtp: false, sendAs: false, verify: false });
    expect(s.missing).toEqual(['app', 'obj', 'mb']);
    const lines = s.text.split('\n');
    expect(lines[0]).toMatch(/^# INCOMPLETE SCRIPT\. Missing or invalid: Application \(client\) ID, Object ID of the enterprise application, mailboxes\.$/);
    expect(lines.find((l) => !l.startsWith('#'))).toMatch(/^throw 'Incomplete script: fill in Application \(client\) ID, .*mailboxes first\./);
    for (const p of ["'<APPLICATION_ID>'", "'<OBJECT_ID>'", "'<MAILBOX>'"]) expect(s.text).toContain(p);
    const placeholders = s.blocks.flatMap((b) => b.pieces).filter((p) => p.kind === 'placeholder');
    expect(new Set(placeholders.map((p) => p.field))).toEqual(new Set(['app', 'obj', 'mb']));
    expect(s.text.startsWith(s.stop!.code + '\n\n')).toBe(true);
  });

  it('names invalid values as invalid, and an invalid service principal ID too', () => {
    const s = script({ ...full, tenant: undefined, sp: undefined, invalid: ['tenant', 'sp'] });
    expect(s.missing).toEqual(['tenant', 'sp']);
    expect(s.stop!.code).toContain('Directory (tenant) ID (invalid), Service principal ID (invalid)');
  });

  it(`repeats lines for up to ${LOOP_THRESHOLD} mailboxes and loops over an array for more`, () => {
    const boxes = (n: number) => Array.from({ length: n }, (_, i) => `user${i}@contoso.com`);
    const few = script({ ...full, mailboxes: boxes(LOOP_THRESHOLD) });
    expect(few.text).not.toContain('foreach');
    expect(few.text.match(/Add-MailboxPermission/g)).toHaveLength(LOOP_THRESHOLD);

    const many = script({ ...full, mailboxes: boxes(LOOP_THRESHOLD + 1) });
    expect(many.text.match(/foreach \(\$mailbox in \$mailboxes\) \{/g)).toHaveLength(4);
    expect(many.text.match(/^\$mailboxes = @\($/gm)).toHaveLength(1);
    expect(many.text.match(/Add-MailboxPermission -Identity \$mailbox -User \$sp\.Identity -AccessRights FullAccess/g)).toHaveLength(1);
    for (const m of boxes(LOOP_THRESHOLD + 1)) expect(many.text.split(`'${m}'`)).toHaveLength(2);
    expect(many.blocks[3].code).toContain('# Uses $mailboxes from block 3.');
  });

  it('refuses a value that cannot be made safe and names its field', () => {
    expect(buildScript({ ...full, mailboxes: ['a@contoso.com', 'b\n@contoso.com'] }, t)).toEqual({ ok: false, field: 'mb' });
    expect(buildScript({ ...full, app: 'x\u0000' }, t)).toEqual({ ok: false, field: 'app' });
    expect(buildScript({ ...full, sp: '\ud800' }, t)).toEqual({ ok: false, field: 'sp' });
  });

  it('writes the German comments for the German page', () => {
    const s = script({ ...full, mailboxes: [] }, STRINGS.de.script);
    expect(s.text.split('\n')[0]).toBe('# UNVOLLSTÄNDIGES SKRIPT. Fehlt oder ungültig: Postfächer.');
    expect(s.blocks[0].title).toBe('Mit Exchange Online verbinden');
  });
});

describe('the downloaded file', () => {
  const when = new Date('2026-11-29T06:30:15.123Z');
  const link = 'https://help.example/tools/powershell-generator/#tenant=contoso.onmicrosoft.com&mb=j%C3%BCrgen@contoso.com';

  it('has a header saying what it does, when, and the link that reproduces it', () => {
    const header = scriptHeader(t, when, link);
    expect(header.split('\n').every((l) => l === '' || l.startsWith('#'))).toBe(true);
    expect(header).toContain('# Generated: 2026-11-29T06:30:15Z');
    expect(header).toContain(`# ${link}\n`);
    expect(header).toMatch(/^# teamspace: Exchange Online commands/);
  });

  it('leaves out a link that could break out of the comment', () => {
    expect(scriptHeader(t, when, 'https://x/#a\nRemove-Item C:\\')).not.toContain('Remove-Item');
  });

  it('is UTF-8 with BOM and CRLF, and holds the shown script unchanged', () => {
    const s = script({ ...full, mailboxes: ['jürgen@contoso.com'] });
    const header = scriptHeader(t, when, link);
    const file = ps1File(header, s.text);
    const bytes = new TextEncoder().encode(file);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.slice(1)).not.toMatch(/[^\r]\n/);
    expect(file.slice(1).replace(/\r\n/g, '\n')).toBe(`${header}\n${s.text}`);
    expect(new TextDecoder().decode(bytes)).toContain("'jürgen@contoso.com'");
  });
});
