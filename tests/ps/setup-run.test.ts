/**
 * The one-shot setup script run for real in PowerShell 7 against the stub modules of
 * Microsoft Graph (Authentication, Applications, Identity.SignIns) and Exchange Online
 * (tests/ps/stubs: Microsoft's documented parameter sets, one in-memory tenant). The Exchange
 * part runs in a second PowerShell process that the script itself starts; the stub tenant is
 * shared through a file, and each recorded call names its process.
 */
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, RESOURCES, requiredResourceAccess, SINGLE_TENANT_AUDIENCE } from '../../src/data/microsoft';
import { GRAPH_SCOPES } from '../../src/data/microsoft';
import { buildSetupScript, type SetupValues } from '../../src/tools/setup/script';
import { STRINGS as SETUP_STRINGS } from '../../src/tools/setup/strings';
import { PwshHost, type RunResult, type StubCall } from '../support/pwsh-host';
import { mailbox, TENANT_ID, tenant, type TenantInput } from '../support/stub-tenant';

const ps = PwshHost.shared();
const t = SETUP_STRINGS.en.script;
const URI = 'https://xyc.teamspace.de/api/server/oauth2/redirect';
const MAILBOXES = ['info@contoso.com', "o'brien@contoso.com"];
const values: SetupValues = { name: "teamspace O'Mail", redirectUri: URI, tenant: TENANT_ID, mailboxes: MAILBOXES, secretMonths: 12 };
const given = (extra: TenantInput = {}) => tenant({ mailboxes: MAILBOXES.map((m) => mailbox(m)), ...extra });
const run = (v: SetupValues, tenantState: Record<string, unknown>) => ps.run(buildSetupScript(v, t), { tenant: tenantState });

const of = (r: RunResult, cmdlet: string): StubCall[] => r.calls.filter((c) => c.cmdlet === cmdlet);
const changes = (r: RunResult) => r.calls.filter((c) => /^(New|Add|Update|Set|Remove)-/.test(c.cmdlet)).map((c) => c.cmdlet);
const ROLES = PERMISSIONS.filter((p) => p.type === 'Role');
const withoutCalls = (state: Record<string, unknown>) => {
  const { _calls, ...rest } = state;
  void _calls;
  return rest;
};

// Each run starts a second PowerShell for the Exchange part: room for a loaded machine
// (no timing is asserted).
describe('one-shot setup script, run against the Graph and Exchange Online stubs', { timeout: 300_000 }, () => {
  it('a fresh tenant: registration, enterprise application, secret, admin consent, then Exchange in its own process', async () => {
    const r = await run(values, given());
    expect(r.failure).toBeNull();
    expect(r.errors).toEqual([]);

    const connect = of(r, 'Connect-MgGraph');
    expect(connect.map((c) => c.params)).toEqual([{ Scopes: [...GRAPH_SCOPES.setupScript], TenantId: TENANT_ID, NoWelcome: true }]);
    expect(of(r, 'Get-MgApplication').map((c) => c.params)).toEqual([{ Filter: "displayName eq 'teamspace O''Mail'", All: true }]);
    const [app] = r.tenant.Applications;
    expect(app).toMatchObject({
      DisplayName: "teamspace O'Mail",
      SignInAudience: SINGLE_TENANT_AUDIENCE,
      Web: { RedirectUris: [URI], ImplicitGrantSettings: { EnableIdTokenIssuance: true, EnableAccessTokenIssuance: true } },
    });
    // The manifest's requiredResourceAccess, permission for permission.
    expect(app.RequiredResourceAccess.map((x: any) => ({ resourceAppId: x.ResourceAppId, resourceAccess: x.ResourceAccess.map((a: any) => ({ id: a.Id, type: a.Type })) }))).toEqual(requiredResourceAccess());
    // One secret of ours, valid for 12 months; its Value is printed once.
    expect(app.PasswordCredentials).toHaveLength(1);
    expect(app.PasswordCredentials[0].DisplayName).toBe('teamspace');
    const months = (Date.parse(app.PasswordCredentials[0].EndDateTime) - Date.now()) / (30.44 * 24 * 3600 * 1000);
    expect(Math.round(months)).toBe(12);
    expect(r.host.filter((l) => l.startsWith('Client secret Value: '))).toHaveLength(1);
    expect(r.warnings).toEqual([t.secretWarning]);

    // Admin consent: every application permission as an app role assignment, every delegated one in one grant per resource.
    const sp = r.tenant.ServicePrincipals.find((x: any) => x.AppId === app.AppId);
    const assigned = r.tenant.AppRoleAssignments.filter((a: any) => a.PrincipalId === sp.Id).map((a: any) => a.AppRoleId).sort();
    expect(assigned).toEqual(ROLES.map((p) => p.id).sort());
    const grants = r.tenant.OAuth2PermissionGrants;
    for (const res of Object.values(RESOURCES)) {
      const scopes = PERMISSIONS.filter((p) => p.type === 'Scope' && p.resource === res.key).map((p) => p.name);
      const resSp = r.tenant.ServicePrincipals.find((x: any) => x.AppId === res.appId);
      const g = grants.filter((x: any) => x.ResourceId === resSp.Id);
      if (scopes.length === 0) expect(g).toEqual([]);
      else expect(g).toEqual([expect.objectContaining({ ClientId: sp.Id, ConsentType: 'AllPrincipals', Scope: scopes.join(' ') })]);
    }

    // Step 2 in a second PowerShell process: no Exchange cmdlet in the first, no Graph cmdlet in the second.
    const exchange = r.calls.filter((c) => !c.cmdlet.includes('-Mg'));
    const graph = r.calls.filter((c) => c.cmdlet.includes('-Mg'));
    const graphProcesses = new Set(graph.map((c) => (c as any).process));
    const exchangeProcesses = new Set(exchange.map((c) => (c as any).process));
    expect(graphProcesses.size).toBe(1);
    expect(exchangeProcesses.size).toBe(1);
    expect([...exchangeProcesses][0]).not.toBe([...graphProcesses][0]);
    expect(exchange[0]).toEqual(expect.objectContaining({ cmdlet: 'Connect-ExchangeOnline', params: { ShowBanner: false } }));
    expect(of(r, 'New-ServicePrincipal').map((c) => c.params)).toEqual([{ AppId: app.AppId, ObjectId: sp.Id }]);
    const exoSp = r.tenant.Exchange.ServicePrincipals[0];
    expect(r.tenant.Exchange.MailboxPermissions).toEqual(MAILBOXES.map((m) => expect.objectContaining({ Identity: m, User: exoSp.Identity, AccessRights: ['FullAccess'] })));
    // Without the options, the script says what is left instead of "done" alone.
    expect(of(r, 'Set-CASMailbox')).toEqual([]);
    expect(of(r, 'Add-RecipientPermission')).toEqual([]);
    expect(r.host).toEqual(expect.arrayContaining([t.leftSmtpAuth, t.leftSendAs, t.done]));
  });

  it('a second run creates nothing: same registration, secret kept, no second grant', async () => {
    const first = await run(values, given());
    const second = await run(values, withoutCalls(first.tenant));
    expect(second.failure).toBeNull();
    expect(changes(second)).toEqual(['Update-MgApplication']);
    expect(withoutCalls(second.tenant)).toEqual(withoutCalls(first.tenant));
    expect(second.host.filter((l) => l.startsWith('Client secret Value'))).toEqual([]);
    expect(second.host).toEqual(expect.arrayContaining(MAILBOXES.map((m) => t.mailboxAlready.replace('{0}', m))));
  });

  it('an app registration of that name exists: updated, its redirect URIs and permissions kept and completed', async () => {
    const graphRes = RESOURCES.graph;
    const oneRole = PERMISSIONS.find((p) => p.resource === 'graph' && p.type === 'Role')!;
    const existing = {
      Id: 'a0000000-0000-4000-8000-000000000001',
      AppId: 'b0000000-0000-4000-8000-000000000002',
      DisplayName: "teamspace O'Mail",
      SignInAudience: SINGLE_TENANT_AUDIENCE,
      Web: { RedirectUris: ['https://old.example/api/server/oauth2/redirect'], ImplicitGrantSettings: { EnableIdTokenIssuance: false, EnableAccessTokenIssuance: false } },
      RequiredResourceAccess: [{ ResourceAppId: graphRes.appId, ResourceAccess: [{ Id: oneRole.id, Type: 'Role' }, { Id: 'c0000000-0000-4000-8000-000000000003', Type: 'Scope' }] }],
      PasswordCredentials: [],
    };
    const r = await run(values, given({ applications: [existing] }));
    expect(r.failure).toBeNull();
    expect(of(r, 'New-MgApplication')).toEqual([]);
    const [update] = of(r, 'Update-MgApplication');
    expect(update.params.ApplicationId).toBe(existing.Id);
    const [app] = r.tenant.Applications;
    expect(app.Web.RedirectUris).toEqual(['https://old.example/api/server/oauth2/redirect', URI]);
    // Every permission of ours is there, and the app's own extra permission stays.
    const ids = app.RequiredResourceAccess.flatMap((x: any) => x.ResourceAccess.map((a: any) => a.Id));
    for (const p of PERMISSIONS) expect(ids).toContain(p.id);
    expect(ids).toContain('c0000000-0000-4000-8000-000000000003');
    expect(r.host).toContain(t.updating.replace('{0}', "teamspace O'Mail").replace('{1}', existing.AppId));
  });

  it('a delegated grant with some of the scopes is completed with Update-MgOauth2PermissionGrant', async () => {
    const first = await run(values, given());
    const state = withoutCalls(first.tenant) as any;
    const grant = state.OAuth2PermissionGrants[0];
    const all = grant.Scope.split(' ');
    grant.Scope = all[0];
    const second = await run(values, state);
    expect(second.failure).toBeNull();
    expect(of(second, 'Update-MgOauth2PermissionGrant').map((c) => c.params)).toEqual([{ OAuth2PermissionGrantId: grant.Id, Scope: all.join(' ') }]);
    expect(second.tenant.OAuth2PermissionGrants[0].Scope).toBe(all.join(' '));
  });

  it('two app registrations of that name: stops with a clear message before changing anything', async () => {
    const twin = (n: number) => ({ Id: `a000000${n}-0000-4000-8000-000000000000`, AppId: `b000000${n}-0000-4000-8000-000000000000`, DisplayName: "teamspace O'Mail", Web: { RedirectUris: [] }, RequiredResourceAccess: [], PasswordCredentials: [] });
    const r = await run(values, given({ applications: [twin(1), twin(2)] }));
    expect(r.failure?.message).toBe(t.ambiguous.replace('{0}', "teamspace O'Mail"));
    expect(changes(r)).toEqual([]);
  });

  it('with the options: SMTP AUTH allowed and Send As granted on each mailbox, in the Exchange process', async () => {
    const r = await run({ ...values, smtpAuth: true, sendAs: true }, given());
    expect(r.failure).toBeNull();
    const exoSp = r.tenant.Exchange.ServicePrincipals[0];
    expect(of(r, 'Set-CASMailbox').map((c) => c.params)).toEqual(MAILBOXES.map((m) => ({ Identity: m, SmtpClientAuthenticationDisabled: false })));
    expect(of(r, 'Add-RecipientPermission').map((c) => c.params)).toEqual(MAILBOXES.map((m) => ({ Identity: m, Trustee: exoSp.Identity, AccessRights: 'SendAs', Confirm: false })));
    for (const m of r.tenant.Exchange.Mailboxes) expect(m.SmtpClientAuthenticationDisabled).toBe(false);
    expect(r.host).not.toContain(t.leftSmtpAuth);
    expect(r.host).not.toContain(t.leftSendAs);
  });

  it('the placeholder script (no installation URL yet) stops before it signs in', async () => {
    const r = await run({ ...values, redirectUri: null }, given());
    expect(r.failure?.message).toBe(t.placeholderStop);
    expect(r.calls).toEqual([]);
  });

  // The tenant's app management policy (restrictions.passwordCredentials) refuses the secret: the
  // Add-MgApplicationPassword stub answers as Graph does, HTTP 400 with the code
  // CredentialTypeNotAllowedAsPerAppPolicy or CredentialInvalidLifetimeAsPerAppPolicy in the
  // message and the error ID of the Graph PowerShell error (see the stub).
  const CATALOGUE = 'https://help.teamspace.example/microsoft-app-registration/troubleshooting/#secret-blocked-by-policy';
  const LATER = ['New-MgServicePrincipalAppRoleAssignment', 'Get-MgServicePrincipalAppRoleAssignment', 'New-MgOauth2PermissionGrant', 'Get-MgOauth2PermissionGrant', 'Update-MgOauth2PermissionGrant', 'Connect-ExchangeOnline', 'New-ServicePrincipal', 'Add-MailboxPermission'];
  const stoppedAtSecret = (r: RunResult, text: typeof t) => {
    // Add-MgApplicationPassword was called once, as always; nothing after it ran.
    expect(of(r, 'Add-MgApplicationPassword')).toHaveLength(1);
    expect(r.calls.map((c) => c.cmdlet).filter((c) => LATER.includes(c))).toEqual([]);
    expect(r.calls.at(-1)?.cmdlet).toBe('Add-MgApplicationPassword');
    expect(r.tenant.Applications[0].PasswordCredentials).toEqual([]);
    expect(r.tenant.AppRoleAssignments).toEqual([]);
    expect(r.tenant.OAuth2PermissionGrants).toEqual([]);
    expect(r.tenant.Exchange.ServicePrincipals).toEqual([]);
    expect(r.host.filter((l) => l.startsWith('Client secret Value') || l.startsWith('Wert des geheimen'))).toEqual([]);
    expect(r.host).not.toContain(text.done);
    expect(r.warnings).toEqual([]);
  };

  for (const locale of ['en', 'de'] as const) {
    const text = SETUP_STRINGS[locale].script;
    const catalogue = locale === 'de' ? CATALOGUE.replace('example/', 'example/de/') : CATALOGUE;
    it(`(${locale}) the app management policy forbids client secrets: names the policy and the way out, links the catalogue entry, stops before admin consent and Exchange`, async () => {
      const r = await ps.run(buildSetupScript({ ...values, catalogueUrl: catalogue }, text), { tenant: given({ secretPolicy: { passwordAddition: true } }) });
      const app = r.tenant.Applications[0];
      expect(r.failure?.message).toBe(`${text.secretForbidden.replace('{0}', values.name).replace('{1}', app.AppId)} ${text.policyHelp.replace('{0}', catalogue)}`);
      expect(r.failure?.message).toContain('CredentialTypeNotAllowedAsPerAppPolicy');
      stoppedAtSecret(r, text);
    });
  }

  it('the app management policy caps the secret lifetime (90 days, 12 months asked): says to shorten $secretMonths or ask for an exception, stops; with 2 months the run completes', async () => {
    const policy = { secretPolicy: { passwordLifetime: 'P90D' } };
    const r = await run({ ...values, catalogueUrl: CATALOGUE }, given(policy));
    expect(r.failure?.message).toBe(`${t.secretLifetime.replace('{0}', '12')} ${t.policyHelp.replace('{0}', CATALOGUE)}`);
    expect(r.failure?.message).toContain('CredentialInvalidLifetimeAsPerAppPolicy');
    stoppedAtSecret(r, t);
    // What the message says to do: a lifetime the policy allows, and run the script again.
    const again = await ps.run(buildSetupScript({ ...values, catalogueUrl: CATALOGUE }, t).replace(/^\$secretMonths = 12$/m, '$secretMonths = 2'), { tenant: withoutCalls(r.tenant) });
    expect(again.failure).toBeNull();
    expect(of(again, 'New-MgApplication')).toEqual([]);
    expect(again.tenant.Applications[0].PasswordCredentials).toHaveLength(1);
    expect(again.host).toContain(t.done);
  });

  it('any other error of Add-MgApplicationPassword is not taken for the policy: it stops with that error', async () => {
    const r = await run({ ...values, catalogueUrl: CATALOGUE }, given({ fail: { 'Add-MgApplicationPassword': 'Insufficient privileges to complete the operation.' } }));
    expect(r.failure?.message).toBe('Insufficient privileges to complete the operation.');
    expect(r.calls.map((c) => c.cmdlet).filter((c) => LATER.includes(c))).toEqual([]);
  });

  it('a failing Exchange step stops the script with the Exchange error; step 1 stays done', async () => {
    const r = await run({ ...values, mailboxes: ['missing@contoso.com'] }, given());
    expect(r.ok).toBe(false);
    expect(r.failure?.message).toMatch(/couldn't be found|Exchange Online part did not finish/);
    expect(r.tenant.Applications).toHaveLength(1);
    expect(r.tenant.Exchange.MailboxPermissions).toEqual([]);
    expect(r.host).not.toContain(t.done);
  });
});
