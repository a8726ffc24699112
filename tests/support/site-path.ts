/**
 * Site paths per locale for tests, which run outside Astro: the rule the site's
 * localePath() (src/i18n/locale-path.ts, Astro's i18n routing with Starlight's root
 * locale) follows without a base path: English at the root, German under /de/.
 * The link check in tests/e2e/guide.spec.ts proves every link the site renders.
 */
import type { Locale } from '../../src/data/microsoft';

/** The path of `path` (e.g. 'tools/redirect-uri/', with or without a leading slash) in `lang`. */
export function sitePath(lang: Locale, path = ''): string {
  return `${lang === 'de' ? '/de' : ''}/${path.replace(/^\//, '')}`;
}
