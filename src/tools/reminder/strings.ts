/** Strings of the client-secret reminder (the tool and the calendar file it makes). */
import type { Locale } from '../../data/microsoft';
import { intlLocale } from '../../i18n/lang';
import type { CalendarText } from './calendar';
import type { ExpiryMessage } from './expiry';

const en = {
  title: 'Reminder before the client secret expires',
  intro:
    'The client secret stops working on its expiry date, and with it mail and Microsoft sign-in in teamspace. Put reminders into your calendar now: the file works in Outlook, Google Calendar, Apple Calendar and Thunderbird.',
  dateLabel: 'Expiry date of the client secret',
  dateHint: 'Shown in Entra under Certificates & secrets, column "Expires". Copy it as shown, e.g. 12/1/2027, Dec 1, 2027, 2027-12-01 or 1.12.2027.',
  understood: 'Understood as {date}.',
  remindLabel: 'Remind me before the date',
  remindHint: 'Each reminder is an all-day entry with an alarm at 09:00 the day before. An entry on the expiry day itself is always included.',
  dayOption: { one: '{n} day before', other: '{n} days before' },
  download: 'Download calendar file (.ics)',
  summary: { one: 'The file will hold one entry: {dates}.', other: 'The file will hold {n} entries: {dates}.' },
  skipped: 'Left out because the date has passed: {days} days before.',
  needDate: 'Enter the expiry date to make the calendar file.',
  downloaded: 'Calendar file downloaded: {name}. Open it to add the entries to your calendar.',
  noOffsets: 'No reminder chosen: the file holds only the entry on the expiry day.',
  fileFailed: 'The calendar file could not be made from these values. Check the expiry date and the reminders chosen.',
  fileCharacter: 'The calendar file could not be made: a text holds {char}, which a calendar file cannot carry.',
  messages: {
    required: 'Required.',
    dateFormat: 'Not a date this tool can read. Use one of 12/1/2027 (month first), Dec 1, 2027, 2027-12-01 or 1.12.2027 (day first).',
    dateInvalid: 'This date does not exist. Check day and month.',
    dateMonthFirst: 'With slashes the month comes first, as Entra shows it in US English: 12/1/2027 is 1 December 2027. This is not a date that way; for day first, write 1.12.2027.',
    datePast: 'This date has passed: the secret has expired. Create a new client secret in Entra now and store its Value in teamspace.',
    dateToday: 'The secret expires today. Create a new one now and store its Value in teamspace.',
  } satisfies Record<ExpiryMessage, string>,
  calendar: {
    summaryAhead: { one: 'teamspace: Microsoft client secret expires in {n} day', other: 'teamspace: Microsoft client secret expires in {n} days' },
    summaryDay: 'teamspace: Microsoft client secret expires today',
    description: [
      'The client secret of the Microsoft app registration that teamspace uses ({app}) expires on {date}. From then on teamspace can no longer sign in to Microsoft 365: mail is no longer received or sent, and Microsoft sign-in fails.',
      '',
      'Before that date:',
      '1. Microsoft Entra admin center > App registrations > your app > Certificates & secrets > New client secret.',
      '2. Copy the Value of the new secret right away (not the Secret ID): Entra shows it only once.',
      '3. In teamspace, open Configuration > General > Interfaces, open the interface "Your own Microsoft app registration", paste the Value as the application key and save.',
      '4. When mail arrives again, delete the old secret in Entra.',
      '',
      'Guide: {guide}',
    ].join('\n'),
    alarmAhead: {
      one: 'The Microsoft client secret for teamspace expires in {n} day: create a new one and store it in teamspace.',
      other: 'The Microsoft client secret for teamspace expires in {n} days: create a new one and store it in teamspace.',
    },
    alarmDay: 'The Microsoft client secret for teamspace expires today: create a new one and store it in teamspace.',
    appUnknown: 'see App registrations in Entra',
    appKnown: 'Application ID {app}',
    dateLocale: intlLocale('en'),
  } satisfies CalendarText,
};

export type ReminderStrings = typeof en;

const de: ReminderStrings = {
  title: 'Erinnerung vor dem Ablauf des geheimen Clientschlüssels',
  intro:
    'Der geheime Clientschlüssel funktioniert ab seinem Ablaufdatum nicht mehr, und mit ihm E-Mail und Microsoft-Anmeldung in teamspace. Tragen Sie sich jetzt Erinnerungen in den Kalender ein: Die Datei funktioniert in Outlook, Google Kalender, Apple Kalender und Thunderbird.',
  dateLabel: 'Ablaufdatum des geheimen Clientschlüssels',
  dateHint: 'Steht in Entra unter „Zertifikate & Geheimnisse“, Spalte „Läuft ab“. Übernehmen Sie es, wie es dort steht, z. B. 1.12.2027, 01.12.2027, 2027-12-01 oder 12/1/2027 (Monat zuerst).',
  understood: 'Verstanden als {date}.',
  remindLabel: 'Vor dem Datum erinnern',
  remindHint: 'Jede Erinnerung ist ein ganztägiger Eintrag mit einem Alarm um 9:00 Uhr am Vortag. Ein Eintrag am Ablauftag selbst ist immer dabei.',
  dayOption: { one: '{n} Tag vorher', other: '{n} Tage vorher' },
  download: 'Kalenderdatei herunterladen (.ics)',
  summary: { one: 'Die Datei enthält einen Eintrag: {dates}.', other: 'Die Datei enthält {n} Einträge: {dates}.' },
  skipped: 'Weggelassen, weil das Datum vorbei ist: {days} Tage vorher.',
  needDate: 'Geben Sie das Ablaufdatum ein, um die Kalenderdatei zu erstellen.',
  downloaded: 'Kalenderdatei heruntergeladen: {name}. Öffnen Sie sie, um die Einträge in Ihren Kalender zu übernehmen.',
  noOffsets: 'Keine Erinnerung gewählt: Die Datei enthält nur den Eintrag am Ablauftag.',
  fileFailed: 'Aus diesen Angaben lässt sich keine Kalenderdatei erstellen. Prüfen Sie das Ablaufdatum und die gewählten Erinnerungen.',
  fileCharacter: 'Die Kalenderdatei lässt sich nicht erstellen: Ein Text enthält {char}, das eine Kalenderdatei nicht aufnehmen kann.',
  messages: {
    required: 'Pflichtfeld.',
    dateFormat: 'Kein Datum, das dieses Werkzeug lesen kann. Verwenden Sie 1.12.2027 (Tag zuerst), 1. Dezember 2027, 2027-12-01 oder 12/1/2027 (Monat zuerst).',
    dateInvalid: 'Dieses Datum gibt es nicht. Prüfen Sie Tag und Monat.',
    dateMonthFirst: 'Mit Schrägstrichen steht der Monat vorn, wie Entra es auf US-Englisch zeigt: 12/1/2027 ist der 1. Dezember 2027. So gelesen ist dies kein Datum; mit dem Tag zuerst schreiben Sie 1.12.2027.',
    datePast: 'Dieses Datum ist vorbei: Der Schlüssel ist abgelaufen. Erstellen Sie jetzt in Entra einen neuen geheimen Clientschlüssel und hinterlegen Sie seinen Wert in teamspace.',
    dateToday: 'Der Schlüssel läuft heute ab. Erstellen Sie jetzt einen neuen und hinterlegen Sie seinen Wert in teamspace.',
  },
  calendar: {
    summaryAhead: { one: 'teamspace: Microsoft-Clientschlüssel läuft in {n} Tag ab', other: 'teamspace: Microsoft-Clientschlüssel läuft in {n} Tagen ab' },
    summaryDay: 'teamspace: Microsoft-Clientschlüssel läuft heute ab',
    description: [
      'Der geheime Clientschlüssel der Microsoft-App-Registrierung, die teamspace nutzt ({app}), läuft am {date} ab. Danach kann sich teamspace nicht mehr bei Microsoft 365 anmelden: E-Mails werden weder empfangen noch versendet, und die Microsoft-Anmeldung schlägt fehl.',
      '',
      'Vor diesem Datum:',
      '1. Microsoft Entra Admin Center > App-Registrierungen > Ihre App > Zertifikate & Geheimnisse > Neuer geheimer Clientschlüssel.',
      '2. Kopieren Sie sofort den Wert des neuen Schlüssels (nicht die geheime ID): Entra zeigt ihn nur einmal an.',
      '3. Öffnen Sie in teamspace Konfiguration > Allgemein > Schnittstellen die Schnittstelle „Eigene Microsoft-App-Registrierung“, fügen Sie den Wert als Anwendungsschlüssel ein und speichern Sie.',
      '4. Sobald wieder E-Mails ankommen, löschen Sie den alten Schlüssel in Entra.',
      '',
      'Anleitung: {guide}',
    ].join('\n'),
    alarmAhead: {
      one: 'Der Microsoft-Clientschlüssel für teamspace läuft in {n} Tag ab: Erstellen Sie einen neuen und hinterlegen Sie ihn in teamspace.',
      other: 'Der Microsoft-Clientschlüssel für teamspace läuft in {n} Tagen ab: Erstellen Sie einen neuen und hinterlegen Sie ihn in teamspace.',
    },
    alarmDay: 'Der Microsoft-Clientschlüssel für teamspace läuft heute ab: Erstellen Sie einen neuen und hinterlegen Sie ihn in teamspace.',
    appUnknown: 'siehe App-Registrierungen in Entra',
    appKnown: 'Anwendungs-ID {app}',
    dateLocale: intlLocale('de'),
  },
};

export const STRINGS: Record<Locale, ReminderStrings> = { en, de };
