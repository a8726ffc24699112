// @ts-check
import { defineConfig } from 'astro/config';
import { loadEnv } from 'vite';
import starlight from '@astrojs/starlight';
import sitemap from '@astrojs/sitemap';
import starlightLinksValidator from 'starlight-links-validator';
import securityGate from './integrations/security/index.mjs';
import { inlineScriptHashesOf, starlightRoot } from './integrations/security/inline-scripts.mjs';
import { cspDirectives, SCRIPT_RESOURCES, STYLE_RESOURCES } from './integrations/security/policy.mjs';
import { liveCheckCsp } from './src/tools/registration/config.ts';

// PUBLIC_MSAL_CLIENT_ID, PUBLIC_MSAL_AUTHORITY and PUBLIC_GRAPH_BASE (from the environment or
// .env files) decide whether the live check is on and which origins it may reach.
const env = { ...loadEnv(process.env.NODE_ENV ?? 'production', process.cwd(), 'PUBLIC_'), ...process.env };

export default defineConfig({
  site: 'https://help.teamspace.example',
  // Keep file paths under src/content/docs (a symbolic link to content/docs)
  // so that Starlight's link validator maps them to pages.
  vite: { resolve: { preserveSymlinks: true } },
  // Stylesheets as files, never inlined: Astro's CSP does not hash every inlined <style>
  // (styles imported by components inside MDX pages were missed), while files only need 'self'.
  build: { inlineStylesheets: 'never' },
  security: {
    csp: {
      directives: cspDirectives(liveCheckCsp(env)),
      // Astro hashes the scripts it bundles; Starlight's own <script is:inline> are hashed from its sources.
      scriptDirective: { resources: SCRIPT_RESOURCES, hashes: inlineScriptHashesOf(starlightRoot()) },
      styleDirective: { resources: STYLE_RESOURCES },
    },
  },
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
      title: { en: 'teamspace Help Center', de: 'teamspace-Hilfe-Center' },
      defaultLocale: 'root',
      locales: {
        root: { label: 'English', lang: 'en' },
        de: { label: 'Deutsch', lang: 'de' },
      },
      // Prefilled values must not leak through the Referer header (also on hosts without headers).
      head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
      customCss: ['./src/styles/tools.css'],
      // The footer carries entered values into every internal link; guide pages show "Your values".
      components: { Footer: './src/overrides/Footer.astro', PageTitle: './src/overrides/PageTitle.astro' },
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
    // Starlight's own sitemap setup, plus a filter: the sign-in return pages are only for the popup.
    sitemap({
      i18n: { defaultLocale: 'root', locales: { root: 'en', de: 'de' } },
      filter: (page) => !/\/sign-in-complete\/$/.test(page),
    }),
    // After Starlight, so that it checks the final HTML.
    securityGate(),
  ],
});
