/**
 * The one source of truth for every Microsoft fact the site states: resources,
 * permissions (with their exact names and IDs), look-alikes, and teamspace's
 * redirect path. Guide tables, snippets, checkers and scripts render from here.
 * Verified against Microsoft's documentation; the pages are listed in src/data/sources.ts.
 */

export type Locale = 'en' | 'de';
export type Localized = Record<Locale, string>;

export const RESOURCES = {
  exchange: {
    key: 'exchange',
    name: 'Office 365 Exchange Online',
    appId: '00000002-0000-0ff1-ce00-000000000000',
  },
  graph: {
    key: 'graph',
    name: 'Microsoft Graph',
    appId: '00000003-0000-0000-c000-000000000000',
  },
} as const;

export type ResourceKey = keyof typeof RESOURCES;

/** Role = application permission; Scope = delegated permission. */
export type PermissionType = 'Role' | 'Scope';

/** teamspace features a permission serves. */
export type Feature = 'imap' | 'smtp' | 'teamsAppointments' | 'callHistory' | 'sso' | 'userLinking';

/**
 * How far a permission reaches once admin consent is granted (least privilege):
 * - grantedMailboxes: only the mailboxes step 2 grants the service principal;
 * - allCalendarsUnlessScoped: every calendar in the tenant, unless restricted to chosen
 *   mailboxes with Exchange Online RBAC for Applications (learn.microsoft.com/exchange/permissions-exo/application-rbac);
 * - tenantWide: the whole tenant, and it cannot be scoped that way;
 * - signedInUser: delegated, only the user who signs in.
 */
export type Reach = 'grantedMailboxes' | 'allCalendarsUnlessScoped' | 'tenantWide' | 'signedInUser';

export interface Permission {
  resource: ResourceKey;
  name: string;
  id: string;
  type: PermissionType;
  features: readonly Feature[];
  purpose: Localized;
  reach: Reach;
}

export const PERMISSIONS: readonly Permission[] = [
  {
    resource: 'exchange',
    name: 'IMAP.AccessAsApp',
    id: '5e5addcd-3e8d-4e90-baf5-964efab2b20a',
    type: 'Role',
    features: ['imap'],
    purpose: {
      en: 'Receive email: teamspace reads the mailboxes over IMAP.',
      de: 'E-Mails empfangen: teamspace liest die Postfächer über IMAP.',
    },
    reach: 'grantedMailboxes',
  },
  {
    resource: 'exchange',
    name: 'SMTP.SendAsApp',
    id: '7146a1f0-8703-45b3-9eae-527a64c00995',
    type: 'Role',
    features: ['smtp'],
    purpose: {
      en: 'Send email: teamspace sends through SMTP AUTH.',
      de: 'E-Mails senden: teamspace versendet über SMTP AUTH.',
    },
    reach: 'grantedMailboxes',
  },
  {
    resource: 'graph',
    name: 'Calendars.ReadWrite',
    id: 'ef54d2bf-783f-4e0f-bca1-3210c0444d99',
    type: 'Role',
    features: ['teamsAppointments'],
    purpose: {
      en: 'Create Teams appointments from the teamspace calendar.',
      de: 'Teams-Termine aus dem teamspace-Kalender anlegen.',
    },
    reach: 'allCalendarsUnlessScoped',
  },
  {
    resource: 'graph',
    name: 'CallRecords.Read.All',
    id: '45bbb07e-7321-4fd7-a8f6-3ff27e6a81c8',
    type: 'Role',
    features: ['callHistory'],
    purpose: {
      en: 'Read the call history from Teams.',
      de: 'Die Anrufliste aus Teams abrufen.',
    },
    reach: 'tenantWide',
  },
  {
    resource: 'graph',
    name: 'Domain.Read.All',
    id: 'dbb9058a-0e50-45d7-ae91-66909b5d4664',
    type: 'Role',
    features: ['userLinking', 'callHistory', 'teamsAppointments', 'sso'],
    purpose: {
      en: 'Link teamspace users to Microsoft users: lets teamspace filter the Microsoft users by your domains. Call history, Teams appointments and single sign-on depend on this link.',
      de: 'teamspace-Benutzer mit Microsoft-Benutzern verknüpfen: teamspace filtert die Microsoft-Benutzer nach Ihren Domains. Anrufliste, Teams-Termine und Single Sign-on hängen von dieser Verknüpfung ab.',
    },
    reach: 'tenantWide',
  },
  {
    resource: 'graph',
    name: 'User.Read.All',
    id: 'df021288-bdef-4463-88db-98f22de89214',
    type: 'Role',
    features: ['sso', 'teamsAppointments', 'callHistory'],
    purpose: {
      en: 'Microsoft single sign-on and the Teams integration.',
      de: 'Microsoft Single Sign-on und die Teams-Integration.',
    },
    reach: 'tenantWide',
  },
  {
    resource: 'graph',
    name: 'openid',
    id: '37f7f235-527c-4136-accd-4a02d197296e',
    type: 'Scope',
    features: ['sso'],
    purpose: {
      en: 'Microsoft single sign-on (sign users in).',
      de: 'Microsoft Single Sign-on (Benutzer anmelden).',
    },
    reach: 'signedInUser',
  },
  {
    resource: 'graph',
    name: 'profile',
    id: '14dad69e-099b-42c9-810b-d002981feec1',
    type: 'Scope',
    features: ['sso'],
    purpose: {
      en: "Microsoft single sign-on (the user's basic profile).",
      de: 'Microsoft Single Sign-on (Basisprofil des Benutzers).',
    },
    reach: 'signedInUser',
  },
] as const;

export interface LookAlike {
  resource: ResourceKey;
  name: string;
  id: string;
  type: PermissionType;
  /** The permission it is mistaken for, if any. */
  insteadOf?: string;
  why: Localized;
}

/** Permissions that are wrong (or merely harmless) for this setup; checkers name them. */
export const LOOK_ALIKES: readonly LookAlike[] = [
  {
    resource: 'exchange',
    name: 'POP.AccessAsApp',
    id: 'cb842b43-da6e-4506-86fe-bb12199c656d',
    type: 'Role',
    insteadOf: 'IMAP.AccessAsApp',
    why: { en: 'POP, not IMAP: teamspace reads mail over IMAP.', de: 'POP statt IMAP: teamspace liest E-Mails über IMAP.' },
  },
  {
    resource: 'exchange',
    name: 'full_access_as_app',
    id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
    type: 'Role',
    insteadOf: 'IMAP.AccessAsApp',
    why: {
      en: 'Exchange Web Services (EWS), not IMAP: it grants far more than needed, and it stops working when Microsoft retires EWS in Exchange Online.',
      de: 'Exchange Web Services (EWS) statt IMAP: Sie gewährt weit mehr als nötig und funktioniert nicht mehr, sobald Microsoft EWS in Exchange Online abschaltet.',
    },
  },
  {
    resource: 'graph',
    name: 'Calendars.ReadWrite',
    id: '1ec239c2-d7c9-4623-a91a-a9775856bb36',
    type: 'Scope',
    insteadOf: 'Calendars.ReadWrite',
    why: { en: 'Delegated, not application permission.', de: 'Delegierte statt Anwendungsberechtigung.' },
  },
  {
    resource: 'graph',
    name: 'Domain.Read.All',
    id: '2f9ee017-59c1-4f1d-9472-bd5529a7b311',
    type: 'Scope',
    insteadOf: 'Domain.Read.All',
    why: { en: 'Delegated, not application permission.', de: 'Delegierte statt Anwendungsberechtigung.' },
  },
  {
    resource: 'graph',
    name: 'User.Read.All',
    id: 'a154be20-db9c-4678-8ab7-66f6cc099a59',
    type: 'Scope',
    insteadOf: 'User.Read.All',
    why: { en: 'Delegated, not application permission.', de: 'Delegierte statt Anwendungsberechtigung.' },
  },
] as const;

/** Added by default to new registrations; harmless, never reported as a mistake. */
export const HARMLESS_DEFAULT = {
  resource: 'graph',
  name: 'User.Read',
  id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d',
  type: 'Scope',
} as const;

/** teamspace's OAuth redirect path, appended to the installation URL. */
export const REDIRECT_PATH = '/api/server/oauth2/redirect';

/** Microsoft's limit on the length of one redirect URI (learn.microsoft.com/entra/identity-platform/reply-url). */
export const REDIRECT_URI_MAX_LENGTH = 256;

/** Characters Microsoft does not support in a redirect URI (same source). */
export const REDIRECT_URI_UNSUPPORTED_CHARACTERS = ['!', '$', "'", '(', ')', ',', ';'] as const;

/** The web.xml context-param that teamspace reads for single sign-on. */
export const OAUTH_GATEWAY_PARAM = 'oauth2Gateway.url';

/** The placeholder value the setup guide's web.xml snippet shows; a real file must not keep it. */
export const OAUTH_GATEWAY_EXAMPLE = 'https://www.mein-teamspace.de';

/** The web.xml context-param holding the server's own URL; oauth2Gateway.url is usually the same. */
export const SERVER_URL_PARAM = 'server.url';

/** Scope a client-credentials token for IMAP/SMTP is requested with. */
export const EXCHANGE_SCOPE = 'https://outlook.office365.com/.default';

/** The sign-in audience "Accounts in this organisational directory only". */
export const SINGLE_TENANT_AUDIENCE = 'AzureADMyOrg';

export const LOGIN_HOST = 'https://login.microsoftonline.com';

/** Microsoft's public lookup for AADSTS error codes. */
export function aadstsLookupUrl(code: string | number): string {
  return `${LOGIN_HOST}/error?code=${encodeURIComponent(String(code))}`;
}

/** Permissions grouped per resource, in the shape of the manifest's requiredResourceAccess. */
export function requiredResourceAccess(): { resourceAppId: string; resourceAccess: { id: string; type: PermissionType }[] }[] {
  return (Object.keys(RESOURCES) as ResourceKey[]).map((key) => ({
    resourceAppId: RESOURCES[key].appId,
    resourceAccess: PERMISSIONS.filter((p) => p.resource === key).map((p) => ({ id: p.id, type: p.type })),
  }));
}

/**
 * The redirect URI teamspace uses for an installation URL that is already normalised
 * (scheme, host, optional context path). Tools that accept what people type normalise
 * first (see the redirect URI tool); this only joins without doubling the slash.
 */
export function redirectUriFor(installationUrl: string): string {
  return installationUrl.replace(/\/+$/, '') + REDIRECT_PATH;
}

/**
 * Delegated Microsoft Graph permissions that the site's own sign-ins ask for, one list per
 * sign-in: the one-shot setup script creates the registration, its secret and the consent;
 * the registration checker's live check only reads.
 */
export const GRAPH_SCOPES = {
  setupScript: ['Application.ReadWrite.All', 'AppRoleAssignment.ReadWrite.All', 'DelegatedPermissionGrant.ReadWrite.All'],
  registrationCheck: ['Application.Read.All', 'Directory.Read.All'],
} as const;
