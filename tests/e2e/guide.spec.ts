/**
 * The guide as readers and support use it: search finds it, every link and anchor
 * resolves, it reads without JavaScript, its permission table is the data module,
 * both locales carry the same anchors, and the diagram reads in both themes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect, expectAxeClean } from './fixtures';
import { builtPages } from './pages';
import { brokenLinks, type CrawledPage } from './link-check';
import { OAUTH_GATEWAY_PARAM, PERMISSIONS, REDIRECT_PATH } from '../../src/data/microsoft';
import { GUIDE_ANCHORS, type GuidePage } from '../../src/data/guide-anchors';
import { CHECKED_ON, checkedOnText, sourcesOf } from '../../src/data/sources';
import { GUIDE } from '../../src/i18n/guide';

const LOCALES = [
  { lang: 'en', prefix: '/', search: 'Search', theme: 'Select theme', diagram: 'Who talks to whom' },
  { lang: 'de', prefix: '/de/', search: 'Suchen', theme: 'Farbschema wählen', diagram: 'Wer mit wem spricht' },
] as const;

const STEP1 = 'microsoft-app-registration/app-registration/';
const STEP2 = 'microsoft-app-registration/service-principal/';

test.describe('search', () => {
  const queries = [
    { query: 'IMAP.AccessAsApp', slug: STEP1 },
    { query: 'Set-CASMailbox', slug: STEP2 },
  ];
  for (const locale of LOCALES) {
    for (const { query, slug } of queries) {
      test(`${locale.lang}: "${query}" finds ${slug}`, async ({ page }) => {
        await page.goto(locale.prefix);
        const open = page.getByRole('button', { name: locale.search, exact: true });
        await expect(open).toBeEnabled();
        await open.click();
        const dialog = page.getByRole('dialog', { name: locale.search });
        await expect(dialog).toBeVisible();
        await dialog.getByPlaceholder(locale.search).fill(query);
        const hit = dialog.locator(`a[href^="${locale.prefix}${slug}"]`).first();
        // Pagefind fetches its index and WebAssembly on first use; on a busy machine that takes a while.
        await expect(hit).toBeVisible({ timeout: 30_000 });
        await hit.click();
        await expect(page).toHaveURL(new RegExp(`${locale.prefix}${slug}`));
      });
    }
  }
});

test('every internal link and anchor of the built site resolves', async ({ page, baseURL }) => {
  test.setTimeout(240_000);
  const crawled: CrawledPage[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const found = await page.evaluate(() => ({
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      hrefs: [...document.querySelectorAll<HTMLAnchorElement | HTMLLinkElement>('a[href], link[href]')].map((a) => a.href),
    }));
    crawled.push({ path, ...found });
  }
  const origin = new URL(baseURL!).origin;
  expect(crawled.length).toBeGreaterThan(20);
  expect(crawled.flatMap((p) => p.hrefs).filter((h) => h.includes('#')).length, 'the crawl saw anchors').toBeGreaterThan(50);
  expect(brokenLinks(crawled, origin, (path) => existsSync(join('dist', path)))).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  /** Commands and snippets each page shows with placeholders in static code blocks. */
  const STATIC_CODE: Partial<Record<GuidePage, string[]>> = {
    [STEP1]: [`https://xyc.teamspace.de${REDIRECT_PATH}`],
    [STEP2]: [
      "if (-not (Get-Module -ListAvailable -Name 'ExchangeOnlineManagement')) { Install-Module -Name ExchangeOnlineManagement -Scope CurrentUser }",
      'Import-Module ExchangeOnlineManagement',
      // Interactive sign-in: no -Organization (it is for certificate and managed-identity connections).
      'Connect-ExchangeOnline',
      "New-ServicePrincipal -AppId '<APPLICATION_ID>' -ObjectId '<OBJECT_ID>'",
      'Get-ServicePrincipal | Format-List',
      // Found by AppId, never by -Identity (an unknown Identity returns every principal).
      "$sp = Get-ServicePrincipal | Where-Object { $_.AppId -eq '<APPLICATION_ID>' }",
      "Add-MailboxPermission -Identity '<MAILBOX>' -User '<SERVICE_PRINCIPAL_ID>' -AccessRights FullAccess",
      "Add-RecipientPermission -Identity '<MAILBOX>' -Trustee '<SERVICE_PRINCIPAL_ID>' -AccessRights SendAs -Confirm:$false",
      "Set-CASMailbox -Identity '<MAILBOX>' -SmtpClientAuthenticationDisabled $false",
      "Get-CASMailbox -Identity '<MAILBOX>' | Format-List 'Name', 'ImapEnabled', 'SmtpClientAuthenticationDisabled'",
    ],
    'microsoft-app-registration/web-xml/': [`<param-name>${OAUTH_GATEWAY_PARAM}</param-name>`],
  };

  for (const locale of LOCALES) {
    for (const [slug, anchors] of Object.entries(GUIDE_ANCHORS) as [GuidePage, readonly string[]][]) {
      test(`${locale.prefix}${slug} reads with its headings and commands`, async ({ page }) => {
        await page.goto(locale.prefix + slug);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        for (const id of anchors) {
          await expect(page.locator(`:is(h2, h3)[id="${id}"]`), `heading #${id}`).toBeVisible();
          await expect(page.locator(`starlight-toc a[href="#${id}"]`).first(), `#${id} in the table of contents`).toBeAttached();
        }
        const code = (await page.locator('pre').allInnerTexts()).join('\n');
        for (const line of STATIC_CODE[slug] ?? []) expect(code).toContain(line);
      });
    }
  }

  test('both locales give the guide the same section ids', async ({ page }) => {
    const headingIds = async (path: string) => {
      await page.goto(path);
      return page.locator('.sl-markdown-content :is(h2, h3)[id]:not(.not-content *)').evaluateAll((hs) => hs.map((h) => h.id));
    };
    const guide = builtPages().filter((p) => p.startsWith('/microsoft-app-registration/'));
    expect(guide.length).toBeGreaterThanOrEqual(7);
    for (const path of guide) {
      expect(await headingIds('/de' + path), path).toEqual(await headingIds(path));
    }
  });
});

test.describe('permission table', () => {
  for (const locale of LOCALES) {
    test(`${locale.lang}: matches the data module exactly`, async ({ page }) => {
      await page.goto(locale.prefix + STEP1);
      const rows = page.locator('[data-permission-table] tr[data-permission]');
      await expect(rows).toHaveCount(PERMISSIONS.length);
      expect(await rows.locator('[data-name]').allTextContents()).toEqual(PERMISSIONS.map((p) => p.name));
      expect((await rows.locator('[data-id]').allTextContents()).map((s) => s.trim())).toEqual(PERMISSIONS.map((p) => p.id));
      for (const p of PERMISSIONS) {
        const row = page.locator(`tr[data-permission="${p.name}"]`);
        await expect(row).toContainText(p.purpose[locale.lang]);
        // How far it reaches (least privilege), in the same cell, from the same module.
        await expect(row.locator(`[data-reach="${p.reach}"]`)).toContainText(GUIDE[locale.lang].permissions.reach[p.reach]);
      }
    });
  }
});

test.describe('sources', () => {
  const CHECKED_LINE = {
    en: `Checked against Microsoft's documentation on ${checkedOnText('en')}.`,
    de: `Mit der Dokumentation von Microsoft abgeglichen am ${checkedOnText('de')}.`,
  } as const;

  for (const locale of LOCALES) {
    test(`${locale.lang}: every guide page lists its Microsoft sources and the check date`, async ({ page }) => {
      const guide = builtPages().filter((p) => p.startsWith('/microsoft-app-registration/'));
      expect(guide.length).toBeGreaterThanOrEqual(7);
      for (const path of guide) {
        await page.goto(locale.prefix + path.slice(1));
        const heading = page.locator('.sl-markdown-content h2#sources');
        await expect(heading, `${path}: heading`).toBeVisible();
        await expect(page.locator('starlight-toc a[href="#sources"]').first(), `${path}: in the table of contents`).toBeAttached();
        const block = page.locator('[data-sources]');
        await expect(block).toHaveCount(1);
        const links = block.getByRole('link');
        expect(await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href)), path).toEqual(sourcesOf(path).map((s) => s.url));
        await expect(block.locator('[data-checked-on]'), path).toHaveText(CHECKED_LINE[locale.lang]);
        await expect(block.locator(`time[datetime="${CHECKED_ON}"]`)).toBeVisible();
      }
      await expectAxeClean(page, '[data-sources]');
    });
  }
});

/** WCAG contrast ratio of two computed CSS colours (rgb()/rgba() strings). */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test.describe('connection diagram', () => {
  for (const locale of LOCALES) {
    test(`${locale.lang}: the theme switch works and the diagram stays legible in both themes`, async ({ page }) => {
      await page.goto(locale.prefix + 'microsoft-app-registration/');
      const select = page.getByRole('combobox', { name: locale.theme });
      const diagram = page.getByRole('img', { name: locale.diagram, exact: true });
      const seen: Record<string, string> = {};
      for (const theme of ['light', 'dark'] as const) {
        await select.selectOption(theme);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(diagram).toBeVisible();
        const colours = await diagram.evaluate((svg) => {
          const fill = (sel: string) => getComputedStyle(svg.querySelector(sel)!).fill;
          return {
            box: fill('.ts-diagram__box rect'),
            name: fill('.ts-diagram__name'),
            sub: fill('.ts-diagram__sub'),
            circle: fill('.ts-diagram__arrow circle'),
            number: fill('.ts-diagram__arrow text'),
            line: getComputedStyle(svg.querySelector('.ts-diagram__arrow line')!).stroke,
            page: getComputedStyle(document.body).backgroundColor,
          };
        });
        expect(contrast(colours.name, colours.box), `${theme}: box names`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours.sub, colours.box), `${theme}: box details`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours.number, colours.circle), `${theme}: numbers`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(colours.line, colours.page), `${theme}: arrows`).toBeGreaterThanOrEqual(3);
        seen[theme] = colours.box;
        await expectAxeClean(page, '.ts-diagram');
      }
      expect(seen.light).not.toEqual(seen.dark);
      await page.reload();
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    });
  }

  test('the diagram and the tables fit a phone screen', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ['/de/microsoft-app-registration/', '/de/' + STEP1]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    }
    // The permission table stacks on a phone instead of scrolling inside its region.
    const table = page.locator('.ts-table:has([data-permission-table])');
    expect(await table.evaluate((r) => r.scrollWidth - r.clientWidth), 'permission table scrolls sideways').toBeLessThanOrEqual(0);
    await expectAxeClean(page, '[data-permission-table]');
    await page.goto('/de/microsoft-app-registration/');
    const box = await page.getByRole('img', { name: 'Wer mit wem spricht', exact: true }).boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360);
    expect(box!.width).toBeGreaterThan(250);
  });
});

test.describe('end of step 2: each kind of customer is sent on', () => {
  const ROUTES = {
    en: ['Self-hosted, with Microsoft single sign-on:', 'Self-hosted, without single sign-on:', 'Hosted by teamspace:'],
    de: ['Selbst gehostet, mit Microsoft Single Sign-on:', 'Selbst gehostet, ohne Single Sign-on:', 'Von teamspace gehostet:'],
  } as const;
  for (const locale of LOCALES) {
    test(`${locale.lang}: self-hosted with and without single sign-on, and hosted`, async ({ page }) => {
      await page.goto(`${locale.prefix}${STEP2}`);
      const routes = page.locator('main li').filter({ has: page.locator('strong') });
      const [withSso, withoutSso, hosted] = ROUTES[locale.lang];
      const stepLink = (text: string) => routes.filter({ hasText: text }).getByRole('link');
      // Only self-hosted single sign-on goes through step 3; everyone else goes straight to step 4.
      await expect(stepLink(withSso)).toHaveAttribute('href', new RegExp(`^${locale.prefix}microsoft-app-registration/web-xml/`));
      await expect(stepLink(withoutSso)).toHaveAttribute('href', new RegExp(`^${locale.prefix}microsoft-app-registration/teamspace-interface/`));
      await expect(stepLink(hosted)).toHaveAttribute('href', new RegExp(`^${locale.prefix}microsoft-app-registration/teamspace-interface/`));
    });
  }
});
