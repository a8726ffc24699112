/**
 * The layout gate: every tool in its empty, filled, error and result states, at 360,
 * 768 and 1280 px, light and dark, in both locales, must not overflow (page, tool or
 * any element of the content column), must not squeeze a table cell below its longest
 * word, and must not let sibling text boxes overlap (tests/e2e/support/layout-checks.ts
 * says exactly what is measured; layout-self.spec.ts proves each check can fail).
 *
 * The tools come from the site's own data: every tool in TOOL_PAGES (src/lib/link-keys.ts)
 * on its own page (a first test fails when a page under /tools/ holds a tool that is not
 * there), and every other built page that embeds a tool (the guide steps), so a new tool
 * or a new embedding is walked without a change here. Filled and error states come from prefilled links (`#key=value`, every key the
 * tool reads: its example, or a value that fails the key's validation); the tools'
 * own inputs (a web.xml, a manifest, a log, a connection report) and their main action
 * are driven by DRIVERS below, with the generic action "press the tool's first button"
 * for a tool without a driver.
 *
 * One page load per tool, locale and state; width and theme then change in place
 * (setViewportSize; Starlight's data-theme on <html>) and one page.evaluate measures
 * each of the six combinations. Set LAYOUT_SHOTS=<folder> to also write a screenshot
 * of each tool in each combination (outside the repository), LAYOUT_SHOTS_ONLY to
 * choose combinations (e.g. "360-dark-de,1280-light-en").
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LINK_KEYS, TOOL_PAGES, keysOf, type LinkKeyName, type ToolId } from '../../src/lib/link-keys';
import { measureLayout, type LayoutProblem } from './support/layout-checks';
import { SAMPLE_WEB_XML, pagesWithTools } from './tool-pages';
import { builtPages } from './pages';

const WIDTHS = [360, 768, 1280] as const;
const THEMES = ['light', 'dark'] as const;
const LOCALES = ['en', 'de'] as const;
const STATES = ['empty', 'filled', 'error', 'result'] as const;
type State = (typeof STATES)[number];
type Locale = (typeof LOCALES)[number];

const SHOTS = process.env.LAYOUT_SHOTS;
/** Optional: only these combinations, e.g. "360-dark-de,1280-light-en". */
const SHOTS_ONLY = process.env.LAYOUT_SHOTS_ONLY?.split(',');

const fixture = (path: string) => readFileSync(new URL(`../fixtures/${path}`, import.meta.url), 'utf8');
const JENKINS = fixture('webxml/jenkinsci__jenkins__war_src_main_webapp_WEB-INF_web.xml');
const MANIFEST = fixture('registration/manifest-graph.json');
const REPORT = fixture('connection/pwsh7/wrong-secret.json');
const LOG = [
  '2026-11-28 08:00:03 WARN  IMAP S: A2 NO AUTHENTICATE failed.',
  '2026-11-28 08:06:00 ERROR Token request failed: AADSTS7000215: Invalid client secret provided.',
  '2026-11-28 08:07:00 ERROR SMTP: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox.',
].join('\n');

/** A value each key's validation refuses (or, for free text, one the tool reports as a problem). */
const INVALID: Record<LinkKeyName, string> = {
  url: 'ftp://xyc teamspace.de',
  tenant: 'contoso',
  app: '6f1c2d3e-4a5b-4c6d-8e7f',
  obj: 'not-a-guid',
  sp: '9f8e7d6c-5b4a',
  mb: 'info@contoso.com, kein-postfach',
  smtp: 'maybe',
  sendas: 'maybe',
  verify: 'maybe',
  ruri: 'http://XYC.teamspace.de/API/server/oauth2/redirect/?x=1',
  calscope: 'maybe',
  err: 'Everything is fine, the green message appeared.',
  exp: '13/45/2027',
  name: 'teamspace mail '.repeat(9).trim(),
  from: 'not an address',
  to: 'admin at contoso',
};

const fragment = (values: [string, string][]) => (values.length ? '#' + values.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&') : '');
const examples = (keys: readonly { key: LinkKeyName; example: string }[]) => fragment(keys.map((k) => [k.key, k.example]));
const invalid = (keys: readonly { key: LinkKeyName }[]) => fragment(keys.map((k) => [k.key, INVALID[k.key]]));

interface Driver {
  /** Replaces the generic fragment of a state. */
  hash?: Partial<Record<State, string>>;
  /** Done after the page is ready, before measuring; waits for its own outcome. */
  act?: Partial<Record<State, (tool: Locator, page: Page) => Promise<void>>>;
}

/** Press the tool's first enabled button that stays on the page (copy or download), and wait for its announcement. */
async function pressFirstButton(tool: Locator, page: Page): Promise<void> {
  const button = tool.locator('.ts-button:not([data-copy-link]):not([data-sign-in]):not([hidden]):enabled').first();
  await expect(button).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 10_000 }).catch(() => null);
  await button.click();
  await expect(tool.locator('[data-announce]').first()).not.toBeEmpty();
  if ((await button.getAttribute('data-download')) !== null) await download;
}

async function webxmlCheck(tool: Locator, xml: string): Promise<void> {
  await tool.locator('[data-xml]').fill(xml);
  await tool.locator('[data-check]').click();
  await expect(tool.locator('[data-summary]')).not.toBeEmpty();
  await expect(tool.locator('[data-busy]')).toBeHidden();
}

const DRIVERS: Partial<Record<ToolId, Driver>> = {
  webxml: {
    act: {
      filled: (tool) => tool.locator('[data-xml]').fill(SAMPLE_WEB_XML),
      error: (tool) => webxmlCheck(tool, '<web-app>\n  <context-param>\n    <param-name>oauth2Gateway.url</param-name>\n</web-app>\n'),
      result: (tool) => webxmlCheck(tool, JENKINS),
    },
  },
  registration: {
    act: {
      error: async (tool) => {
        await tool.locator('[data-manifest]').fill('{\n  "appId": "6f1c2d3e",\n}\n');
        await expect(tool.locator('[data-manifest-message]')).toBeVisible();
      },
      result: async (tool) => {
        await tool.locator('[data-manifest]').fill(MANIFEST);
        await expect(tool.locator('[data-manifest-result] table').first()).toBeVisible();
      },
    },
  },
  decoder: {
    act: {
      error: async (tool) => {
        await tool.locator('[type="submit"]').click();
        await expect(tool.locator('[data-none]')).toBeVisible();
      },
      result: async (tool) => {
        await tool.locator('[data-input]').fill(LOG);
        await tool.locator('[type="submit"]').click();
        await expect(tool.locator('[data-list] > li').nth(2)).toBeVisible();
      },
    },
  },
  redirect: {
    // The error state is an installation URL that fails; the result, a registered URI with findings and its correction.
    hash: { error: fragment([['url', INVALID.url]]), result: fragment([['url', 'https://xyc.teamspace.de'], ['ruri', INVALID.ruri]]) },
    act: { result: async (tool) => expect(tool.locator('[data-copy-suggestion]')).toBeVisible() },
  },
  connection: {
    act: {
      error: async (tool) => {
        await tool.locator('[data-reader="result"]').fill('TOKEN ?? this is not a report');
        await expect(tool.locator('[data-result="result"]')).not.toBeEmpty();
      },
      result: async (tool) => {
        await tool.locator('[data-reader="result"]').fill(REPORT);
        await expect(tool.locator('[data-result="result"]')).not.toBeEmpty();
      },
    },
  },
};

/**
 * Known problems being fixed in a tool, left out by name (check and table) so that everything
 * else in the same combinations is still measured. Empty while none is known. When a fix
 * lands, its entry matches nothing and the test notes that it can go: remove it.
 */
interface Open {
  /** The tool (on its page) or guide page, and the states, where the problem shows. */
  where: string;
  states: readonly string[];
  check: LayoutProblem['check'];
  element: string;
  why: string;
}
const OPEN: Open[] = [];

/** The sections of tools in a built page, by id. */
const sectionsOf = (path: string) => [...readFileSync(`dist${path}index.html`, 'utf8').matchAll(/<section class="ts-tool[^"]*" id="([^"]+)"/g)].map((m) => m[1]);
const localePath = (locale: Locale, slug: string) => `${locale === 'en' ? '' : '/de'}/${slug}/`;

const TOOLS = (Object.keys(TOOL_PAGES) as ToolId[]).map((id) => ({ id, page: TOOL_PAGES[id].page, section: sectionsOf(`/${TOOL_PAGES[id].page}/`)[0] }));
/** Every other English page that embeds a tool (the guide steps, support pages), by slug; German alongside. */
const GUIDES = builtPages()
  .filter((p) => !p.startsWith('/de/') && !p.startsWith('/tools/') && readFileSync(`dist${p}index.html`, 'utf8').includes('<ts-tool-frame'))
  .map((p) => p.replace(/^\/|\/$/g, ''));
/** Tools only the guide shows (not on a page of their own): these get screenshots on the guide pages. */
const onToolPages = new Set(TOOLS.map((t) => t.section));

async function ready(page: Page): Promise<void> {
  // Every tool frame has upgraded once its "Copy link" is enabled.
  // A tool starts when it comes near the viewport: bring each one there first.
  const frames = page.locator('[data-copy-link]');
  await expect(frames.first()).toBeAttached();
  for (const frame of await frames.all()) {
    // (evaluated: a tool inside a closed disclosure has no visible box to wait for)
    await frame.evaluate((button) => button.closest('ts-tool-frame')?.scrollIntoView({ block: 'center' }));
    await expect(frame).toBeEnabled();
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/**
 * Measure all widths and themes in place. Returns the problems, each named with the
 * combinations it occurs in (the same problem in several combinations is listed once).
 */
async function walk(page: Page, label: string, at: { where: string; state: string }, shots: { sections: string[]; name: string } | null): Promise<string[]> {
  const found = new Map<string, string[]>();
  const open = OPEN.filter((o) => o.where === at.where && o.states.includes(at.state));
  const openSeen = new Set<Open>();
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    for (const theme of THEMES) {
      await page.evaluate(async (t) => {
        document.documentElement.dataset.theme = t;
        localStorage.setItem('starlight-theme', t);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }, theme);
      const problems: LayoutProblem[] = await page.evaluate(measureLayout, { scope: 'main' });
      for (const p of problems) {
        const known = open.find((o) => o.check === p.check && p.element.includes(o.element));
        if (known) {
          openSeen.add(known);
          continue;
        }
        const key = `${p.check}: ${p.element}: ${p.detail}`;
        found.set(key, [...(found.get(key) ?? []), `${width}px ${theme}`]);
      }
      if (shots && SHOTS && (!SHOTS_ONLY || SHOTS_ONLY.some((c) => `${width}-${theme}-${label.split(' ').pop()}` === c))) {
        for (const id of shots.sections) {
          // Starlight's fixed header would cover part of a tool taller than the viewport. Hidden
          // through the CSSOM (a style element would break the page's Content Security Policy).
          const header = page.locator('header.header');
          await header.evaluate((h: HTMLElement) => (h.style.visibility = 'hidden'));
          await page.locator(`#${id}`).screenshot({ path: join(SHOTS, `${shots.name}-${id}-${width}-${theme}.png`), animations: 'disabled' });
          await header.evaluate((h: HTMLElement) => (h.style.visibility = ''));
        }
      }
    }
  }
  for (const o of open.filter((x) => !openSeen.has(x))) {
    test.info().annotations.push({ type: 'open problem no longer seen', description: `${o.why}: remove its entry from OPEN` });
  }
  return [...found].map(([problem, where]) => `${label} at ${where.join(', ')}: ${problem}`);
}

if (SHOTS) mkdirSync(SHOTS, { recursive: true });

test.describe('layout gate: tool pages', () => {
  test.describe.configure({ timeout: 120_000 });
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('every tool page with a tool is walked', () => {
    const walked = new Set(TOOLS.map((t) => t.page));
    const pages = pagesWithTools.map((p) => p.replace(/^\/(de\/)?|\/$/g, ''));
    expect(pages.filter((p) => !walked.has(p)), 'tool pages not in TOOL_PAGES').toEqual([]);
    expect(TOOLS.filter((t) => !t.section).map((t) => t.id), 'tools without a tool section on their page').toEqual([]);
  });

  for (const tool of TOOLS) {
    for (const locale of LOCALES) {
      for (const state of STATES) {
        test(`${tool.id} ${state} ${locale}`, async ({ page }) => {
          const driver = DRIVERS[tool.id] ?? {};
          const keys = keysOf(tool.id);
          const hash = driver.hash?.[state] ?? (state === 'empty' ? '' : state === 'error' ? invalid(keys) : examples(keys));
          await page.setViewportSize({ width: 1280, height: 900 });
          await page.goto(localePath(locale, tool.page) + hash);
          await ready(page);
          const section = page.locator(`#${tool.section}`);
          const act = driver.act?.[state] ?? (state === 'result' ? pressFirstButton : null);
          if (act) await act(section, page);
          const problems = await walk(page, `${tool.id} ${state} ${locale}`, { where: tool.id, state }, { sections: [tool.section], name: `${tool.id}-${state}-${locale}` });
          expect(problems, `layout problems of ${tool.id} (${state}, ${locale})`).toEqual([]);
        });
      }
    }
  }
});

test.describe('layout gate: guide pages with their embedded tools', () => {
  // Step 1 holds five tools and long tables: six measurements of it take a while on a busy machine.
  test.describe.configure({ timeout: 180_000 });
  // The whole setup in one link (every key's example), and the same link with every value refused.
  const states = { empty: '', filled: examples(LINK_KEYS), error: invalid(LINK_KEYS) } as const;
  for (const guide of GUIDES) {
    for (const locale of LOCALES) {
      for (const [state, hash] of Object.entries(states)) {
        test(`${guide} ${state} ${locale}`, async ({ page }) => {
          await page.setViewportSize({ width: 1280, height: 900 });
          const path = localePath(locale, guide);
          await page.goto(path + hash);
          await ready(page);
          const own = sectionsOf(path).filter((id) => !onToolPages.has(id));
          const name = `${guide.split('/').pop()}-${state}-${locale}`;
          const problems = await walk(page, `${guide} ${state} ${locale}`, { where: guide, state }, own.length ? { sections: own, name } : null);
          expect(problems, `layout problems of ${guide} (${state}, ${locale})`).toEqual([]);
        });
      }
    }
  }
});
