import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { splitErrorProse } from './data/error-prose';

/**
 * The error catalogue's prose: content/errors/<locale>/<id>.md, one file per error and
 * locale (the id is the entry's id in src/data/error-matchers.ts), in the form that
 * src/data/error-prose.ts describes. Each part is rendered to HTML here, at build time,
 * with the site's own Markdown processor.
 * (In `astro dev`, restart after editing a catalogue file.)
 */
function errorProseLoader(): Loader {
  const files = glob({ pattern: '{en,de}/*.md', base: './content/errors' });
  return {
    name: 'error-prose',
    async load(context) {
      await files.load({ ...context, watcher: undefined });
      for (const entry of [...context.store.values()]) {
        const where = entry.filePath ?? entry.id;
        const parts = splitErrorProse(entry.body ?? '', where);
        const render = async (markdown: string) => (await context.renderMarkdown(markdown)).html.trim();
        const html = { meaning: await render(parts.meaning), causes: await render(parts.causes), fix: await render(parts.fix) };
        if (!/^<ol>[^]*<\/ol>$/.test(html.causes)) throw new Error(`${where}: "## Causes" must be one ordered list (1. …)`);
        const data = await context.parseData({ id: entry.id, data: { ...entry.data, html } });
        context.store.set({ ...entry, data, digest: context.generateDigest({ body: entry.body ?? '', data }) });
      }
    },
  };
}

// src/content/docs is a symbolic link to the top-level content/docs folder:
// Starlight's docsLoader, sidebar autogeneration and the link validator only
// look under src/content/docs, while authors work in content/.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
  errors: defineCollection({
    loader: errorProseLoader(),
    schema: z.object({
      title: z.string().min(1),
      /** Filled by the loader from the body: HTML of the meaning, the causes list and the fix. */
      html: z.object({ meaning: z.string().min(1), causes: z.string().min(1), fix: z.string().min(1) }).optional(),
    }),
  }),
};
