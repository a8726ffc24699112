/**
 * Link check over the built site: every internal href must reach an existing page
 * or file, and every #fragment an element id on the target page. A fragment may also
 * prefill tools (`#anchor&key=value`): then only its anchor part must exist, and every
 * key must be a documented link key. Pure logic; the spec collects links and ids from
 * the real DOM of every page and passes them in.
 */
import { LINK_KEY_NAMES } from '../../src/lib/link-keys';
import { parseLinkState } from '../../src/lib/url-state';

export interface CrawledPage {
  /** URL path of the page, e.g. "/de/tools/". */
  path: string;
  /** Every element id on the page. */
  ids: string[];
  /** Every href on the page, resolved to absolute URLs. */
  hrefs: string[];
}

export interface BrokenLink {
  page: string;
  href: string;
  reason: 'missing page' | 'missing anchor' | 'unknown link key';
}

/**
 * @param origin the site's origin; links to other origins are not checked
 * @param fileExists whether a non-page path (asset, sitemap) exists in the build
 */
export function brokenLinks(pages: CrawledPage[], origin: string, fileExists: (path: string) => boolean): BrokenLink[] {
  const byPath = new Map(pages.map((p) => [p.path, new Set(p.ids)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of page.hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const path = decodeURI(url.pathname);
      const ids = byPath.get(path) ?? byPath.get(path + '/');
      if (!ids && !fileExists(path)) {
        broken.push({ page: page.path, href, reason: 'missing page' });
        continue;
      }
      const { anchor, unknown, refused } = parseLinkState('', url.hash, LINK_KEY_NAMES);
      if (anchor && !ids?.has(anchor)) broken.push({ page: page.path, href, reason: 'missing anchor' });
      if (unknown.length || refused.length) broken.push({ page: page.path, href, reason: 'unknown link key' });
    }
  }
  return broken;
}
