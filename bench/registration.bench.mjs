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

export default async function registration(ctx) {
  const dist = join(ctx.root, 'dist');
  const assets = join(dist, '_astro');
  const html = readFileSync(join(dist, 'tools/app-registration-checker/index.html'), 'utf8');
  const entries = [...html.matchAll(/<script type="module" src="\/_astro\/([^"]+)"/g)].map((m) => m[1]);
  const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
  const all = closure(assets, entries);
  const withoutChecker = closure(assets, entries.filter((e) => !e.startsWith('RegistrationChecker')));
  const checkerOnly = [...all].filter((f) => !withoutChecker.has(f));
  const live = readdirSync(assets).filter((f) => /^(live|CacheKeys)\./.test(f));
  return [
    { group: 'registration', name: 'tool page initial JS (module scripts + static imports)', value: gz(assets, all), unit: 'B gzip' },
    { group: 'registration', name: 'tool page inline scripts', value: inline, unit: 'B gzip' },
    { group: 'registration', name: 'same page without the checker', value: gz(assets, withoutChecker), unit: 'B gzip' },
    { group: 'registration', name: 'checker share of the initial JS', value: gz(assets, checkerOnly), unit: 'B gzip', note: checkerOnly.join(' ') },
    { group: 'registration', name: 'sign-in code loaded on click (MSAL)', value: gz(assets, live), unit: 'B gzip', note: 'not in the initial JS' },
  ];
}
