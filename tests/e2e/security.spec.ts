/**
 * The Content Security Policy and the response headers, on every built page in both
 * locales. The fixture fails a test on any CSP violation (console and
 * securitypolicyviolation events); these tests load and use the pages under the
 * policy of their <meta> and, as a host would send it, the one of dist/_headers.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import { builtPages } from './pages';
import { parsePolicy } from '../../integrations/security/csp-check.mjs';
import { parseHeaders } from '../../integrations/security/headers.mjs';

const pages = builtPages();
const headerRules = parseHeaders(readFileSync('dist/_headers', 'utf8'));
const siteHeaders = Object.fromEntries(headerRules.find((r) => r.path === '/*')!.headers.map(([n, v]) => [n.toLowerCase(), v]));
const headerPolicy = parsePolicy(siteHeaders['content-security-policy']);

function metaPolicyOf(path: string): Map<string, string[]> {
  const html = readFileSync(`dist${path}index.html`, 'utf8');
  const content = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1];
  expect(content, `CSP meta in ${path}`).toBeDefined();
  return parsePolicy(content!.replace(/&#39;/g, "'"));
}

test.describe('Starlight features under the policy', () => {
  for (const [locale, prefix, query] of [
    ['en', '/', 'Exchange'],
    ['de', '/de/', 'Exchange'],
  ] as const) {
    test(`theme, search and sidebar state work (${locale})`, async ({ page }) => {
      await page.goto(`${prefix}microsoft-app-registration/`);
      // Theme picker: inline theme script + processed script + localStorage.
      const theme = page.locator('starlight-theme-select select').first();
      await theme.selectOption('light');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
      // Search: Pagefind loads its index and compiles WebAssembly ('wasm-unsafe-eval').
      await page.locator('button[data-open-modal]').click();
      const search = page.getByRole('dialog').getByRole('textbox');
      await search.fill(query);
      // "N results for …" or "No results for …": either way Pagefind ran.
      await expect(page.locator('.pagefind-ui__message')).toContainText(query, { timeout: 15_000 });
      await page.keyboard.press('Escape');
      // Another page restores the theme and the sidebar state (Starlight's inline scripts).
      await page.locator('#starlight__sidebar a[href]').last().click();
      await page.waitForLoadState('networkidle');
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    });
  }
});

test('an injected inline script is blocked and reported', async ({ browser, baseURL }) => {
  // A page without the fixture's listeners: this test expects a violation.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/tools/');
  const outcome = await page.evaluate(
    () =>
      new Promise<{ ran: boolean; directive: string }>((resolve) => {
        addEventListener('securitypolicyviolation', (e) => resolve({ ran: 'tsInjected' in window, directive: e.effectiveDirective }), { once: true });
        const script = document.createElement('script');
        script.textContent = 'window.tsInjected = true';
        document.body.append(script);
      }),
  );
  expect(outcome).toEqual({ ran: false, directive: 'script-src-elem' });
  await context.close();
});

test.describe('dist/_headers', () => {
  test('carries the security headers', () => {
    expect(siteHeaders['strict-transport-security']).toMatch(/max-age=\d{8,}/);
    expect(siteHeaders['x-content-type-options']).toBe('nosniff');
    expect(siteHeaders['referrer-policy']).toBe('no-referrer');
    for (const feature of ['camera', 'microphone', 'geolocation']) expect(siteHeaders['permissions-policy']).toContain(`${feature}=()`);
    expect(headerPolicy.get('frame-ancestors')).toEqual(["'none'"]);
  });

  test('its policy allows what every page policy allows, and nothing beyond the site and the sign-in origins', () => {
    for (const path of pages) {
      const meta = metaPolicyOf(path);
      expect(meta.has('frame-ancestors'), `${path}: frame-ancestors is ignored in a meta element`).toBe(false);
      for (const [directive, sources] of meta) {
        expect(headerPolicy.get(directive), `${path}: ${directive} in _headers`).toEqual(expect.arrayContaining(sources));
      }
    }
    const meta = metaPolicyOf('/');
    for (const [directive, sources] of headerPolicy) {
      if (directive === 'frame-ancestors') continue;
      // Only hashes of other pages' scripts may be added: no further origin or keyword.
      expect(sources.filter((s) => !/^'sha(256|384|512)-/.test(s)), directive).toEqual((meta.get(directive) ?? []).filter((s) => !/^'sha(256|384|512)-/.test(s)));
    }
  });
});

/** A CSP source that names a host (or any host) beyond 'self'. */
const OUTSIDE_ORIGIN = /^(https?:|wss?:|\*)/;

test('without a configured live check, no page allows an origin outside the site', () => {
  // npm test builds without PUBLIC_MSAL_CLIENT_ID (registration-live.spec builds its own site).
  for (const path of pages) {
    for (const [directive, sources] of metaPolicyOf(path)) {
      expect(sources.filter((s) => OUTSIDE_ORIGIN.test(s)), `${path}: ${directive}`).toEqual([]);
    }
  }
  for (const [directive, sources] of headerPolicy) expect(sources.filter((s) => OUTSIDE_ORIGIN.test(s)), `_headers: ${directive}`).toEqual([]);
});

test.describe('every page, served with the headers of dist/_headers', () => {
  for (const path of pages) {
    test(`${path}`, async ({ page }) => {
      // Play the static host: add the headers to every response of the site. The page
      // then runs under both policies, its <meta> and the header.
      await page.route('**/*', async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...siteHeaders } });
      });
      const response = await page.goto(path);
      expect((await response!.allHeaders())['content-security-policy']).toBe(siteHeaders['content-security-policy']);
      await page.waitForLoadState('networkidle');
      await page.unrouteAll({ behavior: 'wait' });
      // The meta policy is the first thing in <head>, so it covers every script and stylesheet.
      const first = await page.evaluate(() => document.head.querySelector('meta:not([charset]):not([name="referrer"])')?.getAttribute('http-equiv'));
      expect(first).toBe('content-security-policy');
      const policy = metaPolicyOf(path);
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'"]) expect(policy.get('script-src')).not.toContain(unsafe);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
    });
  }
});
