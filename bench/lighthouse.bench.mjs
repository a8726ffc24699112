// Lighthouse (mobile settings: its default configuration) on the guide's longest page
// and on every tool page: performance, accessibility, best practices and SEO, target
// 100 each. One row per page with the lowest score; the note lists every score and
// the audits that cost points. The guide page is audited three times and its median
// run (by performance) reported, as single runs vary with the machine's load.
// Runs in the Chromium chosen by tests/browser.mjs.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser.mjs';

/** Runs of the guide page; the median one is reported. */
const GUIDE_RUNS = 3;

const CATEGORIES = [
  ['performance', 'P'],
  ['accessibility', 'A'],
  ['best-practices', 'BP'],
  ['seo', 'SEO'],
];

/** Step 1, the page the performance target names (five tools and the longest text of the steps). */
const STEP_1 = '/microsoft-app-registration/app-registration/';

/**
 * Guide pages (each audited GUIDE_RUNS times): step 1, and the English guide page with the
 * largest HTML when that is another; then every English tool page except the overview.
 */
function pagesToAudit(dist) {
  const guideDir = join(dist, 'microsoft-app-registration');
  const guide = readdirSync(guideDir, { recursive: true })
    .filter((f) => String(f).endsWith('index.html'))
    .map((f) => ({ path: `/microsoft-app-registration/${String(f).replace(/index\.html$/, '')}`, size: statSync(join(guideDir, String(f))).size }))
    .sort((a, b) => b.size - a.size)[0].path;
  const tools = readdirSync(join(dist, 'tools'))
    .filter((d) => statSync(join(dist, 'tools', d)).isDirectory())
    .map((d) => `/tools/${d}/`);
  const guides = [{ path: STEP_1, label: 'step 1 ' }, ...(guide === STEP_1 ? [] : [{ path: guide, label: 'longest guide page ' }])];
  return { guides, pages: [...guides.map((g) => g.path), ...tools] };
}

/** The performance metrics as Lighthouse shows them (simulated slow 4G and a slow phone CPU). */
function metrics(lhr) {
  const ids = [
    ['first-contentful-paint', 'FCP'],
    ['largest-contentful-paint', 'LCP'],
    ['total-blocking-time', 'TBT'],
    ['cumulative-layout-shift', 'CLS'],
    ['speed-index', 'SI'],
  ];
  return ids.map(([id, short]) => `${short} ${lhr.audits[id]?.displayValue ?? '?'}`.replace(/\u00a0/g, ' ')).join(' · ');
}

export default async function lighthouseBench(ctx) {
  // Chromium refuses to run as root with its sandbox on (Playwright turns it off too).
  const sandbox = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath() ?? chromium.executablePath(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...sandbox],
    maxConnectionRetries: 240,
    connectionPollInterval: 500,
  });
  const rows = [];
  try {
    const { guides, pages } = pagesToAudit(join(ctx.root, 'dist'));
    const audit = async (path) =>
      (await lighthouse(`${ctx.baseUrl}${path}`, { port: chrome.port, logLevel: 'error', output: 'json', onlyCategories: CATEGORIES.map(([id]) => id) })).lhr;
    for (const [i, path] of pages.entries()) {
      let lhr;
      let runs = '';
      if (i < guides.length) {
        const all = [];
        for (let run = 0; run < GUIDE_RUNS; run++) all.push(await audit(path));
        all.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
        lhr = all[Math.floor(all.length / 2)];
        runs = ` · median of ${GUIDE_RUNS} (P ${all.map((r) => Math.round(r.categories.performance.score * 100)).join(', ')})`;
      } else {
        lhr = await audit(path);
      }
      const scores = CATEGORIES.map(([id, short]) => [short, Math.round((lhr.categories[id]?.score ?? 0) * 100), id]);
      const lost = scores
        .filter(([, score]) => score < 100)
        .flatMap(([, , id]) => lhr.categories[id].auditRefs.filter((r) => r.weight > 0 && (lhr.audits[r.id].score ?? 1) < 1).map((r) => r.id));
      rows.push({
        group: 'lighthouse (mobile)',
        name: `${guides[i]?.label ?? ''}${path}`,
        value: Math.min(...scores.map(([, s]) => s)),
        unit: 'lowest score',
        target: '100',
        note: `${scores.map(([short, s]) => `${short} ${s}`).join(' · ')} · ${metrics(lhr)}${lost.length ? ` · lost: ${[...new Set(lost)].join(', ')}` : ''}${runs}`,
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
