import { describe, expect, it } from 'vitest';
import { brokenLinks, type CrawledPage } from '../e2e/link-check';

const origin = 'http://127.0.0.1:4321';
const files = new Set(['/favicon.svg']);
const exists = (path: string) => files.has(path);

function site(hrefs: string[]): CrawledPage[] {
  return [
    { path: '/', ids: ['_top'], hrefs: hrefs.map((h) => new URL(h, origin + '/').href) },
    { path: '/guide/', ids: ['_top', 'add-mailboxes', 'größe'], hrefs: [] },
  ];
}

describe('brokenLinks', () => {
  it('accepts links to existing pages, ids, files and other origins', () => {
    const ok = ['/guide/', '/guide', '/guide/#add-mailboxes', '#_top', '/favicon.svg', '/guide/#gr%C3%B6%C3%9Fe', 'https://entra.microsoft.com/#nope'];
    expect(brokenLinks(site(ok), origin, exists)).toEqual([]);
  });

  it('reports a missing page', () => {
    expect(brokenLinks(site(['/gide/']), origin, exists)).toEqual([
      { page: '/', href: `${origin}/gide/`, reason: 'missing page' },
    ]);
  });

  it('reports a missing anchor on another page and on the same page', () => {
    const result = brokenLinks(site(['/guide/#add-mailbox', '#nowhere']), origin, exists);
    expect(result.map((b) => [b.href, b.reason])).toEqual([
      [`${origin}/guide/#add-mailbox`, 'missing anchor'],
      [`${origin}/#nowhere`, 'missing anchor'],
    ]);
  });

  it('reports an anchor on a file, which has no ids', () => {
    expect(brokenLinks(site(['/favicon.svg#x']), origin, exists)).toHaveLength(1);
  });

  it('checks only the anchor of a prefilling fragment, and refuses unknown link keys', () => {
    const ok = ['/guide/#url=https://x.example&app=1', '/guide/#add-mailboxes&mb=a@b.c'];
    expect(brokenLinks(site(ok), origin, exists)).toEqual([]);
    const bad = brokenLinks(site(['/guide/#nowhere&app=1', '/guide/#aap=1', '/guide/#secret=x']), origin, exists);
    expect(bad.map((b) => b.reason)).toEqual(['missing anchor', 'unknown link key', 'unknown link key']);
  });
});
