/**
 * Strings of the permissions snippet and the app registration checker. The German
 * object is typed as the English shape, so a missing translation is a type error.
 * Placeholders in {braces} are filled with format() from src/i18n/ui.ts.
 */
import type { Locale } from '../../data/microsoft';

const en = {
  snippet: {
    title: 'All eight permissions as manifest JSON',
    intro:
      'Instead of adding each permission by hand, you can paste this list into the app manifest. It holds the eight permissions of the table, with their IDs and types.',
    where: 'In Entra, open App registrations > your app > Manifest and find the property "requiredResourceAccess".',
    merge:
      'Merge, do not duplicate: when the list already has an entry with the same "resourceAppId" (a new registration has Microsoft Graph with User.Read), add the items of "resourceAccess" to that entry instead of adding a second one. Then Save, and grant admin consent under API permissions.',
    names: 'Which ID is which',
    resource: 'Resource',
    permission: 'Permission',
    type: 'Type',
    role: 'Application (Role)',
    scope: 'Delegated (Scope)',
    copy: 'Copy JSON',
  },
  checker: {
    title: 'App registration checker',
    privacy:
      'The manifest check runs in your browser: nothing you paste leaves this page. Only the optional live check talks to Microsoft, after you sign in, and reads what is listed there.',
    manifestHeading: 'Check the manifest',
    manifestHow:
      'In Entra, open App registrations > your app > Manifest, then Download, or select all of the text and copy it. Paste it here or drop the file. Both formats are recognised: the Microsoft Graph format and the older AAD Graph format.',
    manifestLabel: 'App manifest (JSON)',
    fileLabel: 'Or choose the downloaded manifest file',
    urlLabel: 'Address of your teamspace installation (optional)',
    urlHint: 'With it the exact redirect URI is checked, e.g. https://xyc.teamspace.de. Without it only the path is checked.',
    fileRead: 'Read {name}.',
    fileTooLarge: 'The file {name} is too large for an app manifest ({size} KB). Choose the manifest you downloaded from Entra.',
    fileUnreadable: 'Could not read the file {name}.',
    fileNotUtf8:
      'The file {name} is not valid UTF-8 text: byte {offset} is not part of a UTF-8 character. Entra saves manifests as UTF-8: download the manifest again, or copy it from the manifest editor and paste it here.',
    checkFailed: 'The check could not finish ({detail}). Nothing is shown for this text. Copy the manifest again in full, or download it.',
    jsonEmpty: 'Paste the manifest JSON first.',
    jsonError: 'Not valid JSON: line {line}, column {column}: {what}. Copy the manifest again in full, or download it.',
    jsonUnexpectedEnd: 'the text ends too early (was it cut off?)',
    jsonUnexpectedChar: 'unexpected “{found}”',
    onlyPermissions:
      'This is only the "requiredResourceAccess" list, not the whole manifest. Paste the complete manifest (App registrations > your app > Manifest).',
    notManifest:
      'This is valid JSON, but not an app manifest: it has neither "appId" nor "requiredResourceAccess". Copy it from App registrations > your app > Manifest.',
    formatGraph: 'Manifest in the Microsoft Graph format.',
    formatAadGraph: 'Manifest in the older AAD Graph format.',
    formatLive: 'Read live from Microsoft Graph.',
    appLine: 'App “{name}”, Application (client) ID {appId}.',
    appIdFilled: 'The Application ID {appId} is now filled in on this page.',
    noAppId: 'The manifest has no "appId".',
    summaryOk: 'Everything checked is set up as the guide says.',
    summaryProblems: 'Problems: {errors}. Warnings: {warnings}.',
    settingsCaption: 'Settings',
    audienceOk: 'Supported account types: this organisational directory only (AzureADMyOrg).',
    audienceWrong:
      'Supported account types is “{actual}”, but must be “Accounts in this organisational directory only” (signInAudience AzureADMyOrg). Change it under Authentication.',
    audienceMissing: 'The manifest has no "signInAudience"; it must be AzureADMyOrg (this organisational directory only).',
    redirectExact: 'The Web redirect URI {expected} is registered.',
    redirectNear:
      'The Web redirect URI must be exactly {expected}, but registered is {found}. The path is case-sensitive and must not end with a slash.',
    redirectOtherPlatform: 'The redirect URI {found} is registered for another platform (single-page app or mobile). Add it under Authentication > Web.',
    redirectMissing: 'The Web redirect URI {expected} is missing. Registered Web redirect URIs: {found}.',
    redirectPathFound: 'A Web redirect URI with teamspace’s path is registered: {found}. Enter the installation URL to check it exactly.',
    redirectPathMissing: 'No Web redirect URI ends with {path}. Registered Web redirect URIs: {found}.',
    none: 'none',
    accessTokensOk: 'Authentication: “Access tokens” is on.',
    accessTokensOff:
      'Authentication: “Access tokens” is missing. teamspace’s single sign-on with Microsoft asks for it: turn it on under Authentication > Implicit grant and hybrid flows. Mail alone works without it.',
    idTokensOk: 'Authentication: “ID tokens” is on.',
    idTokensOff:
      'Authentication: “ID tokens” is missing. teamspace’s single sign-on with Microsoft asks for it: turn it on under Authentication > Implicit grant and hybrid flows. Mail alone works without it.',
    permissionsCaption: 'Permissions ({ok} of {total} correct)',
    colPermission: 'Permission',
    colResource: 'Resource',
    colType: 'Type',
    colState: 'In the registration',
    colConsent: 'Admin consent',
    typeRole: 'Application',
    typeScope: 'Delegated',
    statePresent: 'Present',
    stateMissing: 'Missing',
    stateScopedInExchange: 'Not in Entra: scoped in Exchange instead (expected)',
    statePresentUnscoped: 'Still granted in Entra: remove it, or every calendar stays open',
    calendarScopedLabel: 'Calendars.ReadWrite is scoped in Exchange Online (RBAC for Applications)',
    calendarScopedHint:
      'Tick this when step 2 restricts the calendar permission to chosen mailboxes with a management scope. Calendars.ReadWrite must then be absent from Entra: RBAC for Applications adds to what Entra grants, it does not narrow it.',
    stateWrongType: 'Wrong type: must be {type}',
    stateLookAlike: 'Missing: a look-alike was added instead',
    consentGranted: 'Granted',
    consentNotGranted: 'Not granted',
    lookAlikesCaption: 'Wrong permissions (remove them)',
    lookAlike: '{name} ({type}, {resource}): {why}',
    othersCaption: 'Other permissions, not needed by teamspace',
    other: 'ID {id} ({type}) of resource {resource}',
    secretsCaption: 'Client secrets',
    noSecrets: 'No client secret. Create one under Certificates & secrets; teamspace needs its Value.',
    secret: '{name} (starts with {hint}), ends on {date}',
    secretUnnamed: 'Secret without description',
    secretValid: 'valid for {days} more days.',
    secretExpiring: 'expires in {days} days: create a new secret and store its Value in teamspace.',
    secretExpired: 'expired: create a new secret and store its Value in teamspace (AADSTS7000222).',
    secretNoEnd: 'no end date found.',
    consentUnknown:
      'Admin consent cannot be seen in a manifest: it is stored on the enterprise application. Check it with the live check below, or in Entra under API permissions, where the “Status” column shows it; grant it with “Grant admin consent for …”.',
    liveHeading: 'Check live with Microsoft sign-in',
    liveOff:
      'The live check is not enabled on this site: the site operator has not configured a sign-in app for it. Use the manifest check above instead; it checks the same settings except admin consent.',
    liveIntro:
      'Sign in with a Microsoft account of your organisation that may read app registrations (e.g. Application Administrator, Cloud Application Administrator or Global Reader). The sign-in is delegated and read only: the site asks for the permissions {scopes} and reads exactly this from Microsoft Graph, nothing else:',
    readApplication: 'the app registration (name, account type, redirect URIs, token settings, permissions, client secrets’ descriptions and end dates; never a secret’s value)',
    readServicePrincipal: 'its enterprise application (the Object ID for the PowerShell commands)',
    readAppRoleAssignments: 'the application permissions granted to it (admin consent)',
    readGrants: 'the delegated permissions granted to it (admin consent)',
    liveTokens: 'The sign-in token stays in this page’s memory only and is gone when you sign out or leave the page.',
    appIdLabel: 'Application (client) ID',
    appIdHint: 'Filled in from the manifest check, or copy it from App registrations > your app > Overview.',
    signIn: 'Sign in with Microsoft and check',
    checkAgain: 'Check again',
    signOut: 'Sign out',
    loading: 'Loading the Microsoft sign-in…',
    signingIn: 'Signing in… finish the sign-in in the window that opened.',
    reading: 'Reading from Microsoft Graph…',
    signedInAs: 'Signed in as {user}.',
    signedOut: 'Signed out. The token and the results are cleared.',
    objectIdFilled: 'The enterprise application’s Object ID {obj} is now filled in on this page (for New-ServicePrincipal).',
    liveDone: 'Live check done. Problems: {errors}. Warnings: {warnings}.',
    popupBlocked: 'The browser blocked the sign-in window. Allow pop-ups for this site and try again.',
    signInCancelled: 'The sign-in was cancelled.',
    signInFailed: 'The sign-in failed: {detail}',
    errorForbidden:
      'Microsoft Graph refused to read {what} (HTTP 403, {code}). Your account needs to be allowed to read app registrations and their permission grants: sign in as an Application Administrator, Cloud Application Administrator or Global Reader, and make sure the permissions {scopes} were consented.',
    errorUnauthorized: 'Microsoft Graph did not accept the sign-in (HTTP 401, {code}). Sign out and sign in again.',
    errorAppNotFound:
      'No app registration with the Application ID {appId} exists in the directory you signed in to. Check the ID (App registrations > your app > Overview) and that you signed in to the right organisation.',
    errorSpNotFound:
      'The app registration exists, but it has no enterprise application in this directory. Open the app under Enterprise applications, or grant admin consent, which creates it.',
    errorNetwork: 'Microsoft Graph could not be reached. Check the network connection (a proxy or firewall may block graph.microsoft.com) and try again.',
    errorHttp: 'Microsoft Graph answered HTTP {status} while reading {what}: {code} {message}',
    whatApplication: 'the app registration',
    whatServicePrincipal: 'the enterprise application',
    whatAppRoleAssignments: 'the granted application permissions',
    whatGrants: 'the granted delegated permissions',
  },
  redirectPage: {
    title: 'Microsoft sign-in',
    heading: 'Completing the sign-in',
    body: 'This window belongs to the sign-in of the app registration checker and closes by itself.',
    direct: 'There is no sign-in to complete here. You can close this window.',
  },
};

export type RegistrationStrings = typeof en;

const de: RegistrationStrings = {
  snippet: {
    title: 'Alle acht Berechtigungen als Manifest-JSON',
    intro:
      'Statt jede Berechtigung einzeln hinzuzufügen, können Sie diese Liste in das App-Manifest einfügen. Sie enthält die acht Berechtigungen der Tabelle mit ihren IDs und Typen.',
    where: 'Öffnen Sie in Entra App-Registrierungen > Ihre App > Manifest und suchen Sie die Eigenschaft "requiredResourceAccess".',
    merge:
      'Zusammenführen, nicht verdoppeln: Hat die Liste schon einen Eintrag mit derselben "resourceAppId" (eine neue Registrierung hat Microsoft Graph mit User.Read), ergänzen Sie die Einträge von "resourceAccess" in diesem Eintrag, statt einen zweiten anzulegen. Dann Speichern und unter API-Berechtigungen die Administratorzustimmung erteilen.',
    names: 'Welche ID ist welche',
    resource: 'Ressource',
    permission: 'Berechtigung',
    type: 'Typ',
    role: 'Anwendung (Role)',
    scope: 'Delegiert (Scope)',
    copy: 'JSON kopieren',
  },
  checker: {
    title: 'App-Registrierung prüfen',
    privacy:
      'Die Manifest-Prüfung läuft in Ihrem Browser: Nichts, was Sie einfügen, verlässt diese Seite. Nur die optionale Live-Prüfung spricht nach Ihrer Anmeldung mit Microsoft und liest, was dort aufgeführt ist.',
    manifestHeading: 'Manifest prüfen',
    manifestHow:
      'Öffnen Sie in Entra App-Registrierungen > Ihre App > Manifest und wählen Sie Herunterladen, oder markieren Sie den ganzen Text und kopieren Sie ihn. Fügen Sie ihn hier ein oder ziehen Sie die Datei hierher. Beide Formate werden erkannt: das Microsoft-Graph-Format und das ältere AAD-Graph-Format.',
    manifestLabel: 'App-Manifest (JSON)',
    fileLabel: 'Oder die heruntergeladene Manifest-Datei wählen',
    urlLabel: 'Adresse Ihrer teamspace-Installation (optional)',
    urlHint: 'Damit wird die genaue Umleitungs-URI geprüft, z. B. https://xyc.teamspace.de. Ohne sie wird nur der Pfad geprüft.',
    fileRead: '{name} gelesen.',
    fileTooLarge: 'Die Datei {name} ist für ein App-Manifest zu groß ({size} KB). Wählen Sie das aus Entra heruntergeladene Manifest.',
    fileUnreadable: 'Die Datei {name} konnte nicht gelesen werden.',
    fileNotUtf8:
      'Die Datei {name} ist kein gültiger UTF-8-Text: Byte {offset} gehört zu keinem UTF-8-Zeichen. Entra speichert Manifeste als UTF-8: Laden Sie das Manifest erneut herunter, oder kopieren Sie es aus dem Manifest-Editor und fügen Sie es hier ein.',
    checkFailed: 'Die Prüfung konnte nicht abgeschlossen werden ({detail}). Für diesen Text wird nichts angezeigt. Kopieren Sie das Manifest noch einmal vollständig oder laden Sie es herunter.',
    jsonEmpty: 'Fügen Sie zuerst das Manifest-JSON ein.',
    jsonError: 'Kein gültiges JSON: Zeile {line}, Spalte {column}: {what}. Kopieren Sie das Manifest noch einmal vollständig oder laden Sie es herunter.',
    jsonUnexpectedEnd: 'der Text endet zu früh (wurde er abgeschnitten?)',
    jsonUnexpectedChar: 'unerwartetes „{found}“',
    onlyPermissions:
      'Das ist nur die Liste "requiredResourceAccess", nicht das ganze Manifest. Fügen Sie das vollständige Manifest ein (App-Registrierungen > Ihre App > Manifest).',
    notManifest:
      'Das ist gültiges JSON, aber kein App-Manifest: Es hat weder "appId" noch "requiredResourceAccess". Kopieren Sie es aus App-Registrierungen > Ihre App > Manifest.',
    formatGraph: 'Manifest im Microsoft-Graph-Format.',
    formatAadGraph: 'Manifest im älteren AAD-Graph-Format.',
    formatLive: 'Live aus Microsoft Graph gelesen.',
    appLine: 'App „{name}“, Anwendungs-ID (Client) {appId}.',
    appIdFilled: 'Die Anwendungs-ID {appId} ist jetzt auf dieser Seite eingetragen.',
    noAppId: 'Das Manifest hat keine "appId".',
    summaryOk: 'Alles Geprüfte ist so eingerichtet, wie die Anleitung es beschreibt.',
    summaryProblems: 'Fehler: {errors}. Warnungen: {warnings}.',
    settingsCaption: 'Einstellungen',
    audienceOk: 'Unterstützte Kontotypen: nur dieses Organisationsverzeichnis (AzureADMyOrg).',
    audienceWrong:
      'Unterstützte Kontotypen ist „{actual}“, muss aber „Nur Konten in diesem Organisationsverzeichnis“ sein (signInAudience AzureADMyOrg). Ändern Sie es unter Authentifizierung.',
    audienceMissing: 'Das Manifest hat keine "signInAudience"; sie muss AzureADMyOrg sein (nur dieses Organisationsverzeichnis).',
    redirectExact: 'Die Web-Umleitungs-URI {expected} ist registriert.',
    redirectNear:
      'Die Web-Umleitungs-URI muss genau {expected} lauten, registriert ist aber {found}. Der Pfad unterscheidet Groß- und Kleinschreibung und endet ohne Schrägstrich.',
    redirectOtherPlatform:
      'Die Umleitungs-URI {found} ist für eine andere Plattform registriert (Single-Page-App oder Mobilgerät). Fügen Sie sie unter Authentifizierung > Web hinzu.',
    redirectMissing: 'Die Web-Umleitungs-URI {expected} fehlt. Registrierte Web-Umleitungs-URIs: {found}.',
    redirectPathFound: 'Eine Web-Umleitungs-URI mit dem teamspace-Pfad ist registriert: {found}. Geben Sie die Installations-URL ein, um sie genau zu prüfen.',
    redirectPathMissing: 'Keine Web-Umleitungs-URI endet auf {path}. Registrierte Web-Umleitungs-URIs: {found}.',
    none: 'keine',
    accessTokensOk: 'Authentifizierung: „Zugriffstoken“ ist aktiviert.',
    accessTokensOff:
      'Authentifizierung: „Zugriffstoken“ fehlt. Das Single Sign-on von teamspace mit Microsoft braucht es: Aktivieren Sie es unter Authentifizierung > Implizite Genehmigung und Hybridflows. Für E-Mail allein ist es nicht nötig.',
    idTokensOk: 'Authentifizierung: „ID-Token“ ist aktiviert.',
    idTokensOff:
      'Authentifizierung: „ID-Token“ fehlt. Das Single Sign-on von teamspace mit Microsoft braucht es: Aktivieren Sie es unter Authentifizierung > Implizite Genehmigung und Hybridflows. Für E-Mail allein ist es nicht nötig.',
    permissionsCaption: 'Berechtigungen ({ok} von {total} korrekt)',
    colPermission: 'Berechtigung',
    colResource: 'Ressource',
    colType: 'Typ',
    colState: 'In der Registrierung',
    colConsent: 'Administratorzustimmung',
    typeRole: 'Anwendung',
    typeScope: 'Delegiert',
    statePresent: 'Vorhanden',
    stateMissing: 'Fehlt',
    stateScopedInExchange: 'Nicht in Entra: stattdessen in Exchange eingeschränkt (erwartet)',
    statePresentUnscoped: 'In Entra noch erteilt: Entfernen Sie sie, sonst bleibt jeder Kalender offen',
    calendarScopedLabel: 'Calendars.ReadWrite ist in Exchange Online eingeschränkt (RBAC für Anwendungen)',
    calendarScopedHint:
      'Aktivieren Sie dies, wenn Schritt 2 die Kalenderberechtigung mit einem Verwaltungsbereich auf ausgewählte Postfächer beschränkt. Calendars.ReadWrite darf dann in Entra nicht vorhanden sein: RBAC für Anwendungen ergänzt, was Entra erteilt, es schränkt es nicht ein.',
    stateWrongType: 'Falscher Typ: muss {type} sein',
    stateLookAlike: 'Fehlt: stattdessen wurde eine ähnliche Berechtigung hinzugefügt',
    consentGranted: 'Erteilt',
    consentNotGranted: 'Nicht erteilt',
    lookAlikesCaption: 'Falsche Berechtigungen (entfernen)',
    lookAlike: '{name} ({type}, {resource}): {why}',
    othersCaption: 'Weitere Berechtigungen, die teamspace nicht braucht',
    other: 'ID {id} ({type}) der Ressource {resource}',
    secretsCaption: 'Geheime Clientschlüssel',
    noSecrets: 'Kein geheimer Clientschlüssel. Legen Sie einen unter Zertifikate & Geheimnisse an; teamspace braucht seinen Wert.',
    secret: '{name} (beginnt mit {hint}), endet am {date}',
    secretUnnamed: 'Schlüssel ohne Beschreibung',
    secretValid: 'noch {days} Tage gültig.',
    secretExpiring: 'läuft in {days} Tagen ab: Legen Sie einen neuen Schlüssel an und hinterlegen Sie seinen Wert in teamspace.',
    secretExpired: 'abgelaufen: Legen Sie einen neuen Schlüssel an und hinterlegen Sie seinen Wert in teamspace (AADSTS7000222).',
    secretNoEnd: 'kein Ablaufdatum gefunden.',
    consentUnknown:
      'Die Administratorzustimmung ist im Manifest nicht zu sehen: Sie wird an der Unternehmensanwendung gespeichert. Prüfen Sie sie mit der Live-Prüfung unten oder in Entra unter API-Berechtigungen in der Spalte „Status“; erteilen Sie sie mit „Administratorzustimmung für … erteilen“.',
    liveHeading: 'Live prüfen mit Microsoft-Anmeldung',
    liveOff:
      'Die Live-Prüfung ist auf dieser Website nicht eingerichtet: Der Betreiber dieser Website hat keine Anmelde-App dafür eingerichtet. Nutzen Sie stattdessen die Manifest-Prüfung oben; sie prüft dieselben Einstellungen außer der Administratorzustimmung.',
    liveIntro:
      'Melden Sie sich mit einem Microsoft-Konto Ihrer Organisation an, das App-Registrierungen lesen darf (z. B. Anwendungsadministrator, Cloudanwendungsadministrator oder globaler Leser). Die Anmeldung ist delegiert und nur lesend: Die Website fragt die Berechtigungen {scopes} an und liest genau dies aus Microsoft Graph, sonst nichts:',
    readApplication:
      'die App-Registrierung (Name, Kontotyp, Umleitungs-URIs, Token-Einstellungen, Berechtigungen, Beschreibungen und Ablaufdaten der geheimen Schlüssel; nie den Wert eines Schlüssels)',
    readServicePrincipal: 'ihre Unternehmensanwendung (die Objekt-ID für die PowerShell-Befehle)',
    readAppRoleAssignments: 'die ihr erteilten Anwendungsberechtigungen (Administratorzustimmung)',
    readGrants: 'die ihr erteilten delegierten Berechtigungen (Administratorzustimmung)',
    liveTokens: 'Das Anmelde-Token bleibt nur im Speicher dieser Seite und ist weg, sobald Sie sich abmelden oder die Seite verlassen.',
    appIdLabel: 'Anwendungs-ID (Client)',
    appIdHint: 'Wird aus der Manifest-Prüfung übernommen, oder kopieren Sie sie aus App-Registrierungen > Ihre App > Übersicht.',
    signIn: 'Mit Microsoft anmelden und prüfen',
    checkAgain: 'Erneut prüfen',
    signOut: 'Abmelden',
    loading: 'Die Microsoft-Anmeldung wird geladen…',
    signingIn: 'Anmeldung läuft… schließen Sie die Anmeldung im geöffneten Fenster ab.',
    reading: 'Daten werden aus Microsoft Graph gelesen …',
    signedInAs: 'Angemeldet als {user}.',
    signedOut: 'Abgemeldet. Token und Ergebnisse sind gelöscht.',
    objectIdFilled: 'Die Objekt-ID der Unternehmensanwendung {obj} ist jetzt auf dieser Seite eingetragen (für New-ServicePrincipal).',
    liveDone: 'Live-Prüfung fertig. Fehler: {errors}. Warnungen: {warnings}.',
    popupBlocked: 'Der Browser hat das Anmeldefenster blockiert. Erlauben Sie Pop-ups für diese Website und versuchen Sie es erneut.',
    signInCancelled: 'Die Anmeldung wurde abgebrochen.',
    signInFailed: 'Die Anmeldung ist fehlgeschlagen: {detail}',
    errorForbidden:
      'Microsoft Graph hat das Lesen von {what} verweigert (HTTP 403, {code}). Ihr Konto muss App-Registrierungen und ihre Berechtigungen lesen dürfen: Melden Sie sich als Anwendungsadministrator, Cloudanwendungsadministrator oder globaler Leser an und stellen Sie sicher, dass den Berechtigungen {scopes} zugestimmt wurde.',
    errorUnauthorized: 'Microsoft Graph hat die Anmeldung nicht akzeptiert (HTTP 401, {code}). Melden Sie sich ab und wieder an.',
    errorAppNotFound:
      'Im Verzeichnis, bei dem Sie angemeldet sind, gibt es keine App-Registrierung mit der Anwendungs-ID {appId}. Prüfen Sie die ID (App-Registrierungen > Ihre App > Übersicht) und ob Sie bei der richtigen Organisation angemeldet sind.',
    errorSpNotFound:
      'Die App-Registrierung existiert, hat in diesem Verzeichnis aber keine Unternehmensanwendung. Öffnen Sie die App unter Unternehmensanwendungen oder erteilen Sie die Administratorzustimmung, die sie anlegt.',
    errorNetwork:
      'Microsoft Graph ist nicht erreichbar. Prüfen Sie die Netzwerkverbindung (ein Proxy oder eine Firewall könnte graph.microsoft.com blockieren) und versuchen Sie es erneut.',
    errorHttp: 'Microsoft Graph antwortete beim Lesen von {what} mit HTTP {status}: {code} {message}',
    whatApplication: 'der App-Registrierung',
    whatServicePrincipal: 'der Unternehmensanwendung',
    whatAppRoleAssignments: 'der erteilten Anwendungsberechtigungen',
    whatGrants: 'der erteilten delegierten Berechtigungen',
  },
  redirectPage: {
    title: 'Microsoft-Anmeldung',
    heading: 'Anmeldung wird abgeschlossen',
    body: 'Dieses Fenster gehört zur Anmeldung der App-Registrierungsprüfung und schließt sich von selbst.',
    direct: 'Hier ist keine Anmeldung abzuschließen. Sie können dieses Fenster schließen.',
  },
};

export const STRINGS: Record<Locale, RegistrationStrings> = { en, de };
