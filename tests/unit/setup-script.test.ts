import { describe, expect, it } from 'vitest';
import { PERMISSIONS, requiredResourceAccess, RESOURCES, SINGLE_TENANT_AUDIENCE } from '../../src/data/microsoft';
import { ps1File } from '../../src/lib/powershell';
import { GRAPH_SCOPES } from '../../src/data/microsoft';
import { ERROR_MATCHERS } from '../../src/data/error-matchers';
import { buildSetupScript, PLACEHOLDER_REDIRECT, POLICY_ERROR_CODES, POLICY_ERROR_ID, type SetupValues } from '../../src/tools/setup/script';
import { checkAppName, checkMailboxes, checkSetupUrl } from '../../src/tools/setup/inputs';
import { STRINGS } from '../../src/tools/setup/strings';

const full: SetupValues = {
  name: "teamspace O'Mail",
  redirectUri: 'https://xyc.teamspace.de/api/server/oauth2/redirect',
  tenant: 'contoso.onmicrosoft.com',
  mailboxes: ['info@contoso.com', 'support@contoso.com'],
  secretMonths: 12,
};
const GUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

describe('buildSetupScript', () => {
  for (const locale of ['en', 'de'] as const) {
    const t = STRINGS[locale].script;
    it(`(${locale}) message templates use only {0}-style placeholders (the -f operator throws on stray braces)`, () => {
      for (const [key, value] of Object.entries(t)) {
        for (const text of Array.isArray(value) ? value : [value]) {
          const stripped = text.replace(/\{\d(?::[^{}]+)?\}/g, '');
          expect(stripped, key).not.toMatch(/[{}]/);
        }
      }
    });
  }

  it('registers a single-tenant Web app with ID and access tokens, and signs in with the needed scopes', () => {
    const script = buildSetupScript(full, STRINGS.en.script);
    expect(script).toContain(`-SignInAudience '${SINGLE_TENANT_AUDIENCE}'`);
    expect(script).toContain('EnableIdTokenIssuance = $true; EnableAccessTokenIssuance = $true');
    expect(script).toContain('RedirectUris = @($redirectUri)');
    for (const scope of GRAPH_SCOPES.setupScript) expect(script).toContain(`'${scope}'`);
    for (const cmdlet of [
      'Connect-MgGraph',
      'New-MgApplication',
      'Update-MgApplication',
      'New-MgServicePrincipal',
      'Add-MgApplicationPassword',
      'New-MgServicePrincipalAppRoleAssignment',
      'New-MgOauth2PermissionGrant',
      'Install-Module -Name ExchangeOnlineManagement',
      'Import-Module ExchangeOnlineManagement',
      'Connect-ExchangeOnline',
      // The Exchange part runs in its own PowerShell process, with the IDs as arguments.
      'New-ServicePrincipal -AppId $appId -ObjectId $objectId',
      '& $powershell -NoProfile -Command $exchangePart -args $app.AppId, $sp.Id, $mailboxes, $smtpAuth, $sendAs, $exchangeText',
      'Add-MailboxPermission -Identity $mailbox -User $exoSp.Identity -AccessRights FullAccess',
    ]) {
      expect(script).toContain(cmdlet);
    }
    expect(script).toContain("-ConsentType 'AllPrincipals'");
    expect(script).toContain('.AddMonths($secretMonths)');
    expect(script).toMatch(/^\$secretMonths = 12$/m);
  });

  it('looks everything up before creating it, so a second run creates nothing twice', () => {
    const script = buildSetupScript(full, STRINGS.en.script);
    const before = (lookup: string, create: string) => {
      expect(script.indexOf(lookup), lookup).toBeGreaterThan(-1);
      expect(script.indexOf(lookup), `${lookup} before ${create}`).toBeLessThan(script.indexOf(create));
    };
    before('Get-MgApplication -Filter', 'New-MgApplication');
    before('Get-MgServicePrincipal -Filter', 'New-MgServicePrincipal');
    before('Get-MgServicePrincipalAppRoleAssignment', 'New-MgServicePrincipalAppRoleAssignment');
    before('Get-MgOauth2PermissionGrant', 'New-MgOauth2PermissionGrant');
    before('Get-ServicePrincipal', 'New-ServicePrincipal');
    before('Get-MailboxPermission', 'Add-MailboxPermission');
    // A valid secret of ours is reused unless the admin asks for a new one.
    before('$app.PasswordCredentials', 'Add-MgApplicationPassword');
    expect(script).toContain('$forceNewSecret = $false');
  });

  it('every permission ID comes from the data module, once each; no other GUID except the resource appIds', () => {
    const script = buildSetupScript({ ...full, tenant: null }, STRINGS.de.script);
    const ids = script.match(GUID) ?? [];
    const allowed = new Set([...PERMISSIONS.map((p) => p.id), ...Object.values(RESOURCES).map((r) => r.appId)]);
    expect(ids.filter((id) => !allowed.has(id.toLowerCase()))).toEqual([]);
    for (const p of PERMISSIONS) expect(ids.filter((id) => id === p.id), p.name).toHaveLength(1);
    for (const r of Object.values(RESOURCES)) expect(ids.filter((id) => id === r.appId), r.name).toHaveLength(1);
    // Same grouping and order as the manifest's requiredResourceAccess.
    const expected = requiredResourceAccess().flatMap((r) => [r.resourceAppId, ...r.resourceAccess.map((a) => a.id)]);
    expect(ids.map((id) => id.toLowerCase())).toEqual(expected);
    // Each permission stands with its exact name and type.
    for (const p of PERMISSIONS) expect(script).toContain(`@{ Name = '${p.name}'; Id = '${p.id}'; Type = '${p.type}' }`);
  });

  it('names the app management policy refusal with the catalogue entry\'s codes and links that entry', () => {
    const entry = ERROR_MATCHERS.find((m) => m.id === POLICY_ERROR_ID)!;
    expect(entry).toBeDefined();
    // The codes the script looks for are the ones the catalogue entry finds.
    for (const code of Object.values(POLICY_ERROR_CODES)) expect(entry.matchers.some((re) => re.test(code)), code).toBe(true);
    const url = 'https://help.teamspace.example/de/microsoft-app-registration/troubleshooting/#secret-blocked-by-policy';
    const script = buildSetupScript({ ...full, catalogueUrl: url }, STRINGS.de.script);
    expect(script).toContain(`-match '${POLICY_ERROR_CODES.forbidden}'`);
    expect(script).toContain(`-match '${POLICY_ERROR_CODES.lifetime}'`);
    expect(script).toContain(`'${url}'`);
    // The refusal is handled around Add-MgApplicationPassword, before admin consent.
    expect(script.indexOf(POLICY_ERROR_CODES.forbidden)).toBeGreaterThan(script.indexOf('Add-MgApplicationPassword'));
    expect(script.indexOf(POLICY_ERROR_CODES.forbidden)).toBeLessThan(script.indexOf('New-MgServicePrincipalAppRoleAssignment'));
    for (const locale of ['en', 'de'] as const) {
      const t = STRINGS[locale].script;
      expect(t.secretForbidden).toContain(POLICY_ERROR_CODES.forbidden);
      expect(t.secretLifetime).toContain(POLICY_ERROR_CODES.lifetime);
      expect(t.secretLifetime).toContain('$secretMonths');
    }
  });

  it('the placeholder script refuses to run until the installation URL is filled in', () => {
    const script = buildSetupScript({ ...full, redirectUri: null }, STRINGS.en.script);
    expect(script).toContain(`$redirectUri = '${PLACEHOLDER_REDIRECT}'`);
    expect(script).toMatch(/if \(\$redirectUri\.StartsWith\('<'\)\) \{ throw /);
  });

  it('as a .ps1 file: UTF-8 BOM and CRLF only', () => {
    const file = ps1File(buildSetupScript(full, STRINGS.de.script));
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(new TextEncoder().encode(file).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  // Parsed by PowerShell itself, every value one literal (property): tests/ps/setup-parse.test.ts.
});

describe('setup inputs', () => {
  it('installation URL -> redirect URI, through the shared validator of the page value "url"', () => {
    expect(checkSetupUrl(' https://XYC.teamspace.de/ ')).toEqual({ ok: true, value: 'https://xyc.teamspace.de/api/server/oauth2/redirect', warnings: [] });
    expect(checkSetupUrl('https://example.com/teamspace//')).toMatchObject({ ok: true, value: 'https://example.com/teamspace/api/server/oauth2/redirect' });
    expect(checkSetupUrl('https://example.com:8443')).toMatchObject({ ok: true, value: 'https://example.com:8443/api/server/oauth2/redirect' });
    // The same visible normalisation as the redirect URI tool: http is read as https, with a warning.
    expect(checkSetupUrl('http://xyc.teamspace.de')).toEqual({ ok: true, value: 'https://xyc.teamspace.de/api/server/oauth2/redirect', warnings: ['urlHttp'] });
    expect(checkSetupUrl('http://localhost:8080')).toMatchObject({ ok: true, value: 'http://localhost:8080/api/server/oauth2/redirect' });
  });
  it('installation URL errors: the shared ones, and a redirect URI that breaks Microsoft\'s rules', () => {
    expect(checkSetupUrl('')).toEqual({ ok: false, error: 'required' });
    expect(checkSetupUrl('ftp://xyc.teamspace.de')).toEqual({ ok: false, error: 'urlScheme' });
    expect(checkSetupUrl('https://user:pw@xyc.teamspace.de')).toEqual({ ok: false, error: 'urlUserInfo' });
    expect(checkSetupUrl('xyc teamspace.de')).toEqual({ ok: false, error: 'urlSpace' });
    expect(checkSetupUrl("https://xyc.teamspace.de/it's")).toEqual({ ok: false, error: 'urlRules' });
    expect(checkSetupUrl(`https://xyc.teamspace.de/${'a'.repeat(230)}`)).toEqual({ ok: false, error: 'urlRules' });
  });
  it('app name and mailboxes', () => {
    expect(checkAppName('  teamspace mail ')).toEqual({ ok: true, value: 'teamspace mail', warnings: [] });
    expect(checkAppName('a\u0007b')).toEqual({ ok: false, error: 'charControl', params: { char: 'U+0007 BELL', position: '2' } });
    expect(checkAppName('a\nb')).toEqual({ ok: false, error: 'nameUnsafe' });
    expect(checkAppName('x'.repeat(257))).toEqual({ ok: false, error: 'nameLong' });
    expect(checkMailboxes('info@contoso.com, support@contoso.com;info@contoso.com')).toEqual({ ok: true, value: ['info@contoso.com', 'support@contoso.com'], warnings: [] });
    expect(checkMailboxes('')).toEqual({ ok: true, value: [], warnings: [] });
    expect(checkMailboxes('info@contoso.com, support')).toEqual({ ok: false, error: 'mailbox' });
  });
});

describe('one mailbox reader for both tools (link key mb)', () => {
  it('the setup script reads "Name <address>" and removes duplicates in any case, as the step-2 generator does', async () => {
    const { parseMailboxes } = await import('../../src/lib/mailboxes');
    const raw = '"Smith, John" <john@contoso.com>, Info@contoso.com; info@contoso.com';
    expect(checkMailboxes(raw)).toEqual({ ok: true, value: ['john@contoso.com', 'Info@contoso.com'], warnings: [] });
    expect(parseMailboxes(raw).addresses).toEqual(['john@contoso.com', 'Info@contoso.com']);
    expect(checkMailboxes('a@contoso.com b@contoso.com\nc@contoso.com')).toMatchObject({ ok: true, value: ['a@contoso.com', 'b@contoso.com', 'c@contoso.com'] });
    // A control character is named by the shared character rule.
    expect(checkMailboxes('info@contoso.com, a\u0007b@contoso.com')).toMatchObject({ ok: false, error: 'charControl' });
  });
});
