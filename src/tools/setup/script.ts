/**
 * The one-shot setup script: Microsoft Graph PowerShell that creates (or updates) the
 * whole app registration of step 1, grants admin consent, creates a client secret,
 * and continues with the Exchange Online commands of step 2.
 *
 * Every user value enters through psString() exactly once, as a variable at the top;
 * every other string in the script is a constant of ours, also written with psString()
 * so that no double-quoted (expanding) string exists at all. Permission and resource
 * IDs come from the data module. Re-running the script looks everything up first and
 * reuses it, so nothing is created twice.
 */
import { GRAPH_SCOPES, PERMISSIONS, REDIRECT_PATH, requiredResourceAccess, RESOURCES, SINGLE_TENANT_AUDIENCE } from '../../data/microsoft';
import { psString } from '../../lib/powershell';

export const GRAPH_MODULES = ['Microsoft.Graph.Authentication', 'Microsoft.Graph.Applications', 'Microsoft.Graph.Identity.SignIns'] as const;
export const SECRET_MONTHS = [6, 12, 24] as const;
export type SecretMonths = (typeof SECRET_MONTHS)[number];
/** The description of the secret in Entra; the script recognises its own secret by it. */
export const SECRET_DISPLAY_NAME = 'teamspace';
export const DEFAULT_APP_NAME = 'teamspace';
/** Stands in for the redirect URI until the installation URL is known; the script refuses to run with it. */
export const PLACEHOLDER_REDIRECT = `<INSTALLATION_URL>${REDIRECT_PATH}`;

export interface SetupValues {
  /** Display name of the app registration. */
  name: string;
  /** The full redirect URI, or null while the installation URL is missing (placeholder script). */
  redirectUri: string | null;
  /** Directory (tenant) ID or *.onmicrosoft.com domain; null: the signed-in account's tenant. */
  tenant: string | null;
  mailboxes: readonly string[];
  secretMonths: SecretMonths;
  /** Also allow SMTP AUTH for the mailboxes (Set-CASMailbox), as step 2's option. */
  smtpAuth?: boolean;
  /** Also grant Send As on the mailboxes (Add-RecipientPermission), as step 2's option. */
  sendAs?: boolean;
  /**
   * The absolute address of the error catalogue's entry for the app management policy
   * (POLICY_ERROR_ID on the troubleshooting page); the script names it when the policy
   * refuses the client secret.
   */
  catalogueUrl?: string;
}

/** The error catalogue's entry for a secret refused by the tenant's app management policy (src/data/error-matchers.ts). */
export const POLICY_ERROR_ID = 'secret-blocked-by-policy';
/** Microsoft Graph's error codes for it, as the catalogue entry names them. */
export const POLICY_ERROR_CODES = { forbidden: 'CredentialTypeNotAllowedAsPerAppPolicy', lifetime: 'CredentialInvalidLifetimeAsPerAppPolicy' } as const;

/** Comments and messages of the script, per locale (see strings.ts). */
export interface ScriptText {
  header: readonly string[];
  roles: readonly string[];
  valuesHeading: string;
  tenantNone: string;
  mailboxesNone: string;
  placeholderStop: string;
  permissionsHeading: string;
  signInHeading: string;
  registrationHeading: string;
  ambiguous: string;
  updating: string;
  created: string;
  spHeading: string;
  spReplication: string;
  spCreated: string;
  spFound: string;
  secretHeading: string;
  secretExists: string;
  secretWarning: string;
  secretValue: string;
  secretValid: string;
  secretForbidden: string;
  secretLifetime: string;
  policyHelp: string;
  consentHeading: string;
  resourceMissing: string;
  alreadyGranted: string;
  granted: string;
  scopesGranted: string;
  scopesAlready: string;
  valuesForTeamspace: string;
  appIdLine: string;
  tenantIdLine: string;
  objectIdLine: string;
  exchangeHeading: string;
  exchangeProcess: readonly string[];
  exoSpFound: string;
  exoSpCreated: string;
  exoSpAmbiguous: string;
  mailboxAlready: string;
  mailboxGranted: string;
  smtpAllowed: string;
  sendAsAlready: string;
  sendAsGranted: string;
  exchangeFailed: string;
  smtpAuthOption: string;
  sendAsOption: string;
  leftSmtpAuth: string;
  leftSendAs: string;
  noMailboxes: string;
  done: string;
}

/** Messages of the Exchange part, handed to the second PowerShell process as a hashtable. */
const EXCHANGE_MESSAGES = ['exoSpFound', 'exoSpCreated', 'exoSpAmbiguous', 'mailboxAlready', 'mailboxGranted', 'smtpAllowed', 'sendAsAlready', 'sendAsGranted'] as const;

const I = '    ';

/** One resource of the manifest's requiredResourceAccess, with the names the script prints and grants by. */
function permissionBlock(entry: ReturnType<typeof requiredResourceAccess>[number]): string[] {
  const resource = Object.values(RESOURCES).find((r) => r.appId === entry.resourceAppId)!;
  const nameOf = (id: string) => PERMISSIONS.find((p) => p.id === id && p.resource === resource.key)!.name;
  return [
    `${I}@{`,
    `${I}${I}Name = ${psString(resource.name)}`,
    `${I}${I}AppId = ${psString(resource.appId)}`,
    `${I}${I}Permissions = @(`,
    ...entry.resourceAccess.map((a) => `${I}${I}${I}@{ Name = ${psString(nameOf(a.id))}; Id = ${psString(a.id)}; Type = ${psString(a.type)} }`),
    `${I}${I})`,
    `${I}}`,
  ];
}

/** Write-Host with a format template of ours and runtime arguments (no expanding strings). */
function say(template: string, ...args: string[]): string {
  return args.length ? `Write-Host (${psString(template)} -f ${args.join(', ')})` : `Write-Host ${psString(template)}`;
}

function comment(text: string): string {
  return `# ${text}`;
}

export function buildSetupScript(values: SetupValues, t: ScriptText): string {
  const redirect = values.redirectUri ?? PLACEHOLDER_REDIRECT;
  const policyHelp = values.catalogueUrl ? ` + ${psString(' ')} + (${psString(t.policyHelp)} -f ${psString(values.catalogueUrl)})` : '';
  const lines: string[] = [
    ...t.header.map(comment),
    '#',
    ...t.roles.map(comment),
    '',
    `$ErrorActionPreference = ${psString('Stop')}`,
    '',
    comment(t.valuesHeading),
    `$appName = ${psString(values.name)}`,
    `$redirectUri = ${psString(redirect)}`,
    values.tenant ? `$tenant = ${psString(values.tenant)}` : `$tenant = $null  ${comment(t.tenantNone)}`,
    `$secretMonths = ${values.secretMonths}`,
    values.mailboxes.length
      ? `$mailboxes = @(${values.mailboxes.map(psString).join(', ')})`
      : `$mailboxes = @()  ${comment(t.mailboxesNone)}`,
    `$smtpAuth = $${values.smtpAuth ?? false}  ${comment(t.smtpAuthOption)}`,
    `$sendAs = $${values.sendAs ?? false}  ${comment(t.sendAsOption)}`,
    `$secretName = ${psString(SECRET_DISPLAY_NAME)}`,
    '$forceNewSecret = $false',
    '',
  ];
  if (values.redirectUri === null) {
    lines.push(`if ($redirectUri.StartsWith(${psString('<')})) { throw ${psString(t.placeholderStop)} }`, '');
  }

  lines.push(
    comment(t.permissionsHeading),
    '$resources = @(',
    ...requiredResourceAccess().flatMap(permissionBlock),
    ')',
    '$requiredResourceAccess = @(foreach ($resource in $resources) {',
    `${I}@{`,
    `${I}${I}ResourceAppId = $resource.AppId`,
    `${I}${I}ResourceAccess = @(foreach ($permission in $resource.Permissions) { @{ Id = $permission.Id; Type = $permission.Type } })`,
    `${I}}`,
    '})',
    '',
    comment(t.signInHeading),
    `foreach ($module in ${GRAPH_MODULES.map(psString).join(', ')}) {`,
    `${I}if (-not (Get-Module -ListAvailable -Name $module)) { Install-Module -Name $module -Scope CurrentUser }`,
    `${I}Import-Module $module`,
    '}',
    `$scopes = ${GRAPH_SCOPES.setupScript.map(psString).join(', ')}`,
    'if ($tenant) { Connect-MgGraph -Scopes $scopes -TenantId $tenant -NoWelcome } else { Connect-MgGraph -Scopes $scopes -NoWelcome }',
    '',
    comment(t.registrationHeading),
    '$web = @{',
    `${I}RedirectUris = @($redirectUri)`,
    `${I}ImplicitGrantSettings = @{ EnableIdTokenIssuance = $true; EnableAccessTokenIssuance = $true }`,
    '}',
    `$found = @(Get-MgApplication -Filter (${psString("displayName eq '{0}'")} -f $appName.Replace(${psString("'")}, ${psString("''")})) -All)`,
    `if ($found.Count -gt 1) { throw (${psString(t.ambiguous)} -f $appName) }`,
    'if ($found.Count -eq 1) {',
    `${I}$app = $found[0]`,
    `${I}${say(t.updating, '$app.DisplayName', '$app.AppId')}`,
    `${I}$web.RedirectUris = @(@($app.Web.RedirectUris) + $redirectUri | Select-Object -Unique)`,
    `${I}$access = @(foreach ($entry in $app.RequiredResourceAccess) {`,
    `${I}${I}@{ ResourceAppId = $entry.ResourceAppId; ResourceAccess = @(foreach ($a in $entry.ResourceAccess) { @{ Id = $a.Id; Type = $a.Type } }) }`,
    `${I}})`,
    `${I}foreach ($wanted in $requiredResourceAccess) {`,
    `${I}${I}$have = $access | Where-Object { $_.ResourceAppId -eq $wanted.ResourceAppId } | Select-Object -First 1`,
    `${I}${I}if (-not $have) { $access += $wanted; continue }`,
    `${I}${I}foreach ($a in $wanted.ResourceAccess) {`,
    `${I}${I}${I}if (-not ($have.ResourceAccess | Where-Object { $_.Id -eq $a.Id -and $_.Type -eq $a.Type })) { $have.ResourceAccess += $a }`,
    `${I}${I}}`,
    `${I}}`,
    `${I}Update-MgApplication -ApplicationId $app.Id -SignInAudience ${psString(SINGLE_TENANT_AUDIENCE)} -Web $web -RequiredResourceAccess $access`,
    '} else {',
    `${I}$app = New-MgApplication -DisplayName $appName -SignInAudience ${psString(SINGLE_TENANT_AUDIENCE)} -Web $web -RequiredResourceAccess $requiredResourceAccess`,
    `${I}${say(t.created, '$app.DisplayName', '$app.AppId')}`,
    '}',
    '',
    comment(t.spHeading),
    `$sp = Get-MgServicePrincipal -Filter (${psString("appId eq '{0}'")} -f $app.AppId)`,
    `if ($sp) {`,
    `${I}${say(t.spFound, '$sp.Id')}`,
    '}',
    comment(t.spReplication),
    'for ($attempt = 1; -not $sp; $attempt++) {',
    `${I}try { $sp = New-MgServicePrincipal -AppId $app.AppId; ${say(t.spCreated, '$sp.Id')} }`,
    `${I}catch { if ($attempt -ge 6) { throw }; Start-Sleep -Seconds 10 }`,
    '}',
    '',
    comment(t.secretHeading),
    '$current = @($app.PasswordCredentials | Where-Object { $_.DisplayName -eq $secretName -and $_.EndDateTime -gt (Get-Date) })',
    'if ($current.Count -gt 0 -and -not $forceNewSecret) {',
    `${I}${say(t.secretExists, '$secretName', '$current[0].EndDateTime')}`,
    '} else {',
    `${I}try {`,
    `${I}${I}$secret = Add-MgApplicationPassword -ApplicationId $app.Id -PasswordCredential @{ DisplayName = $secretName; EndDateTime = (Get-Date).ToUniversalTime().AddMonths($secretMonths) }`,
    `${I}} catch {`,
    // The tenant's app management policy refuses the secret (Graph: HTTP 400 with one of these
    // codes, in the message and the error ID of the Graph PowerShell error): say so and what to
    // do, and stop before admin consent and Exchange Online.
    `${I}${I}$refusal = [string] $_.FullyQualifiedErrorId + ${psString(' ')} + [string] $_.Exception.Message`,
    `${I}${I}if ($refusal -match ${psString(POLICY_ERROR_CODES.forbidden)}) { throw ((${psString(t.secretForbidden)} -f $app.DisplayName, $app.AppId)${policyHelp}) }`,
    `${I}${I}if ($refusal -match ${psString(POLICY_ERROR_CODES.lifetime)}) { throw ((${psString(t.secretLifetime)} -f $secretMonths)${policyHelp}) }`,
    `${I}${I}throw`,
    `${I}}`,
    `${I}Write-Warning ${psString(t.secretWarning)}`,
    `${I}Write-Host (${psString(t.secretValue)} -f $secret.SecretText) -ForegroundColor Yellow`,
    `${I}${say(t.secretValid, '$secret.EndDateTime')}`,
    '}',
    '',
    comment(t.consentHeading),
    '$assigned = @(Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id -All)',
    'foreach ($resource in $resources) {',
    `${I}$resourceSp = Get-MgServicePrincipal -Filter (${psString("appId eq '{0}'")} -f $resource.AppId)`,
    `${I}if (-not $resourceSp) { throw (${psString(t.resourceMissing)} -f $resource.Name) }`,
    `${I}foreach ($permission in ($resource.Permissions | Where-Object { $_.Type -eq ${psString('Role')} })) {`,
    `${I}${I}if ($assigned | Where-Object { $_.ResourceId -eq $resourceSp.Id -and $_.AppRoleId -eq $permission.Id }) {`,
    `${I}${I}${I}${say(t.alreadyGranted, '$permission.Name')}`,
    `${I}${I}} else {`,
    `${I}${I}${I}New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId $sp.Id -PrincipalId $sp.Id -ResourceId $resourceSp.Id -AppRoleId $permission.Id | Out-Null`,
    `${I}${I}${I}${say(t.granted, '$permission.Name')}`,
    `${I}${I}}`,
    `${I}}`,
    `${I}$scopeNames = @($resource.Permissions | Where-Object { $_.Type -eq ${psString('Scope')} } | ForEach-Object { $_.Name })`,
    `${I}if ($scopeNames.Count -eq 0) { continue }`,
    `${I}$grant = Get-MgOauth2PermissionGrant -Filter (${psString("clientId eq '{0}' and resourceId eq '{1}' and consentType eq 'AllPrincipals'")} -f $sp.Id, $resourceSp.Id) | Select-Object -First 1`,
    `${I}if (-not $grant) {`,
    `${I}${I}New-MgOauth2PermissionGrant -ClientId $sp.Id -ConsentType ${psString('AllPrincipals')} -ResourceId $resourceSp.Id -Scope ($scopeNames -join ${psString(' ')}) | Out-Null`,
    `${I}${I}${say(t.scopesGranted, `($scopeNames -join ${psString(' ')})`)}`,
    `${I}} else {`,
    `${I}${I}$grantedScopes = @($grant.Scope -split ${psString(' ')} | Where-Object { $_ })`,
    `${I}${I}$missing = @($scopeNames | Where-Object { $grantedScopes -notcontains $_ })`,
    `${I}${I}if ($missing.Count -gt 0) {`,
    `${I}${I}${I}Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId $grant.Id -Scope (($grantedScopes + $missing) -join ${psString(' ')})`,
    `${I}${I}${I}${say(t.scopesGranted, `($missing -join ${psString(' ')})`)}`,
    `${I}${I}} else {`,
    `${I}${I}${I}${say(t.scopesAlready, `($scopeNames -join ${psString(' ')})`)}`,
    `${I}${I}}`,
    `${I}}`,
    '}',
    '',
    say(t.valuesForTeamspace),
    say(t.appIdLine, '$app.AppId'),
    say(t.tenantIdLine, '(Get-MgContext).TenantId'),
    say(t.objectIdLine, '$sp.Id'),
    '',
    comment(t.exchangeHeading),
    ...t.exchangeProcess.map(comment),
    '$exchangeText = @{',
    ...EXCHANGE_MESSAGES.map((key) => `${I}${key} = ${psString(t[key])}`),
    '}',
    '$exchangePart = {',
    `${I}param($appId, $objectId, $mailboxes, $smtpAuth, $sendAs, $text)`,
    `${I}$ErrorActionPreference = ${psString('Stop')}`,
    `${I}if (-not (Get-Module -ListAvailable -Name ${psString('ExchangeOnlineManagement')})) { Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser }`,
    `${I}Import-Module ExchangeOnlineManagement`,
    `${I}Connect-ExchangeOnline -ShowBanner:$false`,
    `${I}$exoSp = @(Get-ServicePrincipal | Where-Object { $_.AppId -eq $appId })`,
    `${I}if ($exoSp.Count -gt 1) { throw ($text.exoSpAmbiguous -f $appId) }`,
    `${I}if ($exoSp.Count -eq 1) {`,
    `${I}${I}$exoSp = $exoSp[0]`,
    `${I}${I}Write-Host ($text.exoSpFound -f $exoSp.Identity)`,
    `${I}} else {`,
    `${I}${I}$exoSp = New-ServicePrincipal -AppId $appId -ObjectId $objectId`,
    `${I}${I}Write-Host ($text.exoSpCreated -f $exoSp.Identity)`,
    `${I}}`,
    `${I}foreach ($mailbox in @($mailboxes)) {`,
    `${I}${I}$has = Get-MailboxPermission -Identity $mailbox -User $exoSp.Identity | Where-Object { $_.AccessRights -contains ${psString('FullAccess')} }`,
    `${I}${I}if ($has) {`,
    `${I}${I}${I}Write-Host ($text.mailboxAlready -f $mailbox)`,
    `${I}${I}} else {`,
    `${I}${I}${I}Add-MailboxPermission -Identity $mailbox -User $exoSp.Identity -AccessRights FullAccess | Out-Null`,
    `${I}${I}${I}Write-Host ($text.mailboxGranted -f $mailbox)`,
    `${I}${I}}`,
    `${I}${I}if ($smtpAuth) {`,
    `${I}${I}${I}Set-CASMailbox -Identity $mailbox -SmtpClientAuthenticationDisabled $false`,
    `${I}${I}${I}Write-Host ($text.smtpAllowed -f $mailbox)`,
    `${I}${I}}`,
    `${I}${I}if ($sendAs) {`,
    `${I}${I}${I}if (Get-RecipientPermission -Identity $mailbox -Trustee $exoSp.Identity | Where-Object { $_.AccessRights -contains ${psString('SendAs')} }) {`,
    `${I}${I}${I}${I}Write-Host ($text.sendAsAlready -f $mailbox)`,
    `${I}${I}${I}} else {`,
    `${I}${I}${I}${I}Add-RecipientPermission -Identity $mailbox -Trustee $exoSp.Identity -AccessRights SendAs -Confirm:$false | Out-Null`,
    `${I}${I}${I}${I}Write-Host ($text.sendAsGranted -f $mailbox)`,
    `${I}${I}${I}}`,
    `${I}${I}}`,
    `${I}}`,
    '}',
    `$powershell = if ($PSVersionTable.PSEdition -eq ${psString('Core')}) { ${psString('pwsh')} } else { ${psString('powershell')} }`,
    '& $powershell -NoProfile -Command $exchangePart -args $app.AppId, $sp.Id, $mailboxes, $smtpAuth, $sendAs, $exchangeText',
    `if ($LASTEXITCODE -ne 0) { throw ${psString(t.exchangeFailed)} }`,
    `if ($mailboxes.Count -eq 0) { ${say(t.noMailboxes)} }`,
    `if (-not $smtpAuth) { ${say(t.leftSmtpAuth)} }`,
    `if (-not $sendAs) { ${say(t.leftSendAs)} }`,
    say(t.done),
  );
  return lines.join('\n') + '\n';
}
