// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';

export default defineConfig({
  site: 'https://help.teamspace.example',
  // Keep file paths under src/content/docs (a symbolic link to content/docs)
  // so that Starlight's link validator maps them to pages.
  vite: { resolve: { preserveSymlinks: true } },
  integrations: [
    // `## Heading {#id}`: explicit heading ids, so section anchors are the same in every
    // locale. Sätteri (Astro's Markdown processor) parses them only with this feature on.
    {
      name: 'heading-attributes',
      hooks: {
        'astro:config:setup': ({ config }) => {
          const { processor } = config.markdown;
          if (processor.name !== 'satteri') throw new Error(`Heading ids need the satteri Markdown processor, not ${processor.name}.`);
          /** @type {{ features: Record<string, unknown> }} */ (processor.options).features.headingAttributes = true;
        },
      },
    },
    starlight({
      title: { en: 'teamspace Help Center', de: 'teamspace Hilfe-Center' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        de: { label: 'Deutsch', lang: 'de' },
      },
      customCss: ['./src/styles/tools.css'],
      plugins: [starlightLinksValidator({ errorOnLocalLinks: true })],
      sidebar: [
        {
          label: 'Your own Microsoft app registration',
          translations: { de: 'Eigene Microsoft-App-Registrierung' },
          items: [{ autogenerate: { directory: 'microsoft-app-registration' } }],
        },
        {
          label: 'Tools',
          translations: { de: 'Werkzeuge' },
          items: [{ autogenerate: { directory: 'tools' } }],
        },
        {
          label: 'For support staff',
          translations: { de: 'Für den Support' },
          items: [{ autogenerate: { directory: 'support' } }],
        },
      ],
    }),
  ],
});
