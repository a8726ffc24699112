// Page weight: the HTML, CSS and JavaScript each built page loads until the network is
// idle (raw and gzip; inline scripts and styles count as JS and CSS too), beside bare
// Starlight pages built in the same run from bench/bare-starlight with the same Astro and
// Starlight (one plain, one with a code block, whose copy button has its own script).
// A page may load the matching bare page's JavaScript, plus the journey code every page of
// the site loads (the page state that reads links and carries the values into every
// internal link), plus the "Your values" box on guide pages, plus what its tools need.
// Each of these is measured and printed as a row of its own: the journey code on the
// lightest page without a tool or a box, the box on the lightest page without a tool that
// has one, and a tool's need on the lightest page that has that tool alone (its own tool
// page where it has one). More is flagged.
// A tool's Web Worker (started when the tool comes near, off the page's thread) is shown
// in the page's note and not counted in its start-up JavaScript.
// MSAL must never be part of the JavaScript loaded at start. The sign-in return pages
// (only ever opened by Microsoft's sign-in in the popup) load MSAL's redirect bridge and
// nothing else: they are checked for that instead.
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Slack for chunking differences between two builds (gzip bytes). */
const SLACK = 512;
/** Strings that MSAL keeps in every bundle (package name and SKU). */
const MSAL_SIGNS = ['@azure/msal-browser', 'msal.js.browser'];
/** Public methods of MSAL's full client (PublicClientApplication), absent from its redirect bridge. */
const MSAL_CLIENT_SIGNS = ['loginPopup', 'initializeWrapperLibrary'];
const SIGN_IN_RETURN = /\/sign-in-complete\/$/;
/** The scripts of the tools' Web Workers (built as worker-<hash>.js). */
const WORKER_SCRIPT = /\/worker-[\w-]+\.js$/;

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.wasm': 'application/wasm' };

/** A minimal static server for the bare build (Astro's preview serves the site itself). */
function serve(dir) {
  const server = createServer((req, res) => {
    let path = join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    try {
      if (statSync(path).isDirectory()) path = join(path, 'index.html');
      const body = readFileSync(path);
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

function pagesOf(dist) {
  const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
  return walk(dist)
    .filter((f) => f.endsWith('index.html') && !f.includes(`${sep}_astro${sep}`))
    .map((f) => '/' + relative(dist, f).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}

const gz = (buf) => gzipSync(buf).length;
const kb = (n) => (n / 1024).toFixed(1);

/** What one page loads until the network is idle, by kind, with inline scripts and styles counted as JS and CSS. */
async function weigh(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (res) => {
    const kind = res.request().resourceType();
    if (['document', 'stylesheet', 'script'].includes(kind)) bodies.push(res.body().then((b) => ({ kind, url: res.url(), body: b }), () => null));
  });
  await page.goto(url, { waitUntil: 'load' });
  // Starlight loads its search UI when the browser is first idle: wait for that too, so
  // every page (and the bare one) is measured with it, however busy the machine is.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 0))));
  await page.waitForLoadState('networkidle');
  const tools = await page.$$eval('ts-tool-frame section[id]', (els) => els.map((e) => e.id));
  const code = (await page.locator('.expressive-code').count()) > 0;
  const values = (await page.locator('ts-your-values').count()) > 0;
  // A splash page (the home page) has no table of contents, and so none of its script.
  const toc = (await page.locator('starlight-toc').count()) > 0;
  const inline = await page.$$eval('script:not([src]), style', (els) =>
    els.filter((e) => e.tagName === 'STYLE' || !e.type || /module|javascript/.test(e.type)).map((e) => ({ kind: e.tagName === 'STYLE' ? 'css' : 'js', text: e.textContent ?? '' })),
  );
  const loaded = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  const w = { html: [0, 0], css: [0, 0], js: [0, 0], worker: [0, 0], tools, code, values, toc, msal: false, msalClient: false };
  for (const r of loaded) {
    const key = r.kind === 'document' ? 'html' : r.kind === 'stylesheet' ? 'css' : WORKER_SCRIPT.test(new URL(r.url).pathname) ? 'worker' : 'js';
    w[key][0] += r.body.length;
    w[key][1] += gz(r.body);
    if (key === 'js' && MSAL_SIGNS.some((s) => r.body.includes(s))) w.msal = true;
    if (key === 'js' && MSAL_CLIENT_SIGNS.some((s) => r.body.includes(s))) w.msalClient = true;
  }
  for (const { kind, text } of inline) {
    const buf = Buffer.from(text);
    w[kind][0] += buf.length;
    w[kind][1] += gz(buf);
    if (kind === 'js' && MSAL_SIGNS.some((s) => text.includes(s))) w.msal = true;
  }
  return w;
}

const describe = (w) =>
  `HTML ${kb(w.html[0])}/${kb(w.html[1])} · CSS ${kb(w.css[0])}/${kb(w.css[1])} · JS ${kb(w.js[0])}/${kb(w.js[1])} kB raw/gzip${w.worker[0] ? ` · worker ${kb(w.worker[0])}/${kb(w.worker[1])} (not counted)` : ''}`;

export default async function pages(ctx) {
  const tmp = mkdtempSync(join(tmpdir(), 'bare-starlight-'));
  const bareOut = join(tmp, 'dist');
  execSync('npx astro build --root bench/bare-starlight', {
    cwd: ctx.root,
    stdio: 'ignore',
    env: { ...process.env, BARE_STARLIGHT_OUT: bareOut, BARE_STARLIGHT_CACHE: join(tmp, 'cache') },
  });
  const bareServer = await serve(bareOut);
  const browser = await ctx.browser();
  try {
    const bareUrl = `http://127.0.0.1:${bareServer.address().port}`;
    const bare = await weigh(browser, `${bareUrl}/`);
    const bareCode = await weigh(browser, `${bareUrl}/code/`);
    const paths = pagesOf(join(ctx.root, 'dist'));
    const weights = new Map();
    for (const path of paths) weights.set(path, await weigh(browser, `${ctx.baseUrl}${path}`));
    const returns = [...weights].filter(([path]) => SIGN_IN_RETURN.test(path));
    for (const [path] of returns) weights.delete(path);

    // The journey code: what the lightest page without a tool or a box loads beyond the
    // bare page (both without code blocks, or both with). The box: what the lightest page
    // without a tool that has one loads beyond that.
    const bareOf = (code) => (code ? bareCode : bare).js[1];
    const lightest = (pick, beyond) => {
      const extra = [...weights.values()].filter(pick).map((w) => w.js[1] - beyond(w));
      return extra.length ? Math.max(0, Math.min(...extra)) : 0;
    };
    // Only pages with a table of contents where the bare page has one (not the splash home page) are compared.
    const likeBare = (w) => w.toc === bare.toc;
    const journey = lightest((w) => w.tools.length === 0 && !w.values && likeBare(w), (w) => bareOf(w.code));
    const box = lightest((w) => w.tools.length === 0 && w.values && likeBare(w), (w) => bareOf(w.code) + journey);
    const base = (w) => bareOf(w.code) + journey + (w.values ? box : 0);
    // A tool's need: what the lightest page with that tool alone loads beyond its base.
    const need = new Map();
    for (const w of weights.values()) {
      const ids = [...new Set(w.tools)];
      if (ids.length !== 1) continue;
      const own = Math.max(0, w.js[1] - base(w));
      need.set(ids[0], Math.min(need.get(ids[0]) ?? Infinity, own));
    }

    const rows = [
      { group: 'page weight', name: 'bare Starlight page', value: bare.js[1] / 1024, unit: 'kB JS gzip', note: describe(bare) },
      { group: 'page weight', name: 'bare Starlight page with a code block', value: bareCode.js[1] / 1024, unit: 'kB JS gzip', note: describe(bareCode) },
      {
        group: 'page weight',
        name: 'journey code (every page)',
        value: journey / 1024,
        unit: 'kB JS gzip',
        note: 'page state: reads the link, carries the values into every internal link; lightest page without a tool or a box (with a table of contents, as the bare page), beyond the bare page',
      },
      { group: 'page weight', name: '"Your values" box (guide pages)', value: box / 1024, unit: 'kB JS gzip', note: 'lightest page without a tool that shows the box, beyond the journey code' },
      ...[...need].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => ({ group: 'page weight', name: `tool: ${id}`, value: n / 1024, unit: 'kB JS gzip', note: 'lightest page with this tool alone, beyond its base' })),
    ];
    const over = [];
    const withMsal = [];
    for (const [path, w] of weights) {
      const ids = [...new Set(w.tools)];
      const budget = base(w) + ids.reduce((sum, id) => sum + (need.get(id) ?? 0), 0) + SLACK;
      const flag = w.js[1] > budget;
      if (flag) over.push(path);
      if (w.msal) withMsal.push(path);
      rows.push({
        group: 'page weight',
        name: path,
        value: w.js[1] / 1024,
        unit: 'kB JS gzip',
        target: `≤ ${kb(budget)}`,
        note: `${describe(w)}${ids.length ? ` · tools: ${ids.join(', ')}` : ''}${w.code ? ' · code blocks' : ''}${w.values ? ' · Your values' : ''}${flag ? ' · OVER BUDGET' : ''}${w.msal ? ' · MSAL AT START' : ''}`,
      });
    }
    const badReturns = returns.filter(([, w]) => w.msalClient || !w.msal).map(([path]) => path);
    for (const [path, w] of returns) {
      rows.push({
        group: 'page weight',
        name: `${path} (sign-in return page)`,
        value: w.js[1] / 1024,
        unit: 'kB JS gzip',
        note: `${describe(w)} · ${w.msalClient ? "MSAL'S FULL CLIENT LOADED" : w.msal ? "MSAL's redirect bridge only" : 'NO MSAL REDIRECT BRIDGE'}`,
      });
    }
    if (badReturns.length) {
      console.error(`Sign-in return pages without (only) MSAL's redirect bridge: ${badReturns.join(', ')}`);
      process.exitCode = 1;
    }
    rows.push({ group: 'page weight', name: 'pages over their JS budget', value: over.length, unit: 'pages', target: '0', note: over.join(', ') });
    rows.push({ group: 'page weight', name: 'pages loading MSAL at start', value: withMsal.length, unit: 'pages', target: '0', note: withMsal.join(', ') });
    if (withMsal.length) {
      console.error(`MSAL is loaded at start on: ${withMsal.join(', ')}`);
      process.exitCode = 1;
    }
    return rows;
  } finally {
    bareServer.close();
    rmSync(tmp, { recursive: true, force: true });
  }
}
