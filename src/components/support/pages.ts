/** Paths and titles of the site's pages, read from the pages themselves. */
import { getEntry } from 'astro:content';
import type { Locale } from '../../data/microsoft';
import { localePath } from '../../i18n/locale-path';

/** The URL path of a page slug (e.g. 'tools/redirect-uri') in a locale. */
export function pagePath(slug: string, lang: Locale): string {
  return localePath(lang, `${slug}/`);
}

/** The page's own title, so the support page never repeats a name by hand. */
export async function pageTitle(slug: string, lang: Locale): Promise<string> {
  const entry = await getEntry('docs', lang === 'de' ? `de/${slug}` : slug);
  if (!entry) throw new Error(`No page "${slug}" in ${lang}: check TOOL_PAGES in src/lib/link-keys.ts`);
  return entry.data.title;
}
