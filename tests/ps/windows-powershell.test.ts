/**
 * Windows PowerShell 5.1 cannot run here, so the AST proves that every script and command the
 * site writes uses only what 5.1 has. The syntax of PowerShell 7 alone is caught by
 * expectClean() (??, ?:, &&, ||, ?., -Parallel, clean {}, `u{}, ...). This file closes the
 * other door, by allow list: every command is a function of the script itself, a cmdlet of the
 * Exchange Online or Microsoft Graph modules (stubbed with their documented parameter sets,
 * tests/ps/stubs), or a Windows PowerShell 5.1 cmdlet used only with parameters it has there;
 * every .NET type the script names is one of .NET Framework 4.5 (what 5.1 runs on). A new
 * command, parameter or type fails here until it is checked against the 5.1 documentation
 * (learn.microsoft.com/powershell/module/<module>/<cmdlet>?view=powershell-5.1) and added.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ERROR_GUIDE } from '../../src/data/errors';
import { buildCalendarScopeScript } from '../../src/tools/calendar-scope/script';
import { STRINGS as CALENDAR_STRINGS } from '../../src/tools/calendar-scope/strings';
import { buildTestScript } from '../../src/tools/connection/script';
import { STRINGS as CONNECTION_STRINGS } from '../../src/tools/connection/strings';
import { buildScript } from '../../src/tools/powershell/script';
import { STRINGS } from '../../src/tools/powershell/strings';
import { buildSetupScript } from '../../src/tools/setup/script';
import { STRINGS as SETUP_STRINGS } from '../../src/tools/setup/strings';
import { PwshHost, type Parsed } from '../support/pwsh-host';
import { expectClean, quoted } from '../support/ps-ast';
import { ps1File } from '../../src/lib/powershell';

const ps = PwshHost.shared();

/**
 * Windows PowerShell 5.1 cmdlets (Microsoft.PowerShell.Core, .Utility, .Management,
 * .Security, PowerShellGet 1.0.0.1 as 5.1 ships it) with the parameters the scripts use, each
 * present in 5.1's reference. Examples of what must never be added, because 5.1 lacks it:
 * Read-Host -MaskInput, ConvertFrom-Json -AsHashtable or -Depth, ConvertTo-Json -AsArray,
 * Get-Date -AsUTC, Invoke-RestMethod -SkipCertificateCheck or -StatusCodeVariable, Sort-Object
 * -Top, Join-String.
 */
const WINDOWS_POWERSHELL_51: Record<string, readonly string[]> = {
  'ConvertFrom-Json': ['InputObject'],
  'ConvertTo-Json': ['InputObject', 'Depth', 'Compress'],
  'ForEach-Object': ['Process', 'MemberName'],
  'Format-List': ['Property'],
  fl: ['Property'],
  'Get-Date': [],
  'Get-Module': ['Name', 'ListAvailable'],
  'Import-Module': ['Name'],
  'Install-Module': ['Name', 'Scope'],
  'Invoke-RestMethod': ['Method', 'Uri', 'Body', 'ContentType', 'TimeoutSec'],
  'New-Object': ['TypeName', 'ArgumentList'],
  'Out-Null': [],
  'Read-Host': ['Prompt', 'AsSecureString'],
  'Select-Object': ['Property', 'First', 'Unique'],
  'Set-ExecutionPolicy': ['ExecutionPolicy', 'Scope'],
  'Start-Sleep': ['Seconds'],
  'Where-Object': ['FilterScript'],
  'Write-Host': ['Object', 'ForegroundColor'],
  'Write-Warning': ['Message'],
};

/** .NET Framework 4.5 types (and PowerShell's accelerators) the scripts name. */
const NET_FRAMEWORK_TYPES = new Set(
  [
    'string', 'string[]', 'int', 'int64', 'char', 'bool', 'void', 'ordered', 'CmdletBinding',
    'Math', 'Convert', 'Uri', 'DateTime', 'DateTimeOffset', 'Environment', 'Text.Encoding', 'IO.File',
    'Diagnostics.Stopwatch', 'Net.ServicePointManager', 'Net.SecurityProtocolType',
    'System.Exception', 'System.AggregateException', 'System.TimeoutException', 'System.IO.IOException',
    'System.Net.Sockets.SocketException', 'System.Security.Authentication.AuthenticationException',
    'System.Security.Authentication.SslProtocols', 'System.Management.Automation.MethodInvocationException',
  ].map((t) => t.toLowerCase()),
);

/** The cmdlets of the stubbed modules (their parameters are checked by the runs against the stubs). */
function stubbedCmdlets(): Set<string> {
  const root = 'tests/ps/stubs';
  const names = readdirSync(root).flatMap((m) => {
    try {
      return [...readFileSync(join(root, m, 'syntax.psd1'), 'utf8').matchAll(/^ {4}'([A-Z][\w-]+)' = @\{/gm)].map((x) => x[1]);
    } catch {
      return [];
    }
  });
  return new Set(names);
}

function everyScript(): { label: string; text: string }[] {
  const few = ['info@contoso.com', "o'brien@contoso.com"];
  const many = Array.from({ length: 12 }, (_, i) => `user${i}@contoso.com`);
  const step2 = (input: Parameters<typeof buildScript>[0], label: string) => {
    const r = buildScript(input, STRINGS.en.script);
    if (!r.ok) throw new Error(label);
    return { label, text: r.text };
  };
  const calendar = (scope: Parameters<typeof buildCalendarScopeScript>[0]['scope'], label: string) => {
    const r = buildCalendarScopeScript({ appId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', scope, check: few }, CALENDAR_STRINGS.de);
    if (!r.ok) throw new Error(label);
    return { label, text: r.text };
  };
  const page = (locale: string) => [...readFileSync(`content/docs/${locale}microsoft-app-registration/service-principal.mdx`, 'utf8').matchAll(/```powershell[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]).join('\n');
  return [
    step2({ app: 'a', obj: 'o', mailboxes: few, smtp: true, sendAs: true, verify: true }, 'step 2, lines'),
    step2({ app: 'a', obj: 'o', mailboxes: many, smtp: true, sendAs: true, verify: true }, 'step 2, loop'),
    step2({ sp: 's', mailboxes: few, smtp: true, sendAs: true, verify: true }, 'step 2, principal given'),
    step2({ mailboxes: [], smtp: false, sendAs: false, verify: false }, 'step 2, incomplete'),
    { label: 'setup', text: buildSetupScript({ name: 'teamspace', redirectUri: 'https://x.example/api/server/oauth2/redirect', tenant: 'contoso.onmicrosoft.com', mailboxes: few, secretMonths: 12, smtpAuth: true, sendAs: true, catalogueUrl: 'https://help.example/' }, SETUP_STRINGS.de.script) },
    { label: 'setup, placeholders', text: buildSetupScript({ name: 'teamspace', redirectUri: null, tenant: null, mailboxes: [], secretMonths: 6 }, SETUP_STRINGS.en.script) },
    calendar({ kind: 'mailboxes', mailboxes: few }, 'calendar scoping, list'),
    calendar({ kind: 'group', groupDn: 'CN=x' }, 'calendar scoping, group'),
    { label: 'connection test', text: buildTestScript({ tenant: 't', app: 'a', obj: 'o', mailboxes: few, sendFrom: few[0], sendTo: few[1] }, CONNECTION_STRINGS.de.script) },
    { label: 'step 2 page (en)', text: page('') },
    { label: 'step 2 page (de)', text: page('de/') },
    ...Object.entries(ERROR_GUIDE).flatMap(([id, g]) => (g.commands ? [{ label: `catalogue ${id}`, text: g.commands.join('\n') }] : [])),
  ];
}

describe('nothing Windows PowerShell 5.1 lacks (allow list)', () => {
  it('every command is the script\'s own function, a stubbed Exchange or Graph cmdlet, or a 5.1 cmdlet with 5.1 parameters; every type is a .NET Framework type', async () => {
    const scripts = everyScript();
    const parsed: Parsed[] = await ps.parse(scripts.map((s) => s.text));
    const stubbed = stubbedCmdlets();
    expect(stubbed.size).toBeGreaterThan(20);
    const seen = new Set<string>();
    parsed.forEach((p, i) => {
      const { label } = scripts[i];
      expectClean(p, label);
      const own = new Set(p.functions.map((f) => f.toLowerCase()));
      for (const c of p.commands) {
        if (c.name === null) {
          // The one command by variable: the setup script's second process, `& $powershell -NoProfile -Command {…} -args …`.
          expect(c.text, label).toMatch(/^& \$powershell -NoProfile -Command \$exchangePart -args /);
          continue;
        }
        if (own.has(c.name.toLowerCase()) || stubbed.has(c.name)) continue;
        const allowed = WINDOWS_POWERSHELL_51[c.name];
        expect(allowed, `${label}: ${c.name} is not on the list of checked 5.1 cmdlets`).toBeDefined();
        for (const param of c.parameters) expect(allowed, `${label}: ${c.name} -${param}`).toContain(param);
        seen.add(c.name);
      }
      for (const t of p.types) expect(NET_FRAMEWORK_TYPES.has(t.toLowerCase()), `${label}: type [${t}]`).toBe(true);
    });
    // The list is what the scripts use, no more.
    expect([...seen].sort()).toEqual(Object.keys(WINDOWS_POWERSHELL_51).sort());
  });

  it('the check fails on what 5.1 lacks: a PowerShell 7 parameter, an unknown cmdlet, a .NET Core type', async () => {
    const [a, b, c] = await ps.parse(["$s = Read-Host -MaskInput -Prompt 'x'", "'a' | Join-String", '[System.Text.Json.JsonSerializer]::Serialize(1)']);
    expect(a.commands[0].parameters).toContain('MaskInput');
    expect(WINDOWS_POWERSHELL_51['Read-Host']).not.toContain('MaskInput');
    expect(WINDOWS_POWERSHELL_51[b.commands[0].name!]).toBeUndefined();
    expect(c.types).toEqual(['System.Text.Json.JsonSerializer']);
    expect(NET_FRAMEWORK_TYPES.has(c.types[0].toLowerCase())).toBe(false);
  });

  it('every download (step 2, setup, calendar scoping, connection test, through ps1File) is UTF-8 with BOM and CRLF, and parses as the shown script does', async () => {
    const shown = everyScript().filter((s) => !s.label.startsWith('catalogue') && !s.label.startsWith('step 2 page'));
    expect(shown.map((s) => s.label.split(',')[0])).toEqual(expect.arrayContaining(['step 2', 'setup', 'calendar scoping', 'connection test']));
    const files = shown.map((s) => Buffer.from(ps1File(s.text), 'utf8'));
    for (const [i, bytes] of files.entries()) {
      // Windows PowerShell 5.1 reads a .ps1 without a BOM in the ANSI code page.
      expect([...bytes.subarray(0, 3)], shown[i].label).toEqual([0xef, 0xbb, 0xbf]);
      expect(bytes.toString('utf8').replace(/\r\n/g, ''), shown[i].label).not.toMatch(/[\r\n]/);
    }
    const parsed = await ps.parse([...files.map((b) => b.toString('utf8').slice(1)), ...shown.map((s) => s.text)]);
    shown.forEach((s, i) => {
      expectClean(parsed[i], `${s.label} (download)`);
      expect(quoted(parsed[i]).map((x) => x.value), s.label).toEqual(quoted(parsed[shown.length + i]).map((x) => x.value));
    });
  });
});
