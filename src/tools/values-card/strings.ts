/** Strings of the step-4 values card; the German object has the English shape. */
import type { Locale } from '../../data/microsoft';

const en = {
  title: 'Your values for teamspace',
  intro:
    'Enter the two IDs from the overview of your app registration (or open the link support sent you). The card shows what goes into each field of the teamspace interface.',
  appLabel: 'Application (client) ID',
  tenantLabel: 'Directory (tenant) ID',
  cardHeading: 'Fields of the interface "Your own Microsoft app registration"',
  fields: {
    applicationId: 'Application ID',
    directoryId: 'Directory ID',
    applicationKey: 'Application key',
  },
  placeholders: {
    applicationId: '{Application ID}',
    directoryId: '{Directory ID}',
  },
  missing: 'Not entered yet.',
  filled: '{field} for teamspace: {value}',
  invalid: 'Not usable: {error}',
  copy: {
    applicationId: 'Copy Application ID',
    directoryId: 'Copy Directory ID',
  },
  directoryIdIsDomain:
    'This is the primary domain. teamspace asks for the Directory ID: the GUID from the overview of the app registration is the safe choice.',
  keyReminder:
    'The Value of the client secret (not its Secret ID). Entra shows it only once, right after you create the secret: copy it from there straight into teamspace. Never enter it on this site.',
};

export type ValuesCardStrings = typeof en;

const de: ValuesCardStrings = {
  title: 'Ihre Werte für teamspace',
  intro:
    'Geben Sie die beiden IDs aus der Übersicht Ihrer App-Registrierung ein (oder öffnen Sie den Link, den der Support Ihnen geschickt hat). Die Karte zeigt, was in welches Feld der teamspace-Schnittstelle gehört.',
  appLabel: 'Anwendungs-ID (Client)',
  tenantLabel: 'Verzeichnis-ID (Mandant)',
  cardHeading: 'Felder der Schnittstelle „Eigene Microsoft-App-Registrierung“',
  fields: {
    applicationId: 'Anwendungs-ID',
    directoryId: 'Verzeichnis-ID',
    applicationKey: 'Anwendungsschlüssel',
  },
  placeholders: {
    applicationId: '{Anwendungs-ID}',
    directoryId: '{Verzeichnis-ID}',
  },
  missing: 'Noch nicht eingegeben.',
  filled: '{field} für teamspace: {value}',
  invalid: 'Nicht verwendbar: {error}',
  copy: {
    applicationId: 'Anwendungs-ID kopieren',
    directoryId: 'Verzeichnis-ID kopieren',
  },
  directoryIdIsDomain:
    'Das ist die primäre Domain. teamspace fragt nach der Verzeichnis-ID: Die GUID aus der Übersicht der App-Registrierung ist die sichere Wahl.',
  keyReminder:
    'Der Wert („Value“) des geheimen Clientschlüssels (nicht seine geheime ID). Entra zeigt ihn nur einmal, direkt nach dem Anlegen: Kopieren Sie ihn von dort direkt in teamspace. Geben Sie ihn nie auf dieser Website ein.',
};

export const STRINGS: Record<Locale, ValuesCardStrings> = { en, de };
