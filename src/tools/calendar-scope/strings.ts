/** Strings of the calendar scoping commands (RBAC for Applications), per locale. */
import type { Locale } from '../../data/microsoft';
import type { CalendarScopeText } from './script';

export const STRINGS: Record<Locale, CalendarScopeText> = {
  en: {
    header: [
      'teamspace: restrict Calendars.ReadWrite (application) to chosen mailboxes with Exchange Online RBAC for Applications.',
      'Run as an Exchange administrator, after step 2 (the service principal must exist in Exchange Online).',
    ],
    notFound: 'No single Exchange service principal has this Application ID: create it first (step 2). Nothing was changed.',
    checkHeading: 'Check: InScope must be True for the chosen mailboxes and False for the others.',
    removeGrant: [
      'Scoped. Now remove the unscoped Calendars.ReadWrite permission of the app in Entra (API permissions):',
      'RBAC for Applications adds to the Entra grant, it does not narrow it. Changes can take 30 minutes to 2 hours.',
    ],
  },
  de: {
    header: [
      'teamspace: Calendars.ReadWrite (Anwendung) mit der rollenbasierten Zugriffssteuerung für Anwendungen in Exchange Online auf ausgewählte Postfächer beschränken.',
      'Als Exchange-Administrator ausführen, nach Schritt 2 (der Dienstprinzipal muss in Exchange Online existieren).',
    ],
    notFound: 'Kein einzelner Exchange-Dienstprinzipal hat diese Anwendungs-ID: Legen Sie ihn zuerst an (Schritt 2). Es wurde nichts geändert.',
    checkHeading: 'Prüfung: InScope muss für die ausgewählten Postfächer True sein und für die anderen False.',
    removeGrant: [
      'Eingeschränkt. Entfernen Sie jetzt die uneingeschränkte Berechtigung Calendars.ReadWrite der App in Entra (API-Berechtigungen):',
      'Die rollenbasierte Zugriffssteuerung für Anwendungen ergänzt die Entra-Berechtigung, sie schränkt sie nicht ein. Änderungen können 30 Minuten bis 2 Stunden brauchen.',
    ],
  },
};
