/**
 * Links to the help pages (HELP_PAGES in src/data/errors.ts: guide sections and tool pages)
 * from the error catalogue and the tools (build time only: the
 * links are rendered into the page, the browser never needs this).
 */
import { HELP_PAGES, type HelpPage } from '../data/errors';
import type { Locale } from '../data/microsoft';
import { localePath } from './locale-path';

/** The site path of a help page in a locale, with its anchor (e.g. /de/microsoft-app-registration/notes/#secret-expiry). */
export function helpPageHref(page: HelpPage, lang: Locale): string {
  const [path, anchor] = HELP_PAGES[page].path.split('#');
  return `${localePath(lang, path)}${anchor ? `#${anchor}` : ''}`;
}
