/**
 * Links from the error catalogue to the guide and the tools (build time only: the
 * catalogue entries are rendered into the page, the browser never needs this).
 */
import { HELP_PAGES, type HelpPage } from '../../data/errors';
import type { Locale } from '../../data/microsoft';
import { localePath } from '../../i18n/locale-path';

/** The site path of a help page in a locale, with its anchor (e.g. /de/microsoft-app-registration/notes/#secret-expiry). */
export function helpPageHref(page: HelpPage, lang: Locale): string {
  const [path, anchor] = HELP_PAGES[page].path.split('#');
  return `${localePath(lang, path)}${anchor ? `#${anchor}` : ''}`;
}
