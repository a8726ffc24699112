/**
 * The form of the error catalogue's Markdown files (content/errors/<locale>/<id>.md),
 * shared by the content loader (src/content.config.ts) and the tests: after the front
 * matter (`title: …`), the meaning, then `## Causes` (an ordered list, most likely
 * first), then `## Fix`. The section headings stay in English in every locale.
 * A value of the Microsoft facts module is written as {NAME} and filled in here.
 */
import { EXCHANGE_SCOPE, REDIRECT_PATH } from './microsoft';

export const ERROR_PROSE_VALUES: Readonly<Record<string, string>> = { EXCHANGE_SCOPE, REDIRECT_PATH };

export interface ErrorProseParts {
  meaning: string;
  causes: string;
  fix: string;
}

/** The three Markdown parts of a catalogue file's body; throws with the file's name on any other form. */
export function splitErrorProse(body: string, where: string): ErrorProseParts {
  const filled = body.replace(/\{([A-Z_]+)\}/g, (_, name: string) => {
    const value = ERROR_PROSE_VALUES[name];
    if (value === undefined) throw new Error(`${where}: unknown value {${name}}`);
    return value;
  });
  const parts = /^([^]*?)\n## Causes\n([^]*?)\n## Fix\n([^]*)$/.exec(`\n${filled.replace(/\r\n/g, '\n')}`);
  if (!parts) throw new Error(`${where}: the body must be the meaning, then "## Causes", then "## Fix"`);
  const [meaning, causes, fix] = parts.slice(1).map((part) => part.trim());
  if (!meaning || !fix) throw new Error(`${where}: the meaning and the fix must not be empty`);
  if (!/^1\. /.test(causes)) throw new Error(`${where}: "## Causes" must be an ordered list (1. …)`);
  return { meaning, causes, fix };
}
