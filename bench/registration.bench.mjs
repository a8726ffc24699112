// The app registration checker's weight: the initial JavaScript of its tool page
// (every module script and what it imports statically, gzip), the part of it that
// only the checker brings, and the Microsoft sign-in code that loads on click only.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Static imports of a built chunk (dynamic import() is not followed). */
function staticImports(code) {
  const found = new Set();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w*{}\s,$]+from\s*)?["']\.\/([^"']+)["']/g)) found.add(m[1]);
  return [...found];
}

function closure(dir, entries) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const dep of staticImports(readFileSync(join(dir, file), 'utf8'))) visit(dep);
  };
  entries.forEach(visit);
  return seen;
}

const gz = (dir, files) => [...files].reduce((n, f) => n + gzipSync(readFileSync(join(dir, f))).length, 0);

function measure(dist, page) {
  const assets = join(dist, '_astro');
  const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  const all = closure(assets, entries);
  const without = closure(assets, entries.filter((e) => !e.startsWith('RegistrationChecker') && !e.startsWith('PermissionsSnippet')));
  const only = [...all].filter((f) => !without.has(f));
  return { all: gz(assets, all) + inline, without: gz(assets, without) + inline, only: gz(assets, only), onlyFiles: only };
}

export default async function registration(ctx) {
  const dist = join(ctx.root, 'dist');
  const rows = [];
  for (const page of ['tools/app-registration-checker', 'microsoft-app-registration/app-registration']) {
    const m = measure(dist, page);
    rows.push(
      { group: 'registration', name: `/${page}/ initial JS`, value: m.all, unit: 'B gzip', note: 'module scripts, their static imports and inline scripts' },
      { group: 'registration', name: `/${page}/ initial JS without the checker`, value: m.without, unit: 'B gzip' },
      { group: 'registration', name: `/${page}/ checker's own share`, value: m.only, unit: 'B gzip', note: m.onlyFiles.join(' ') },
    );
  }
  const assets = join(dist, '_astro');
  const live = readdirSync(assets).filter((f) => /^(live|CacheKeys)\./.test(f));
  rows.push({ group: 'registration', name: 'sign-in code loaded on click (MSAL)', value: gz(assets, live), unit: 'B gzip', note: 'not in the initial JS' });
  return rows;
}
