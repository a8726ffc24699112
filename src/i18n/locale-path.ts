/**
 * Site paths per locale (English at the root, German under /de/), built by Astro's own
 * i18n routing, so the base path and the trailing-slash setting are always respected.
 * For components at build time; client code gets the paths it needs from its markup.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import type { Locale } from '../data/microsoft';

/** The path of `path` (e.g. 'tools/redirect-uri/') in `lang`. */
export function localePath(lang: Locale, path: string): string {
  return getRelativeLocaleUrl(lang, path);
}
