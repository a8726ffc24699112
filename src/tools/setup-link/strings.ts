/** Strings of the support page's setup link builder; the German object has the English shape. */
import type { Locale } from '../../data/microsoft';

const en = {
  title: 'The customer’s values',
  intro: 'Enter what you know of the customer’s setup; every field is optional and checked as in the tools. The links and e-mail texts below carry every valid value.',
  pending: 'Enter at least one value: the links and e-mail texts appear here.',
  fixFirst: 'Correct the marked fields first: {fields}. The links are made once every filled field is valid.',
  overviewHeading: 'One link for the whole setup',
  overviewHint: 'Opens the guide overview; every step the customer opens from there is filled with these values.',
  copyOverview: 'Copy link to the whole setup',
  /** The frame's own "Copy link": this form with the values, for a colleague in support. */
  copyFormLink: 'Copy link to this form',
  overviewCopied: 'Link to the whole setup copied.',
  stepsHeading: 'Links to single steps',
  toolsHeading: 'Links to single tools',
  emailHeading: { en: 'E-mail text in English', de: 'E-mail text in German' },
  copyEmail: { en: 'Copy English e-mail text', de: 'Copy German e-mail text' },
  emailCopied: { en: 'English e-mail text copied.', de: 'German e-mail text copied.' },
};

export type SetupLinkStrings = typeof en;

const de: SetupLinkStrings = {
  title: 'Die Werte des Kunden',
  intro: 'Geben Sie ein, was Sie von der Einrichtung des Kunden wissen; jedes Feld ist optional und wird wie in den Werkzeugen geprüft. Die Links und E-Mail-Texte unten enthalten jeden gültigen Wert.',
  pending: 'Geben Sie mindestens einen Wert ein: Die Links und E-Mail-Texte erscheinen dann hier.',
  fixFirst: 'Korrigieren Sie zuerst die markierten Felder: {fields}. Die Links entstehen, sobald jedes ausgefüllte Feld gültig ist.',
  overviewHeading: 'Ein Link für die ganze Einrichtung',
  overviewHint: 'Öffnet die Übersicht der Anleitung; jeder Schritt, den der Kunde von dort öffnet, ist mit diesen Werten ausgefüllt.',
  copyOverview: 'Link zur ganzen Einrichtung kopieren',
  copyFormLink: 'Link zu diesem Formular kopieren',
  overviewCopied: 'Link zur ganzen Einrichtung kopiert.',
  stepsHeading: 'Links zu einzelnen Schritten',
  toolsHeading: 'Links zu einzelnen Werkzeugen',
  emailHeading: { en: 'E-Mail-Text auf Englisch', de: 'E-Mail-Text auf Deutsch' },
  copyEmail: { en: 'Englischen E-Mail-Text kopieren', de: 'Deutschen E-Mail-Text kopieren' },
  emailCopied: { en: 'Englischer E-Mail-Text kopiert.', de: 'Deutscher E-Mail-Text kopiert.' },
};

export const STRINGS: Record<Locale, SetupLinkStrings> = { en, de };

/**
 * The e-mail to the customer, in each language (both are offered on both pages: support
 * writes in the customer's language). `{link}` is the overview link in that language.
 */
export const EMAILS: Record<Locale, string> = {
  en: `Hello,

the link below opens our guide to connecting teamspace with Microsoft 365. The values we already know of your setup are filled in on every step:

{link}

Follow the steps in order: each page you open from there keeps the values. The link holds no client secret. Please never send us your client secret; it belongs only in teamspace.

Kind regards`,
  de: `Guten Tag,

der folgende Link öffnet unsere Anleitung zur Verbindung von teamspace mit Microsoft 365. Die Werte Ihrer Einrichtung, die wir schon kennen, sind auf jedem Schritt eingetragen:

{link}

Gehen Sie die Schritte der Reihe nach durch: Jede Seite, die Sie von dort öffnen, behält die Werte. Der Link enthält keinen geheimen Clientschlüssel. Bitte senden Sie uns Ihren geheimen Clientschlüssel nie; er gehört nur in teamspace.

Mit freundlichen Grüßen`,
};
