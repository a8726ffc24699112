// A bare Starlight site with the project's Astro and Starlight versions: the
// baseline that bench/pages.bench.mjs builds (into a temporary folder) and weighs
// the guide's pages against.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  outDir: process.env.BARE_STARLIGHT_OUT ?? './dist',
  cacheDir: process.env.BARE_STARLIGHT_CACHE ?? './node_modules/.astro',
  integrations: [starlight({ title: 'Bare Starlight' })],
});
