/**
 * The error catalogue at build time: where each entry sends the reader (guide sections,
 * tools), the commands that fix or check it, and the source groups. It comes in three
 * parts, so that the browser loads only what finds errors:
 * - src/data/error-matchers.ts: id, code, link key, patterns and samples (the decoder's
 *   browser code imports only this);
 * - the content collection `errors` (content/errors/<locale>/<id>.md): title, meaning,
 *   likely causes (most likely first) and fix in Markdown, one file per error and locale;
 * - this module: links and commands, the same in every locale.
 * The troubleshooting page and the decoder's templates render every entry from them.
 *
 * Facts follow the shared Microsoft facts page and Microsoft's AADSTS reference;
 * an AADSTS code not listed here is linked to Microsoft's own lookup instead.
 */
import type { ErrorSource } from './error-matchers';
import type { Localized } from './microsoft';

/**
 * Where a catalogue entry can send the reader: a guide section (its stable anchor from
 * guide-anchors.ts) or a tool page. Paths are below the locale root; helpPageHref()
 * (src/i18n/help-page.ts) makes the link of a page in a locale.
 */
export const HELP_PAGES = {
  'client-secret': {
    path: 'microsoft-app-registration/app-registration/#client-secret',
    label: { en: 'Step 1: create the client secret', de: 'Schritt 1: geheimen Clientschlüssel erstellen' },
  },
  'set-redirect-uri': {
    path: 'microsoft-app-registration/app-registration/#set-redirect-uri',
    label: { en: 'Step 1: set the redirect URI', de: 'Schritt 1: Umleitungs-URI festlegen' },
  },
  tokens: {
    path: 'microsoft-app-registration/app-registration/#tokens',
    label: { en: 'Step 1: access tokens and ID tokens', de: 'Schritt 1: Zugriffstoken und ID-Token' },
  },
  'add-permissions': {
    path: 'microsoft-app-registration/app-registration/#add-permissions',
    label: { en: 'Step 1: add the permissions', de: 'Schritt 1: Berechtigungen hinzufügen' },
  },
  'grant-admin-consent': {
    path: 'microsoft-app-registration/app-registration/#grant-admin-consent',
    label: { en: 'Step 1: grant admin consent', de: 'Schritt 1: Administratorzustimmung erteilen' },
  },
  'note-ids': {
    path: 'microsoft-app-registration/app-registration/#note-ids',
    label: { en: 'Step 1: note the IDs', de: 'Schritt 1: IDs notieren' },
  },
  connect: {
    path: 'microsoft-app-registration/service-principal/#connect',
    label: { en: 'Step 2: connect to Exchange Online', de: 'Schritt 2: mit Exchange Online verbinden' },
  },
  'new-service-principal': {
    path: 'microsoft-app-registration/service-principal/#new-service-principal',
    label: { en: 'Step 2: create the service principal', de: 'Schritt 2: Dienstprinzipal anlegen' },
  },
  'add-mailboxes': {
    path: 'microsoft-app-registration/service-principal/#add-mailboxes',
    label: { en: 'Step 2: grant the mailboxes', de: 'Schritt 2: Postfächer freigeben' },
  },
  'send-as': {
    path: 'microsoft-app-registration/service-principal/#send-as',
    label: { en: 'Step 2: Send As', de: 'Schritt 2: „Senden als“' },
  },
  'smtp-auth': {
    path: 'microsoft-app-registration/service-principal/#smtp-auth',
    label: { en: 'Step 2: allow SMTP AUTH', de: 'Schritt 2: SMTP AUTH erlauben' },
  },
  replication: {
    path: 'microsoft-app-registration/service-principal/#replication',
    label: { en: 'Step 2: waiting for Exchange Online', de: 'Schritt 2: auf Exchange Online warten' },
  },
  'enter-values': {
    path: 'microsoft-app-registration/teamspace-interface/#enter-values',
    label: { en: 'Step 4: enter the values in teamspace', de: 'Schritt 4: Werte in teamspace eintragen' },
  },
  'secret-expiry': {
    path: 'microsoft-app-registration/notes/#secret-expiry',
    label: { en: 'Notes: the client secret expires', de: 'Hinweise: Der geheime Clientschlüssel läuft ab' },
  },
  troubleshooting: {
    path: 'microsoft-app-registration/troubleshooting/',
    label: { en: 'Troubleshooting', de: 'Fehlerbehebung' },
  },
  'powershell-generator': {
    path: 'tools/powershell-generator/',
    label: { en: 'Tool: PowerShell command generator', de: 'Werkzeug: PowerShell-Befehlsgenerator' },
  },
  'redirect-uri': {
    path: 'tools/redirect-uri/',
    label: { en: 'Tool: redirect URI builder and checker', de: 'Werkzeug: Umleitungs-URI erstellen und prüfen' },
  },
  'app-registration-checker': {
    path: 'tools/app-registration-checker/',
    label: { en: 'Tool: app registration checker', de: 'Werkzeug: App-Registrierung prüfen' },
  },
  'secret-reminder': {
    path: 'tools/secret-reminder/',
    label: { en: 'Tool: client secret reminder', de: 'Werkzeug: Erinnerung an den geheimen Schlüssel' },
  },
} as const satisfies Record<string, { path: string; label: Localized }>;

export type HelpPage = keyof typeof HELP_PAGES;


/** Where an error comes from; the troubleshooting page groups entries by it. */
export const ERROR_SOURCES = {
  entra: { en: 'Microsoft sign-in (AADSTS codes)', de: 'Microsoft-Anmeldung (AADSTS-Codes)' },
  registration: { en: 'Creating the app registration (step 1)', de: 'App-Registrierung anlegen (Schritt 1)' },
  smtp: { en: 'Sending mail (SMTP)', de: 'E-Mails senden (SMTP)' },
  imap: { en: 'Receiving mail (IMAP)', de: 'E-Mails empfangen (IMAP)' },
  powershell: { en: 'PowerShell in step 2', de: 'PowerShell in Schritt 2' },
} as const satisfies Record<ErrorSource, Localized>;

export type { ErrorSource };

/** Microsoft Learn pages the catalogue's facts come from (the entry links them). */
export const LEARN_SOURCES = {
  'client-credentials': {
    url: 'https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow',
    title: { en: 'Microsoft identity platform and the OAuth 2.0 client credentials flow', de: 'Microsoft Identity Platform und der OAuth 2.0-Fluss für Clientanmeldeinformationen' },
  },
  credentials: {
    url: 'https://learn.microsoft.com/entra/identity-platform/how-to-add-credentials',
    title: { en: 'Add credentials to your application', de: 'Hinzufügen von Anmeldeinformationen zu Ihrer Anwendung' },
  },
  'app-management-policy': {
    url: 'https://learn.microsoft.com/graph/api/resources/applicationauthenticationmethodpolicy',
    title: { en: 'Microsoft Entra application authentication methods API overview', de: 'Übersicht über die API für Anwendungsauthentifizierungsmethoden von Microsoft Entra' },
  },
  'admin-consent': {
    url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/grant-admin-consent',
    title: { en: 'Grant tenant-wide admin consent to an application', de: 'Erteilen der mandantenweiten Administratoreinwilligung für eine Anwendung' },
  },
  'reply-url': {
    url: 'https://learn.microsoft.com/entra/identity-platform/reply-url',
    title: { en: 'Redirect URI (reply URL) outline and restrictions', de: 'Einschränkungen für Umleitungs-URI (Antwort-URL)' },
  },
  oauth: {
    url: 'https://learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth',
    title: { en: 'Authenticate an IMAP, POP or SMTP connection using OAuth', de: 'Authentifizieren einer IMAP-, POP- oder SMTP-Verbindung mit OAuth' },
  },
  'smtp-auth': {
    url: 'https://learn.microsoft.com/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission',
    title: { en: 'Enable or disable authenticated client SMTP submission (SMTP AUTH) in Exchange Online', de: 'Aktivieren oder Deaktivieren der authentifizierten SMTP-Clientübermittlung (SMTP AUTH) in Exchange Online' },
  },
  'application-rbac': {
    url: 'https://learn.microsoft.com/exchange/permissions-exo/application-rbac',
    title: { en: 'Role Based Access Control for Applications in Exchange Online', de: 'Rollenbasierte Zugriffssteuerung für Anwendungen in Exchange Online' },
  },
  'new-service-principal': {
    url: 'https://learn.microsoft.com/powershell/module/exchangepowershell/new-serviceprincipal',
    title: { en: 'New-ServicePrincipal (Exchange PowerShell)', de: 'New-ServicePrincipal (Exchange PowerShell)' },
  },
  'connect-exchange-online': {
    url: 'https://learn.microsoft.com/powershell/exchange/connect-to-exchange-online-powershell',
    title: { en: 'Connect to Exchange Online PowerShell', de: 'Herstellen einer Verbindung mit Exchange Online PowerShell' },
  },
  'execution-policies': {
    url: 'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_execution_policies',
    title: { en: 'about_Execution_Policies', de: 'about_Execution_Policies' },
  },
} as const satisfies Record<string, { url: string; title: Localized }>;

export type LearnSource = keyof typeof LEARN_SOURCES;

/** What an entry links to and which commands it shows (language-independent). */
export interface ErrorGuide {
  /** Microsoft Learn pages its facts come from, where there is one. */
  learn?: readonly LearnSource[];
  links: readonly HelpPage[];
  /**
   * Commands that fix or check it, written as the generated scripts and step 2 write them
   * (placeholders such as '<MAILBOX>' are single-quoted literals to replace).
   */
  commands?: readonly string[];
}

const SERVICE_PRINCIPAL_COMMANDS = [
  'Get-ServicePrincipal | fl',
  "Get-MailboxPermission -Identity '<MAILBOX>'",
  "Add-MailboxPermission -Identity '<MAILBOX>' -User '<SERVICE_PRINCIPAL_ID>' -AccessRights FullAccess",
] as const;

/** Per entry id of ERROR_MATCHERS. */
export const ERROR_GUIDE: Readonly<Record<string, ErrorGuide>> = {
  aadsts7000215: { learn: ['client-credentials', 'credentials'], links: ['client-secret', 'enter-values', 'secret-reminder'] },
  aadsts7000222: { learn: ['credentials'], links: ['secret-expiry', 'client-secret', 'enter-values', 'secret-reminder'] },
  aadsts7000218: { learn: ['client-credentials'], links: ['enter-values', 'client-secret'] },
  aadsts700016: { learn: ['client-credentials'], links: ['enter-values', 'note-ids', 'app-registration-checker'] },
  aadsts90002: { learn: ['client-credentials'], links: ['enter-values', 'connect', 'powershell-generator'] },
  aadsts500011: { learn: ['client-credentials', 'oauth'], links: ['enter-values'] },
  aadsts50011: { learn: ['reply-url'], links: ['set-redirect-uri', 'redirect-uri', 'app-registration-checker'] },
  aadsts65001: { learn: ['admin-consent', 'client-credentials'], links: ['grant-admin-consent', 'app-registration-checker'] },
  aadsts90094: { learn: ['admin-consent'], links: ['grant-admin-consent', 'app-registration-checker'] },
  aadsts650056: { learn: ['admin-consent'], links: ['add-permissions', 'grant-admin-consent', 'app-registration-checker'] },
  aadsts700054: { links: ['tokens', 'app-registration-checker'] },
  aadsts7000112: { links: [] },
  aadsts53003: { links: [] },
  aadsts50034: { links: [] },
  aadsts50020: { links: [] },
  aadsts50105: { links: [] },
  'secret-blocked-by-policy': { learn: ['app-management-policy', 'credentials'], links: ['client-secret', 'secret-reminder'] },
  'smtp-535-5-7-139': { learn: ['smtp-auth', 'oauth'], links: ['smtp-auth', 'replication', 'powershell-generator'], commands: ["Set-CASMailbox -Identity '<MAILBOX>' -SmtpClientAuthenticationDisabled $false", "Get-CASMailbox -Identity '<MAILBOX>' | Format-List 'Name', 'ImapEnabled', 'SmtpClientAuthenticationDisabled'"] },
  'smtp-535-5-7-3': { learn: ['oauth'], links: ['new-service-principal', 'add-mailboxes', 'add-permissions', 'replication', 'powershell-generator'], commands: SERVICE_PRINCIPAL_COMMANDS },
  'smtp-550-5-7-30': { learn: ['smtp-auth'], links: ['smtp-auth', 'enter-values'], commands: ["Get-CASMailbox -Identity '<MAILBOX>' | Format-List 'Name', 'ImapEnabled', 'SmtpClientAuthenticationDisabled'"] },
  'smtp-send-as-denied': { learn: ['oauth'], links: ['send-as', 'replication', 'powershell-generator'], commands: ["Add-RecipientPermission -Identity '<MAILBOX>' -Trustee '<SERVICE_PRINCIPAL_ID>' -AccessRights SendAs -Confirm:$false", "Get-RecipientPermission -Identity '<MAILBOX>'"] },
  'imap-authenticate-failed': { learn: ['oauth', 'client-credentials'], links: ['new-service-principal', 'add-mailboxes', 'add-permissions', 'replication', 'powershell-generator'], commands: SERVICE_PRINCIPAL_COMMANDS },
  'imap-not-connected': { learn: ['oauth', 'application-rbac'], links: ['replication', 'add-mailboxes', 'powershell-generator'], commands: ["Get-CASMailbox -Identity '<MAILBOX>' | Format-List 'Name', 'ImapEnabled', 'SmtpClientAuthenticationDisabled'", "Set-CASMailbox -Identity '<MAILBOX>' -ImapEnabled $true", "Get-MailboxPermission -Identity '<MAILBOX>'"] },
  'ps-exchange-module-missing': { learn: ['connect-exchange-online'], links: ['connect', 'powershell-generator'], commands: ['Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser', 'Import-Module ExchangeOnlineManagement', "Connect-ExchangeOnline -UserPrincipalName '<admin@contoso.onmicrosoft.com>'"] },
  'ps-exchange-cmdlet-missing': { learn: ['connect-exchange-online'], links: ['connect', 'powershell-generator'], commands: ["Connect-ExchangeOnline -UserPrincipalName '<admin@contoso.onmicrosoft.com>'"] },
  'ps-placeholder-left': { links: ['powershell-generator', 'new-service-principal'] },
  'ps-objectid-parameter-unknown': { learn: ['new-service-principal'], links: ['connect', 'new-service-principal', 'powershell-generator'], commands: ["Connect-ExchangeOnline -UserPrincipalName '<admin@contoso.onmicrosoft.com>'"] },
  'ps-user-not-found': { learn: ['oauth'], links: ['add-mailboxes', 'new-service-principal', 'powershell-generator'], commands: ['Get-ServicePrincipal | fl', "Add-MailboxPermission -Identity '<MAILBOX>' -User '<SERVICE_PRINCIPAL_ID>' -AccessRights FullAccess"] },
  'ps-object-not-found': { links: ['add-mailboxes', 'connect', 'powershell-generator'] },
  'ps-new-service-principal-failed': { learn: ['new-service-principal', 'oauth'], links: ['new-service-principal', 'note-ids', 'powershell-generator'], commands: ['Get-ServicePrincipal | fl', "New-ServicePrincipal -AppId '<APPLICATION_ID>' -ObjectId '<OBJECT_ID>'"] },
  'ps-install-needs-admin': { learn: ['connect-exchange-online'], links: ['connect'], commands: ['Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser'] },
  'ps-scripts-disabled': { learn: ['execution-policies'], links: ['connect'], commands: ['Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser', 'Import-Module ExchangeOnlineManagement'] },
};
