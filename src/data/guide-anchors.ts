/**
 * The guide's stable section anchors, which support staff link to. Each page's
 * headings carry these ids explicitly (`## Heading {#id}`), identical in English
 * and German, so `/de/<page>/#<id>` works like `/<page>/#<id>`. The end-to-end
 * tests check every one in both locales; renaming one breaks links in the wild.
 */
export const GUIDE_ANCHORS = {
  'microsoft-app-registration/': ['how-it-works', 'who-it-is-for', 'prerequisites', 'steps', 'sources'],
  'microsoft-app-registration/app-registration/': [
    'create-registration',
    'set-redirect-uri',
    'client-secret',
    'tokens',
    'add-permissions',
    'exchange-permissions',
    'graph-permissions',
    'look-alikes',
    'grant-admin-consent',
    'note-ids',
    'check-registration',
    'sources',
  ],
  'microsoft-app-registration/service-principal/': [
    'before-you-start',
    'connect',
    'new-service-principal',
    'service-principal-id',
    'add-mailboxes',
    'send-as',
    'smtp-auth',
    'verify',
    'scope-calendars',
    'replication',
    'sources',
  ],
  'microsoft-app-registration/web-xml/': ['when-needed', 'edit-web-xml', 'add-context-param', 'restart-tomcat', 'sources'],
  'microsoft-app-registration/teamspace-interface/': ['create-interface', 'enter-values', 'success', 'mail-accounts', 'sources'],
  'microsoft-app-registration/connection-test/': ['why-test', 'run-test', 'read-result', 'token-check', 'exchange-check', 'network', 'sources'],
  'microsoft-app-registration/notes/': ['notes', 'secret-expiry', 'microsoft-changes', 'common-questions', 'sources'],
} as const satisfies Record<string, readonly string[]>;

export type GuidePage = keyof typeof GUIDE_ANCHORS;

/**
 * Where a link with a step anchor and values lands: the tool that fills that step
 * (its section id), not the static text with placeholders. `#add-mailboxes&mb=…`
 * opens the filled generator; `#add-mailboxes` alone still scrolls to the heading.
 */
export const TOOL_FOR_ANCHOR: Readonly<Record<string, string>> = {
  'set-redirect-uri': 'redirect-uri',
  'grant-admin-consent': 'admin-consent',
  'check-registration': 'registration-check',
  connect: 'powershell',
  'new-service-principal': 'powershell',
  'service-principal-id': 'powershell',
  'add-mailboxes': 'powershell',
  'send-as': 'powershell',
  'smtp-auth': 'powershell',
  verify: 'powershell',
  'scope-calendars': 'calendar-scope',
  'edit-web-xml': 'webxml-checker',
  'add-context-param': 'webxml-checker',
  'enter-values': 'teamspace-values',
  'secret-expiry': 'secret-reminder',
};
