import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

// src/content/docs is a symbolic link to the top-level content/docs folder:
// Starlight's docsLoader, sidebar autogeneration and the link validator only
// look under src/content/docs, while authors work in content/.
export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
