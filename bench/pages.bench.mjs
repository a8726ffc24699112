// Page weight: the HTML, CSS and JavaScript each built page loads until the network is
// idle (raw and gzip; inline scripts and styles count as JS and CSS too), beside a bare Starlight page built in the same run from bench/bare-starlight
// with the same Astro and Starlight. A guide page may load the bare page's JavaScript
// plus what its tools need (measured on each tool's own page); more is flagged.
// MSAL must never be part of the JavaScript loaded at start.
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
  const inline = await page.$$eval('script:not([src]), style', (els) =>
    els.filter((e) => e.tagName === 'STYLE' || !e.type || /module|javascript/.test(e.type)).map((e) => ({ kind: e.tagName === 'STYLE' ? 'css' : 'js', text: e.textContent ?? '' })),
  );
  const loaded = (await Promise.all(bodies)).filter(Boolean);
  await context.close();
  const w = { html: [0, 0], css: [0, 0], js: [0, 0], tools, msal: false };
  for (const r of loaded) {
    const key = r.kind === 'document' ? 'html' : r.kind === 'stylesheet' ? 'css' : 'js';
    w[key][0] += r.body.length;
    w[key][1] += gz(r.body);
    if (key === 'js' && MSAL_SIGNS.some((s) => r.body.includes(s))) w.msal = true;
  }
  for (const { kind, text } of inline) {
    const buf = Buffer.from(text);
    w[kind][0] += buf.length;
    w[kind][1] += gz(buf);
    if (kind === 'js' && MSAL_SIGNS.some((s) => text.includes(s))) w.msal = true;
  }
  return w;
}

const describe = (w) => `HTML ${kb(w.html[0])}/${kb(w.html[1])} · CSS ${kb(w.css[0])}/${kb(w.css[1])} · JS ${kb(w.js[0])}/${kb(w.js[1])} kB raw/gzip`;

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
    const bare = await weigh(browser, `http://127.0.0.1:${bareServer.address().port}/`);
    const paths = pagesOf(join(ctx.root, 'dist'));
    const weights = new Map();
    for (const path of paths) weights.set(path, await weigh(browser, `${ctx.baseUrl}${path}`));

    // A tool's need: what its own page loads beyond the lightest page of the site without tools.
    const toolless = [...weights.values()].filter((w) => w.tools.length === 0).map((w) => w.js[1]);
    const siteBase = toolless.length ? Math.min(...toolless) : bare.js[1];
    const need = new Map();
    for (const [path, w] of weights) {
      if (!/\/tools\/[^/]+\/$/.test(path)) continue;
      for (const id of w.tools) need.set(id, Math.max(need.get(id) ?? 0, w.js[1] - siteBase));
    }

    const rows = [{ group: 'page weight', name: 'bare Starlight page', value: bare.js[1] / 1024, unit: 'kB JS gzip', note: describe(bare) }];
    const over = [];
    const withMsal = [];
    for (const [path, w] of weights) {
      const budget = bare.js[1] + [...new Set(w.tools)].reduce((sum, id) => sum + (need.get(id) ?? 0), 0) + SLACK;
      const flag = w.js[1] > budget;
      if (flag) over.push(path);
      if (w.msal) withMsal.push(path);
      rows.push({
        group: 'page weight',
        name: path,
        value: w.js[1] / 1024,
        unit: 'kB JS gzip',
        target: `≤ ${kb(budget)}`,
        note: `${describe(w)}${w.tools.length ? ` · tools: ${w.tools.join(', ')}` : ''}${flag ? ' · OVER BUDGET' : ''}${w.msal ? ' · MSAL AT START' : ''}`,
      });
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
