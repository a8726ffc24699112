/**
 * German wording (corrections: one term per thing, the portal's own labels, no English words
 * left): every German string of the tools (STRINGS.de of each src/tools/<tool>/strings.ts and
 * src/i18n/ui.ts), the German pages (content/docs/de) and the German catalogue entries
 * (content/errors/de) keep to the terms below. A text that slips back fails with its place.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every string inside a value (objects, arrays), with its key path. */
function strings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) strings(v, `${path}.${k}`, out);
  return out;
}

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p, ext) : ext.test(name) ? [p] : [];
  });
}

async function germanTexts(): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for (const tool of readdirSync('src/tools')) {
    const file = join('src/tools', tool, 'strings.ts');
    try {
      statSync(file);
    } catch {
      continue;
    }
    const mod = (await import(/* @vite-ignore */ `../../${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) {
      if (value && typeof value === 'object' && 'de' in value) strings((value as { de: unknown }).de, `${file} ${name}.de`, out);
    }
  }
  const { UI } = await import('../../src/i18n/ui');
  strings(UI.de, 'src/i18n/ui.ts UI.de', out);
  for (const file of [...files('content/docs/de', /\.mdx?$/), ...files('content/errors/de', /\.md$/)]) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => out.push([`${file}:${i + 1}`, line]));
  }
  return out;
}

// [what, pattern that must not occur, the term to use]
const RULES: [string, RegExp, string][] = [
  ['"Umleitungs-URI" and "URI" are feminine (the portal: "die Umleitungs-URI")', /\b(?:den|dem|des|ein|einen|einem|eines|kein|keinen|zum|vom|beim)(?: [\wäöüß-]+)? (?:Web-)?(?:Umleitungs-)?URI\b(?!s)/, 'die/eine/keine/zur Umleitungs-URI'],
  ['no English "live" in German text', /\b[Ll]ive\b/, 'Prüfung mit Anmeldung'],
  ['"Live-Prüfung" has one German term', /Live-Prüfung/, 'Prüfung mit Anmeldung'],
  ['a token is decoded, not decrypted', /(?:^|[\s(„])[Ee]ntschlüssel/, 'dekodieren / erklären'],
  ['"teamspace-Hilfe-Center" with hyphen', /teamspace Hilfe-Center/, 'teamspace-Hilfe-Center'],
  ['the portal\'s "Geheime ID"', /Geheimnis-ID/, 'Geheime ID'],
  ['the portal\'s "Benutzerzuweisung erforderlich?"', /(?<!Benutzer)Zuweisung erforderlich\?/, 'Benutzerzuweisung erforderlich?'],
  ['the portal\'s "Aktiviert für die Benutzeranmeldung?"', /Aktiviert für die Anmeldung von Benutzern/, 'Aktiviert für die Benutzeranmeldung?'],
  ['"Daten werden aus Microsoft Graph gelesen …"', /Lese aus Microsoft Graph/, 'Daten werden aus Microsoft Graph gelesen …'],
  ['"Anwendungs-ID (Client)" as the portal labels it', /Anwendungs-\(Client-?\)ID|Client-ID\b/, 'Anwendungs-ID (Client)'],
  ['"Verzeichnis-ID (Mandant)" as the portal labels it', /Verzeichnis-\(Mandanten?-?\)ID|Mandanten-ID|Tenant-ID/, 'Verzeichnis-ID (Mandant)'],
];

describe('German wording: one term per thing, the portal\'s labels', async () => {
  const texts = await germanTexts();
  it('reads the German strings of every tool, the German pages and catalogue entries', () => {
    expect(texts.filter(([where]) => where.startsWith('src/tools/')).length).toBeGreaterThan(500);
    expect(texts.some(([where]) => where.startsWith('content/errors/de/'))).toBe(true);
    expect(texts.some(([where]) => where.startsWith('content/docs/de/'))).toBe(true);
  });
  it.each(RULES)('%s', (_what, pattern, _use) => {
    const found = texts.filter(([, text]) => pattern.test(text)).map(([where, text]) => `${where}: ${text.slice(0, 160)}`);
    expect(found).toEqual([]);
  });
  it('the rules find what they are meant to find', () => {
    const sample: Record<string, string> = {
      '"Umleitungs-URI" and "URI" are feminine (the portal: "die Umleitungs-URI")': 'Fügen Sie den Umleitungs-URI ein, mit einem korrigierten URI.',
      'no English "live" in German text': 'Live prüfen mit Microsoft-Anmeldung',
      '"Live-Prüfung" has one German term': 'Die Live-Prüfung',
      'a token is decoded, not decrypted': 'Es wird nur im Browser entschlüsselt.',
      '"teamspace-Hilfe-Center" with hyphen': 'im teamspace Hilfe-Center',
      'the portal\'s "Geheime ID"': 'die Geheimnis-ID',
      'the portal\'s "Benutzerzuweisung erforderlich?"': '„Zuweisung erforderlich?“',
      'the portal\'s "Aktiviert für die Benutzeranmeldung?"': 'Aktiviert für die Anmeldung von Benutzern?',
      '"Daten werden aus Microsoft Graph gelesen …"': 'Lese aus Microsoft Graph…',
      '"Anwendungs-ID (Client)" as the portal labels it': 'die Anwendungs-(Client-)ID',
      '"Verzeichnis-ID (Mandant)" as the portal labels it': 'die Mandanten-ID',
    };
    for (const [what, pattern] of RULES) expect(pattern.test(sample[what]), what).toBe(true);
    // ... and leave the right terms alone.
    for (const ok of ['die Umleitungs-URI', 'die Prüfung der Umleitungs-URI', 'zur Umleitungs-URI', 'einer korrigierten URI', 'geheimer Clientschlüssel', 'Benutzerzuweisung erforderlich?', 'Olive', 'Anwendungs-ID (Client)']) {
      expect(RULES.filter(([, p]) => p.test(ok)).map(([w]) => w), ok).toEqual([]);
    }
  });
});
