/** Strings of the error decoder and of the catalogue it shares with the troubleshooting page. */
import type { Locale } from '../../data/microsoft';

const en = {
  title: 'Error decoder',
  label: 'Error message or log excerpt',
  hint: 'Paste what teamspace, your mail client, PowerShell or Microsoft showed; a whole log excerpt is fine. Up to {max} characters are searched. The link to this page keeps only the error codes found, never your text.',
  decode: 'Decode',
  clear: 'Clear',
  resultsHeading: 'Errors found',
  tooLong: 'The text has {length} characters. Only the first {max} are searched: paste the part around the error to search the rest.',
  pasteCut: 'The pasted text had {length} characters. Only the first {max} were inserted and searched: paste the part around the error to search the rest.',
  foundIn: 'Found in line {line}:',
  moreLines: { one: 'Also in 1 more line.', other: 'Also in {count} more lines.' },
  timesInAll: '{count} times in all.',
  moreShown: {
    one: 'And 1 more sign-in error code, not shown here: paste a shorter part of the text to see it.',
    other: 'And {count} more sign-in error codes, not shown here: paste a shorter part of the text to see them.',
  },
  moreAnnounced: { one: 'and 1 more', other: 'and {count} more' },
  openInList: 'This error on the troubleshooting page',
  unknownTitle: '{code}: not described here',
  unknownText: 'This Microsoft sign-in error is not in our list. Microsoft explains every AADSTS code in its own lookup:',
  unknownLink: 'Look up {code} at Microsoft',
  noneTitle: 'No known error found',
  noneTips: [
    'Paste the complete message, including its code (AADSTS…, 535 5.7.x, NO AUTHENTICATE failed, or the PowerShell error text).',
    'In teamspace, copy the red message shown after saving the interface, or the lines of the mail log around the failure.',
    'Look through the list of all known errors on the troubleshooting page.',
  ],
  announceNone: 'No known error found.',
  announceFound: { one: '1 error found: {list}.', other: '{count} errors found: {list}.' },
  announceCut: 'Only the first {max} characters were searched.',
  // The catalogue entry
  causes: 'Likely causes, most likely first',
  fix: 'Fix',
  commands: 'Commands',
  whereToFix: 'Where to fix it',
  microsoftLookup: "Microsoft's description of {code}",
  learnSources: "Microsoft's documentation",
  sample: 'Typical message',
  catalogueIntro: 'Every error the decoder knows, grouped by where it appears. Each has a stable link (the # address of its heading) for support.',
};

export type DecoderStrings = typeof en;

const de: DecoderStrings = {
  title: 'Fehlermeldungen erklären',
  label: 'Fehlermeldung oder Log-Auszug',
  hint: 'Fügen Sie ein, was teamspace, Ihr Mailprogramm, PowerShell oder Microsoft angezeigt hat; ein ganzer Log-Auszug ist in Ordnung. Durchsucht werden bis zu {max} Zeichen. Der Link zu dieser Seite enthält nur die gefundenen Fehlercodes, nie Ihren Text.',
  decode: 'Erklären',
  clear: 'Leeren',
  resultsHeading: 'Gefundene Fehler',
  tooLong: 'Der Text hat {length} Zeichen. Nur die ersten {max} werden durchsucht: Fügen Sie den Teil um den Fehler ein, um den Rest zu durchsuchen.',
  pasteCut: 'Der eingefügte Text hatte {length} Zeichen. Nur die ersten {max} wurden übernommen und durchsucht: Fügen Sie den Teil um den Fehler ein, um den Rest zu durchsuchen.',
  foundIn: 'Gefunden in Zeile {line}:',
  moreLines: { one: 'Außerdem in 1 weiteren Zeile.', other: 'Außerdem in {count} weiteren Zeilen.' },
  timesInAll: 'Insgesamt {count}-mal.',
  moreShown: {
    one: 'Dazu 1 weiterer Code eines Anmeldefehlers, hier nicht gezeigt: Fügen Sie einen kürzeren Teil des Textes ein, um ihn zu sehen.',
    other: 'Dazu {count} weitere Codes von Anmeldefehlern, hier nicht gezeigt: Fügen Sie einen kürzeren Teil des Textes ein, um sie zu sehen.',
  },
  moreAnnounced: { one: 'und 1 weiterer', other: 'und {count} weitere' },
  openInList: 'Dieser Fehler auf der Seite Fehlerbehebung',
  unknownTitle: '{code}: hier nicht beschrieben',
  unknownText: 'Dieser Microsoft-Anmeldefehler steht nicht in unserer Liste. Microsoft erklärt jeden AADSTS-Code in seiner eigenen Suche:',
  unknownLink: '{code} bei Microsoft nachschlagen',
  noneTitle: 'Kein bekannter Fehler gefunden',
  noneTips: [
    'Fügen Sie die vollständige Meldung ein, samt Code (AADSTS…, 535 5.7.x, NO AUTHENTICATE failed oder der Fehlertext von PowerShell).',
    'Kopieren Sie in teamspace die rote Meldung nach dem Speichern der Schnittstelle oder die Zeilen des Mail-Logs rund um den Fehler.',
    'Sehen Sie die Liste aller bekannten Fehler auf der Seite Fehlerbehebung durch.',
  ],
  announceNone: 'Kein bekannter Fehler gefunden.',
  announceFound: { one: '1 Fehler gefunden: {list}.', other: '{count} Fehler gefunden: {list}.' },
  announceCut: 'Nur die ersten {max} Zeichen wurden durchsucht.',
  causes: 'Wahrscheinliche Ursachen, die häufigste zuerst',
  fix: 'Lösung',
  commands: 'Befehle',
  whereToFix: 'Wo Sie es beheben',
  microsoftLookup: 'Beschreibung von {code} bei Microsoft',
  learnSources: 'Dokumentation von Microsoft',
  sample: 'Typische Meldung',
  catalogueIntro: 'Alle Fehler, die das Werkzeug kennt, gruppiert nach ihrer Herkunft. Jeder hat einen festen Link (die #-Adresse seiner Überschrift) für den Support.',
};

export const STRINGS: Record<Locale, DecoderStrings> = { en, de };
