/**
 * Strings of the guide's own components (permission tables, connection diagram).
 * The German object is typed as the English shape, so a missing translation is a
 * type error.
 */
import type { Feature, Locale, PermissionType, Reach } from '../data/microsoft';

const en = {
  permissions: {
    caption: 'The eight permissions of the app registration',
    name: 'Permission and ID',
    purpose: 'What teamspace uses it for, and how far it reaches',
    features: 'Needed for',
    reachLabel: 'Reach:',
    reach: {
      grantedMailboxes: 'only the mailboxes you grant the service principal in step 2.',
      allCalendarsUnlessScoped:
        'every calendar in your tenant, unless you restrict it to chosen mailboxes in Exchange Online (RBAC for Applications).',
      tenantWide: 'your whole tenant; this permission cannot be restricted to a part of it.',
      signedInUser: 'only the user who signs in to teamspace with Microsoft.',
    } satisfies Record<Reach, string>,
    type: { Role: 'Application', Scope: 'Delegated' } satisfies Record<PermissionType, string>,
    feature: {
      imap: 'Receiving email (IMAP)',
      smtp: 'Sending email (SMTP)',
      teamsAppointments: 'Teams appointments',
      callHistory: 'Teams call history',
      sso: 'Single sign-on',
      userLinking: 'Linking users',
    } satisfies Record<Feature, string>,
  },
  lookAlikes: {
    caption: 'Look-alike permissions that are wrong for this setup',
    name: 'Permission and ID',
    insteadOf: 'Mistaken for',
    why: 'Why it is wrong',
  },
  sources: {
    checkedOn: "Checked against Microsoft's documentation on {date}.",
  },
  diagram: {
    title: 'Who talks to whom',
    desc:
      'teamspace asks the Microsoft identity platform at login.microsoftonline.com for a token with its Application ID and client secret. With that token it signs in to Exchange Online over IMAP and SMTP and calls Microsoft Graph. For single sign-on only, the browser signs in at Microsoft and returns to teamspace at the redirect URI.',
    browser: ['Browser', 'single sign-on only'],
    identity: ['Microsoft identity platform', 'login.microsoftonline.com'],
    teamspace: ['teamspace', 'your installation'],
    exchange: ['Exchange Online', 'IMAP · SMTP'],
    graph: ['Microsoft Graph', 'calendar · calls · users'],
    legendLabel: 'The numbered connections',
    legend: [
      'teamspace sends the Application ID and the client secret to the token endpoint (client credentials flow; no user signs in).',
      'The token endpoint returns an access token. For mail the scope is {scope}.',
      'teamspace signs in to each mailbox over IMAP and SMTP with XOAUTH2 and that token.',
      'With a token for Microsoft Graph, teamspace creates Teams appointments in calendars, reads call records and reads users and domains.',
      'Single sign-on only: the browser signs the user in at login.microsoftonline.com …',
      '… and Microsoft sends the browser back to teamspace at the redirect URI, the installation URL + {path}.',
    ],
  },
};

export type GuideStrings = typeof en;

const de: GuideStrings = {
  permissions: {
    caption: 'Die acht Berechtigungen der App-Registrierung',
    name: 'Berechtigung und ID',
    purpose: 'Wofür teamspace sie verwendet, und wie weit sie reicht',
    features: 'Benötigt für',
    reachLabel: 'Reichweite:',
    reach: {
      grantedMailboxes: 'nur die Postfächer, die Sie dem Dienstprinzipal in Schritt 2 freigeben.',
      allCalendarsUnlessScoped:
        'jeder Kalender in Ihrem Mandanten, außer Sie beschränken sie in Exchange Online auf ausgewählte Postfächer (RBAC für Anwendungen).',
      tenantWide: 'Ihr ganzer Mandant; diese Berechtigung lässt sich nicht auf einen Teil davon beschränken.',
      signedInUser: 'nur der Benutzer, der sich mit Microsoft bei teamspace anmeldet.',
    },
    type: { Role: 'Anwendung', Scope: 'Delegiert' },
    feature: {
      imap: 'E-Mail-Empfang (IMAP)',
      smtp: 'E-Mail-Versand (SMTP)',
      teamsAppointments: 'Teams-Termine',
      callHistory: 'Teams-Anrufliste',
      sso: 'Single Sign-on',
      userLinking: 'Benutzerverknüpfung',
    },
  },
  lookAlikes: {
    caption: 'Ähnlich klingende Berechtigungen, die hier falsch sind',
    name: 'Berechtigung und ID',
    insteadOf: 'Verwechselt mit',
    why: 'Warum sie falsch ist',
  },
  sources: {
    checkedOn: 'Mit der Dokumentation von Microsoft abgeglichen am {date}.',
  },
  diagram: {
    title: 'Wer mit wem spricht',
    desc:
      'teamspace fordert bei der Microsoft Identity Platform unter login.microsoftonline.com mit Anwendungs-ID und geheimem Clientschlüssel ein Token an. Mit diesem Token meldet es sich per IMAP und SMTP bei Exchange Online an und ruft Microsoft Graph auf. Nur für Single Sign-on meldet sich der Browser bei Microsoft an und kehrt über die Umleitungs-URI zu teamspace zurück.',
    browser: ['Browser', 'nur Single Sign-on'],
    identity: ['Microsoft Identity Platform', 'login.microsoftonline.com'],
    teamspace: ['teamspace', 'Ihre Installation'],
    exchange: ['Exchange Online', 'IMAP · SMTP'],
    graph: ['Microsoft Graph', 'Kalender · Anrufe · Benutzer'],
    legendLabel: 'Die nummerierten Verbindungen',
    legend: [
      'teamspace sendet Anwendungs-ID und geheimen Clientschlüssel an den Token-Endpunkt (Client-Credentials-Flow; kein Benutzer meldet sich an).',
      'Der Token-Endpunkt gibt ein Zugriffstoken zurück. Für E-Mail lautet der Bereich (Scope) {scope}.',
      'teamspace meldet sich mit diesem Token per XOAUTH2 über IMAP und SMTP an jedem Postfach an.',
      'Mit einem Token für Microsoft Graph legt teamspace Teams-Termine in Kalendern an, liest Anrufdatensätze und liest Benutzer und Domains.',
      'Nur Single Sign-on: Der Browser meldet den Benutzer bei login.microsoftonline.com an …',
      '… und Microsoft schickt den Browser über die Umleitungs-URI zu teamspace zurück: Installations-URL + {path}.',
    ],
  },
};

export const GUIDE: Record<Locale, GuideStrings> = { en, de };
