/**
 * Tenants for the stub modules (tests/ps/stubs/TenantStub): what Exchange Online and Entra
 * hold before a script runs. Shapes follow what the real cmdlets return (PascalCase
 * properties of Get-ServicePrincipal, Get-MgApplication, ...).
 */
import { PERMISSIONS, RESOURCES } from '../../src/data/microsoft';

export const TENANT_ID = '11111111-2222-4333-8444-555555555555';
export const DOMAIN = 'contoso.onmicrosoft.com';

export interface Mailbox {
  Identity: string;
  PrimarySmtpAddress: string;
  Name: string;
  Alias?: string;
  ImapEnabled?: boolean;
  SmtpClientAuthenticationDisabled?: boolean | null;
  [customAttribute: `CustomAttribute${number}`]: string | undefined;
}

export function mailbox(address: string, extra: Partial<Mailbox> = {}): Mailbox {
  const name = address.split('@')[0];
  return { Identity: address, PrimarySmtpAddress: address, Name: name, Alias: name, ImapEnabled: true, SmtpClientAuthenticationDisabled: null, ...extra };
}

export interface ExoPrincipal {
  Identity: string;
  Name: string;
  AppId: string;
  ObjectId: string;
  DisplayName: string;
}

/** The resource service principals every tenant has (Microsoft Graph, Office 365 Exchange Online), with the app roles of PERMISSIONS. */
export function resourcePrincipals(): Record<string, unknown>[] {
  return Object.values(RESOURCES).map((r, i) => ({
    Id: `0000000${i + 1}-aaaa-4bbb-8ccc-${String(i + 1).padStart(12, '0')}`,
    AppId: r.appId,
    DisplayName: r.name,
    AppRoles: PERMISSIONS.filter((p) => p.resource === r.key && p.type === 'Role').map((p) => ({ Id: p.id, Value: p.name })),
  }));
}

export interface TenantInput {
  mailboxes?: Mailbox[];
  exchangePrincipals?: ExoPrincipal[];
  applications?: Record<string, unknown>[];
  servicePrincipals?: Record<string, unknown>[];
  groups?: { Name: string; DistinguishedName: string; Members: string[] }[];
  /** Cmdlet name -> message: that cmdlet fails with it (a terminating error). */
  fail?: Record<string, string>;
  /**
   * The tenant's app management policy for client secrets (restrictions.passwordCredentials):
   * passwordAddition forbids them, passwordLifetime (ISO 8601 duration, e.g. 'P90D') caps their lifetime.
   */
  secretPolicy?: { passwordAddition?: boolean; passwordLifetime?: string };
}

export function tenant(input: TenantInput = {}): Record<string, unknown> {
  return {
    TenantId: TENANT_ID,
    Domain: DOMAIN,
    Applications: input.applications ?? [],
    ServicePrincipals: [...resourcePrincipals(), ...(input.servicePrincipals ?? [])],
    AppRoleAssignments: [],
    OAuth2PermissionGrants: [],
    SecretPolicy: input.secretPolicy ? { PasswordAddition: input.secretPolicy.passwordAddition ?? false, PasswordLifetime: input.secretPolicy.passwordLifetime ?? null } : null,
    Exchange: {
      ServicePrincipals: input.exchangePrincipals ?? [],
      Mailboxes: input.mailboxes ?? [],
      MailboxPermissions: [],
      RecipientPermissions: [],
      ManagementScopes: [],
      RoleAssignments: [],
      Groups: input.groups ?? [],
    },
    Fail: input.fail ?? {},
  };
}
