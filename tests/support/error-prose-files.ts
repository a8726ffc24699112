/**
 * Reads the error catalogue's Markdown files (content/errors/<locale>/<id>.md) the way
 * the content loader does: the front matter holds only `title: …` (plain, or a quoted
 * YAML string), the body is split by src/data/error-prose.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { splitErrorProse, type ErrorProseParts } from '../../src/data/error-prose';

export type ProseLocale = 'en' | 'de';

export const ERROR_PROSE_DIR = fileURLToPath(new URL('../../content/errors/', import.meta.url));

export interface ErrorProseFile extends ErrorProseParts {
  title: string;
  /** The causes, one Markdown text each. */
  causeList: string[];
}

export function errorProseIds(locale: ProseLocale): string[] {
  return readdirSync(`${ERROR_PROSE_DIR}${locale}`)
    .filter((f) => f.endsWith('.md'))
    .map((f) => f.slice(0, -3))
    .sort();
}

export function readErrorProse(locale: ProseLocale, id: string): ErrorProseFile {
  const path = `${ERROR_PROSE_DIR}${locale}/${id}.md`;
  if (!existsSync(path)) throw new Error(`missing ${locale}/${id}.md`);
  const text = readFileSync(path, 'utf8');
  const front = /^---\ntitle: (.+)\n---\n([^]*)$/.exec(text);
  if (!front) throw new Error(`${locale}/${id}.md: the front matter must be exactly one line "title: …"`);
  const raw = front[1].trim();
  const title = raw.startsWith('"') ? (JSON.parse(raw) as string) : raw.startsWith("'") ? raw.slice(1, -1).replaceAll("''", "'") : raw;
  const parts = splitErrorProse(front[2], `${locale}/${id}.md`);
  const causeList = parts.causes.split(/\n(?=\d+\. )/).map((item) => item.replace(/^\d+\. /, '').trim());
  return { title, ...parts, causeList };
}
