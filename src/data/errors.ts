/**
 * The error catalogue: every error message the help center explains, with what it
 * means, its likely causes (most likely first), the fix and where in the guide or
 * which tool fixes it. The troubleshooting page renders every entry from here and
 * the error decoder finds them in pasted text with the same entries.
 *
 * Facts follow the shared Microsoft facts page and Microsoft's AADSTS reference;
 * an AADSTS code not listed here is linked to Microsoft's own lookup instead.
 * Texts may mark code with `backticks`; the renderer turns them into <code>.
 */
import { EXCHANGE_SCOPE, REDIRECT_PATH, type Locale, type Localized } from './microsoft';

/**
 * Where a catalogue entry can send the reader: a guide section (its stable anchor from
 * guide-anchors.ts) or a tool page. Paths are below the locale root.
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

/** The site path of a help page in a locale (English at the root, German under /de/). */
export function helpPageHref(page: HelpPage, locale: Locale): string {
  return `${locale === 'de' ? '/de/' : '/'}${HELP_PAGES[page].path}`;
}

/** Where an error comes from; the troubleshooting page groups entries by it. */
export const ERROR_SOURCES = {
  entra: { en: 'Microsoft sign-in (AADSTS codes)', de: 'Microsoft-Anmeldung (AADSTS-Codes)' },
  smtp: { en: 'Sending mail (SMTP)', de: 'E-Mails senden (SMTP)' },
  imap: { en: 'Receiving mail (IMAP)', de: 'E-Mails empfangen (IMAP)' },
  powershell: { en: 'PowerShell in step 2', de: 'PowerShell in Schritt 2' },
} as const satisfies Record<string, Localized>;

export type ErrorSource = keyof typeof ERROR_SOURCES;

export interface ErrorEntry {
  /** Stable: the anchor on the troubleshooting page in both locales. Never rename. */
  id: string;
  source: ErrorSource;
  /** The code or message the heading starts with, e.g. AADSTS7000215 or 535 5.7.3. */
  code: string;
  /** A short text that this entry's matchers find: what prefilled links carry (err=…). */
  key: string;
  /** Patterns over pasted text; keep them specific and free of nested quantifiers. */
  matchers: readonly RegExp[];
  /** A generic pattern: reported only when nothing more specific was found in the text. */
  fallback?: boolean;
  title: Localized;
  meaning: Localized;
  /** Most likely first. */
  causes: readonly Localized[];
  fix: Localized;
  /** Commands that fix or check it (placeholders in <angle brackets>). */
  commands?: readonly string[];
  links: readonly HelpPage[];
  /** Realistic messages as people paste them; each must decode to this entry alone. */
  samples: readonly string[];
}

type AadstsFields = Omit<ErrorEntry, 'id' | 'source' | 'code' | 'key' | 'matchers'>;

function aadsts(code: number, fields: AadstsFields): ErrorEntry {
  return {
    id: `aadsts${code}`,
    source: 'entra',
    code: `AADSTS${code}`,
    key: `AADSTS${code}`,
    matchers: [new RegExp(`\\bAADSTS${code}\\b`, 'i')],
    ...fields,
  };
}

/** Shared wording, written once. */
const NEW_SECRET: Localized = {
  en: 'In the Microsoft Entra admin center open App registrations > your app > Certificates & secrets, create a new client secret and copy its Value at once (Entra shows it only this one time). In teamspace, store that Value as the application key of the interface and save. Delete the old secret afterwards.',
  de: 'Öffnen Sie im Microsoft Entra Admin Center App-Registrierungen > Ihre App > Zertifikate & Geheimnisse, erstellen Sie einen neuen geheimen Clientschlüssel und kopieren Sie sofort seinen Wert (Entra zeigt ihn nur dieses eine Mal). Hinterlegen Sie diesen Wert in teamspace als Anwendungsschlüssel der Schnittstelle und speichern Sie. Löschen Sie danach den alten Schlüssel.',
};

const WAIT_REPLICATION: Localized = {
  en: 'The change was made only minutes ago: Exchange Online can take up to about 30 minutes until new permissions and settings apply.',
  de: 'Die Änderung ist erst wenige Minuten alt: Exchange Online braucht bis zu etwa 30 Minuten, bis neue Berechtigungen und Einstellungen greifen.',
};

const WRONG_OBJECT_ID: Localized = {
  en: '`New-ServicePrincipal` was run with the wrong Object ID: it must be the Object ID of the ENTERPRISE APPLICATION (Enterprise applications > your app > Overview), not the one shown under App registrations. This is the most common mistake.',
  de: '`New-ServicePrincipal` wurde mit der falschen Objekt-ID ausgeführt: Nötig ist die Objekt-ID der UNTERNEHMENSANWENDUNG (Unternehmensanwendungen > Ihre App > Übersicht), nicht die unter App-Registrierungen angezeigte. Das ist der häufigste Fehler.',
};

const NO_FULL_ACCESS: Localized = {
  en: 'The service principal has no FullAccess permission on this mailbox (`Add-MailboxPermission` is missing for it, or was given another address).',
  de: 'Der Dienstprinzipal hat keine FullAccess-Berechtigung für dieses Postfach (`Add-MailboxPermission` fehlt dafür oder wurde für eine andere Adresse ausgeführt).',
};

const FIX_SERVICE_PRINCIPAL: Localized = {
  en: 'Check the service principal with `Get-ServicePrincipal | fl`: its ObjectId must equal the Object ID of the enterprise application. If it does not, remove it with `Remove-ServicePrincipal` and create it again with the right Object ID. Then grant the mailbox with `Add-MailboxPermission` and check it with `Get-MailboxPermission`. Allow up to 30 minutes before testing again.',
  de: 'Prüfen Sie den Dienstprinzipal mit `Get-ServicePrincipal | fl`: Seine ObjectId muss der Objekt-ID der Unternehmensanwendung entsprechen. Falls nicht, entfernen Sie ihn mit `Remove-ServicePrincipal` und legen Sie ihn mit der richtigen Objekt-ID neu an. Erteilen Sie dann das Postfach mit `Add-MailboxPermission` und prüfen Sie es mit `Get-MailboxPermission`. Warten Sie bis zu 30 Minuten, bevor Sie erneut testen.',
};

const SERVICE_PRINCIPAL_COMMANDS = [
  'Get-ServicePrincipal | fl',
  'Get-MailboxPermission -Identity <mailbox>',
  'Add-MailboxPermission -Identity <mailbox> -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess',
] as const;

const ADMIN_CONSENT_FIX: Localized = {
  en: 'In the Microsoft Entra admin center open Enterprise applications > your app > Permissions (or App registrations > your app > API permissions), click "Grant admin consent" and confirm. Every permission must then show the status "Granted".',
  de: 'Öffnen Sie im Microsoft Entra Admin Center Unternehmensanwendungen > Ihre App > Berechtigungen (oder App-Registrierungen > Ihre App > API-Berechtigungen), klicken Sie auf „Administratorzustimmung erteilen“ und bestätigen Sie. Danach muss jede Berechtigung den Status „Gewährt“ zeigen.',
};

/** Exchange Online cmdlets of step 2: "not recognized" means no connection or no rights. */
const STEP2_CMDLETS = [
  'New-ServicePrincipal',
  'Get-ServicePrincipal',
  'Remove-ServicePrincipal',
  'Add-MailboxPermission',
  'Get-MailboxPermission',
  'Add-RecipientPermission',
  'Get-RecipientPermission',
  'Set-CASMailbox',
  'Get-CASMailbox',
  'Set-TransportConfig',
].join('|');

export const ERRORS: readonly ErrorEntry[] = [
  // ─── Microsoft sign-in ──────────────────────────────────────────────────────────
  aadsts(7000215, {
    title: { en: 'Invalid client secret', de: 'Ungültiger geheimer Clientschlüssel' },
    meaning: {
      en: 'Microsoft rejected the client secret teamspace sent with the Application (client) ID.',
      de: 'Microsoft hat den geheimen Clientschlüssel abgelehnt, den teamspace zusammen mit der Anwendungs-ID (Client-ID) gesendet hat.',
    },
    causes: [
      {
        en: 'The Secret ID was stored in teamspace instead of the secret\'s Value. Both are shown side by side under Certificates & secrets; teamspace needs the Value.',
        de: 'In teamspace wurde die Geheimnis-ID statt des Werts des Schlüssels hinterlegt. Beide stehen unter Zertifikate & Geheimnisse nebeneinander; teamspace braucht den Wert.',
      },
      {
        en: 'The Value was copied incompletely or with extra characters (a space or line break at the end).',
        de: 'Der Wert wurde unvollständig oder mit zusätzlichen Zeichen kopiert (ein Leerzeichen oder Zeilenumbruch am Ende).',
      },
      {
        en: 'The secret was deleted in Entra, or it belongs to another app registration than the Application ID in teamspace.',
        de: 'Der Schlüssel wurde in Entra gelöscht oder gehört zu einer anderen App-Registrierung als die Anwendungs-ID in teamspace.',
      },
    ],
    fix: NEW_SECRET,
    links: ['client-secret', 'enter-values', 'secret-reminder'],
    samples: [
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'.",
    ],
  }),
  aadsts(7000222, {
    title: { en: 'Client secret expired', de: 'Geheimer Clientschlüssel abgelaufen' },
    meaning: {
      en: 'The client secret stored in teamspace has passed its expiry date. Until a new one is stored, teamspace can neither receive nor send mail through this app.',
      de: 'Der in teamspace hinterlegte geheime Clientschlüssel hat sein Ablaufdatum überschritten. Bis ein neuer hinterlegt ist, kann teamspace über diese App keine E-Mails empfangen oder senden.',
    },
    causes: [
      {
        en: 'Every client secret has a lifetime chosen when it was created; it has ended.',
        de: 'Jeder geheime Clientschlüssel hat eine beim Anlegen gewählte Laufzeit; sie ist abgelaufen.',
      },
    ],
    fix: {
      en: `${NEW_SECRET.en} Set a reminder for the new expiry date so that it does not happen again.`,
      de: `${NEW_SECRET.de} Legen Sie eine Erinnerung für das neue Ablaufdatum an, damit das nicht wieder passiert.`,
    },
    links: ['secret-expiry', 'client-secret', 'enter-values', 'secret-reminder'],
    samples: [
      "AADSTS7000222: The provided client secret keys for app '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.",
    ],
  }),
  aadsts(7000218, {
    title: { en: 'No client secret sent', de: 'Kein geheimer Clientschlüssel gesendet' },
    meaning: {
      en: 'The request to Microsoft contained no client secret at all, so Microsoft could not authenticate the app.',
      de: 'Die Anfrage an Microsoft enthielt gar keinen geheimen Clientschlüssel, daher konnte Microsoft die App nicht authentifizieren.',
    },
    causes: [
      {
        en: 'The application key in teamspace\'s interface is empty or was not saved.',
        de: 'Der Anwendungsschlüssel in der Schnittstelle von teamspace ist leer oder wurde nicht gespeichert.',
      },
    ],
    fix: {
      en: 'Store the Value of a valid client secret as the application key in teamspace\'s interface and save. If nobody noted the Value, create a new secret: Entra does not show an existing Value again.',
      de: 'Hinterlegen Sie den Wert eines gültigen geheimen Clientschlüssels als Anwendungsschlüssel in der Schnittstelle von teamspace und speichern Sie. Hat niemand den Wert notiert, erstellen Sie einen neuen Schlüssel: Entra zeigt einen vorhandenen Wert nicht noch einmal an.',
    },
    links: ['enter-values', 'client-secret'],
    samples: ["AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'."],
  }),
  aadsts(700016, {
    title: { en: 'Application not found in the directory', de: 'Anwendung im Verzeichnis nicht gefunden' },
    meaning: {
      en: 'Microsoft found no app with this Application (client) ID in the directory (tenant) the request was sent to.',
      de: 'Microsoft hat im Verzeichnis (Mandanten), an das die Anfrage ging, keine App mit dieser Anwendungs-ID (Client-ID) gefunden.',
    },
    causes: [
      {
        en: 'The Application ID in teamspace is wrong: often an Object ID or the Secret ID was entered instead of the Application (client) ID.',
        de: 'Die Anwendungs-ID in teamspace ist falsch: Oft wurde eine Objekt-ID oder die Geheimnis-ID statt der Anwendungs-ID (Client-ID) eingetragen.',
      },
      {
        en: 'The Directory (tenant) ID in teamspace belongs to another tenant than the app registration.',
        de: 'Die Verzeichnis-ID (Mandanten-ID) in teamspace gehört zu einem anderen Mandanten als die App-Registrierung.',
      },
      {
        en: 'The app registration was deleted.',
        de: 'Die App-Registrierung wurde gelöscht.',
      },
    ],
    fix: {
      en: 'Open App registrations > your app > Overview and copy the Application (client) ID and the Directory (tenant) ID from there into teamspace\'s interface.',
      de: 'Öffnen Sie App-Registrierungen > Ihre App > Übersicht und übernehmen Sie die Anwendungs-ID (Client-ID) und die Verzeichnis-ID (Mandanten-ID) von dort in die Schnittstelle von teamspace.',
    },
    links: ['enter-values', 'note-ids', 'app-registration-checker'],
    samples: [
      "AADSTS700016: Application with identifier '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
    ],
  }),
  aadsts(90002, {
    title: { en: 'Tenant not found', de: 'Mandant nicht gefunden' },
    meaning: {
      en: 'Microsoft does not know the directory (tenant) the request names.',
      de: 'Microsoft kennt das Verzeichnis (den Mandanten) nicht, das die Anfrage nennt.',
    },
    causes: [
      {
        en: 'The Directory (tenant) ID in teamspace (or after `Connect-ExchangeOnline -Organization`) is mistyped or incomplete.',
        de: 'Die Verzeichnis-ID (Mandanten-ID) in teamspace (oder nach `Connect-ExchangeOnline -Organization`) ist vertippt oder unvollständig.',
      },
      {
        en: 'A domain name was used that is not registered for any tenant, instead of the tenant ID.',
        de: 'Statt der Mandanten-ID wurde ein Domainname verwendet, der zu keinem Mandanten gehört.',
      },
    ],
    fix: {
      en: 'Copy the Directory (tenant) ID from App registrations > your app > Overview (a GUID) and use it in teamspace and in PowerShell.',
      de: 'Übernehmen Sie die Verzeichnis-ID (Mandanten-ID) aus App-Registrierungen > Ihre App > Übersicht (eine GUID) und verwenden Sie sie in teamspace und in PowerShell.',
    },
    links: ['enter-values', 'connect', 'powershell-generator'],
    samples: [
      "AADSTS90002: Tenant '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3e' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
    ],
  }),
  aadsts(500011, {
    title: { en: 'Resource principal not found', de: 'Ressourcenprinzipal nicht gefunden' },
    meaning: {
      en: 'The token was requested for a resource (API) that does not exist in this tenant.',
      de: 'Das Token wurde für eine Ressource (API) angefordert, die es in diesem Mandanten nicht gibt.',
    },
    causes: [
      {
        en: 'The request went to the wrong tenant: the Directory (tenant) ID in teamspace belongs to another tenant.',
        de: 'Die Anfrage ging an den falschen Mandanten: Die Verzeichnis-ID (Mandanten-ID) in teamspace gehört zu einem anderen Mandanten.',
      },
      {
        en: `The scope or resource is wrong. For IMAP and SMTP the token is requested with the scope \`${EXCHANGE_SCOPE}\`; a test tool or script that asks for another one fails.`,
        de: `Scope oder Ressource sind falsch. Für IMAP und SMTP wird das Token mit dem Scope \`${EXCHANGE_SCOPE}\` angefordert; ein Testwerkzeug oder Skript, das einen anderen verlangt, scheitert.`,
      },
    ],
    fix: {
      en: 'Compare the Directory (tenant) ID in teamspace with the one on the app registration\'s Overview. If you test with your own tool, request the Exchange scope shown above.',
      de: 'Vergleichen Sie die Verzeichnis-ID (Mandanten-ID) in teamspace mit der in der Übersicht der App-Registrierung. Wenn Sie mit einem eigenen Werkzeug testen, fordern Sie den oben genannten Exchange-Scope an.',
    },
    links: ['enter-values'],
    samples: [
      "AADSTS500011: The resource principal named https://outlook.office365.com was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.",
    ],
  }),
  aadsts(50011, {
    title: { en: 'Redirect URI does not match', de: 'Umleitungs-URI stimmt nicht überein' },
    meaning: {
      en: 'At sign-in, teamspace asked Microsoft to send the user back to an address that is not registered as a redirect URI of the app.',
      de: 'Bei der Anmeldung hat teamspace Microsoft gebeten, den Benutzer an eine Adresse zurückzuschicken, die nicht als Umleitungs-URI der App registriert ist.',
    },
    causes: [
      {
        en: `No redirect URI for this installation is registered: it is the installation URL followed by \`${REDIRECT_PATH}\`.`,
        de: `Für diese Installation ist kein Umleitungs-URI registriert: Er besteht aus der Installations-URL und \`${REDIRECT_PATH}\`.`,
      },
      {
        en: 'The registered URI differs in a detail: http instead of https, another host name, a missing or extra slash, or different upper and lower case in the path (the path is case-sensitive).',
        de: 'Der registrierte URI weicht in einem Detail ab: http statt https, ein anderer Hostname, ein fehlender oder zusätzlicher Schrägstrich oder andere Groß- und Kleinschreibung im Pfad (der Pfad unterscheidet Groß- und Kleinschreibung).',
      },
    ],
    fix: {
      en: 'Build the exact redirect URI from your installation URL and add it under App registrations > your app > Authentication as a Web redirect URI. The error page shows the address teamspace sent: it must match character for character.',
      de: 'Erstellen Sie den genauen Umleitungs-URI aus Ihrer Installations-URL und tragen Sie ihn unter App-Registrierungen > Ihre App > Authentifizierung als Web-Umleitungs-URI ein. Die Fehlerseite zeigt die Adresse, die teamspace gesendet hat: Sie muss Zeichen für Zeichen übereinstimmen.',
    },
    links: ['set-redirect-uri', 'redirect-uri', 'app-registration-checker'],
    samples: [
      "AADSTS50011: The redirect URI 'https://xyc.teamspace.de/api/server/oauth2/redirect' specified in the request does not match the redirect URIs configured for the application '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.",
    ],
  }),
  aadsts(65001, {
    title: { en: 'Consent missing', de: 'Zustimmung fehlt' },
    meaning: {
      en: 'Nobody has consented to the permissions the app asks for, so Microsoft issues no token for them.',
      de: 'Niemand hat den Berechtigungen zugestimmt, die die App verlangt, daher stellt Microsoft dafür kein Token aus.',
    },
    causes: [
      {
        en: 'Admin consent was never granted after the permissions were added.',
        de: 'Nach dem Hinzufügen der Berechtigungen wurde nie die Administratorzustimmung erteilt.',
      },
      {
        en: 'Permissions were added or changed after consent was granted: new ones need consent again.',
        de: 'Berechtigungen wurden nach der Zustimmung hinzugefügt oder geändert: Neue brauchen erneut eine Zustimmung.',
      },
    ],
    fix: ADMIN_CONSENT_FIX,
    links: ['grant-admin-consent', 'app-registration-checker'],
    samples: [
      "AADSTS65001: The user or administrator has not consented to use the application with ID '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' named 'teamspace mail'. Send an interactive authorization request for this user and resource.",
    ],
  }),
  aadsts(90094, {
    title: { en: 'Administrator consent required', de: 'Administratorzustimmung erforderlich' },
    meaning: {
      en: 'The sign-in needs a consent that only an administrator may give.',
      de: 'Die Anmeldung braucht eine Zustimmung, die nur ein Administrator erteilen darf.',
    },
    causes: [
      {
        en: 'Admin consent for the app\'s permissions has not been granted, and users are not allowed to consent themselves.',
        de: 'Die Administratorzustimmung für die Berechtigungen der App wurde nicht erteilt, und Benutzer dürfen nicht selbst zustimmen.',
      },
    ],
    fix: ADMIN_CONSENT_FIX,
    links: ['grant-admin-consent', 'app-registration-checker'],
    samples: ['AADSTS90094: The grant requires admin permission.'],
  }),
  aadsts(650056, {
    title: { en: 'Misconfigured application', de: 'Falsch konfigurierte Anwendung' },
    meaning: {
      en: 'The app asked for access to an API that is not among its configured permissions, or that nobody has consented to.',
      de: 'Die App hat Zugriff auf eine API verlangt, die nicht zu ihren konfigurierten Berechtigungen gehört oder der niemand zugestimmt hat.',
    },
    causes: [
      {
        en: 'A permission the guide lists is missing under API permissions of the app registration.',
        de: 'Eine Berechtigung aus der Anleitung fehlt unter den API-Berechtigungen der App-Registrierung.',
      },
      {
        en: 'Admin consent has not been granted.',
        de: 'Die Administratorzustimmung wurde nicht erteilt.',
      },
      {
        en: 'The Application ID in teamspace belongs to another app registration.',
        de: 'Die Anwendungs-ID in teamspace gehört zu einer anderen App-Registrierung.',
      },
    ],
    fix: {
      en: `Add every permission of step 1 (check the manifest with the app registration checker), then grant admin consent. ${ADMIN_CONSENT_FIX.en}`,
      de: `Fügen Sie jede Berechtigung aus Schritt 1 hinzu (prüfen Sie das Manifest mit der Prüfung der App-Registrierung) und erteilen Sie dann die Administratorzustimmung. ${ADMIN_CONSENT_FIX.de}`,
    },
    links: ['add-permissions', 'grant-admin-consent', 'app-registration-checker'],
    samples: [
      "AADSTS650056: Misconfigured application. This could be due to one of the following: the client has not listed any permissions for 'Microsoft Graph' in the requested permissions in the client's application registration. Or, the admin has not consented in the tenant.",
    ],
  }),
  aadsts(700054, {
    title: { en: 'ID tokens not enabled', de: 'ID-Token nicht aktiviert' },
    meaning: {
      en: 'At sign-in an ID token was requested, but the app registration does not allow ID tokens to be issued.',
      de: 'Bei der Anmeldung wurde ein ID-Token angefordert, die App-Registrierung erlaubt aber keine ID-Token.',
    },
    causes: [
      {
        en: 'The option "ID tokens" under Authentication was not enabled (step 1 enables "Access tokens" and "ID tokens").',
        de: 'Die Option „ID-Token“ unter Authentifizierung wurde nicht aktiviert (Schritt 1 aktiviert „Zugriffstoken“ und „ID-Token“).',
      },
    ],
    fix: {
      en: 'Open App registrations > your app > Authentication, enable "ID tokens" (and "Access tokens") and save.',
      de: 'Öffnen Sie App-Registrierungen > Ihre App > Authentifizierung, aktivieren Sie „ID-Token“ (und „Zugriffstoken“) und speichern Sie.',
    },
    links: ['tokens', 'app-registration-checker'],
    samples: ["AADSTS700054: response_type 'id_token' is not enabled for the application."],
  }),
  aadsts(7000112, {
    title: { en: 'Application is disabled', de: 'Anwendung ist deaktiviert' },
    meaning: {
      en: 'The enterprise application of the app registration is disabled in this tenant, so Microsoft issues no tokens for it.',
      de: 'Die Unternehmensanwendung der App-Registrierung ist in diesem Mandanten deaktiviert, daher stellt Microsoft dafür keine Token aus.',
    },
    causes: [
      {
        en: 'Someone set "Enabled for users to sign in?" to No in the enterprise application\'s properties.',
        de: 'Jemand hat in den Eigenschaften der Unternehmensanwendung „Aktiviert für die Anmeldung von Benutzern?“ auf Nein gesetzt.',
      },
    ],
    fix: {
      en: 'Open Enterprise applications > your app > Properties, set "Enabled for users to sign in?" to Yes and save.',
      de: 'Öffnen Sie Unternehmensanwendungen > Ihre App > Eigenschaften, setzen Sie „Aktiviert für die Anmeldung von Benutzern?“ auf Ja und speichern Sie.',
    },
    links: [],
    samples: ["AADSTS7000112: Application '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'(teamspace mail) is disabled."],
  }),
  aadsts(53003, {
    title: { en: 'Blocked by Conditional Access', de: 'Durch bedingten Zugriff blockiert' },
    meaning: {
      en: 'A Conditional Access policy of your tenant does not allow this sign-in, so Microsoft issued no token.',
      de: 'Eine Richtlinie für bedingten Zugriff Ihres Mandanten erlaubt diese Anmeldung nicht, daher hat Microsoft kein Token ausgestellt.',
    },
    causes: [
      {
        en: 'A policy covers the signing-in user (single sign-on) or the app, for example because of the location, the device or the client app.',
        de: 'Eine Richtlinie erfasst den anmeldenden Benutzer (Single Sign-on) oder die App, zum Beispiel wegen des Standorts, des Geräts oder der Client-App.',
      },
    ],
    fix: {
      en: 'In the Microsoft Entra admin center open the sign-in logs (for teamspace\'s mail access the service principal sign-ins), select the failed sign-in and look at its Conditional Access tab: it names the policy. Adjust the policy or exclude the app or user deliberately.',
      de: 'Öffnen Sie im Microsoft Entra Admin Center die Anmeldeprotokolle (für den E-Mail-Zugriff von teamspace die Anmeldungen von Dienstprinzipalen), wählen Sie die fehlgeschlagene Anmeldung und sehen Sie sich den Reiter „Bedingter Zugriff“ an: Er nennt die Richtlinie. Passen Sie die Richtlinie an oder nehmen Sie App oder Benutzer bewusst aus.',
    },
    links: [],
    samples: ['AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.'],
  }),
  aadsts(50034, {
    title: { en: 'User account not found in the directory', de: 'Benutzerkonto im Verzeichnis nicht gefunden' },
    meaning: {
      en: 'At single sign-on, the account entered does not exist in your directory (tenant).',
      de: 'Beim Single Sign-on existiert das eingegebene Konto in Ihrem Verzeichnis (Mandanten) nicht.',
    },
    causes: [
      {
        en: 'The user signed in with an account from outside your organisation (another company\'s or a personal Microsoft account). The app registration accepts only accounts of your own directory.',
        de: 'Der Benutzer hat sich mit einem Konto außerhalb Ihrer Organisation angemeldet (dem einer anderen Firma oder einem persönlichen Microsoft-Konto). Die App-Registrierung akzeptiert nur Konten Ihres eigenen Verzeichnisses.',
      },
      {
        en: 'The user name was mistyped.',
        de: 'Der Benutzername wurde vertippt.',
      },
    ],
    fix: {
      en: 'Sign in with the work account of your own directory. If an outside person must sign in, invite them as a guest first.',
      de: 'Melden Sie sich mit dem Arbeitskonto Ihres eigenen Verzeichnisses an. Muss sich eine externe Person anmelden, laden Sie sie zuerst als Gast ein.',
    },
    links: [],
    samples: [
      "AADSTS50034: The user account {EmailHidden} does not exist in the 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3e directory. To sign into this application, the account must be added to the directory.",
    ],
  }),
  aadsts(50020, {
    title: { en: 'User from another identity provider', de: 'Benutzer eines anderen Identitätsanbieters' },
    meaning: {
      en: 'At single sign-on, the account comes from another directory or identity provider and is not a member or guest of yours.',
      de: 'Beim Single Sign-on stammt das Konto aus einem anderen Verzeichnis oder von einem anderen Identitätsanbieter und ist bei Ihnen weder Mitglied noch Gast.',
    },
    causes: [
      {
        en: 'The user chose an account of another organisation or a personal Microsoft account.',
        de: 'Der Benutzer hat ein Konto einer anderen Organisation oder ein persönliches Microsoft-Konto gewählt.',
      },
    ],
    fix: {
      en: 'Sign out of Microsoft and sign in with the account of your own directory. If the person should have access, invite them as a guest.',
      de: 'Melden Sie sich bei Microsoft ab und mit dem Konto Ihres eigenen Verzeichnisses an. Soll die Person Zugriff haben, laden Sie sie als Gast ein.',
    },
    links: [],
    samples: [
      "AADSTS50020: User account 'anna@example.org' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'(teamspace mail) in that tenant.",
    ],
  }),
  aadsts(50105, {
    title: { en: 'User not assigned to the app', de: 'Benutzer der App nicht zugewiesen' },
    meaning: {
      en: 'The enterprise application requires assignment, and the signing-in user is not assigned to it.',
      de: 'Die Unternehmensanwendung verlangt eine Zuweisung, und der anmeldende Benutzer ist ihr nicht zugewiesen.',
    },
    causes: [
      {
        en: '"Assignment required?" is set to Yes in the enterprise application\'s properties, and the user (or a group of theirs) is missing under Users and groups.',
        de: 'In den Eigenschaften der Unternehmensanwendung steht „Zuweisung erforderlich?“ auf Ja, und der Benutzer (oder eine seiner Gruppen) fehlt unter Benutzer und Gruppen.',
      },
    ],
    fix: {
      en: 'Assign the users (or a group) under Enterprise applications > your app > Users and groups, or set "Assignment required?" to No under Properties.',
      de: 'Weisen Sie die Benutzer (oder eine Gruppe) unter Unternehmensanwendungen > Ihre App > Benutzer und Gruppen zu oder setzen Sie „Zuweisung erforderlich?“ unter Eigenschaften auf Nein.',
    },
    links: [],
    samples: [
      "AADSTS50105: Your administrator has configured the application teamspace mail ('6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f') to block users unless they are specifically granted ('assigned') access to the application.",
    ],
  }),

  // ─── SMTP ───────────────────────────────────────────────────────────────────────
  {
    id: 'smtp-535-5-7-139',
    source: 'smtp',
    code: '535 5.7.139',
    key: '535 5.7.139',
    matchers: [/\b535[ -]5\.7\.139\b/, /\b5\.7\.139 Authentication unsuccessful/i, /SmtpClientAuthentication is disabled/i],
    title: { en: 'SMTP AUTH is disabled', de: 'SMTP AUTH ist deaktiviert' },
    meaning: {
      en: 'Exchange Online refused to let teamspace log in over SMTP (SMTP AUTH) for this mailbox, so no mail can be sent.',
      de: 'Exchange Online hat teamspace die Anmeldung über SMTP (SMTP AUTH) für dieses Postfach verweigert, daher kann keine E-Mail gesendet werden.',
    },
    causes: [
      {
        en: 'SMTP AUTH is disabled for this mailbox.',
        de: 'SMTP AUTH ist für dieses Postfach deaktiviert.',
      },
      {
        en: 'SMTP AUTH is disabled for the whole organisation (the message then says "for the Tenant") and the mailbox has no setting of its own.',
        de: 'SMTP AUTH ist für die ganze Organisation deaktiviert (die Meldung sagt dann „for the Tenant“) und das Postfach hat keine eigene Einstellung.',
      },
      WAIT_REPLICATION,
    ],
    fix: {
      en: 'Enable SMTP AUTH for the mailbox with `Set-CASMailbox` (`$false` means "not disabled") and check it with `Get-CASMailbox`. Organisation-wide the same flag is set with `Set-TransportConfig`.',
      de: 'Aktivieren Sie SMTP AUTH für das Postfach mit `Set-CASMailbox` (`$false` heißt „nicht deaktiviert“) und prüfen Sie es mit `Get-CASMailbox`. Für die ganze Organisation setzt `Set-TransportConfig` denselben Schalter.',
    },
    commands: [
      'Set-CASMailbox -Identity <mailbox> -SmtpClientAuthenticationDisabled $false',
      'Get-CASMailbox <mailbox> | Format-List ImapEnabled, SmtpClientAuthenticationDisabled',
    ],
    links: ['smtp-auth', 'replication', 'powershell-generator'],
    samples: [
      '535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [FR2P281CA0034.DEUP281.PROD.OUTLOOK.COM 2026-11-28T09:12:33.123Z 08DD0E1A2B3C4D5E]',
      'javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.',
    ],
  },
  {
    id: 'smtp-535-5-7-3',
    source: 'smtp',
    code: '535 5.7.3',
    key: '535 5.7.3',
    matchers: [/\b535[ -]5\.7\.3\b/, /\b5\.7\.3 Authentication unsuccessful/i],
    title: { en: 'SMTP authentication unsuccessful', de: 'SMTP-Authentifizierung fehlgeschlagen' },
    meaning: {
      en: 'Exchange Online accepted the token but does not let the app send as this mailbox.',
      de: 'Exchange Online hat das Token angenommen, lässt die App aber nicht als dieses Postfach senden.',
    },
    causes: [
      WRONG_OBJECT_ID,
      NO_FULL_ACCESS,
      {
        en: 'The permission SMTP.SendAsApp is missing from the app registration, or admin consent was not granted for it.',
        de: 'Die Berechtigung SMTP.SendAsApp fehlt in der App-Registrierung, oder ihr wurde keine Administratorzustimmung erteilt.',
      },
      WAIT_REPLICATION,
    ],
    fix: FIX_SERVICE_PRINCIPAL,
    commands: SERVICE_PRINCIPAL_COMMANDS,
    links: ['new-service-principal', 'add-mailboxes', 'add-permissions', 'replication', 'powershell-generator'],
    samples: ['535 5.7.3 Authentication unsuccessful [AM0PR02CA0012.eurprd02.prod.outlook.com 2026-11-28T08:01:12.345Z 08DD0E1A2B3C4D5F]'],
  },
  {
    id: 'smtp-send-as-denied',
    source: 'smtp',
    code: '554 5.2.0 / 550 5.7.60',
    key: 'SendAsDenied',
    matchers: [/SendAsDenied/i, /\b550[ -]5\.7\.60\b/],
    title: { en: 'Not allowed to send as this sender', de: 'Keine Berechtigung, als dieser Absender zu senden' },
    meaning: {
      en: 'The login worked, but the app may not send with this From address (SendAsDeniedException).',
      de: 'Die Anmeldung hat funktioniert, aber die App darf nicht mit dieser Absenderadresse senden (SendAsDeniedException).',
    },
    causes: [
      {
        en: 'The service principal has no Send As permission for the sender address.',
        de: 'Der Dienstprinzipal hat keine „Senden als“-Berechtigung für die Absenderadresse.',
      },
      {
        en: 'The From address is not the mailbox teamspace logs in with (for example a shared mailbox or another user\'s address): that address needs its own Send As permission.',
        de: 'Die Absenderadresse ist nicht das Postfach, mit dem teamspace sich anmeldet (zum Beispiel ein freigegebenes Postfach oder die Adresse eines anderen Benutzers): Diese Adresse braucht eine eigene „Senden als“-Berechtigung.',
      },
      WAIT_REPLICATION,
    ],
    fix: {
      en: 'Grant Send As on the sender address to the service principal with `Add-RecipientPermission` and check it with `Get-RecipientPermission`.',
      de: 'Erteilen Sie dem Dienstprinzipal mit `Add-RecipientPermission` „Senden als“ für die Absenderadresse und prüfen Sie es mit `Get-RecipientPermission`.',
    },
    commands: [
      'Add-RecipientPermission -Identity <mailbox> -Trustee <SERVICE_PRINCIPAL_ID> -AccessRights SendAs',
      'Get-RecipientPermission -Identity <mailbox>',
    ],
    links: ['send-as', 'replication', 'powershell-generator'],
    samples: [
      '554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.',
      '550 5.7.60 SMTP; Client does not have permissions to send as this sender.',
    ],
  },

  // ─── IMAP ───────────────────────────────────────────────────────────────────────
  {
    id: 'imap-authenticate-failed',
    source: 'imap',
    code: 'IMAP: AUTHENTICATE failed',
    key: 'AUTHENTICATE failed',
    matchers: [/\bAUTHENTICATE failed\b/i],
    title: { en: 'IMAP login refused', de: 'IMAP-Anmeldung abgelehnt' },
    meaning: {
      en: 'Exchange Online refused teamspace\'s IMAP login with the token for this mailbox.',
      de: 'Exchange Online hat die IMAP-Anmeldung von teamspace mit dem Token für dieses Postfach abgelehnt.',
    },
    causes: [
      WRONG_OBJECT_ID,
      NO_FULL_ACCESS,
      {
        en: 'The permission IMAP.AccessAsApp is missing from the app registration, or admin consent was not granted for it.',
        de: 'Die Berechtigung IMAP.AccessAsApp fehlt in der App-Registrierung, oder ihr wurde keine Administratorzustimmung erteilt.',
      },
      WAIT_REPLICATION,
    ],
    fix: FIX_SERVICE_PRINCIPAL,
    commands: SERVICE_PRINCIPAL_COMMANDS,
    links: ['new-service-principal', 'add-mailboxes', 'add-permissions', 'replication', 'powershell-generator'],
    samples: ['A2 NO AUTHENTICATE failed.'],
  },
  {
    id: 'imap-not-connected',
    source: 'imap',
    code: 'IMAP: User is authenticated but not connected',
    key: 'User is authenticated but not connected',
    matchers: [/User is authenticated but not connected/i],
    title: { en: 'Logged in, but no access to the mailbox', de: 'Angemeldet, aber kein Zugriff auf das Postfach' },
    meaning: {
      en: 'The IMAP login with the token worked, but Exchange Online does not open the mailbox for it.',
      de: 'Die IMAP-Anmeldung mit dem Token hat funktioniert, aber Exchange Online öffnet das Postfach dafür nicht.',
    },
    causes: [
      WAIT_REPLICATION,
      {
        en: 'IMAP is disabled for this mailbox.',
        de: 'IMAP ist für dieses Postfach deaktiviert.',
      },
      NO_FULL_ACCESS,
    ],
    fix: {
      en: 'Wait up to 30 minutes after the last change. Then check the mailbox with `Get-CASMailbox` (ImapEnabled must be True; enable it with `Set-CASMailbox -ImapEnabled $true`) and its permissions with `Get-MailboxPermission`.',
      de: 'Warten Sie nach der letzten Änderung bis zu 30 Minuten. Prüfen Sie dann das Postfach mit `Get-CASMailbox` (ImapEnabled muss True sein; aktivieren mit `Set-CASMailbox -ImapEnabled $true`) und seine Berechtigungen mit `Get-MailboxPermission`.',
    },
    commands: [
      'Get-CASMailbox <mailbox> | Format-List ImapEnabled, SmtpClientAuthenticationDisabled',
      'Set-CASMailbox -Identity <mailbox> -ImapEnabled $true',
      'Get-MailboxPermission -Identity <mailbox>',
    ],
    links: ['replication', 'add-mailboxes', 'powershell-generator'],
    samples: ['A3 BAD User is authenticated but not connected.'],
  },

  // ─── PowerShell (step 2) ───────────────────────────────────────────────────────
  {
    id: 'ps-exchange-module-missing',
    source: 'powershell',
    code: "'Connect-ExchangeOnline' is not recognized",
    key: "The term 'Connect-ExchangeOnline' is not recognized",
    matchers: [
      /\bterm ['"‘’“”]Connect-ExchangeOnline['"‘’“”] is not recognized/i,
      /\bBenennung ['"‘’“”„]Connect-ExchangeOnline['"‘’“”] wurde nicht/i,
      /\bmodule ['"‘’“”]ExchangeOnlineManagement['"‘’“”] was not loaded because no valid module file was found/i,
      /\bModul ['"‘’“”„]ExchangeOnlineManagement['"‘’“”] wurde nicht geladen/i,
    ],
    title: { en: 'The Exchange Online PowerShell module is missing', de: 'Das PowerShell-Modul für Exchange Online fehlt' },
    meaning: {
      en: 'PowerShell does not know the Exchange Online commands: the ExchangeOnlineManagement module is not installed (or not loaded) for this user.',
      de: 'PowerShell kennt die Exchange-Online-Befehle nicht: Das Modul ExchangeOnlineManagement ist für diesen Benutzer nicht installiert (oder nicht geladen).',
    },
    causes: [
      {
        en: '`Install-Module -Name ExchangeOnlineManagement` was not run (or failed) on this computer.',
        de: '`Install-Module -Name ExchangeOnlineManagement` wurde auf diesem Computer nicht ausgeführt (oder ist fehlgeschlagen).',
      },
      {
        en: 'It was installed for another user or another PowerShell (Windows PowerShell and PowerShell 7 keep separate module folders).',
        de: 'Es wurde für einen anderen Benutzer oder eine andere PowerShell installiert (Windows PowerShell und PowerShell 7 haben getrennte Modulordner).',
      },
    ],
    fix: {
      en: 'Install and load the module, then connect to your tenant.',
      de: 'Installieren und laden Sie das Modul und verbinden Sie sich dann mit Ihrem Mandanten.',
    },
    commands: ['Install-Module -Name ExchangeOnlineManagement', 'Import-Module ExchangeOnlineManagement', 'Connect-ExchangeOnline -Organization <tenant>'],
    links: ['connect', 'powershell-generator'],
    samples: [
      "Connect-ExchangeOnline : The term 'Connect-ExchangeOnline' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      'Connect-ExchangeOnline : Die Benennung "Connect-ExchangeOnline" wurde nicht als Name eines Cmdlet, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt.',
      "Import-Module : The specified module 'ExchangeOnlineManagement' was not loaded because no valid module file was found in any module directory.",
    ],
  },
  {
    id: 'ps-exchange-cmdlet-missing',
    source: 'powershell',
    code: "'New-ServicePrincipal' is not recognized",
    key: "The term 'New-ServicePrincipal' is not recognized",
    matchers: [
      new RegExp(`\\bterm ['"‘’“”](?:${STEP2_CMDLETS})['"‘’“”] is not recognized`, 'i'),
      new RegExp(`\\bBenennung ['"‘’“”„](?:${STEP2_CMDLETS})['"‘’“”] wurde nicht`, 'i'),
    ],
    title: { en: 'Exchange commands not available: no connection or no Exchange admin rights', de: 'Exchange-Befehle nicht verfügbar: keine Verbindung oder keine Exchange-Administratorrechte' },
    meaning: {
      en: 'This PowerShell session does not offer the Exchange Online commands of step 2. Exchange Online provides only the commands your admin roles allow, so this is also how missing rights show.',
      de: 'Diese PowerShell-Sitzung bietet die Exchange-Online-Befehle aus Schritt 2 nicht an. Exchange Online stellt nur die Befehle bereit, die Ihre Administratorrollen erlauben; so zeigen sich auch fehlende Rechte.',
    },
    causes: [
      {
        en: 'The account you connected with has no Exchange admin rights (for example the Exchange Administrator role).',
        de: 'Das Konto, mit dem Sie sich verbunden haben, hat keine Exchange-Administratorrechte (zum Beispiel die Rolle Exchange-Administrator).',
      },
      {
        en: '`Connect-ExchangeOnline` was not run in this PowerShell window, or it failed.',
        de: '`Connect-ExchangeOnline` wurde in diesem PowerShell-Fenster nicht ausgeführt oder ist fehlgeschlagen.',
      },
    ],
    fix: {
      en: 'Connect again with an account that holds Exchange admin rights, in the same window in which you run the commands.',
      de: 'Verbinden Sie sich erneut mit einem Konto, das Exchange-Administratorrechte hat, und zwar im selben Fenster, in dem Sie die Befehle ausführen.',
    },
    commands: ['Connect-ExchangeOnline -Organization <tenant>'],
    links: ['connect', 'powershell-generator'],
    samples: [
      "New-ServicePrincipal : The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      "Add-MailboxPermission: The term 'Add-MailboxPermission' is not recognized as a name of a cmdlet, function, script file, or executable program.",
    ],
  },
  {
    id: 'ps-placeholder-left',
    source: 'powershell',
    code: "The '<' operator is reserved for future use",
    key: "The '<' operator is reserved for future use.",
    matchers: [/The ['"‘’“”]<['"‘’“”] operator is reserved for future use/i, /Der Operator ['"‘’“”„]<['"‘’“”] ist für (?:die )?zukünftige Verwendung reserviert/i],
    title: { en: 'A placeholder was left in the command', de: 'Im Befehl steht noch ein Platzhalter' },
    meaning: {
      en: 'PowerShell read a "<" where a value belongs: a placeholder such as <APPLICATION_ID>, <OBJECT_ID> or <tenantId> was not replaced.',
      de: 'PowerShell hat ein „<“ gelesen, wo ein Wert stehen muss: Ein Platzhalter wie <APPLICATION_ID>, <OBJECT_ID> oder <tenantId> wurde nicht ersetzt.',
    },
    causes: [
      {
        en: 'The command was copied from the guide with its placeholders.',
        de: 'Der Befehl wurde samt Platzhaltern aus der Anleitung kopiert.',
      },
      {
        en: 'The angle brackets were kept around the real value (for example <6f1c…>).',
        de: 'Die spitzen Klammern wurden um den echten Wert stehen gelassen (zum Beispiel <6f1c…>).',
      },
    ],
    fix: {
      en: 'Replace each placeholder, brackets included, with the real value. The PowerShell command generator fills in your IDs and mailboxes for you.',
      de: 'Ersetzen Sie jeden Platzhalter samt Klammern durch den echten Wert. Der PowerShell-Befehlsgenerator setzt Ihre IDs und Postfächer für Sie ein.',
    },
    links: ['powershell-generator', 'new-service-principal'],
    samples: [
      "At line:1 char:29\n+ New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID>\n+                             ~\nThe '<' operator is reserved for future use.\n    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n    + FullyQualifiedErrorId : RedirectionNotSupported",
      'Der Operator "<" ist für die zukünftige Verwendung reserviert.',
    ],
  },
  {
    id: 'ps-objectid-parameter-unknown',
    source: 'powershell',
    code: "parameter name 'ObjectId' not found",
    key: "A parameter cannot be found that matches parameter name 'ObjectId'",
    matchers: [
      /A parameter cannot be found that matches parameter name ['"‘’“”]ObjectId['"‘’“”]/i,
      /kein Parameter gefunden, der dem Parameternamen ['"‘’“”„]ObjectId['"‘’“”] entspricht/i,
    ],
    title: { en: 'The Exchange Online module is too old', de: 'Das Exchange-Online-Modul ist zu alt' },
    meaning: {
      en: '`New-ServicePrincipal` does not know the parameter -ObjectId: the installed ExchangeOnlineManagement module predates it (older versions used the deprecated -ServiceId).',
      de: '`New-ServicePrincipal` kennt den Parameter -ObjectId nicht: Das installierte Modul ExchangeOnlineManagement ist älter als dieser Parameter (ältere Versionen nutzten das veraltete -ServiceId).',
    },
    causes: [
      {
        en: 'An old version of the ExchangeOnlineManagement module is installed.',
        de: 'Eine alte Version des Moduls ExchangeOnlineManagement ist installiert.',
      },
    ],
    fix: {
      en: 'Update the module, open a new PowerShell window, connect again and run the command once more.',
      de: 'Aktualisieren Sie das Modul, öffnen Sie ein neues PowerShell-Fenster, verbinden Sie sich erneut und führen Sie den Befehl noch einmal aus.',
    },
    commands: ['Update-Module -Name ExchangeOnlineManagement'],
    links: ['new-service-principal', 'powershell-generator'],
    samples: [
      "New-ServicePrincipal : A parameter cannot be found that matches parameter name 'ObjectId'.",
      'New-ServicePrincipal : Es wurde kein Parameter gefunden, der dem Parameternamen "ObjectId" entspricht.',
    ],
  },
  {
    id: 'ps-user-not-found',
    source: 'powershell',
    code: 'User or group … wasn\'t found',
    key: 'User or group wasn\'t found',
    matchers: [/\bUser or group\b[^\r\n]{0,200}?\bwasn['’]t found\b/i],
    title: { en: 'Service principal not found for the mailbox permission', de: 'Dienstprinzipal für die Postfachberechtigung nicht gefunden' },
    meaning: {
      en: 'Exchange Online does not know the value after -User (Add-MailboxPermission) or -Trustee (Add-RecipientPermission).',
      de: 'Exchange Online kennt den Wert nach -User (Add-MailboxPermission) bzw. -Trustee (Add-RecipientPermission) nicht.',
    },
    causes: [
      {
        en: 'The value is not the identity of the service principal that `Get-ServicePrincipal` shows (for example the Object ID of the app registration was used).',
        de: 'Der Wert ist nicht die Identität des Dienstprinzipals, die `Get-ServicePrincipal` anzeigt (zum Beispiel wurde die Objekt-ID der App-Registrierung verwendet).',
      },
      {
        en: '`New-ServicePrincipal` was not run, or it failed.',
        de: '`New-ServicePrincipal` wurde nicht ausgeführt oder ist fehlgeschlagen.',
      },
    ],
    fix: {
      en: 'Run `Get-ServicePrincipal | fl`, take the identity of your app\'s service principal from there and use it after -User or -Trustee. If the list does not contain your app, run `New-ServicePrincipal` first.',
      de: 'Führen Sie `Get-ServicePrincipal | fl` aus, übernehmen Sie von dort die Identität des Dienstprinzipals Ihrer App und verwenden Sie sie nach -User bzw. -Trustee. Fehlt Ihre App in der Liste, führen Sie zuerst `New-ServicePrincipal` aus.',
    },
    commands: ['Get-ServicePrincipal | fl', 'Add-MailboxPermission -Identity <mailbox> -User <SERVICE_PRINCIPAL_ID> -AccessRights FullAccess'],
    links: ['add-mailboxes', 'new-service-principal', 'powershell-generator'],
    samples: ['Add-MailboxPermission : User or group "0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d" wasn\'t found. Please make sure you\'ve typed it correctly.'],
  },
  {
    id: 'ps-object-not-found',
    source: 'powershell',
    code: "object … couldn't be found",
    key: "The operation couldn't be performed because object couldn't be found on",
    matchers: [/\bThe operation couldn['’]t be performed because object\b[^\r\n]{0,300}?\bcouldn['’]t be found on\b/i],
    title: { en: 'Mailbox or object not found', de: 'Postfach oder Objekt nicht gefunden' },
    meaning: {
      en: 'Exchange Online found nothing with the value after -Identity: no such mailbox (or service principal) in the tenant you are connected to.',
      de: 'Exchange Online hat zum Wert nach -Identity nichts gefunden: Im verbundenen Mandanten gibt es kein solches Postfach (bzw. keinen solchen Dienstprinzipal).',
    },
    causes: [
      {
        en: 'The mailbox address is mistyped, or it is an alias or a distribution list rather than a mailbox.',
        de: 'Die Postfachadresse ist vertippt, oder sie ist ein Alias oder eine Verteilerliste statt eines Postfachs.',
      },
      {
        en: 'PowerShell is connected to another tenant (check the value after `Connect-ExchangeOnline -Organization`).',
        de: 'PowerShell ist mit einem anderen Mandanten verbunden (prüfen Sie den Wert nach `Connect-ExchangeOnline -Organization`).',
      },
      {
        en: 'With `Get-ServicePrincipal -Identity`: no service principal has that identity yet.',
        de: 'Bei `Get-ServicePrincipal -Identity`: Noch kein Dienstprinzipal hat diese Identität.',
      },
    ],
    fix: {
      en: 'Check the address against the mailbox in the Exchange admin center and connect to the right tenant. For a service principal, list them with `Get-ServicePrincipal | fl`.',
      de: 'Vergleichen Sie die Adresse mit dem Postfach im Exchange Admin Center und verbinden Sie sich mit dem richtigen Mandanten. Dienstprinzipale listet `Get-ServicePrincipal | fl` auf.',
    },
    links: ['add-mailboxes', 'connect', 'powershell-generator'],
    samples: [
      "Set-CASMailbox : The operation couldn't be performed because object 'info@contoso.com' couldn't be found on 'FR2P281A07DC001.DEUP281A007.PROD.OUTLOOK.COM'.",
    ],
  },
  {
    id: 'ps-new-service-principal-failed',
    source: 'powershell',
    code: 'New-ServicePrincipal failed',
    key: 'New-ServicePrincipal : failed',
    matchers: [/^[ \t]*New-ServicePrincipal ?: /m, /\[New-ServicePrincipal\]/],
    fallback: true,
    title: { en: 'Creating the service principal failed', de: 'Anlegen des Dienstprinzipals fehlgeschlagen' },
    meaning: {
      en: '`New-ServicePrincipal` stopped with an error, so Exchange Online has no (or no correct) reference to your enterprise application yet.',
      de: '`New-ServicePrincipal` ist mit einem Fehler abgebrochen, daher hat Exchange Online noch keinen (oder keinen richtigen) Verweis auf Ihre Unternehmensanwendung.',
    },
    causes: [
      {
        en: 'The -ObjectId is unknown or wrong: it must be the Object ID of the ENTERPRISE APPLICATION, not the one under App registrations and not the Application ID.',
        de: 'Die -ObjectId ist unbekannt oder falsch: Nötig ist die Objekt-ID der UNTERNEHMENSANWENDUNG, nicht die unter App-Registrierungen und nicht die Anwendungs-ID.',
      },
      {
        en: '-AppId and -ObjectId belong to different apps.',
        de: '-AppId und -ObjectId gehören zu verschiedenen Apps.',
      },
      {
        en: 'A service principal for this app exists already (the command was run before).',
        de: 'Für diese App gibt es bereits einen Dienstprinzipal (der Befehl wurde schon einmal ausgeführt).',
      },
      {
        en: 'The account you connected with lacks Exchange admin rights.',
        de: 'Dem verbundenen Konto fehlen Exchange-Administratorrechte.',
      },
    ],
    fix: {
      en: 'Read the error text after "New-ServicePrincipal :". Check with `Get-ServicePrincipal | fl` whether the service principal exists and carries the enterprise application\'s Object ID; if it carries a wrong one, remove it with `Remove-ServicePrincipal` and run `New-ServicePrincipal` again with both IDs copied from Enterprise applications > your app > Overview.',
      de: 'Lesen Sie den Fehlertext nach „New-ServicePrincipal :“. Prüfen Sie mit `Get-ServicePrincipal | fl`, ob der Dienstprinzipal existiert und die Objekt-ID der Unternehmensanwendung trägt; trägt er eine falsche, entfernen Sie ihn mit `Remove-ServicePrincipal` und führen Sie `New-ServicePrincipal` erneut aus, mit beiden IDs aus Unternehmensanwendungen > Ihre App > Übersicht.',
    },
    commands: ['Get-ServicePrincipal | fl', 'New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID>'],
    links: ['new-service-principal', 'note-ids', 'powershell-generator'],
    samples: [
      'New-ServicePrincipal : |Microsoft.Exchange.Management.Tasks.ThrowTerminatingErrorException|An error occurred.\n    + CategoryInfo          : NotSpecified: (:) [New-ServicePrincipal], ThrowTerminatingErrorException',
    ],
  },
  {
    id: 'ps-install-needs-admin',
    source: 'powershell',
    code: 'Administrator rights are required to install modules',
    key: 'Administrator rights are required to install modules',
    matchers: [/Administrator rights are required to install modules/i, /Zum Installieren von Modulen in [^\r\n]{0,300}?sind Administratorrechte erforderlich/i],
    title: { en: 'Installing the module needs administrator rights', de: 'Die Modulinstallation braucht Administratorrechte' },
    meaning: {
      en: '`Install-Module` tried to install for all users, which needs a PowerShell started as administrator.',
      de: '`Install-Module` wollte für alle Benutzer installieren; dafür muss PowerShell als Administrator gestartet sein.',
    },
    causes: [
      {
        en: 'PowerShell was not started as administrator.',
        de: 'PowerShell wurde nicht als Administrator gestartet.',
      },
    ],
    fix: {
      en: 'Install the module for your own user only, or start PowerShell as administrator and run the command again.',
      de: 'Installieren Sie das Modul nur für Ihren eigenen Benutzer, oder starten Sie PowerShell als Administrator und führen Sie den Befehl erneut aus.',
    },
    commands: ['Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser'],
    links: ['connect'],
    samples: [
      "Install-Module : Administrator rights are required to install modules in 'C:\\Program Files\\WindowsPowerShell\\Modules'. Log on to the computer with an account that has Administrator rights, and then try again, or install 'C:\\Users\\admin\\Documents\\WindowsPowerShell\\Modules' by adding \"-Scope CurrentUser\" to your command.",
    ],
  },
  {
    id: 'ps-scripts-disabled',
    source: 'powershell',
    code: 'running scripts is disabled on this system',
    key: 'running scripts is disabled on this system',
    matchers: [/running scripts is disabled on this system/i, /Ausführung von Skripts auf diesem System deaktiviert/i],
    title: { en: 'PowerShell does not run scripts', de: 'PowerShell führt keine Skripts aus' },
    meaning: {
      en: 'The execution policy of this computer blocks scripts, and the ExchangeOnlineManagement module needs them to load.',
      de: 'Die Ausführungsrichtlinie dieses Computers blockiert Skripts, und das Modul ExchangeOnlineManagement braucht sie zum Laden.',
    },
    causes: [
      {
        en: 'The execution policy is Restricted (the Windows default on client computers).',
        de: 'Die Ausführungsrichtlinie steht auf Restricted (die Windows-Voreinstellung auf Client-Computern).',
      },
    ],
    fix: {
      en: 'Allow signed and local scripts for your user, then load the module again.',
      de: 'Erlauben Sie signierte und lokale Skripts für Ihren Benutzer und laden Sie das Modul dann erneut.',
    },
    commands: ['Set-ExecutionPolicy -ExecutionPolicy RemoteSigned -Scope CurrentUser', 'Import-Module ExchangeOnlineManagement'],
    links: ['connect'],
    samples: [
      'Import-Module : File C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\3.5.0\\netFramework\\ExchangeOnlineManagement.psm1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.',
      'Import-Module : Die Datei "C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\3.5.0\\netFramework\\ExchangeOnlineManagement.psm1" kann nicht geladen werden, da die Ausführung von Skripts auf diesem System deaktiviert ist.',
    ],
  },
];

const BY_ID = new Map(ERRORS.map((e) => [e.id, e]));

export function errorById(id: string): ErrorEntry | undefined {
  return BY_ID.get(id);
}
