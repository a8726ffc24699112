/**
 * The shared test fixture: every test fails on a console error, an uncaught page
 * error or a Content Security Policy violation, and on any request that leaves
 * the site's own origin. Import { test, expect } from here, not from @playwright/test.
 */
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

export interface PageProblems {
  console: string[];
  offsite: string[];
}

export const test = base.extend<{ problems: PageProblems; allowedOrigins: string[] }>({
  /** Origins besides the site's own that a test expects the page to talk to (e.g. a sign-in provider). */
  allowedOrigins: [[], { option: true }],
  problems: [
    async ({ page, baseURL, allowedOrigins }, use) => {
      const problems: PageProblems = { console: [], offsite: [] };
      const origin = new URL(baseURL!).origin;
      page.on('console', (msg) => {
        // A failed load is reported with its URL by the response listener below.
        if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) problems.console.push(msg.text());
      });
      page.on('response', (res) => {
        if (res.status() >= 400) problems.console.push(`HTTP ${res.status()}: ${res.url()}`);
      });
      page.on('pageerror', (err) => problems.console.push(`pageerror: ${err.message}`));
      // Violations are also reported in the page itself (some, e.g. in report-only
      // policies or from extensions of the policy, never reach the console).
      await page.exposeBinding('__tsCspViolation', (_source, text: string) => problems.console.push(`CSP violation: ${text}`));
      await page.addInitScript(() => {
        addEventListener(
          'securitypolicyviolation',
          (e) => (window as unknown as { __tsCspViolation(t: string): void }).__tsCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`),
          true,
        );
      });
      page.on('request', (req) => {
        const url = req.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        const to = new URL(url).origin;
        if (to !== origin && !allowedOrigins.includes(to)) problems.offsite.push(url);
      });
      await use(problems);
      expect(problems.console, 'console errors or CSP violations').toEqual([]);
      expect(problems.offsite, 'requests that left the site').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * The one violation Starlight itself causes on a bare page (recorded, not caused by
 * our content): label-content-name-mismatch on its search button, whose visible
 * text includes the keyboard shortcut. Only that rule on that element is excused.
 */
export const STARLIGHT_KNOWN_AXE = { rule: 'label-content-name-mismatch', target: 'button[data-open-modal=""]' };

/** Run axe with the WCAG 2.2 A and AA rules and fail with a readable list. */
export async function expectAxeClean(page: Page, include?: string): Promise<void> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  const ours = results.violations
    .map((v) => (v.id === STARLIGHT_KNOWN_AXE.rule ? { ...v, nodes: v.nodes.filter((n) => n.target.join(' ') !== STARLIGHT_KNOWN_AXE.target) } : v))
    .filter((v) => v.nodes.length > 0);
  const summary = ours.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(' | ')})`);
  expect(summary, 'axe violations').toEqual([]);
}
