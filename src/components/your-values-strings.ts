/** Strings of the "Your values" summary on every guide page; the German object has the English shape. */
import type { Locale } from '../data/microsoft';

const en = {
  title: 'Your values',
  none: 'none entered yet',
  count: { one: '{n} entered', other: '{n} entered' },
  notSet: 'not entered yet',
  invalid: '(not valid)',
  enterOn: 'Enter on: {page}',
  changeOn: 'Change on: {page}',
  on: 'on',
  off: 'off',
  copySetup: 'Copy link to this setup',
  setupCopied: 'Link to the guide with your values copied. It never holds a client secret.',
  forget: 'Forget my values',
  forgotten: 'Your values are removed from this page and its address. Pages you opened before keep theirs in this tab’s history until you close the tab.',
  copyFailed: 'Could not copy. Select the address in the address bar and copy it by hand.',
  carried: 'The values go with you to every page of this site you open from here, in the page address only: nothing is stored.',
};

export type YourValuesStrings = typeof en;

const de: YourValuesStrings = {
  title: 'Ihre Werte',
  none: 'noch keine eingegeben',
  count: { one: '{n} eingegeben', other: '{n} eingegeben' },
  notSet: 'noch nicht eingegeben',
  invalid: '(ungültig)',
  enterOn: 'Eingeben auf: {page}',
  changeOn: 'Ändern auf: {page}',
  on: 'an',
  off: 'aus',
  copySetup: 'Link zu dieser Einrichtung kopieren',
  setupCopied: 'Link zur Anleitung mit Ihren Werten kopiert. Er enthält nie einen geheimen Clientschlüssel.',
  forget: 'Meine Werte vergessen',
  forgotten: 'Ihre Werte sind von dieser Seite und aus ihrer Adresse entfernt. Zuvor geöffnete Seiten behalten ihre im Verlauf dieses Tabs, bis Sie den Tab schließen.',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie die Adresse in der Adresszeile und kopieren Sie sie von Hand.',
  carried: 'Die Werte gehen auf jede Seite dieser Website mit, die Sie von hier aus öffnen, und zwar nur in der Seitenadresse: Nichts wird gespeichert.',
};

export const STRINGS: Record<Locale, YourValuesStrings> = { en, de };

/** Where each value is entered in the guide: the page and the tool's section. */
export const ENTERED_AT: Readonly<Record<string, { page: string; tool: string }>> = {
  url: { page: 'microsoft-app-registration/app-registration', tool: 'redirect-uri' },
  tenant: { page: 'microsoft-app-registration/app-registration', tool: 'admin-consent' },
  app: { page: 'microsoft-app-registration/app-registration', tool: 'admin-consent' },
  name: { page: 'microsoft-app-registration/app-registration', tool: 'setup-script' },
  ruri: { page: 'microsoft-app-registration/app-registration', tool: 'redirect-uri' },
  obj: { page: 'microsoft-app-registration/service-principal', tool: 'powershell' },
  sp: { page: 'microsoft-app-registration/service-principal', tool: 'powershell' },
  mb: { page: 'microsoft-app-registration/service-principal', tool: 'powershell' },
  smtp: { page: 'microsoft-app-registration/service-principal', tool: 'powershell' },
  sendas: { page: 'microsoft-app-registration/service-principal', tool: 'powershell' },
  verify: { page: 'microsoft-app-registration/service-principal', tool: 'powershell' },
  exp: { page: 'microsoft-app-registration/notes', tool: 'secret-reminder' },
  err: { page: 'microsoft-app-registration/troubleshooting', tool: 'error-decoder' },
  from: { page: 'microsoft-app-registration/connection-test', tool: 'connection-test' },
  to: { page: 'microsoft-app-registration/connection-test', tool: 'connection-test' },
};

/** The values every guide page lists, set or not; the others appear once set. */
export const CORE_KEYS = ['url', 'tenant', 'app', 'obj', 'mb'] as const;
