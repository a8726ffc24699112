/**
 * Every key a prefilled link may carry: the allowlist for reading links, the order
 * for writing them, the one schema (Zod 4) that validates each key's value, and
 * the documentation on the "Links for support" page.
 * Keys are short and stable: never rename one; add an alias instead.
 *
 * The browser needs only LINK_SCHEMAS (and what is derived from it); LINK_KEYS with its
 * texts in both languages is for the build and the tests and does not reach a bundle.
 */
import { $ZodCheckStringFormat, $ZodString, safeParse } from 'zod/v4/core';
import type { Localized } from '../data/microsoft';
import type { LinkKeyName } from './link-key-names';

export { LINK_KEY_NAMES, LINK_KEY_ORDER, type LinkKeyName } from './link-key-names';

export type ToolId = 'redirect' | 'powershell' | 'webxml' | 'registration' | 'decoder' | 'reminder' | 'setup' | 'connection' | 'calendarScope';

/**
 * A link key's schema: a Zod 4 string schema with one pattern check.
 *
 * The schemas are made from Zod 4's core (zod/v4/core), the classes zod/mini's schemas are
 * built on, and read with its functional `safeParse` (the same one zod/mini exports). A
 * zod/mini schema is the same object with methods added (parse, parseAsync, safeParse,
 * safeParseAsync on every schema), which no bundler can leave out: with them the chunk
 * every tool page loads was 3.5 kB gzip, without them it stays under 3 kB (npm run bench).
 */
export type LinkSchema = $ZodString;
const string = (pattern: RegExp): LinkSchema =>
  new $ZodString({ type: 'string', checks: [new $ZodCheckStringFormat({ check: 'string_format', format: 'regex', pattern })] });

/** The value if it passes the schema, else null. */
export function parseLinkValue(schema: LinkSchema, value: string): string | null {
  const r = safeParse(schema, value);
  return r.success ? r.data : null;
}

// Every schema is a string with one pattern: each further kind of check adds to the
// bundle every tool page loads, so lengths, trimming and alternatives live in the pattern.
const GUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ONMICROSOFT = '(?=[^\\s]{1,253}\\s*$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.onmicrosoft\\.com';
/** No control characters; `lines` allows line breaks and tabs (a list may span lines). */
const text = (max: number, lines = false) =>
  string(new RegExp(`^[^${lines ? '\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f' : '\\u0000-\\u001f'}\\u007f]{0,${max}}$`));
const spaced = (pattern: string) => string(new RegExp(`^\\s*(?:${pattern})\\s*$`, 'i'));
/** A GUID (surrounding spaces tolerated, any case), as the Application, Object or service principal ID. */
export const guidSchema = spaced(GUID);
const tenantSchema = spaced(`${GUID}|${ONMICROSOFT}`);
const flagSchema = spaced('1|0|true|false|yes|no|');
const addressSchema = spaced('[^\\s@<>,;]{1,64}@[^\\s@<>,;]{1,255}');

/** The schema of each link key, in link order (the order links are written in). */
export const LINK_SCHEMAS = {
  url: text(2048),
  tenant: tenantSchema,
  app: guidSchema,
  obj: guidSchema,
  sp: guidSchema,
  mb: text(200_000, true),
  smtp: flagSchema,
  sendas: flagSchema,
  verify: flagSchema,
  ruri: text(2048),
  calscope: flagSchema,
  err: text(200_000, true),
  exp: text(40),
  name: text(120),
  from: addressSchema,
  to: addressSchema,
} as const satisfies Record<LinkKeyName, LinkSchema>;

/** Whether a link value passes its key's schema (unknown keys never do). */
export function isValidLinkValue(key: string, value: string): boolean {
  const schema = (LINK_SCHEMAS as Record<string, LinkSchema | undefined>)[key];
  return schema !== undefined && parseLinkValue(schema, value) !== null;
}

export interface LinkKey {
  key: LinkKeyName;
  /** Tools that read this key into a field. Shared keys are read by several tools on one page. */
  tools: readonly ToolId[];
  /** Guide pages (slugs) where smaller embedded parts read the key too (admin consent link, values card). */
  pages?: readonly string[];
  label: Localized;
  description: Localized;
  /** A realistic value; the support page builds its example links from these. */
  example: string;
}

export const LINK_KEYS: readonly LinkKey[] = [
  {
    key: 'url',
    tools: ['redirect', 'webxml', 'registration', 'setup'],
    label: { en: 'Installation URL', de: 'Installations-URL' },
    description: {
      en: 'The address of the teamspace installation, e.g. https://xyc.teamspace.de.',
      de: 'Die Adresse der teamspace-Installation, z. B. https://xyc.teamspace.de.',
    },
    example: 'https://xyc.teamspace.de',
  },
  {
    key: 'tenant',
    tools: ['powershell', 'setup', 'connection'],
    pages: ['microsoft-app-registration/app-registration', 'microsoft-app-registration/teamspace-interface'],
    label: { en: 'Directory (tenant) ID', de: 'Verzeichnis-ID (Mandant)' },
    description: {
      en: 'The Directory (tenant) ID as a GUID, or the primary *.onmicrosoft.com domain.',
      de: 'Die Verzeichnis-ID (Mandant) als GUID oder die primäre *.onmicrosoft.com-Domain.',
    },
    example: 'contoso.onmicrosoft.com',
  },
  {
    key: 'app',
    tools: ['powershell', 'connection', 'calendarScope'],
    pages: ['microsoft-app-registration/app-registration', 'microsoft-app-registration/teamspace-interface'],
    label: { en: 'Application (client) ID', de: 'Anwendungs-ID (Client)' },
    description: {
      en: 'The Application (client) ID of the app registration (a GUID).',
      de: 'Die Anwendungs-ID (Client) der App-Registrierung (eine GUID).',
    },
    example: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  },
  {
    key: 'obj',
    tools: ['powershell', 'connection'],
    label: { en: 'Enterprise application Object ID', de: 'Objekt-ID der Unternehmensanwendung' },
    description: {
      en: 'The Object ID shown on the overview of the ENTERPRISE APPLICATION (not the one of the app registration).',
      de: 'Die Objekt-ID aus der Übersicht der UNTERNEHMENSANWENDUNG (nicht die der App-Registrierung).',
    },
    example: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
  },
  {
    key: 'sp',
    tools: ['powershell'],
    label: { en: 'Service principal ID', de: 'ID des Dienstprinzipals' },
    description: {
      en: 'Optional: the identity of the Exchange service principal. Without it the script looks it up itself.',
      de: 'Optional: die Identität des Exchange-Dienstprinzipals. Ohne sie ermittelt das Skript ihn selbst.',
    },
    example: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f',
  },
  {
    key: 'mb',
    tools: ['powershell', 'setup', 'connection', 'calendarScope'],
    label: { en: 'Mailboxes', de: 'Postfächer' },
    description: {
      en: 'One or more mailbox addresses, separated by commas (line breaks, semicolons, spaces and "Name <address>" work too).',
      de: 'Eine oder mehrere Postfachadressen, durch Kommas getrennt (Zeilenumbrüche, Semikolons, Leerzeichen und „Name <Adresse>“ gehen auch).',
    },
    example: 'info@contoso.com,support@contoso.com',
  },
  {
    key: 'smtp',
    tools: ['powershell'],
    label: { en: 'Allow SMTP AUTH', de: 'SMTP AUTH erlauben' },
    description: { en: '1 to include Set-CASMailbox for each mailbox, 0 to leave it out.', de: '1: Set-CASMailbox für jedes Postfach aufnehmen, 0: weglassen.' },
    example: '1',
  },
  {
    key: 'sendas',
    tools: ['powershell'],
    label: { en: 'Grant Send As', de: '„Senden als“ erteilen' },
    description: { en: '1 to include Add-RecipientPermission … SendAs for each mailbox.', de: '1: Add-RecipientPermission … SendAs für jedes Postfach aufnehmen.' },
    example: '1',
  },
  {
    key: 'verify',
    tools: ['powershell'],
    label: { en: 'Verification commands', de: 'Prüfbefehle' },
    description: { en: '1 to include read-only verification commands.', de: '1: schreibgeschützte Prüfbefehle aufnehmen.' },
    example: '1',
  },
  {
    key: 'ruri',
    tools: ['redirect'],
    label: { en: 'Redirect URI to check', de: 'Zu prüfende Umleitungs-URI' },
    description: {
      en: 'A redirect URI as it stands in Entra; the checker tests it against the rules.',
      de: 'Eine Umleitungs-URI, wie sie in Entra steht; die Prüfung testet sie gegen die Regeln.',
    },
    example: 'https://xyc.teamspace.de/api/server/oauth2/redirect',
  },
  {
    key: 'calscope',
    tools: ['registration'],
    label: { en: 'Calendars.ReadWrite scoped in Exchange', de: 'Calendars.ReadWrite in Exchange eingeschränkt' },
    description: {
      en: '1 when Calendars.ReadWrite is restricted to chosen mailboxes with Exchange Online RBAC for Applications: the app registration checker then expects the permission to be absent from Entra.',
      de: '1, wenn Calendars.ReadWrite mit RBAC für Anwendungen in Exchange Online auf ausgewählte Postfächer beschränkt ist: Die Prüfung der App-Registrierung erwartet die Berechtigung dann nicht in Entra.',
    },
    example: '1',
  },
  {
    key: 'err',
    tools: ['decoder'],
    label: { en: 'Error message', de: 'Fehlermeldung' },
    description: {
      en: 'An error code or message to decode, e.g. AADSTS7000215.',
      de: 'Ein Fehlercode oder eine Fehlermeldung, die das Werkzeug erklären soll, z. B. AADSTS7000215.',
    },
    example: 'AADSTS7000215',
  },
  {
    key: 'exp',
    tools: ['reminder'],
    label: { en: 'Secret expiry date', de: 'Ablaufdatum des geheimen Schlüssels' },
    description: { en: 'The expiry date of the client secret (YYYY-MM-DD, or as Entra shows it).', de: 'Das Ablaufdatum des geheimen Clientschlüssels (JJJJ-MM-TT oder wie Entra es zeigt).' },
    example: '2027-06-30',
  },
  {
    key: 'name',
    tools: ['setup'],
    label: { en: 'App name', de: 'App-Name' },
    description: { en: 'The display name of the app registration the setup script creates.', de: 'Der Anzeigename der App-Registrierung, die das Setup-Skript anlegt.' },
    example: 'teamspace mail',
  },
  {
    key: 'from',
    tools: ['connection'],
    label: { en: 'Sender address of the test message', de: 'Absenderadresse der Testnachricht' },
    description: {
      en: 'Optional: the From address of the connection test\'s test message (proves Send As when it is not the first mailbox).',
      de: 'Optional: die Absenderadresse der Testnachricht des Verbindungstests (beweist „Senden als“, wenn sie nicht das erste Postfach ist).',
    },
    example: 'team@contoso.com',
  },
  {
    key: 'to',
    tools: ['connection'],
    label: { en: 'Recipient of the test message', de: 'Empfänger der Testnachricht' },
    description: {
      en: 'Optional: where the connection test sends its one test message. Without it the test sends nothing.',
      de: 'Optional: wohin der Verbindungstest seine eine Testnachricht sendet. Ohne diesen Wert sendet der Test nichts.',
    },
    example: 'admin@contoso.com',
  },
] as const;


export interface ToolPages {
  /** The tool's own page (slug without locale, no slashes). */
  page: string;
  /** The guide page that embeds the tool. */
  guide: string;
}

/** Where each tool lives, for the "Links for support" page and its example links. */
export const TOOL_PAGES: Record<ToolId, ToolPages> = {
  redirect: {
    page: 'tools/redirect-uri',
    guide: 'microsoft-app-registration/app-registration',
  },
  registration: {
    page: 'tools/app-registration-checker',
    guide: 'microsoft-app-registration/app-registration',
  },
  setup: {
    page: 'tools/setup-script',
    guide: 'microsoft-app-registration/app-registration',
  },
  powershell: {
    page: 'tools/powershell-generator',
    guide: 'microsoft-app-registration/service-principal',
  },
  webxml: {
    page: 'tools/web-xml-checker',
    guide: 'microsoft-app-registration/web-xml',
  },
  decoder: {
    page: 'tools/error-decoder',
    guide: 'microsoft-app-registration/troubleshooting',
  },
  reminder: {
    page: 'tools/secret-reminder',
    guide: 'microsoft-app-registration/notes',
  },
  calendarScope: {
    page: 'tools/calendar-scope',
    guide: 'microsoft-app-registration/service-principal',
  },
  connection: {
    page: 'tools/connection-test',
    guide: 'microsoft-app-registration/connection-test',
  },
};

/** The keys a tool reads, in link order. */
export function keysOf(tool: ToolId): readonly LinkKey[] {
  return LINK_KEYS.filter((k) => k.tools.includes(tool));
}
