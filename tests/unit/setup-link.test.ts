import { describe, expect, it } from 'vitest';
import { checkSetupValue, setupEmail, setupLinks, setupValues } from '../../src/tools/setup-link/setup-link';
import { EMAILS } from '../../src/tools/setup-link/strings';
import { MAX_FRAGMENT, parseLinkState } from '../../src/lib/url-state';
import { LINK_KEY_NAMES } from '../../src/lib/link-keys';

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJ = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
/** An Entra client secret Value: 40 characters with "~" (made up). */
const SECRET = 'Ab18Q~' + 'r7Hk2.Zp-9_LmQ4vX8sT1wYc3NbE6gJd0fKa5uI';
const ORIGIN = 'https://help.example';
const STEPS = [{ title: 'Step 1', path: '/microsoft-app-registration/app-registration/' }];
const TOOLS = [{ title: 'Generator', path: '/de/tools/powershell-generator/' }];

describe('setupValues', () => {
  it('keeps the valid values as the tools read them, in link order', () => {
    const { values, invalid } = setupValues({ mb: ' Info@contoso.com; "Sales, Team" <sales@contoso.com>\n', app: ` ${APP.toUpperCase()} `, url: 'xyc.teamspace.de/', tenant: 'Contoso.onmicrosoft.com' });
    expect(invalid).toEqual([]);
    expect([...values]).toEqual([
      ['url', 'https://xyc.teamspace.de'],
      ['tenant', 'contoso.onmicrosoft.com'],
      ['app', APP],
      ['mb', 'Info@contoso.com,sales@contoso.com'],
    ]);
  });

  it('leaves empty fields out and names every invalid one', () => {
    const { values, invalid } = setupValues({ url: '', tenant: 'contoso.com', app: APP, obj: 'not-a-guid', mb: 'info@contoso.com, nobody' });
    expect(invalid).toEqual(['tenant', 'obj', 'mb']);
    expect([...values.keys()]).toEqual(['app']);
  });

  it('refuses a secret-shaped value in every field', () => {
    for (const key of ['url', 'tenant', 'app', 'obj', 'sp', 'mb'] as const) {
      expect(checkSetupValue(key, SECRET), key).toEqual({ ok: false, error: 'secretValue' });
      expect(setupValues({ app: APP, [key]: SECRET }).invalid, key).toEqual([key]);
    }
    // An installation URL made of a secret would otherwise pass as a host name.
    expect(checkSetupValue('url', `https://${SECRET}`).ok).toBe(false);
  });

  it('warns (without refusing) when the Object ID is the Application ID', () => {
    expect(checkSetupValue('obj', APP, { app: APP })).toEqual({ ok: true, value: APP, warnings: ['objectEqualsApp'] });
    expect(setupValues({ app: APP, obj: APP }).invalid).toEqual([]);
  });
});

describe('setupLinks', () => {
  const values = setupValues({ tenant: 'contoso.onmicrosoft.com', app: APP, obj: OBJ, mb: 'info@contoso.com,sales@contoso.com' }).values;

  it('builds absolute links that a page reads back to the same values', () => {
    const links = setupLinks(ORIGIN, '/microsoft-app-registration/', STEPS, TOOLS, values);
    expect(links.overview).toBe(`${ORIGIN}/microsoft-app-registration/#tenant=contoso.onmicrosoft.com&app=${APP}&obj=${OBJ}&mb=info@contoso.com,sales@contoso.com`);
    expect(links.steps).toEqual([{ title: 'Step 1', href: `${ORIGIN}/microsoft-app-registration/app-registration/${new URL(links.overview).hash}` }]);
    expect(links.tools[0].href.startsWith(`${ORIGIN}/de/tools/powershell-generator/#tenant=`)).toBe(true);
    const read = parseLinkState('', new URL(links.overview).hash, LINK_KEY_NAMES);
    expect([...read.values]).toEqual([...values]);
    expect(links.omitted).toEqual([]);
  });

  it('leaves a value too long for a link out of every link and names it', () => {
    const many = Array.from({ length: 600 }, (_, i) => `mailbox.user${i}@contoso.com`).join(',');
    const long = setupValues({ app: APP, mb: many }).values;
    const links = setupLinks(ORIGIN, '/microsoft-app-registration/', STEPS, TOOLS, long);
    expect(links.omitted).toEqual(['mb']);
    expect(links.overview).toBe(`${ORIGIN}/microsoft-app-registration/#app=${APP}`);
    expect(new URL(links.steps[0].href).hash.length).toBeLessThanOrEqual(MAX_FRAGMENT);
  });
});

describe('setupEmail', () => {
  it('puts the link on a line of its own in both languages', () => {
    const link = `${ORIGIN}/microsoft-app-registration/#app=${APP}`;
    for (const lang of ['en', 'de'] as const) {
      const text = setupEmail(EMAILS[lang], link);
      expect(text.split('\n')).toContain(link);
      expect(text).not.toContain('{');
    }
    expect(setupEmail(EMAILS.de, link)).toContain('geheimen Clientschlüssel');
    expect(setupEmail(EMAILS.en, link)).toContain('client secret');
  });
});
