// Scaling of the checkers (web.xml, app manifest, redirect URI) with hostile input
// shapes: each at size N and 4N, with the ratio of the two times. Linear code gives
// about 4, quadratic about 16. Figures only: no test asserts a time.
//
// Runs inside `npm run bench -- checkers-scaling`, or alone (no build, no browser):
//   node bench/checkers-scaling.bench.mjs
// SCALING_ONLY=<part of a shape's name> runs only the shapes that match.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const URL = 'https://xyc.teamspace.de';
const PARAM = (value) => `<context-param><param-name>oauth2Gateway.url</param-name><param-value>${value}</param-value></context-param>`;

/** A manifest that asks for the same permission n times (n requiredResourceAccess entries). */
const duplicatePermissions = (n) =>
  JSON.stringify({ appId: 'x', web: {}, requiredResourceAccess: Array.from({ length: n }, () => ({ resourceAppId: '00000003-0000-0000-c000-000000000000', resourceAccess: [{ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }] })) });

/** The shapes: name, N, build(n) -> input, run(input). */
function shapes(webxml, manifest, redirect, registration) {
  const { analyse } = webxml;
  const { readManifest } = manifest;
  const { checkRegistration } = registration;
  // The whole manifest check as the page runs it: read the manifest, then check the registration.
  const checkManifest = (text) => {
    const read = readManifest(text);
    return read.ok ? checkRegistration(read.registration, { now: new Date(0), redirectUri: `${URL}/api/server/oauth2/redirect` }) : read;
  };
  const { checkRedirectUri } = redirect;
  const xml = (text) => () => analyse({ text, installationUrl: URL });
  return [
    // web.xml
    ['web.xml: duplicate params on one line', 1000, (n) => xml(`<web-app>${PARAM(URL).repeat(n)}</web-app>`)],
    ['web.xml: duplicate params, one per line', 1000, (n) => xml(`<web-app>\n${`  ${PARAM(URL)}\n`.repeat(n)}</web-app>\n`)],
    ['web.xml: chained DOCTYPE entities (depth)', 1000, (n) => {
      const decls = Array.from({ length: n }, (_, i) => `<!ENTITY e${i} "${i === 0 ? 'x' : `&e${i - 1};&e${i - 1};`}">`).join('');
      return xml(`<!DOCTYPE web-app [${decls}]><web-app>${PARAM(URL)}</web-app>`);
    }],
    ['web.xml: nested elements (depth)', 2500, (n) => xml(`<web-app>${'<x>'.repeat(n)}${'</x>'.repeat(n)}${PARAM(URL)}</web-app>`)],
    ['web.xml: one long line (250k chars per N)', 1, (n) => xml(`<web-app><!--${'a'.repeat(250_000 * n)}-->${PARAM(URL)}</web-app>`)],
    ['web.xml: control characters after 8 KiB', 1000, (n) => xml(`<web-app>${'<!-- x -->\n'.repeat(n)}<display-name>\u0001</display-name>${PARAM(URL)}</web-app>`)],
    // app manifest
    ['manifest: invalid JSON nested (depth)', 2500, (n) => () => readManifest('['.repeat(n) + '}')],
    ['manifest: valid JSON nested (depth)', 2500, (n) => () => readManifest(`{"appId":"x","web":${'['.repeat(n)}${']'.repeat(n)}}`)],
    ['manifest: one long line (redirect URIs)', 5000, (n) => () => readManifest(JSON.stringify({ appId: 'x', web: { redirectUris: Array.from({ length: n }, () => `${URL}/api/server/oauth2/redirect`) } }))],
    ['manifest: duplicate permissions', 5000, (n) => { const text = duplicatePermissions(n); return () => checkManifest(text); }],
    // Reference for the shape above: the engine's JSON.parse alone on the same text. Its
    // ratio shows what allocation and garbage collection add once the parsed objects no
    // longer fit V8's young generation (a step between N and 4N, then linear again).
    ['manifest: duplicate permissions, JSON.parse alone (engine, reference)', 5000, (n) => { const text = duplicatePermissions(n); return () => JSON.parse(text); }],
    ['manifest: duplicate permissions, larger N', 20_000, (n) => { const text = duplicatePermissions(n); return () => checkManifest(text); }],
    // redirect URI
    ['redirect URI: long path', 50_000, (n) => () => checkRedirectUri(`${URL}/${'a'.repeat(n)}/api/server/oauth2/redirect`, URL)],
    ['redirect URI: duplicate query params', 10_000, (n) => () => checkRedirectUri(`${URL}/api/server/oauth2/redirect?${'a=1&'.repeat(n)}`, URL)],
    ['redirect URI: many %-escapes', 10_000, (n) => () => checkRedirectUri(`${URL}/${'%41'.repeat(n)}/api/server/oauth2/redirect`, URL)],
  ];
}

/**
 * Median wall time and median CPU time of this process (milliseconds). On a shared,
 * loaded machine the wall time also holds waiting for a core; the CPU time is what the
 * work itself cost (garbage collection threads included).
 */
function median(fn, runs) {
  fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const mid = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { wall: mid(wall), cpu: mid(cpu) };
}

export default async function scaling(ctx) {
  const webxml = await ctx.importTs('src/tools/webxml/analyse.ts');
  const manifest = await ctx.importTs('src/tools/registration/manifest.ts');
  const redirect = await ctx.importTs('src/tools/redirect/redirect-rules.ts');
  const registration = await ctx.importTs('src/tools/registration/checks.ts');
  const only = process.env.SCALING_ONLY;
  const rows = [];
  for (const [name, n, build] of shapes(webxml, manifest, redirect, registration)) {
    if (only && !name.includes(only)) continue;
    const small = build(n);
    const large = build(4 * n);
    // Fewer runs for slow shapes, so a quadratic one does not stall the whole bench.
    const probe = performance.now();
    small();
    const once = performance.now() - probe;
    const runs = once > 500 ? 1 : once > 50 ? 3 : 9;
    const a = median(small, runs);
    const b = median(large, runs);
    rows.push({ group: 'scaling', name: `${name}: N=${n}`, value: a.wall, unit: 'ms', note: `CPU ${a.cpu.toFixed(2)} ms` });
    rows.push({
      group: 'scaling',
      name: `${name}: 4N=${4 * n}`,
      value: b.wall,
      unit: 'ms',
      note: `ratio ${(b.wall / a.wall).toFixed(1)}, CPU ${b.cpu.toFixed(2)} ms, CPU ratio ${(b.cpu / a.cpu).toFixed(1)} (linear ≈ 4, quadratic ≈ 16)`,
    });
  }
  return rows;
}

// Alone: bundle the modules with esbuild and print the rows.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { build } = await import('esbuild');
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const tmp = mkdtempSync(join(tmpdir(), 'bench-'));
  const ctx = {
    root,
    async importTs(path) {
      const outfile = join(tmp, `${path.replace(/[^a-z0-9]+/gi, '_')}.mjs`);
      await build({ entryPoints: [resolve(root, path)], bundle: true, format: 'esm', platform: 'node', outfile, logLevel: 'error' });
      return import(pathToFileURL(outfile).href);
    },
  };
  for (const r of await scaling(ctx)) console.log(`${r.name.padEnd(75)} ${r.value.toFixed(2).padStart(10)} ms  ${r.note ?? ''}`);
}
