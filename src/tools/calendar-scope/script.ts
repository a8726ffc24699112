/**
 * Least privilege for Calendars.ReadWrite (application): the Exchange Online RBAC for
 * Applications commands that restrict it to chosen mailboxes. A management scope with an
 * OPATH recipient filter (members of a group, a custom attribute value, or a list of
 * mailboxes), the role assignment "Application Calendars.ReadWrite" for the app's service
 * principal with that scope, Test-ServicePrincipalAuthorization per mailbox as the check,
 * and the reminder that the unscoped grant in Entra must then be removed (RBAC grants add to
 * Entra's grants; they do not narrow them). Sources: learn.microsoft.com/exchange/
 * permissions-exo/application-rbac; New-ManagementScope.md, New-ManagementRoleAssignment.md,
 * Test-ServicePrincipalAuthorization.md.
 *
 * Running the commands again changes nothing: the scope and the role assignment are looked up
 * first (Get-ManagementScope, Get-ManagementRoleAssignment -Role), by name, and created only
 * when missing. An existing scope is kept as it is (Exchange may store its filter in another
 * form, so it is not compared); the check with Test-ServicePrincipalAuthorization shows which
 * mailboxes it covers, and the message names Set-ManagementScope for changing it.
 *
 * Every value is a PowerShell literal (psString); a value inside the OPATH filter is first
 * escaped for OPATH (a text value in single quotes, a single quote inside doubled).
 */
import { isSafeForPowerShell, psString } from '../../lib/powershell';

export const CALENDAR_ROLE = 'Application Calendars.ReadWrite';
/** Management scope names: at most 64 characters (New-ManagementScope -Name). */
export const SCOPE_NAME_MAX = 64;
export const DEFAULT_SCOPE_NAME = 'teamspace calendars';

export type ScopeBy =
  | { kind: 'mailboxes'; mailboxes: readonly string[] }
  /** Members of a group (not nested), by the group's distinguished name, as MemberOfGroup needs. */
  | { kind: 'group'; groupDn: string }
  /** Mailboxes whose CustomAttribute1..15 has this value. */
  | { kind: 'attribute'; attribute: number; value: string };

export interface CalendarScopeInput {
  /** Application (client) ID of the app registration. */
  appId: string;
  scope: ScopeBy;
  /** Name of the management scope (and of the role assignment). */
  name?: string;
  /** Mailboxes to check with Test-ServicePrincipalAuthorization (for a list: the list). */
  check: readonly string[];
}

export interface CalendarScopeText {
  header: readonly string[];
  notFound: string;
  /** {0}: the scope's name. */
  scopeCreated: string;
  scopeExists: string;
  /** {0}: the role assignment's name. */
  assignmentCreated: string;
  assignmentExists: string;
  checkHeading: string;
  removeGrant: readonly string[];
}

/** A text value for an OPATH filter: in single quotes, a single quote inside doubled. */
export function opathString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** The OPATH recipient filter of the scope. */
export function recipientFilter(scope: ScopeBy): string {
  switch (scope.kind) {
    case 'mailboxes':
      return scope.mailboxes.map((m) => `PrimarySmtpAddress -eq ${opathString(m)}`).join(' -or ');
    case 'group':
      return `MemberOfGroup -eq ${opathString(scope.groupDn)}`;
    case 'attribute':
      if (!Number.isInteger(scope.attribute) || scope.attribute < 1 || scope.attribute > 15) throw new RangeError('CustomAttribute1 to CustomAttribute15');
      return `CustomAttribute${scope.attribute} -eq ${opathString(scope.value)}`;
  }
}

export type CalendarScopeResult = { ok: true; text: string } | { ok: false; reason: 'unsafe' | 'empty' | 'nameLong' };

export function buildCalendarScopeScript(input: CalendarScopeInput, t: CalendarScopeText): CalendarScopeResult {
  const name = input.name?.trim() || DEFAULT_SCOPE_NAME;
  const values = [input.appId, name, ...input.check, ...(input.scope.kind === 'mailboxes' ? input.scope.mailboxes : input.scope.kind === 'group' ? [input.scope.groupDn] : [input.scope.value])];
  if (!values.every(isSafeForPowerShell)) return { ok: false, reason: 'unsafe' };
  if (name.length > SCOPE_NAME_MAX) return { ok: false, reason: 'nameLong' };
  if (!input.appId || (input.scope.kind === 'mailboxes' && input.scope.mailboxes.length === 0)) return { ok: false, reason: 'empty' };
  const check = input.check.length ? input.check : input.scope.kind === 'mailboxes' ? input.scope.mailboxes : [];
  const c = (text: string) => `# ${text}`;
  const lines = [
    ...t.header.map(c),
    '',
    `$ErrorActionPreference = ${psString('Stop')}`,
    `$appId = ${psString(input.appId)}`,
    `$scopeName = ${psString(name)}`,
    `$filter = ${psString(recipientFilter(input.scope))}`,
    `$check = @(${check.map(psString).join(', ')})`,
    '',
    `if (-not (Get-Module -ListAvailable -Name ${psString('ExchangeOnlineManagement')})) { Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser }`,
    'Import-Module ExchangeOnlineManagement',
    'Connect-ExchangeOnline',
    // Not Get-ServicePrincipal -Identity: a value that does not exist returns every principal.
    '$sp = @(Get-ServicePrincipal | Where-Object { $_.AppId -eq $appId })',
    `if ($sp.Count -ne 1) { throw ${psString(t.notFound)} }`,
    '$sp = $sp[0]',
    // A second run finds what the first created (Get-ManagementScope, Get-ManagementRoleAssignment)
    // and creates nothing; by name, not -Identity, so that a missing object is no error.
    '$scope = @(Get-ManagementScope | Where-Object { $_.Name -eq $scopeName })',
    'if ($scope.Count -eq 0) {',
    '    New-ManagementScope -Name $scopeName -RecipientRestrictionFilter $filter | Out-Null',
    `    Write-Host (${psString(t.scopeCreated)} -f $scopeName)`,
    '} else {',
    `    Write-Host (${psString(t.scopeExists)} -f $scopeName)`,
    '}',
    `$assignment = @(Get-ManagementRoleAssignment -Role ${psString(CALENDAR_ROLE)} | Where-Object { $_.Name -eq $scopeName })`,
    'if ($assignment.Count -eq 0) {',
    `    New-ManagementRoleAssignment -Name $scopeName -App $sp.ObjectId -Role ${psString(CALENDAR_ROLE)} -CustomResourceScope $scopeName | Out-Null`,
    `    Write-Host (${psString(t.assignmentCreated)} -f $scopeName)`,
    '} else {',
    `    Write-Host (${psString(t.assignmentExists)} -f $scopeName)`,
    '}',
    '',
    c(t.checkHeading),
    'foreach ($mailbox in $check) {',
    `    Test-ServicePrincipalAuthorization -Identity $sp.Identity -Resource $mailbox | Where-Object { $_.RoleName -eq ${psString(CALENDAR_ROLE)} } | Select-Object @{ Name = ${psString('Mailbox')}; Expression = { $mailbox } }, ${psString('RoleName')}, ${psString('InScope')}`,
    '}',
    '',
    ...t.removeGrant.map((l) => `Write-Host ${psString(l)}`),
  ];
  return { ok: true, text: lines.join('\n') + '\n' };
}

/** Characters of one line of the commands shown on the page (a list of about 80 mailboxes fits). */
export const SHOWN_LINE = 4000;

/** The text with every line longer than `max` cut there and marked with " …". */
export function shortLines(text: string, max = SHOWN_LINE): string {
  if (text.length <= max) return text;
  return text
    .split('\n')
    .map((line) => (line.length > max ? `${line.slice(0, max)} …` : line))
    .join('\n');
}
