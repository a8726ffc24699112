/**
 * Strings shared by every tool, per locale. Tool-specific strings live beside each
 * tool (src/tools/<tool>/strings.ts). The German object must have the same keys:
 * the type below makes a missing translation a type error.
 */
import { REDIRECT_PATH, type Locale } from '../data/microsoft';

const en = {
  privacy: 'Runs in your browser: nothing you enter leaves this page.',
  needsJs: 'This tool needs JavaScript. The guide around it works without.',
  copy: 'Copy',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Could not copy. Select the text and copy it by hand.',
  copyLink: 'Copy link',
  linkCopied: 'Link copied. It holds the values on this page; values that look like a secret are never part of it.',
  linkOmitted: 'Too long for a link and left out of it: {keys}. Send these values another way.',
  /** The end of a list that names its first entries only (see listSome). */
  andMore: '{list} and {n} more',
  download: 'Download',
  downloaded: 'Download started: {name}',
  secretRefused:
    'The link contained {keys}, which looks like a secret. A client secret must never be sent in a link, so it was ignored and removed from the address bar. Enter the secret only in teamspace.',
  validation: {
    required: 'Required.',
    secretValue:
      'This looks like a client secret; it belongs only in teamspace. It is not kept in the address bar, in links or anywhere on this site: remove it from this field.',
    guid: 'Not a GUID. Expected 8-4-4-4-12 hexadecimal digits, e.g. 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f.',
    guidBraces: 'Remove the curly braces around the GUID.',
    tenant: 'Enter the Directory (tenant) ID (a GUID) or the primary domain ending in .onmicrosoft.com.',
    tenantConsent: 'Enter the Directory (tenant) ID (a GUID) or a verified domain of your tenant, e.g. contoso.onmicrosoft.com or contoso.com.',
    tenantVerifiedDomain:
      'A custom domain works in the consent link if it is a verified domain of your tenant (Entra: Domain names). The other steps need the Directory (tenant) ID.',
    tenantCustomDomain:
      'This looks like a custom domain. Use the Directory (tenant) ID or the primary *.onmicrosoft.com domain (Entra: Overview > Primary domain).',
    objectEqualsApp:
      'This is the Application ID. New-ServicePrincipal needs the Object ID of the ENTERPRISE APPLICATION (Enterprise applications > your app > Overview). With a wrong Object ID, IMAP and SMTP sign-in fail.',
    flag: 'Use 1 (on) or 0 (off).',
    url: 'Not a web address. Enter the address of your teamspace installation, e.g. https://xyc.teamspace.de.',
    urlScheme: 'Use a web address starting with https:// (the address you open teamspace with).',
    urlSpace: 'Remove the space inside the address.',
    urlUserInfo: 'Remove the user name (the part before "@") from the address.',
    urlIsRedirectUri: `This is a redirect URI: read as the installation URL in front of ${REDIRECT_PATH}.`,
    urlHttp: 'Read as https://: Microsoft accepts plain http only for localhost, so teamspace must be reached over HTTPS.',
    urlIdn: 'Microsoft does not accept internationalised domain names: the host is used in its punycode form (xn--...).',
    urlIpHost: 'An IP address as host: it works only while the address and the certificate stay the same. A host name is safer.',
    redirectUriBroken: 'This redirect URI breaks at least one rule: see the findings below.',
    redirectUriWarning: 'This redirect URI works, but see the warnings below.',
    flagValue: 'The link set this option to "{value}". Use 1 (on) or 0 (off).',
    mailboxes: 'Not a mailbox address: {list}. Correct or remove it; it is left out until then.',
    charControl: 'The value contains {char} at position {position}, a control character. Delete it and type that part again.',
    charDirection:
      'The value contains {char} at position {position}, an invisible character that changes the direction of the text: what you see is not what would be used. Delete it (type the value instead of pasting it).',
    charInvisible: 'The value contains {char} at position {position}, an invisible character. Delete it (type the value instead of pasting it).',
    charBrokenUnicode: 'The value contains {char} at position {position}, half of a character (broken Unicode). Type that part again.',
    charNoncharacter: 'The value contains {char} at position {position}, which is not a character and is not allowed in XML. Delete it.',
  },
};

export type UiStrings = typeof en;

const de: UiStrings = {
  privacy: 'Läuft in Ihrem Browser: Nichts, was Sie eingeben, verlässt diese Seite.',
  needsJs: 'Dieses Werkzeug braucht JavaScript. Die Anleitung drumherum funktioniert auch ohne.',
  copy: 'Kopieren',
  copied: 'In die Zwischenablage kopiert.',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text und kopieren Sie ihn von Hand.',
  copyLink: 'Link kopieren',
  linkCopied: 'Link kopiert. Er enthält die Werte dieser Seite; Werte, die nach einem geheimen Schlüssel aussehen, gehören nie dazu.',
  linkOmitted: 'Zu lang für einen Link und darin weggelassen: {keys}. Senden Sie diese Werte auf anderem Weg.',
  andMore: '{list} und {n} weitere',
  download: 'Herunterladen',
  downloaded: 'Download gestartet: {name}',
  secretRefused:
    'Der Link enthielt {keys}, was nach einem geheimen Schlüssel aussieht. Ein geheimer Clientschlüssel darf nie in einem Link stehen; er wurde ignoriert und aus der Adresszeile entfernt. Geben Sie den Schlüssel nur in teamspace ein.',
  validation: {
    required: 'Pflichtfeld.',
    secretValue:
      'Das sieht nach einem geheimen Clientschlüssel aus; er gehört nur in teamspace. Er wird weder in der Adresszeile noch in Links oder sonst auf dieser Website gespeichert: Entfernen Sie ihn aus diesem Feld.',
    guid: 'Keine GUID. Erwartet werden 8-4-4-4-12 Hexadezimalziffern, z. B. 6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f.',
    guidBraces: 'Entfernen Sie die geschweiften Klammern um die GUID.',
    tenant: 'Geben Sie die Verzeichnis-ID (eine GUID) oder die primäre Domain mit der Endung .onmicrosoft.com ein.',
    tenantConsent: 'Geben Sie die Verzeichnis-ID (eine GUID) oder eine verifizierte Domain Ihres Mandanten ein, z. B. contoso.onmicrosoft.com oder contoso.de.',
    tenantVerifiedDomain:
      'Eine eigene Domain funktioniert im Zustimmungslink, wenn sie eine verifizierte Domain Ihres Mandanten ist (Entra: Domänennamen). Die anderen Schritte brauchen die Verzeichnis-ID.',
    tenantCustomDomain:
      'Das sieht nach einer eigenen Domain aus. Verwenden Sie die Verzeichnis-ID oder die primäre *.onmicrosoft.com-Domain (Entra: Übersicht > Primäre Domäne).',
    objectEqualsApp:
      'Das ist die Anwendungs-ID. New-ServicePrincipal braucht die Objekt-ID der UNTERNEHMENSANWENDUNG (Unternehmensanwendungen > Ihre App > Übersicht). Mit einer falschen Objekt-ID schlägt die IMAP- und SMTP-Anmeldung fehl.',
    flag: 'Verwenden Sie 1 (an) oder 0 (aus).',
    url: 'Keine Webadresse. Geben Sie die Adresse Ihrer teamspace-Installation ein, z. B. https://xyc.teamspace.de.',
    urlScheme: 'Verwenden Sie eine Webadresse, die mit https:// beginnt (die Adresse, unter der Sie teamspace öffnen).',
    urlSpace: 'Entfernen Sie das Leerzeichen in der Adresse.',
    urlUserInfo: 'Entfernen Sie den Benutzernamen (den Teil vor „@“) aus der Adresse.',
    urlIsRedirectUri: `Das ist eine Umleitungs-URI: Als Installations-URL gilt der Teil vor ${REDIRECT_PATH}.`,
    urlHttp: 'Als https:// gelesen: Microsoft erlaubt einfaches http nur für localhost, teamspace muss also über HTTPS erreichbar sein.',
    urlIdn: 'Microsoft akzeptiert keine internationalisierten Domainnamen: Der Host wird in seiner Punycode-Form (xn--...) verwendet.',
    urlIpHost: 'Eine IP-Adresse als Host: Das funktioniert nur, solange Adresse und Zertifikat gleich bleiben. Ein Hostname ist sicherer.',
    redirectUriBroken: 'Diese Umleitungs-URI verstößt gegen mindestens eine Regel: siehe die Ergebnisse unten.',
    redirectUriWarning: 'Diese Umleitungs-URI funktioniert, beachten Sie aber die Warnungen unten.',
    flagValue: 'Der Link setzt diese Option auf „{value}“. Verwenden Sie 1 (an) oder 0 (aus).',
    mailboxes: 'Keine Postfachadresse: {list}. Korrigieren oder entfernen Sie sie; bis dahin wird sie weggelassen.',
    charControl: 'Der Wert enthält an Position {position} das Steuerzeichen {char}. Löschen Sie es und tippen Sie diese Stelle neu.',
    charDirection:
      'Der Wert enthält an Position {position} {char}, ein unsichtbares Zeichen, das die Schreibrichtung ändert: Was Sie sehen, ist nicht das, was verwendet würde. Löschen Sie es (tippen Sie den Wert, statt ihn einzufügen).',
    charInvisible: 'Der Wert enthält an Position {position} {char}, ein unsichtbares Zeichen. Löschen Sie es (tippen Sie den Wert, statt ihn einzufügen).',
    charBrokenUnicode: 'Der Wert enthält an Position {position} {char}, ein halbes Zeichen (fehlerhaftes Unicode). Tippen Sie diese Stelle neu.',
    charNoncharacter: 'Der Wert enthält an Position {position} {char}; das ist kein Zeichen und in XML nicht erlaubt. Löschen Sie es.',
  },
};

export const UI: Record<Locale, UiStrings> = { en, de };

/** Replace {name} placeholders. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** At most this many entries of a list are named in a message; the rest are counted. */
export const LISTED = 10;

/**
 * The first `max` entries, joined with ", ", and "and N more" for the rest (template
 * `andMore`, {list} and {n}): a message about a pasted list of thousands stays short.
 */
export function listSome(items: readonly string[], andMore: string, max = LISTED): string {
  const shown = items.slice(0, max).join(', ');
  return items.length > max ? format(andMore, { list: shown, n: items.length - max }) : shown;
}

/** A count with its noun in the right form: {n} in the chosen form is replaced by the count. */
export interface PluralForms {
  one: string;
  other: string;
}
export function plural(forms: PluralForms, n: number, lang: string): string {
  const rule = cached(pluralRules, lang, () => new Intl.PluralRules(lang)).select(n);
  return format(rule === 'one' ? forms.one : forms.other, { n });
}

/** A number as the locale (an Intl tag, see intlLocale) writes it: 1,048,576 or 1.048.576. */
export function formatNumber(n: number, lang: string): string {
  return cached(numberFormats, lang, () => new Intl.NumberFormat(lang)).format(n);
}

// Intl objects are made once per locale: the first one a page makes costs milliseconds
// (the browser loads the locale's data), later ones would repeat part of that.
const pluralRules = new Map<string, Intl.PluralRules>();
const numberFormats = new Map<string, Intl.NumberFormat>();
function cached<T>(map: Map<string, T>, lang: string, make: () => T): T {
  let value = map.get(lang);
  if (value === undefined) map.set(lang, (value = make()));
  return value;
}
