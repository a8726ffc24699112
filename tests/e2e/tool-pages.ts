/**
 * The tool pages of the built site and what the generic privacy and hostile-input
 * tests need to use any tool on them: realistic values chosen by a field's label
 * (from the link keys' labels and examples, so a new key brings its own value).
 */
import { readFileSync } from 'node:fs';
import { builtPages } from './pages';
import { LINK_KEYS } from '../../src/lib/link-keys';

/** Every page under tools/ in both locales, the overview included. */
export const toolSectionPages = builtPages().filter((p) => /^\/(de\/)?tools\/[^/]+\/$/.test(p));

/** The tool pages that contain at least one tool (a ToolFrame). */
export const pagesWithTools = toolSectionPages.filter((p) => readFileSync(`dist${p}index.html`, 'utf8').includes('<ts-tool-frame'));

/** A realistic web.xml of a teamspace installation (the part the web.xml tool checks). */
export const SAMPLE_WEB_XML = `<?xml version="1.0" encoding="UTF-8"?>
<web-app xmlns="https://jakarta.ee/xml/ns/jakartaee" version="5.0">
  <display-name>teamspace</display-name>
  <context-param>
    <param-name>oauth2Gateway.url</param-name>
    <param-value>https://xyc.teamspace.de/api/server/oauth2/gateway-probe</param-value>
  </context-param>
</web-app>
`;

/** A realistic app manifest (Microsoft Graph format), reduced to what the checker reads. */
export const SAMPLE_MANIFEST = JSON.stringify(
  {
    id: '3b1f4c2a-9d8e-4f7a-b6c5-1a2b3c4d5e6f',
    appId: '5e0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4',
    displayName: 'teamspace mail',
    signInAudience: 'AzureADMyOrg',
    web: { redirectUris: ['https://xyc.teamspace.de/api/server/oauth2/redirect'] },
    requiredResourceAccess: [],
  },
  null,
  2,
);

export const SAMPLE_ERROR = 'AADSTS7000215: Invalid client secret provided. Trace ID: 0f6c5a1e-probe';

/** A value that looks like a client secret: it must never reach the URL, storage or network. */
export const SAMPLE_SECRET = 'Q8x~probeSecret.Zz9-1234567890abcdef';

export interface FieldInfo {
  label: string;
  tag: string;
  type: string;
  accept: string;
}

/**
 * A realistic value for a field, by its label (a link key's label in either
 * locale), else by its kind. Returns the value and the distinctive part of it that
 * must not show up anywhere but the page and its fragment.
 */
export function realisticValue(field: FieldInfo): { value: string; probe: string } {
  const label = field.label.toLowerCase();
  if (field.type === 'password') return { value: SAMPLE_SECRET, probe: SAMPLE_SECRET };
  const key = LINK_KEYS.find((k) => [k.label.en, k.label.de].some((l) => label.includes(l.toLowerCase())));
  if (key && key.example.length >= 6 && field.type !== 'checkbox') return { value: key.example, probe: key.example };
  if (field.type === 'date' || /date|datum/.test(label)) return { value: '2027-06-30', probe: '2027-06-30' };
  if (/web\.xml/.test(label)) return { value: SAMPLE_WEB_XML, probe: 'gateway-probe' };
  if (/manifest/.test(label)) return { value: SAMPLE_MANIFEST, probe: '5e0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4' };
  if (/error|fehler|message|meldung/.test(label)) return { value: SAMPLE_ERROR, probe: '0f6c5a1e-probe' };
  if (field.type === 'email' || /mail|postf/.test(label)) return { value: 'probe.mailbox@contoso.com', probe: 'probe.mailbox@contoso.com' };
  if (field.type === 'url' || /url|uri|address|adresse/.test(label)) return { value: 'https://probe.teamspace.de', probe: 'probe.teamspace.de' };
  if (/guid|\bid\b|-id/.test(label)) return { value: '7d2e9c41-0b6a-4f3e-9a58-c1d2e3f4a5b6', probe: '7d2e9c41-0b6a-4f3e-9a58-c1d2e3f4a5b6' };
  if (field.tag === 'textarea') return { value: SAMPLE_WEB_XML, probe: 'gateway-probe' };
  return { value: 'teamspace probe value', probe: 'teamspace probe value' };
}

/** A file for a file input, by what it accepts. */
export function realisticFile(accept: string): { name: string; mimeType: string; buffer: Buffer; probe: string } | null {
  if (/xml/.test(accept)) return { name: 'web.xml', mimeType: 'application/xml', buffer: Buffer.from(SAMPLE_WEB_XML), probe: 'gateway-probe' };
  if (/json/.test(accept)) return { name: 'manifest.json', mimeType: 'application/json', buffer: Buffer.from(SAMPLE_MANIFEST), probe: '5e0c1d2e-3f4a-4b5c-8d6e-7f8091a2b3c4' };
  return null;
}

/** Buttons the generic tests leave alone: signing in leaves the page by design. */
export const SIGN_IN = /sign.?in|log.?in|anmelden/i;
