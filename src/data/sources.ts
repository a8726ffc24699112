/**
 * Where the guide's facts come from: the Microsoft documentation pages each guide page
 * relies on, and the one date on which the guide was last checked against them. Every
 * guide page renders its list and the date line from here (src/components/Sources.astro),
 * so re-checking the guide means changing CHECKED_ON in this file only.
 */
import type { Localized } from './microsoft';

/** The day the guide was last checked against the pages below (ISO date, UTC). */
export const CHECKED_ON = '2026-12-01';

export interface Source {
  url: string;
  /** The page's title as Microsoft publishes it (English; the German Learn page has its own). */
  title: string;
  /** What the guide takes from the page. */
  about: Localized;
}

export const SOURCES = {
  registerApp: {
    url: 'https://learn.microsoft.com/entra/identity-platform/quickstart-register-app',
    title: 'Register an application in Microsoft Entra ID',
    about: {
      en: 'name, supported account types, where users see the display name',
      de: 'Name, unterstützte Kontotypen, wo Benutzer den Anzeigenamen sehen',
    },
  },
  replyUrl: {
    url: 'https://learn.microsoft.com/entra/identity-platform/reply-url',
    title: 'Redirect URI (reply URL) outline and restrictions',
    about: { en: 'the rules for the redirect URI', de: 'die Regeln für die Umleitungs-URI' },
  },
  credentials: {
    url: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials',
    title: 'Add and manage application credentials in Microsoft Entra ID',
    about: {
      en: 'client secrets, their 24-month limit, certificates as the recommendation',
      de: 'geheime Clientschlüssel, ihre Höchstdauer von 24 Monaten, Zertifikate als Empfehlung',
    },
  },
  appManagementPolicy: {
    url: 'https://learn.microsoft.com/graph/api/resources/applicationauthenticationmethodpolicy',
    title: 'Microsoft Entra application authentication methods API overview (app management policies)',
    about: {
      en: 'tenant policies that forbid client secrets or shorten their lifetime',
      de: 'Richtlinien des Mandanten, die geheime Clientschlüssel verbieten oder ihre Laufzeit verkürzen',
    },
  },
  implicitGrant: {
    url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-implicit-grant-flow',
    title: 'Microsoft identity platform and implicit grant flow',
    about: {
      en: 'the "Access tokens" and "ID tokens" options',
      de: 'die Optionen „Zugriffstoken“ und „ID-Token“',
    },
  },
  graphPermissions: {
    url: 'https://learn.microsoft.com/graph/permissions-reference',
    title: 'Microsoft Graph permissions reference',
    about: {
      en: 'the exact names and IDs of the Graph permissions',
      de: 'die genauen Namen und IDs der Graph-Berechtigungen',
    },
  },
  adminConsent: {
    url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
    title: 'Grant tenant-wide admin consent to an application',
    about: {
      en: 'who may grant admin consent, and where',
      de: 'wer die Administratorzustimmung erteilen darf, und wo',
    },
  },
  clientCredentials: {
    url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow',
    title: 'Microsoft identity platform and the OAuth 2.0 client credentials flow',
    about: {
      en: 'how teamspace gets its token, and tokens without the roles claim before consent',
      de: 'wie teamspace sein Token erhält, und Token ohne roles-Anspruch vor der Zustimmung',
    },
  },
  exchangeOAuth: {
    url: 'https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
    title: 'Authenticate an IMAP, POP or SMTP connection using OAuth',
    about: {
      en: 'the Exchange permissions, the service principal, mailbox access and Send As',
      de: 'die Exchange-Berechtigungen, den Dienstprinzipal, den Postfachzugriff und „Senden als“',
    },
  },
  applicationRbac: {
    url: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
    title: 'Role Based Access Control for Applications in Exchange Online',
    about: {
      en: 'restricting Calendars.ReadWrite to chosen mailboxes; 30 minutes to 2 hours until changes apply',
      de: 'Calendars.ReadWrite auf ausgewählte Postfächer beschränken; 30 Minuten bis 2 Stunden, bis Änderungen wirken',
    },
  },
  limitMailboxAccess: {
    url: 'https://learn.microsoft.com/graph/auth-limit-mailbox-access',
    title: 'Limiting application permissions to specific Exchange Online mailboxes',
    about: {
      en: 'which Graph permissions can be limited to mailboxes',
      de: 'welche Graph-Berechtigungen sich auf Postfächer beschränken lassen',
    },
  },
  connectExchangeOnline: {
    url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/connect-exchangeonline',
    title: 'Connect-ExchangeOnline',
    about: {
      en: 'signing in to Exchange Online PowerShell, WAM and -DisableWAM',
      de: 'Anmeldung an Exchange Online PowerShell, WAM und -DisableWAM',
    },
  },
  newServicePrincipal: {
    url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/new-serviceprincipal',
    title: 'New-ServicePrincipal',
    about: {
      en: 'the parameters -AppId, -ObjectId and -DisplayName',
      de: 'die Parameter -AppId, -ObjectId und -DisplayName',
    },
  },
  setCasMailbox: {
    url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/set-casmailbox',
    title: 'Set-CASMailbox',
    about: {
      en: 'ImapEnabled: IMAP on or off per mailbox, on by default',
      de: 'ImapEnabled: IMAP pro Postfach ein oder aus, standardmäßig ein',
    },
  },
  smtpAuth: {
    url: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    title: 'Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online',
    about: {
      en: 'SmtpClientAuthenticationDisabled per mailbox and for the organisation',
      de: 'SmtpClientAuthenticationDisabled pro Postfach und für die Organisation',
    },
  },
  basicAuthSmtp: {
    url: 'https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750',
    title: 'Exchange Online to retire Basic auth for Client Submission (SMTP AUTH) (Exchange Team Blog, Message Center MC786329)',
    about: {
      en: 'the timeline of the Basic authentication retirement for SMTP AUTH and the 550 5.7.30 reply',
      de: 'den Zeitplan für das Ende der Standardauthentifizierung bei SMTP AUTH und die Antwort 550 5.7.30',
    },
  },
  ewsRetirement: {
    url: 'https://learn.microsoft.com/graph/migrate-exchange-web-services-overview',
    title: 'Migrate Exchange Web Services (EWS) apps to Microsoft Graph',
    about: {
      en: 'the EWS retirement in Exchange Online (why full_access_as_app is wrong)',
      de: 'das Ende von EWS in Exchange Online (warum full_access_as_app falsch ist)',
    },
  },
  entraErrorCodes: {
    url: 'https://learn.microsoft.com/entra/identity-platform/reference-error-codes',
    title: 'Microsoft Entra authentication and authorization error codes',
    about: { en: 'the AADSTS error codes', de: 'die AADSTS-Fehlercodes' },
  },
  openIdConnect: {
    url: 'https://learn.microsoft.com/entra/identity-platform/v2-protocols-oidc',
    title: 'OpenID Connect on the Microsoft identity platform',
    about: {
      en: 'single sign-on: openid, profile and the redirect back to teamspace',
      de: 'Single Sign-on: openid, profile und die Rückleitung zu teamspace',
    },
  },
} as const satisfies Record<string, Source>;

export type SourceKey = keyof typeof SOURCES;

/**
 * The sources of each guide page, keyed by its path below the locale prefix (as in
 * src/data/guide-anchors.ts). A guide page without an entry fails the build.
 */
export const PAGE_SOURCES: Record<string, readonly SourceKey[]> = {
  'microsoft-app-registration/': ['clientCredentials', 'adminConsent', 'exchangeOAuth', 'applicationRbac'],
  'microsoft-app-registration/app-registration/': [
    'registerApp',
    'replyUrl',
    'credentials',
    'appManagementPolicy',
    'implicitGrant',
    'exchangeOAuth',
    'graphPermissions',
    'limitMailboxAccess',
    'applicationRbac',
    'ewsRetirement',
    'adminConsent',
    'clientCredentials',
  ],
  'microsoft-app-registration/service-principal/': [
    'exchangeOAuth',
    'connectExchangeOnline',
    'newServicePrincipal',
    'setCasMailbox',
    'smtpAuth',
    'basicAuthSmtp',
    'applicationRbac',
  ],
  'microsoft-app-registration/web-xml/': ['replyUrl', 'openIdConnect'],
  'microsoft-app-registration/teamspace-interface/': ['clientCredentials', 'exchangeOAuth', 'basicAuthSmtp', 'entraErrorCodes'],
  'microsoft-app-registration/connection-test/': ['clientCredentials', 'exchangeOAuth', 'smtpAuth', 'entraErrorCodes'],
  'microsoft-app-registration/notes/': ['credentials', 'appManagementPolicy', 'basicAuthSmtp', 'smtpAuth', 'applicationRbac'],
  'microsoft-app-registration/troubleshooting/': ['entraErrorCodes', 'clientCredentials', 'exchangeOAuth', 'smtpAuth', 'basicAuthSmtp'],
};

/** The sources of the page at `path` (with or without the /de/ prefix); throws for a page without any. */
export function sourcesOf(path: string): Source[] {
  const key = path.replace(/^\/(de\/)?/, '').replace(/\/?$/, '/');
  const keys = PAGE_SOURCES[key];
  if (!keys?.length) throw new Error(`No sources listed for the guide page ${path} in src/data/sources.ts.`);
  return keys.map((k) => SOURCES[k]);
}

/** "1 December 2026" / "1. Dezember 2026": the check date in the page's language. */
export function checkedOnText(locale: keyof Localized): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${CHECKED_ON}T00:00:00Z`),
  );
}
