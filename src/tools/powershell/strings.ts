/**
 * Strings of the PowerShell generator: the form (`form`) and the words inside the
 * generated script (`script`). German is typed as the English shape, so a missing
 * translation is a type error.
 */
import type { Locale } from '../../data/microsoft';
import type { ScriptText } from './script';

const en = {
  title: 'PowerShell commands for step 2',
  intro: 'Enter your values: the commands below fill in as you type. Copy them block by block into Exchange Online PowerShell, or download them as a script.',
  tenant: {
    label: 'Directory (tenant) ID or primary domain',
    hint: 'Optional here: the commands sign in to the organization of the account you sign in with. Entra admin center > Overview: Tenant ID, or the primary domain ending in .onmicrosoft.com; the guide\'s other tools use it.',
  },
  app: {
    label: 'Application (client) ID',
    hint: 'App registrations > your app > Overview: Application (client) ID.',
  },
  obj: {
    label: 'Object ID of the enterprise application',
    hint: 'Enterprise applications > your app > Overview: Object ID. Not the Object ID under App registrations: New-ServicePrincipal accepts that one too, but sign-in then fails.',
  },
  sp: {
    label: 'Service principal ID (optional)',
    hint: 'Only if the service principal already exists in Exchange (Identity in Get-ServicePrincipal). Leave empty: the script creates it, or finds it by the Application ID, and uses it.',
  },
  mb: {
    label: 'Mailboxes',
    hint: 'One or more addresses: one per line, or separated by commas, semicolons or spaces. "Name <address>" as copied from Outlook works too.',
    none: 'No mailbox yet.',
    one: '1 mailbox.',
    many: '{n} mailboxes.',
    loop: 'More than {n}: the script loops over a list.',
    duplicates: 'Duplicates removed: {list}.',
  },
  options: 'Options',
  smtp: {
    label: 'Allow SMTP AUTH for these mailboxes (Set-CASMailbox)',
    hint: 'Needed for sending when SMTP AUTH is switched off for the mailbox or the tenant. The command sets -SmtpClientAuthenticationDisabled to $false, which turns SMTP AUTH ON.',
  },
  sendas: {
    label: 'Grant Send As (Add-RecipientPermission)',
    hint: 'Needed when teamspace sends as these addresses with the app.',
  },
  verify: {
    label: 'Add read-only checks',
    hint: 'Get-MailboxPermission, Get-RecipientPermission and Get-CASMailbox show the result; they change nothing.',
  },
  output: 'Your commands',
  complete: 'Complete: ready to run, block by block or as a whole.',
  incomplete: 'Incomplete. Still missing or invalid: {fields}. The values marked <…> are placeholders, and the script stops at its first line until they are filled in.',
  unsafe: 'The field "{field}" contains characters that cannot be written safely into a script (control characters or broken Unicode). Remove them.',
  copyBlock: 'Copy',
  copyBlockName: 'block {n}',
  shownCut: '… and {n} more lines, not shown here: Copy, Copy all and Download .ps1 give the whole script.',
  copyAll: 'Copy all',
  download: 'Download .ps1',
  blockCopied: 'Block {n} copied.',
  allCopied: 'Script copied.',
  runHint:
    'To run the downloaded file: Windows blocks downloaded scripts, so run Unblock-File on it first, then start it in PowerShell (Windows PowerShell 5.1 or PowerShell 7). The file is UTF-8 with BOM, so addresses with umlauts survive.',
  fileName: 'teamspace-exchange-online.ps1',
};

export type GeneratorStrings = typeof en & { script: ScriptText };

const enScript: ScriptText = {
  fields: {
    tenant: 'Directory (tenant) ID',
    app: 'Application (client) ID',
    obj: 'Object ID of the enterprise application',
    sp: 'Service principal ID',
    mb: 'mailboxes',
  },
  invalidField: '(invalid)',
  incompleteComment: 'INCOMPLETE SCRIPT. Missing or invalid: {fields}.\nReplace every <...> placeholder, or complete the form in the generator and copy the script again.',
  incompleteThrow: 'Incomplete script: fill in {fields} first. Nothing was changed.',
  titles: {
    connect: 'Connect to Exchange Online',
    principal: 'Register the service principal',
    fullAccess: 'Give the app access to the mailboxes',
    smtp: 'Allow SMTP AUTH for the mailboxes',
    sendAs: 'Allow sending as the mailboxes',
    verify: 'Check the result (read-only)',
  },
  connect:
    'Installs the ExchangeOnlineManagement module if it is missing, loads it and signs in.\nSign in as an Exchange administrator of your organization. From here on, an error stops the script.',
  principalNew:
    'Creates the service principal of your app in Exchange Online and keeps it in $sp.\n-ObjectId is the Object ID of the ENTERPRISE APPLICATION (Enterprise applications > your app > Overview),\nnot the one under App registrations: with that one, IMAP and SMTP sign-in fail.\nIf the service principal exists already, it is found by the Application ID instead.',
  principalExists: 'The blocks below use $sp.Identity: run them in the same PowerShell window.',
  principalGiven: 'Shows the service principal you entered and stops if there is none or more than one. AppId must be your Application (client) ID.',
  principalNotFound: 'No single service principal has the ID you entered: check it with Get-ServicePrincipal | Format-List DisplayName, AppId, ObjectId, Identity. Nothing was changed.',
  objectIdMismatch:
    'A service principal for this app exists already, with a different Object ID. If sign-in fails, remove it with Remove-ServicePrincipal and run this block again.',
  fullAccess: 'Full access lets the app read the mailboxes over IMAP.',
  smtp: 'Lets the app send through SMTP AUTH. -SmtpClientAuthenticationDisabled $false ENABLES it:\nthe setting says whether SMTP AUTH is disabled, so $false means "not disabled".',
  sendAs: 'Lets the app send as these addresses (Send As permission).',
  verify:
    'Read-only: changes nothing. Look for the service principal in the permissions,\nImapEnabled : True and SmtpClientAuthenticationDisabled : False.\nChanges usually take effect within 30 minutes, sometimes only after up to 2 hours.',
  usesList: 'Uses $mailboxes from block {n}.',
  header:
    'teamspace: Exchange Online commands for your own Microsoft app registration (step 2 of the guide).\nRegisters the service principal of your app and gives it access to the mailboxes below.',
  generated: 'Generated: {time}',
  reproduce: 'Open the generator with these values (the link holds no secret):\n{link}',
};

const de: typeof en = {
  title: 'PowerShell-Befehle für Schritt 2',
  intro: 'Geben Sie Ihre Werte ein: Die Befehle darunter füllen sich beim Tippen. Kopieren Sie sie blockweise in die Exchange Online PowerShell oder laden Sie sie als Skript herunter.',
  tenant: {
    label: 'Verzeichnis-ID (Mandant) oder primäre Domain',
    hint: 'Hier optional: Die Befehle melden sich bei der Organisation des Kontos an, mit dem Sie sich anmelden. Entra Admin Center > Übersicht: Verzeichnis-ID (Mandant), oder die primäre Domain mit der Endung .onmicrosoft.com; die anderen Werkzeuge der Anleitung verwenden sie.',
  },
  app: {
    label: 'Anwendungs-ID (Client)',
    hint: 'App-Registrierungen > Ihre App > Übersicht: Anwendungs-ID (Client).',
  },
  obj: {
    label: 'Objekt-ID der Unternehmensanwendung',
    hint: 'Unternehmensanwendungen > Ihre App > Übersicht: Objekt-ID. Nicht die Objekt-ID unter App-Registrierungen: New-ServicePrincipal nimmt auch diese an, aber die Anmeldung schlägt dann fehl.',
  },
  sp: {
    label: 'ID des Dienstprinzipals (optional)',
    hint: 'Nur wenn der Dienstprinzipal in Exchange schon existiert (Identity in Get-ServicePrincipal). Leer lassen: Das Skript legt ihn an oder findet ihn über die Anwendungs-ID und verwendet ihn.',
  },
  mb: {
    label: 'Postfächer',
    hint: 'Eine oder mehrere Adressen: eine pro Zeile oder durch Kommas, Semikolons oder Leerzeichen getrennt. Auch „Name <Adresse>“ wie aus Outlook kopiert funktioniert.',
    none: 'Noch kein Postfach.',
    one: '1 Postfach.',
    many: '{n} Postfächer.',
    loop: 'Mehr als {n}: Das Skript durchläuft eine Liste.',
    duplicates: 'Doppelte entfernt: {list}.',
  },
  options: 'Optionen',
  smtp: {
    label: 'SMTP AUTH für diese Postfächer erlauben (Set-CASMailbox)',
    hint: 'Nötig zum Senden, wenn SMTP AUTH für das Postfach oder den Mandanten ausgeschaltet ist. Der Befehl setzt -SmtpClientAuthenticationDisabled auf $false, das schaltet SMTP AUTH EIN.',
  },
  sendas: {
    label: '„Senden als“ erteilen (Add-RecipientPermission)',
    hint: 'Nötig, wenn teamspace mit der App als diese Adressen sendet.',
  },
  verify: {
    label: 'Schreibgeschützte Prüfbefehle aufnehmen',
    hint: 'Get-MailboxPermission, Get-RecipientPermission und Get-CASMailbox zeigen das Ergebnis; sie ändern nichts.',
  },
  output: 'Ihre Befehle',
  complete: 'Vollständig: bereit zum Ausführen, blockweise oder als Ganzes.',
  incomplete:
    'Unvollständig. Noch offen oder ungültig: {fields}. Die mit <…> markierten Werte sind Platzhalter, und das Skript bricht in seiner ersten Zeile ab, bis sie ausgefüllt sind.',
  unsafe: 'Das Feld „{field}“ enthält Zeichen, die sich nicht sicher in ein Skript schreiben lassen (Steuerzeichen oder defektes Unicode). Entfernen Sie sie.',
  copyBlock: 'Kopieren',
  copyBlockName: 'Block {n}',
  shownCut: '… und {n} weitere Zeilen, hier nicht angezeigt: „Kopieren“, „Alles kopieren“ und „.ps1 herunterladen“ liefern das ganze Skript.',
  copyAll: 'Alles kopieren',
  download: '.ps1 herunterladen',
  blockCopied: 'Block {n} kopiert.',
  allCopied: 'Skript kopiert.',
  runHint:
    'So führen Sie die heruntergeladene Datei aus: Windows sperrt heruntergeladene Skripte, entsperren Sie sie daher zuerst mit Unblock-File und starten Sie sie dann in PowerShell (Windows PowerShell 5.1 oder PowerShell 7). Die Datei ist UTF-8 mit BOM, Adressen mit Umlauten bleiben also erhalten.',
  fileName: 'teamspace-exchange-online.ps1',
};

const deScript: ScriptText = {
  fields: {
    tenant: 'Verzeichnis-ID (Mandant)',
    app: 'Anwendungs-ID (Client)',
    obj: 'Objekt-ID der Unternehmensanwendung',
    sp: 'ID des Dienstprinzipals',
    mb: 'Postfächer',
  },
  invalidField: '(ungültig)',
  incompleteComment:
    'UNVOLLSTÄNDIGES SKRIPT. Fehlt oder ungültig: {fields}.\nErsetzen Sie jeden <...>-Platzhalter oder füllen Sie das Formular im Generator aus und kopieren Sie das Skript erneut.',
  incompleteThrow: 'Unvollständiges Skript: Tragen Sie zuerst {fields} ein. Es wurde nichts geändert.',
  titles: {
    connect: 'Mit Exchange Online verbinden',
    principal: 'Dienstprinzipal registrieren',
    fullAccess: 'Der App Zugriff auf die Postfächer geben',
    smtp: 'SMTP AUTH für die Postfächer erlauben',
    sendAs: 'Senden als die Postfächer erlauben',
    verify: 'Ergebnis prüfen (schreibgeschützt)',
  },
  connect:
    'Installiert das Modul ExchangeOnlineManagement, falls es fehlt, lädt es und meldet Sie an.\nMelden Sie sich als Exchange-Administrator Ihrer Organisation an. Ab hier hält ein Fehler das Skript an.',
  principalNew:
    'Legt den Dienstprinzipal Ihrer App in Exchange Online an und merkt ihn sich in $sp.\n-ObjectId ist die Objekt-ID der UNTERNEHMENSANWENDUNG (Unternehmensanwendungen > Ihre App > Übersicht),\nnicht die unter App-Registrierungen: Mit dieser schlägt die IMAP- und SMTP-Anmeldung fehl.\nExistiert der Dienstprinzipal schon, wird er stattdessen über die Anwendungs-ID gefunden.',
  principalExists: 'Die folgenden Blöcke verwenden $sp.Identity: Führen Sie sie im selben PowerShell-Fenster aus.',
  principalGiven: 'Zeigt den eingegebenen Dienstprinzipal und bricht ab, wenn es keinen oder mehr als einen gibt. AppId muss Ihre Anwendungs-ID (Client) sein.',
  principalNotFound: 'Kein einzelner Dienstprinzipal hat die eingegebene ID: Prüfen Sie sie mit Get-ServicePrincipal | Format-List DisplayName, AppId, ObjectId, Identity. Es wurde nichts geändert.',
  objectIdMismatch:
    'Für diese App existiert schon ein Dienstprinzipal mit einer anderen Objekt-ID. Schlägt die Anmeldung fehl, entfernen Sie ihn mit Remove-ServicePrincipal und führen Sie diesen Block erneut aus.',
  fullAccess: 'Vollzugriff erlaubt der App, die Postfächer über IMAP zu lesen.',
  smtp: 'Erlaubt der App das Senden über SMTP AUTH. -SmtpClientAuthenticationDisabled $false SCHALTET ES EIN:\ndie Einstellung sagt, ob SMTP AUTH ausgeschaltet ist; $false heißt also „nicht ausgeschaltet“.',
  sendAs: 'Erlaubt der App, als diese Adressen zu senden (Berechtigung „Senden als“).',
  verify:
    'Schreibgeschützt: ändert nichts. Suchen Sie den Dienstprinzipal in den Berechtigungen,\nImapEnabled : True und SmtpClientAuthenticationDisabled : False.\nÄnderungen wirken meist innerhalb von 30 Minuten, manchmal erst nach bis zu 2 Stunden.',
  usesList: 'Verwendet $mailboxes aus Block {n}.',
  header:
    'teamspace: Exchange-Online-Befehle für Ihre eigene Microsoft-App-Registrierung (Schritt 2 der Anleitung).\nRegistriert den Dienstprinzipal Ihrer App und gibt ihm Zugriff auf die Postfächer unten.',
  generated: 'Erzeugt: {time}',
  reproduce: 'Den Generator mit diesen Werten öffnen (der Link enthält keinen geheimen Schlüssel):\n{link}',
};

export const STRINGS: Record<Locale, GeneratorStrings> = {
  en: { ...en, script: enScript },
  de: { ...de, script: deScript },
};
