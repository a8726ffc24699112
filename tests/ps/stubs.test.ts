/**
 * The stub modules themselves: their functions are generated from Microsoft's SYNTAX blocks
 * (tests/ps/stubs/<module>/syntax.psd1) and up to date; a parameter the real cmdlet lacks
 * fails as it would; the documented behaviours the scripts depend on hold.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PwshHost } from '../support/pwsh-host';
import { mailbox, tenant } from '../support/stub-tenant';

const ps = PwshHost.shared();

describe('stub modules', () => {
  it('functions.ps1 of every stub module is generated from its syntax.psd1 and overrides.psd1', async () => {
    const generator = resolve('tests/ps/stubs/generate.ps1').replaceAll("'", "''");
    const r = await ps.eval<string>(`& '${generator}' -Check`);
    expect(r.errors).toEqual([]);
    expect(r.output).toEqual([]);
  }, 180_000);

  it('have exactly the documented parameter sets: mandatory parameters, switches, no extra parameter', async () => {
    const r = await ps.run(
      [
        "Import-Module ExchangeOnlineManagement, Microsoft.Graph.Applications, Microsoft.Graph.Identity.SignIns",
        "$c = Get-Command Add-MailboxPermission",
        "($c.ParameterSets | Sort-Object Name | ForEach-Object { $_.Name + ':' + (($_.Parameters | Where-Object IsMandatory | ForEach-Object Name | Sort-Object) -join ',') }) -join ' '",
        "(Get-Command Get-MailboxPermission).Parameters['Owner'].SwitchParameter",
        "$t = (Get-Command Set-CASMailbox).Parameters['SmtpClientAuthenticationDisabled'].ParameterType; $t.Name + ' ' + $t.GetGenericArguments()[0].Name",
        "(Get-Command New-ServicePrincipal).Parameters.ContainsKey('ServiceId')",
        "((Get-Command Update-MgOauth2PermissionGrant).ParameterSets.Name | Sort-Object) -join ','",
        "(Get-Command Get-MgApplication).Parameters['ApplicationId'].Aliases -join ','",
        "(Get-Command New-MgServicePrincipal).Parameters['AccountEnabled'].SwitchParameter",
      ].join('\n'),
    );
    expect(r.failure).toBeNull();
    expect(r.output).toEqual([
      'AccessRights:AccessRights,Identity,User Instance:Instance Owner:Identity,Owner',
      'True',
      'Nullable`1 Boolean',
      'True',
      'Update,UpdateExpanded,UpdateViaIdentity,UpdateViaIdentityExpanded',
      'ObjectId',
      'True',
    ]);
  });

  // Get-ManagementScope is not in the cmdlet reference the other Exchange stubs were copied
  // from: its SYNTAX block is copied from its Microsoft Learn page,
  // https://learn.microsoft.com/powershell/module/exchangepowershell/get-managementscope
  // (office-docs-powershell exchange/exchange-ps/ExchangePowerShell/Get-ManagementScope.md).
  it('Get-ManagementScope has the documented parameters of its Learn page: -Identity positional, -Exclusive a Boolean, -Orphan a switch', async () => {
    const r = await ps.run(
      [
        'Import-Module ExchangeOnlineManagement',
        '$c = Get-Command Get-ManagementScope',
        "(($c.Parameters.Keys | Where-Object { $_ -in 'Identity', 'DomainController', 'Exclusive', 'Orphan' } | Sort-Object) -join ',')",
        "$c.Parameters['Identity'].ParameterSets['Default'].Position",
        "$c.Parameters['Exclusive'].ParameterType.Name",
        "$c.Parameters['Orphan'].SwitchParameter",
        "@($c.ParameterSets | ForEach-Object { $_.Parameters | Where-Object IsMandatory }).Count",
      ].join('\n'),
    );
    expect(r.failure).toBeNull();
    expect(r.output).toEqual(['DomainController,Exclusive,Identity,Orphan', '0', 'Boolean', 'True', '0']);
    const scopes = [{ Name: 'teamspace calendars', RecipientRestrictionFilter: "Alias -eq 'a'", Exclusive: false }, { Name: 'other', RecipientRestrictionFilter: "Alias -eq 'b'", Exclusive: true }];
    const state = tenant() as any;
    state.Exchange.ManagementScopes = scopes;
    const g = await ps.run("Connect-ExchangeOnline\n(Get-ManagementScope).Count\n(Get-ManagementScope teamspace*).Name\n(Get-ManagementScope -Exclusive $true).Name\n(Get-ManagementScope -Orphan).Count", { tenant: state });
    expect(g.failure).toBeNull();
    expect(g.output).toEqual(['2', 'teamspace calendars', 'other', '2']);
  });

  it('a parameter the real cmdlet lacks fails as it would (Exchange and Graph)', async () => {
    for (const line of [
      "Connect-ExchangeOnline; Add-MailboxPermission -Identity 'a@contoso.com' -User 'x' -AccessRights FullAccess -Trustee 'x'",
      "Connect-ExchangeOnline; Get-ServicePrincipal -AppId 'x'",
      "Connect-MgGraph -Scopes 'x' -NoWelcome; Get-MgServicePrincipal -AppId 'x'",
      "Connect-MgGraph -Password 'x'",
    ]) {
      const r = await ps.run(`$ErrorActionPreference = 'Stop'\n${line}`, { tenant: tenant({ mailboxes: [mailbox('a@contoso.com')] }) });
      expect(r.failure?.errorId, line).toMatch(/NamedParameterNotFound/);
    }
  });

  it('record each call with its parameter set; Exchange cmdlets exist only after Connect-ExchangeOnline', async () => {
    const r = await ps.run("Import-Module ExchangeOnlineManagement\nGet-ServicePrincipal", { tenant: tenant() });
    expect(r.failure?.type).toBe('System.Management.Automation.CommandNotFoundException');
    const ok = await ps.run("Connect-ExchangeOnline -UserPrincipalName 'admin@contoso.com'\nGet-CASMailbox -Identity 'a@contoso.com' | Out-Null", { tenant: tenant({ mailboxes: [mailbox('a@contoso.com')] }) });
    expect(ok.calls.map((c) => [c.cmdlet, c.set, c.params])).toEqual([
      ['Connect-ExchangeOnline', 'Default', { UserPrincipalName: 'admin@contoso.com' }],
      ['Get-CASMailbox', 'Identity', { Identity: 'a@contoso.com' }],
    ]);
  });

  it('Get-ServicePrincipal with a non-existent Identity returns every principal (documented); so does Get-CASMailbox', async () => {
    const principals = ['a', 'b'].map((x) => ({ Identity: `${x}-id`, Name: x, AppId: `${x}-app`, ObjectId: `${x}-obj`, DisplayName: x }));
    const r = await ps.run("Connect-ExchangeOnline\n(Get-ServicePrincipal -Identity 'typo').Count\n(Get-ServicePrincipal -Identity 'a-app').Count\n(Get-CASMailbox -Identity 'typo@contoso.com').Count", {
      tenant: tenant({ exchangePrincipals: principals, mailboxes: [mailbox('a@contoso.com'), mailbox('b@contoso.com')] }),
    });
    expect(r.output).toEqual(['2', '1', '2']);
  });

  it('Add-RecipientPermission without -Confirm:$false stops at its built-in pause; Graph cmdlets need Connect-MgGraph', async () => {
    const r = await ps.run("Connect-ExchangeOnline\nAdd-RecipientPermission -Identity 'a@contoso.com' -Trustee 'a@contoso.com' -AccessRights SendAs", { tenant: tenant({ mailboxes: [mailbox('a@contoso.com')] }) });
    expect(r.failure?.message).toMatch(/-Confirm:\$false/);
    const g = await ps.run("Import-Module Microsoft.Graph.Applications\nGet-MgApplication -All", { tenant: tenant() });
    expect(g.failure?.message).toBe('Authentication needed. Please call Connect-MgGraph.');
  });
});
