/**
 * Privacy and hostile input, generically on every tool page in both locales: every
 * offline tool is used with realistic values (each field filled by its label, each
 * box toggled, each button pressed except sign-in). The fixture already fails on a
 * request that leaves the site; here nothing typed may reach a request URL, a
 * Referer, cookies, Web Storage, IndexedDB or Cache Storage, and hostile link values
 * stay text. New tools are covered as soon as their page is built.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LINK_KEYS } from '../../src/lib/link-keys';
import { pagesWithTools, realisticFile, realisticValue, SIGN_IN, toolSectionPages, type FieldInfo } from './tool-pages';

/**
 * Everything the site may keep in the browser: Starlight's own preferences (colour
 * theme, synced tab choice, sidebar state), never a value typed into a tool.
 */
const ALLOWED_STORAGE: Record<'localStorage' | 'sessionStorage', RegExp[]> = {
  localStorage: [/^starlight-theme$/, /^starlight-synced-tabs__/],
  sessionStorage: [/^sl-sidebar-state$/],
};
/** The site creates no IndexedDB database and no cache (MSAL would, but only after sign-in). */
const ALLOWED_DATABASES: string[] = [];

interface BrowserData {
  localStorage: [string, string][];
  sessionStorage: [string, string][];
  databases: { name: string; dump: string }[];
  caches: string[];
}

async function browserData(page: Page): Promise<BrowserData> {
  return page.evaluate(async () => {
    const entries = (s: Storage) => Array.from({ length: s.length }, (_, i) => s.key(i)!).map((k) => [k, s.getItem(k) ?? ''] as [string, string]);
    const read = (req: IDBRequest) => new Promise<unknown>((resolve, reject) => ((req.onsuccess = () => resolve(req.result)), (req.onerror = () => reject(req.error))));
    const databases = [];
    for (const info of await indexedDB.databases()) {
      const db = (await read(indexedDB.open(info.name!))) as IDBDatabase;
      const stores: Record<string, unknown> = {};
      for (const name of db.objectStoreNames) stores[name] = await read(db.transaction(name).objectStore(name).getAll());
      db.close();
      databases.push({ name: info.name!, dump: JSON.stringify(stores) });
    }
    return { localStorage: entries(localStorage), sessionStorage: entries(sessionStorage), databases, caches: await caches.keys() };
  });
}

/** Fails if anything the site keeps is not on the allow-list or holds one of the probes. */
async function expectNothingKept(page: Page, probes: string[]): Promise<void> {
  const data = await browserData(page);
  for (const area of ['localStorage', 'sessionStorage'] as const) {
    const keys = data[area].map(([k]) => k).filter((k) => !ALLOWED_STORAGE[area].some((re) => re.test(k)));
    expect(keys, `${area} keys beyond the allowed ones`).toEqual([]);
    for (const [key, value] of data[area]) for (const probe of probes) expect(value, `${area}["${key}"]`).not.toContain(probe);
  }
  expect(data.databases.map((d) => d.name).filter((n) => !ALLOWED_DATABASES.includes(n)), 'IndexedDB databases').toEqual([]);
  for (const db of data.databases) for (const probe of probes) expect(db.dump, `IndexedDB ${db.name}`).not.toContain(probe);
  expect(data.caches, 'Cache Storage').toEqual([]);
  expect(await page.context().cookies(), 'cookies').toEqual([]);
}

/** Records every request the page makes: URL and Referer. */
function recordRequests(page: Page): { url: string; referer: string }[] {
  const seen: { url: string; referer: string }[] = [];
  page.on('request', (r) => seen.push({ url: r.url(), referer: r.headers()['referer'] ?? '' }));
  return seen;
}

function expectNotInRequests(requests: { url: string; referer: string }[], probes: string[]): void {
  for (const { url, referer } of requests) {
    for (const text of [url, referer]) {
      let decoded = text;
      try {
        decoded = decodeURIComponent(text.replace(/\+/g, ' '));
      } catch {
        /* keep it raw */
      }
      for (const probe of probes) expect(decoded, `request ${url}`).not.toContain(probe);
    }
  }
}

function failOnDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss();
  });
  return dialogs;
}

/** Fills, toggles and presses everything in every tool on the page; returns the probes of what was entered. */
async function useEveryTool(page: Page): Promise<string[]> {
  const probes: string[] = [];
  const tools = page.locator('.ts-tool');
  for (let t = 0; t < (await tools.count()); t++) {
    const tool = tools.nth(t);
    const fields = tool.locator('input:not([type=checkbox]):not([type=radio]):not([type=hidden]):not([type=file]):not([type=button]):not([type=submit]), textarea');
    for (let i = 0; i < (await fields.count()); i++) {
      const field = fields.nth(i);
      if (!(await field.isVisible()) || !(await field.isEditable())) continue;
      const info: FieldInfo = await field.evaluate((el: HTMLInputElement | HTMLTextAreaElement) => ({
        label: [...(el.labels ?? [])].map((l) => l.textContent ?? '').join(' ') || el.getAttribute('aria-label') || '',
        tag: el.tagName.toLowerCase(),
        type: el instanceof HTMLInputElement ? el.type : 'textarea',
        accept: '',
      }));
      const { value, probe } = realisticValue(info);
      await field.fill(value);
      await field.blur();
      probes.push(probe);
    }
    const files = tool.locator('input[type=file]');
    for (let i = 0; i < (await files.count()); i++) {
      const file = realisticFile((await files.nth(i).getAttribute('accept')) ?? '');
      if (!file || !(await files.nth(i).isEnabled())) continue;
      await files.nth(i).setInputFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
      probes.push(file.probe);
    }
    const selects = tool.locator('select');
    for (let i = 0; i < (await selects.count()); i++) {
      const options = await selects.nth(i).locator('option').count();
      if (options > 1 && (await selects.nth(i).isEnabled())) await selects.nth(i).selectOption({ index: options - 1 });
    }
    const boxes = tool.locator('input[type=checkbox], input[type=radio]');
    for (let i = 0; i < (await boxes.count()); i++) {
      if ((await boxes.nth(i).isVisible()) && (await boxes.nth(i).isEnabled())) await boxes.nth(i).click();
    }
    const buttons = tool.getByRole('button');
    for (let i = 0; i < (await buttons.count()); i++) {
      const button = buttons.nth(i);
      if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
      if (SIGN_IN.test((await button.textContent()) ?? '')) continue;
      await button.click();
    }
  }
  return probes;
}

test.describe('using every tool keeps the values on the page', () => {
  // Many fields and buttons per page: more time than a page load, on a slow machine too.
  test.describe.configure({ timeout: 180_000 });
  for (const path of pagesWithTools) {
    test(path, async ({ page, context, baseURL }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
      const dialogs = failOnDialogs(page);
      const requests = recordRequests(page);
      await page.goto(path);
      const probes = await useEveryTool(page);
      await page.waitForLoadState('networkidle');
      expect(probes.length, 'fields filled').toBeGreaterThan(0);
      expect(dialogs).toEqual([]);
      // Still the same page: values live in the fragment only.
      const where = await page.evaluate(() => ({ path: location.pathname, search: location.search, hash: decodeURIComponent(location.hash) }));
      expect(where.path).toBe(path);
      for (const probe of probes) expect(where.search).not.toContain(probe);
      expectNotInRequests(requests, probes);
      await expectNothingKept(page, probes);
    });
  }
});

test('a prefilled query string reaches no later request, not even as Referer', async ({ page }) => {
  const path = pagesWithTools[0] ?? toolSectionPages[0];
  const requests = recordRequests(page);
  const probe = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
  await page.goto(`${path}?app=${probe}&tenant=contoso.onmicrosoft.com`);
  await page.waitForLoadState('networkidle');
  expect(requests[0].url).toContain(probe); // the navigation itself carries it, nothing after it
  expect(requests.length).toBeGreaterThan(1);
  expectNotInRequests(requests.slice(1), [probe, 'contoso.onmicrosoft.com']);
});

const HOSTILE = [
  '<script>alert("script")</script>',
  '"><img src=x onerror=alert("img")>',
  "'\"`; alert('quotes'); //",
  'javascript:alert("url")',
  '<svg/onload=alert("svg")>',
  '</textarea><iframe srcdoc="<script>parent.alert(1)</script>">',
  `${'A'.repeat(10_000)}<img src=x onerror=alert("long")>`,
];

/** Elements that could run code or load something, and event handler attributes (outside Starlight's search, which builds its form when idle). */
async function activeContent(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')]
      .filter((el) => !el.closest('site-search'))
      // Vite's preload of the site's own code chunks, added when a tool loads its logic on demand.
      .filter((el) => !(el.tagName === 'LINK' && el.getAttribute('rel') === 'modulepreload' && new URL(el.getAttribute('href') ?? '', location.href).origin === location.origin && new URL(el.getAttribute('href') ?? '', location.href).pathname.startsWith('/_astro/')))
      .filter((el) => ['SCRIPT', 'IMG', 'IFRAME', 'OBJECT', 'EMBED', 'FRAME', 'BASE', 'FORM', 'LINK', 'META'].includes(el.tagName) || [...el.attributes].some((a) => /^on/i.test(a.name)))
      .map((el) => el.outerHTML.slice(0, 120)),
  );
}

test.describe('hostile values in every link key stay text', () => {
  // Three rounds per page, each key with a different payload each round; the last round as a query string.
  for (const path of toolSectionPages) {
    for (const round of [0, 1, 2]) {
      test(`${path} (${round === 2 ? 'query' : `fragment ${round + 1}`})`, async ({ page }) => {
        const dialogs = failOnDialogs(page);
        let navigations = 0;
        page.on('request', (r) => {
          if (r.isNavigationRequest() && r.frame() === page.mainFrame()) navigations++;
        });
        await page.goto(path);
        const baseline = await activeContent(page);
        const hasTools = (await page.locator('ts-tool-frame').count()) > 0;
        // Servers refuse very long request lines, so the query round leaves out the 10k value.
        const payloads = round === 2 ? HOSTILE.filter((p) => p.length < 1000) : HOSTILE;
        const pairs = LINK_KEYS.map((k, i) => `${k.key}=${encodeURIComponent(payloads[(i + round * 3) % payloads.length])}`).join('&');
        await page.goto('about:blank');
        await page.goto(round === 2 ? `${path}?${pairs}` : `${path}#${pairs}`);
        await page.waitForLoadState('networkidle');
        expect(new URL(page.url()).pathname).toBe(path);
        expect(await activeContent(page), 'elements that run code or load').toEqual(baseline);
        const links = await page.evaluate(() => [...document.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')!).filter((h) => /^\s*javascript:/i.test(h)));
        expect(links, 'javascript: links').toEqual([]);
        if (hasTools) {
          // The values are shown, as they were given, in the fields that read them.
          const shown = await page.evaluate((values) => [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('.ts-tool input, .ts-tool textarea')].some((el) => values.includes(el.value)), payloads);
          expect(shown, 'a hostile value shown verbatim in a field').toBe(true);
        }
        expect(dialogs).toEqual([]);
        expect(navigations, 'navigations: the two loads of the test only').toBe(2);
      });
    }
  }
});

test.describe('secrets in links are refused', () => {
  for (const path of pagesWithTools) {
    test(path, async ({ page }) => {
      const secret = 'Q8x~linkSecret.Zz9-0987654321';
      const requests = recordRequests(page);
      await page.goto(`${path}?client_secret=${encodeURIComponent(secret)}#app=6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f&secret=${encodeURIComponent(secret)}&password=${encodeURIComponent(secret)}`);
      await expect(page.locator('[data-link-warning]').first()).toBeVisible();
      await expect(page.locator('[data-link-warning]').first()).toContainText('secret');
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.href))).not.toContain(secret);
      const values = await page.evaluate(() => [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')].map((el) => el.value));
      for (const v of values) expect(v).not.toContain(secret);
      await page.waitForLoadState('networkidle');
      expectNotInRequests(requests.slice(1), [secret]);
      await expectNothingKept(page, [secret]);
    });
  }
});

test.describe('the connection test\'s token field keeps the token on the page', () => {
  // An access token grants mailbox access: it may enter no URL, storage, request or page value.
  for (const path of ['/tools/connection-test/', '/de/microsoft-app-registration/connection-test/']) {
    test(path, async ({ page }) => {
      const requests = recordRequests(page);
      await page.goto(`${path}#tenant=contoso.onmicrosoft.com&app=6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f`);
      const body = btoa(JSON.stringify({ aud: 'https://outlook.office365.com', appid: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', roles: ['IMAP.AccessAsApp'], probe: 'tokenProbe7' })).replace(/=+$/, '');
      const token = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${body}.c2lnbmF0dXJlUHJvYmU`;
      const field = page.locator('[data-reader="token"]');
      await field.fill(token);
      await expect(page.locator('[data-result="token"] [data-verdicts] > li').first()).toHaveAttribute('data-cause', 'missingSmtpRole');
      await field.blur();
      // Every other tool on the page is used too; the token must not spread to them.
      await page.getByRole('button', { name: /Copy link|Link kopieren/ }).first().click();
      await page.waitForLoadState('networkidle');
      const probes = [token, body, 'c2lnbmF0dXJlUHJvYmU'];
      expect(await page.evaluate(() => decodeURIComponent(location.href))).not.toContain(body);
      expectNotInRequests(requests, probes);
      await expectNothingKept(page, probes);
      const pageValues = await page.evaluate(() => (globalThis as unknown as Record<symbol, { fragment(): string }>)[Symbol.for('teamspace.pageState')].fragment());
      for (const probe of probes) expect(pageValues).not.toContain(probe);
      expect(await field.evaluate((el) => el.dataset.linkKey)).toBeUndefined();
    });
  }
});
