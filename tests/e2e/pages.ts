/** Every page of the built site, read from dist/ (npm test builds before the e2e run). */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** URL paths of all HTML pages except 404, e.g. "/", "/de/tools/". */
export function builtPages(): string[] {
  return walk(DIST)
    .filter((f) => f.endsWith('index.html'))
    .map((f) => '/' + relative(DIST, f).split(sep).join('/').replace(/index\.html$/, ''))
    .sort();
}
