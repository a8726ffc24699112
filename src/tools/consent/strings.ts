/** Strings of the admin-consent link; the German object has the English shape. */
import type { Locale } from '../../data/microsoft';

const en = {
  title: 'Admin consent by link',
  intro:
    'Instead of the "Grant admin consent" button you can open Microsoft\'s admin-consent page for this app. Sign in there as an administrator of the directory and accept the permissions: the result is the same as with the button.',
  tenantLabel: 'Directory (tenant) ID',
  tenantHint: 'Overview of the app registration: Directory (tenant) ID, or a verified domain of the tenant (e.g. contoso.onmicrosoft.com).',
  appLabel: 'Application (client) ID',
  appHint: 'Overview of the app registration: Application (client) ID.',
  linkLabel: 'Admin-consent link',
  tenantPlaceholder: '{Directory ID}',
  appPlaceholder: '{Application ID}',
  missing: 'Enter the Directory ID and the Application ID to get the link.',
  opensInNewTab: '(opens Microsoft\'s sign-in page in a new tab)',
  copy: 'Copy admin-consent link',
  after:
    'After you accept, Microsoft sends you to the redirect URI of the app, that is your teamspace. Whatever teamspace shows there, the consent is recorded: under "API permissions" every permission should now say "Granted".',
  ready: 'Admin-consent link ready: {url}',
};

export type ConsentStrings = typeof en;

const de: ConsentStrings = {
  title: 'Administratorzustimmung per Link',
  intro:
    'Statt über die Schaltfläche „Administratorzustimmung erteilen“ können Sie die Zustimmungsseite von Microsoft für diese App öffnen. Melden Sie sich dort als Administrator des Verzeichnisses an und akzeptieren Sie die Berechtigungen: Das Ergebnis ist dasselbe wie mit der Schaltfläche.',
  tenantLabel: 'Verzeichnis-ID (Mandant)',
  tenantHint: 'Übersicht der App-Registrierung: Verzeichnis-ID (Mandant) oder eine verifizierte Domain des Mandanten (z. B. contoso.onmicrosoft.com).',
  appLabel: 'Anwendungs-ID (Client)',
  appHint: 'Übersicht der App-Registrierung: Anwendungs-ID (Client).',
  linkLabel: 'Link zur Administratorzustimmung',
  tenantPlaceholder: '{Verzeichnis-ID}',
  appPlaceholder: '{Anwendungs-ID}',
  missing: 'Geben Sie die Verzeichnis-ID und die Anwendungs-ID ein, um den Link zu erhalten.',
  opensInNewTab: '(öffnet die Anmeldeseite von Microsoft in einem neuen Tab)',
  copy: 'Zustimmungslink kopieren',
  after:
    'Nach der Zustimmung leitet Microsoft Sie zur Umleitungs-URI der App weiter, also zu Ihrem teamspace. Was teamspace dort auch anzeigt, die Zustimmung ist erfasst: Unter „API-Berechtigungen“ sollte nun bei jeder Berechtigung „Gewährt“ stehen.',
  ready: 'Link zur Administratorzustimmung bereit: {url}',
};

export const STRINGS: Record<Locale, ConsentStrings> = { en, de };
