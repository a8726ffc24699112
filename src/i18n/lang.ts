import type { Locale } from '../data/microsoft';

/** The page's locale inside any Astro component rendered by Starlight. */
export function langOf(astro: { locals: unknown; currentLocale?: string | undefined }): Locale {
  const route = (astro.locals as { starlightRoute?: { lang?: string } }).starlightRoute;
  const lang = route?.lang ?? astro.currentLocale ?? 'en';
  return lang.startsWith('de') ? 'de' : 'en';
}

/** The locale every number and date on the site is formatted with (Intl), per page language. */
export function intlLocale(lang: Locale): string {
  return lang === 'de' ? 'de-DE' : 'en-GB';
}
