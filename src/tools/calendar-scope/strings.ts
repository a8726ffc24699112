/** Strings of the calendar scoping commands (RBAC for Applications), per locale. */
import type { Locale } from '../../data/microsoft';
import type { CalendarScopeText } from './script';

/** The tool's own messages; the shared ones (required, guid, ...) come from src/i18n/ui.ts. */
export type CalendarScopeMessage = 'mailbox' | 'unsafe' | 'nameLong';

/** The tool's texts; the script's texts (CalendarScopeText) are part of them. */
export interface CalendarScopeStrings extends CalendarScopeText {
  title: string;
  intro: string;
  appLabel: string;
  appHint: string;
  byLegend: string;
  by: { mailboxes: string; group: string; attribute: string };
  mailboxesLabel: string;
  mailboxesHint: string;
  groupLabel: string;
  groupHint: string;
  attributeLabel: string;
  attributeValueLabel: string;
  attributeValueHint: string;
  checkLabel: string;
  checkHint: string;
  nameLabel: string;
  nameHint: string;
  scriptLabel: string;
  /** After the commands when long lines are shown shortened. */
  shownCut: string;
  copy: string;
  download: string;
  fileName: string;
  fixFirst: string;
  afterwards: string;
  messages: Record<CalendarScopeMessage, string>;
}

export const STRINGS: Record<Locale, CalendarScopeStrings> = {
  en: {
    title: 'Restrict Calendars.ReadWrite to chosen mailboxes',
    intro:
      'Calendars.ReadWrite (application) opens every calendar in the tenant. These Exchange Online commands (RBAC for Applications) allow it for the chosen mailboxes only: a management scope, a role assignment for the app, and a check per mailbox. Running them again creates nothing twice: what exists is found and kept.',
    appLabel: 'Application (client) ID',
    appHint: 'From the overview of the app registration (step 1).',
    byLegend: 'Which mailboxes may the app use?',
    by: { mailboxes: 'These mailboxes', group: 'Members of a group', attribute: 'Mailboxes with a custom attribute value' },
    mailboxesLabel: 'Mailboxes',
    mailboxesHint: 'Separate addresses with commas or line breaks, e.g. info@contoso.com, support@contoso.com',
    groupLabel: 'Distinguished name of the group',
    groupHint: 'Direct members only (not nested groups). Get-Group <name> | Select-Object DistinguishedName shows it.',
    attributeLabel: 'Custom attribute',
    attributeValueLabel: 'Value of the custom attribute',
    attributeValueHint: 'Mailboxes whose attribute has exactly this value, e.g. teamspace.',
    checkLabel: 'Mailboxes to check (optional)',
    checkHint: 'Test-ServicePrincipalAuthorization runs for each; name one inside and one outside the scope.',
    nameLabel: 'Name of the management scope (optional)',
    nameHint: 'At most 64 characters; default: teamspace calendars.',
    scriptLabel: 'Generated commands',
    shownCut: 'Long lines are shortened here (… marks the cut): Copy commands and Download commands (.ps1) give the whole script.',
    copy: 'Copy commands',
    download: 'Download commands (.ps1)',
    fileName: 'teamspace-calendar-scope.ps1',
    fixFirst: 'Fix the marked fields first: until then the commands are incomplete.',
    afterwards:
      'Afterwards remove the Calendars.ReadWrite permission from the app registration in Entra (API permissions): RBAC for Applications adds to what Entra grants, it does not narrow it.',
    messages: {
      mailbox: 'At least one entry is not an email address. Separate addresses with commas, e.g. info@contoso.com, support@contoso.com',
      unsafe: 'Contains control characters or line breaks. Type or paste the value again.',
      nameLong: 'Too long: at most 64 characters.',
    },
    header: [
      'teamspace: restrict Calendars.ReadWrite (application) to chosen mailboxes with Exchange Online RBAC for Applications.',
      'Run as an Exchange administrator, after step 2 (the service principal must exist in Exchange Online).',
    ],
    notFound: 'No single Exchange service principal has this Application ID: create it first (step 2). Nothing was changed.',
    scopeCreated: 'Management scope "{0}" created.',
    scopeExists: 'Management scope "{0}" exists: kept as it is. The check below shows which mailboxes it covers; to change them, run Set-ManagementScope -Identity $scopeName -RecipientRestrictionFilter $filter with the values at the top of these commands.',
    assignmentCreated: 'Role assignment "{0}" created: Application Calendars.ReadWrite for the app, limited to the scope.',
    assignmentExists: 'Role assignment "{0}" exists: kept.',
    checkHeading: 'Check: InScope must be True for the chosen mailboxes and False for the others.',
    removeGrant: [
      'Scoped. Now remove the unscoped Calendars.ReadWrite permission of the app in Entra (API permissions):',
      'RBAC for Applications adds to the Entra grant, it does not narrow it. Changes can take 30 minutes to 2 hours.',
    ],
  },
  de: {
    title: 'Calendars.ReadWrite auf ausgewählte Postfächer beschränken',
    intro:
      'Calendars.ReadWrite (Anwendung) öffnet jeden Kalender im Mandanten. Diese Exchange-Online-Befehle (rollenbasierte Zugriffssteuerung für Anwendungen) erlauben es nur für die ausgewählten Postfächer: ein Verwaltungsbereich, eine Rollenzuweisung für die App und eine Prüfung je Postfach. Ein erneuter Lauf legt nichts doppelt an: Vorhandenes wird gefunden und beibehalten.',
    appLabel: 'Anwendungs-ID (Client)',
    appHint: 'Aus der Übersicht der App-Registrierung (Schritt 1).',
    byLegend: 'Welche Postfächer darf die App nutzen?',
    by: { mailboxes: 'Diese Postfächer', group: 'Mitglieder einer Gruppe', attribute: 'Postfächer mit einem Wert eines benutzerdefinierten Attributs' },
    mailboxesLabel: 'Postfächer',
    mailboxesHint: 'Adressen durch Kommas oder Zeilenumbrüche trennen, z. B. info@contoso.com, support@contoso.com',
    groupLabel: 'Distinguished Name der Gruppe',
    groupHint: 'Nur direkte Mitglieder (keine verschachtelten Gruppen). Get-Group <Name> | Select-Object DistinguishedName zeigt ihn.',
    attributeLabel: 'Benutzerdefiniertes Attribut',
    attributeValueLabel: 'Wert des benutzerdefinierten Attributs',
    attributeValueHint: 'Postfächer, deren Attribut genau diesen Wert hat, z. B. teamspace.',
    checkLabel: 'Zu prüfende Postfächer (optional)',
    checkHint: 'Test-ServicePrincipalAuthorization läuft für jedes; nennen Sie eines innerhalb und eines außerhalb des Bereichs.',
    nameLabel: 'Name des Verwaltungsbereichs (optional)',
    nameHint: 'Höchstens 64 Zeichen; Standard: teamspace calendars.',
    scriptLabel: 'Erzeugte Befehle',
    shownCut: 'Lange Zeilen sind hier gekürzt (… markiert die Stelle): „Befehle kopieren“ und „Befehle herunterladen (.ps1)“ liefern das ganze Skript.',
    copy: 'Befehle kopieren',
    download: 'Befehle herunterladen (.ps1)',
    fileName: 'teamspace-calendar-scope.ps1',
    fixFirst: 'Korrigieren Sie zuerst die markierten Felder: Bis dahin sind die Befehle unvollständig.',
    afterwards:
      'Entfernen Sie danach die Berechtigung Calendars.ReadWrite aus der App-Registrierung in Entra (API-Berechtigungen): Die rollenbasierte Zugriffssteuerung für Anwendungen ergänzt, was Entra gewährt, sie schränkt es nicht ein.',
    messages: {
      mailbox: 'Mindestens ein Eintrag ist keine E-Mail-Adresse. Trennen Sie Adressen durch Kommas, z. B. info@contoso.com, support@contoso.com',
      unsafe: 'Enthält Steuerzeichen oder Zeilenumbrüche. Geben Sie den Wert erneut ein oder fügen Sie ihn erneut ein.',
      nameLong: 'Zu lang: höchstens 64 Zeichen.',
    },
    header: [
      'teamspace: Calendars.ReadWrite (Anwendung) mit der rollenbasierten Zugriffssteuerung für Anwendungen in Exchange Online auf ausgewählte Postfächer beschränken.',
      'Als Exchange-Administrator ausführen, nach Schritt 2 (der Dienstprinzipal muss in Exchange Online existieren).',
    ],
    notFound: 'Kein einzelner Exchange-Dienstprinzipal hat diese Anwendungs-ID: Legen Sie ihn zuerst an (Schritt 2). Es wurde nichts geändert.',
    scopeCreated: 'Verwaltungsbereich „{0}“ angelegt.',
    scopeExists: 'Verwaltungsbereich „{0}“ existiert: unverändert beibehalten. Die Prüfung unten zeigt, welche Postfächer er umfasst; um sie zu ändern, führen Sie Set-ManagementScope -Identity $scopeName -RecipientRestrictionFilter $filter mit den Werten oben in diesen Befehlen aus.',
    assignmentCreated: 'Rollenzuweisung „{0}“ angelegt: Application Calendars.ReadWrite für die App, auf den Bereich beschränkt.',
    assignmentExists: 'Rollenzuweisung „{0}“ existiert: beibehalten.',
    checkHeading: 'Prüfung: InScope muss für die ausgewählten Postfächer True sein und für die anderen False.',
    removeGrant: [
      'Eingeschränkt. Entfernen Sie jetzt die uneingeschränkte Berechtigung Calendars.ReadWrite der App in Entra (API-Berechtigungen):',
      'Die rollenbasierte Zugriffssteuerung für Anwendungen ergänzt die Entra-Berechtigung, sie schränkt sie nicht ein. Änderungen können 30 Minuten bis 2 Stunden brauchen.',
    ],
  },
};
