/**
 * Example links on the support pages: shown and held with the site's own origin, wherever
 * the site is served, so support copies a link the customer can open as it is.
 */
for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-absolute-link]')) {
  const path = a.getAttribute('href') ?? '';
  if (!path.startsWith('/')) continue;
  const href = `${location.origin}${path}`;
  a.setAttribute('href', href);
  const code = a.querySelector('code');
  if (code) code.textContent = href;
}
