// npm run bench: builds the site, serves it, runs every bench/*.bench.mjs module and
// prints one table of figures (with targets and ratios where a module gives them).
// The last results are written to bench/RESULTS.md so changes show up in review.
//
// A bench module default-exports `async (ctx) => rows`, each row
// { group, name, value, unit, target?, note? }. ctx offers:
//   ctx.root       absolute path of the project
//   ctx.baseUrl    the built site, served on localhost for the whole run
//   ctx.browser()  a shared headless Chromium (Playwright), launched on first use
//   ctx.importTs(path) bundles a TypeScript module with esbuild and imports it
//   ctx.time(fn, { runs }) median wall time of fn in milliseconds
import { spawn, execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/browser.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PORT = Number(process.env.BENCH_PORT ?? 4398);
const only = process.argv.slice(2);

async function waitFor(url, ms = 120_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server at ${url} did not start`);
}

const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
let browserPromise = null;
const ctx = {
  root,
  baseUrl: `http://127.0.0.1:${PORT}`,
  browser() {
    browserPromise ??= chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    return browserPromise;
  },
  async importTs(path) {
    const outfile = join(tmp, `${path.replace(/[^a-z0-9]+/gi, '_')}.mjs`);
    await build({ entryPoints: [resolve(root, path)], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
    return import(pathToFileURL(outfile).href);
  },
  async time(fn, { runs = 20 } = {}) {
    await fn(); // warm-up
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      await fn();
      samples.push(performance.now() - t0);
    }
    samples.sort((a, b) => a - b);
    return samples[Math.floor(samples.length / 2)];
  },
};

const started = performance.now();
if (!process.env.BENCH_SKIP_BUILD) execSync('npx astro build', { cwd: root, stdio: 'ignore' });
const buildSeconds = (performance.now() - started) / 1000;
const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: root, stdio: 'ignore', detached: true });
const rows = process.env.BENCH_SKIP_BUILD ? [] : [{ group: 'site', name: 'production build', value: buildSeconds, unit: 's' }];
try {
  await waitFor(`${ctx.baseUrl}/`);
  const modules = readdirSync(join(root, 'bench'))
    .filter((f) => f.endsWith('.bench.mjs'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort();
  for (const file of modules) {
    const mod = await import(pathToFileURL(join(root, 'bench', file)).href);
    rows.push(...(await mod.default(ctx)));
  }
} finally {
  if (browserPromise) await (await browserPromise).close();
  // The preview server may have ended already: that must not hide the error that ended the run.
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
}

const fmt = (v) => (typeof v === 'number' ? (Number.isInteger(v) ? String(v) : v.toFixed(v < 10 ? 2 : 1)) : String(v));
const header = ['group', 'measure', 'value', 'unit', 'target', 'note'];
const lines = [header, ...rows.map((r) => [r.group, r.name, fmt(r.value), r.unit ?? '', r.target ?? '', r.note ?? ''])];
const widths = header.map((_, i) => Math.max(...lines.map((l) => l[i].length)));
console.log(lines.map((l) => l.map((c, i) => c.padEnd(widths[i])).join('  ')).join('\n'));

const md = [
  '# Benchmark results',
  '',
  `Last run: ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${process.platform}/${process.arch}. Written by \`npm run bench\`.`,
  '',
  `| ${header.join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...lines.slice(1).map((l) => `| ${l.join(' | ')} |`),
  '',
].join('\n');
// Hand-kept comparisons ("## Before and after …") below the table survive a new run.
const resultsFile = join(root, 'bench', 'RESULTS.md');
const kept = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8').split(/^(?=## Before and after)/m).slice(1).join('') : '';
if (only.length === 0) writeFileSync(resultsFile, kept ? `${md}\n${kept}` : md);
