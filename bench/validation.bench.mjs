// The shared validation chunk: the built browser chunk that holds the validator (zod),
// which every tool page loads. Its weight in raw and gzip bytes, with what else it holds.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Every Zod 4 build (full or mini) keeps its internals under `_zod`. */
const ZOD_SIGN = '_zod';

export default async function validation(ctx) {
  const dir = join(ctx.root, 'dist', '_astro');
  const chunks = readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((f) => ({ name: f, body: readFileSync(join(dir, f)) }))
    .filter((c) => c.body.includes(ZOD_SIGN));
  if (chunks.length === 0) return [{ group: 'validation', name: 'shared validation chunk', value: 0, unit: 'kB gzip', target: '≤ 3', note: 'no chunk holds zod' }];
  return chunks.map((c) => {
    const gz = gzipSync(c.body).length;
    return {
      group: 'validation',
      name: `shared validation chunk (${c.name.replace(/\.[^.]+\.js$/, '')})`,
      value: gz / 1024,
      unit: 'kB gzip',
      target: '≤ 3',
      note: `${(c.body.length / 1024).toFixed(1)} kB raw · ${c.body.length} bytes raw, ${gz} bytes gzip`,
    };
  });
}
