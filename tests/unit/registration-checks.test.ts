import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/tools/registration/manifest';
import { checkRegistration, type Report } from '../../src/tools/registration/checks';
import type { Registration } from '../../src/tools/registration/registration';
import { PERMISSIONS, RESOURCES, redirectUriFor } from '../../src/data/microsoft';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/registration/${name}`, import.meta.url), 'utf8');
const NOW = new Date('2026-06-01T00:00:00Z');
const REDIRECT = redirectUriFor('https://xyc.teamspace.de');

type Manifest = Record<string, any>;
const FORMATS = {
  graphManifest: () => JSON.parse(fixture('manifest-graph.json')) as Manifest,
  aadGraphManifest: () => JSON.parse(fixture('manifest-aad-graph.json')) as Manifest,
} as const;

function registrationOf(m: Manifest): Registration {
  const r = readManifest(JSON.stringify(m, null, 2));
  if (!r.ok) throw new Error(`not read: ${JSON.stringify(r.error)}`);
  return r.registration;
}

function check(m: Manifest, redirectUri: string | null = REDIRECT): Report {
  return checkRegistration(registrationOf(m), { redirectUri, now: NOW });
}

const setting = (r: Report, id: string) => r.settings.find((s) => s.id === id)!;
const perm = (r: Report, name: string, type = PERMISSIONS.find((p) => p.name === name)!.type) =>
  r.permissions.find((p) => p.permission.name === name && p.permission.type === type)!;

/** Edits applied to each format so that one setting is wrong. */
const EDITS = {
  graphManifest: {
    audience: (m: Manifest) => void (m.signInAudience = 'AzureADMultipleOrgs'),
    accessTokens: (m: Manifest) => void (m.web.implicitGrantSettings.enableAccessTokenIssuance = false),
    idTokens: (m: Manifest) => void (m.web.implicitGrantSettings.enableIdTokenIssuance = false),
    redirect: (m: Manifest, uri: string) => void (m.web.redirectUris = [uri]),
    spaRedirect: (m: Manifest, uri: string) => {
      m.web.redirectUris = [];
      m.spa.redirectUris = [uri];
    },
    secrets: (m: Manifest, ends: string[]) =>
      void (m.passwordCredentials = ends.map((e, i) => ({ displayName: `s${i}`, endDateTime: e, hint: 'abc', keyId: `k${i}`, secretText: null }))),
  },
  aadGraphManifest: {
    audience: (m: Manifest) => void (m.signInAudience = 'AzureADandPersonalMicrosoftAccount'),
    accessTokens: (m: Manifest) => void (m.oauth2AllowImplicitFlow = false),
    idTokens: (m: Manifest) => void (m.oauth2AllowIdTokenImplicitFlow = false),
    redirect: (m: Manifest, uri: string) => void (m.replyUrlsWithType = [{ url: uri, type: 'Web' }]),
    spaRedirect: (m: Manifest, uri: string) => void (m.replyUrlsWithType = [{ url: uri, type: 'Spa' }]),
    secrets: (m: Manifest, ends: string[]) => void (m.passwordCredentials = ends.map((e, i) => ({ endDate: e, hint: 'abc', keyId: `k${i}`, value: null }))),
  },
} as const;

for (const format of ['graphManifest', 'aadGraphManifest'] as const) {
  const edit = EDITS[format];
  describe(`manifest in the ${format} format`, () => {
    it('is recognised as that format with its Application ID and name', () => {
      const reg = registrationOf(FORMATS[format]());
      expect(reg.source).toBe(format);
      expect(reg.appId).toBe('6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f');
      expect(reg.displayName).toBe('teamspace mail');
    });

    it('passes every check when complete', () => {
      const r = check(FORMATS[format]());
      expect(r.errors).toBe(0);
      expect(r.warnings).toBe(0);
      expect(r.settings.map((s) => [s.id, s.status])).toEqual([
        ['audience', 'ok'],
        ['redirectUri', 'ok'],
        ['accessTokens', 'ok'],
        ['idTokens', 'ok'],
      ]);
      expect(r.permissions.map((p) => [p.permission.name, p.state])).toEqual(PERMISSIONS.map((p) => [p.name, 'present']));
      expect(r.lookAlikes).toEqual([]);
      expect(r.others).toEqual([]);
      expect(r.consentKnown).toBe(false);
      expect(r.permissions.every((p) => p.consent === 'unknown')).toBe(true);
    });

    it('flags an audience other than this organisation only', () => {
      const m = FORMATS[format]();
      edit.audience(m);
      const r = check(m);
      expect(setting(r, 'audience')).toMatchObject({ status: 'error' });
      expect(r.errors).toBe(1);
    });

    for (const id of ['accessTokens', 'idTokens'] as const) {
      // Corrections item 13: the tokens serve teamspace's single sign-on; mail works without.
      it(`calls ${id} issuance switched off missing (a warning), not an error`, () => {
        const m = FORMATS[format]();
        edit[id](m);
        const r = check(m);
        expect(setting(r, id)).toEqual({ id, status: 'warning', actual: false });
        expect(r.errors).toBe(0);
        expect(r.warnings).toBe(1);
      });
    }

    // Least privilege: Calendars.ReadWrite restricted with Exchange Online RBAC for Applications.
    describe('Calendars.ReadWrite scoped in Exchange', () => {
      const withoutCalendar = () => {
        const m = FORMATS[format]();
        const graph = m.requiredResourceAccess.find((r: Manifest) => r.resourceAppId === RESOURCES.graph.appId);
        const calendar = PERMISSIONS.find((p) => p.name === 'Calendars.ReadWrite')!;
        graph.resourceAccess = graph.resourceAccess.filter((a: Manifest) => a.id !== calendar.id);
        return m;
      };
      const scoped = (m: Manifest) => checkRegistration(registrationOf(m), { redirectUri: REDIRECT, now: NOW, calendarScopedInExchange: true });
      it.each<[string, () => Manifest, boolean, string, string, number, number]>([
        ['absent, not scoped: missing', withoutCalendar, false, 'missing', 'error', 1, 0],
        ['absent, scoped: expected', withoutCalendar, true, 'scopedInExchange', 'ok', 0, 0],
        ['present, not scoped: present', () => FORMATS[format](), false, 'present', 'ok', 0, 0],
        ['present, scoped: the Entra grant still opens every calendar', () => FORMATS[format](), true, 'presentUnscoped', 'warning', 0, 1],
      ])('%s', (_, manifest, isScoped, state, status, errors, warnings) => {
        const r = isScoped ? scoped(manifest()) : check(manifest());
        expect(perm(r, 'Calendars.ReadWrite')).toMatchObject({ state, status });
        expect([r.errors, r.warnings]).toEqual([errors, warnings]);
      });
      it('leaves every other permission as it is', () => {
        const r = scoped(withoutCalendar());
        expect(r.permissions.filter((p) => p.permission.name !== 'Calendars.ReadWrite').every((p) => p.state === 'present')).toBe(true);
      });
    });

    it('flags a redirect URI that differs only in case or a trailing slash', () => {
      const m = FORMATS[format]();
      edit.redirect(m, REDIRECT.replace('oauth2', 'OAuth2') + '/');
      expect(setting(check(m), 'redirectUri')).toMatchObject({ status: 'error', finding: 'near' });
    });

    it('flags the teamspace URI registered on the wrong platform', () => {
      const m = FORMATS[format]();
      edit.spaRedirect(m, REDIRECT);
      expect(setting(check(m), 'redirectUri')).toMatchObject({ status: 'error', finding: 'otherPlatform', uris: [REDIRECT] });
    });

    it('flags a missing redirect URI and lists the registered ones', () => {
      const m = FORMATS[format]();
      edit.redirect(m, 'https://other.teamspace.de/api/server/oauth2/redirect');
      expect(setting(check(m), 'redirectUri')).toMatchObject({ status: 'error', finding: 'missing', uris: ['https://other.teamspace.de/api/server/oauth2/redirect'] });
    });

    it('checks only the path while the installation URL is unknown', () => {
      const m = FORMATS[format]();
      expect(setting(check(m, null), 'redirectUri')).toMatchObject({ status: 'info', finding: 'pathFound', uris: [REDIRECT] });
      edit.redirect(m, 'https://xyc.teamspace.de/');
      expect(setting(check(m, null), 'redirectUri')).toMatchObject({ status: 'error', finding: 'pathMissing' });
    });

    it('lists secrets by end date and flags expired and soon expiring ones', () => {
      const m = FORMATS[format]();
      edit.secrets(m, ['2027-01-01T00:00:00Z', '2026-05-31T23:00:00Z', '2026-06-20T00:00:00Z', '2026-07-01T00:00:01Z']);
      const r = check(m);
      expect(r.secrets.map((s) => [s.secret.endText, s.state, s.daysLeft])).toEqual([
        ['2026-05-31T23:00:00Z', 'expired', -1],
        ['2026-06-20T00:00:00Z', 'expiring', 19],
        ['2026-07-01T00:00:01Z', 'valid', 30],
        ['2027-01-01T00:00:00Z', 'valid', 214],
      ]);
      expect(r.errors).toBe(1);
      expect(r.warnings).toBe(1);
    });

    it('names look-alikes as mistakes and the permission they replace', () => {
      const m = FORMATS[format]();
      const exchange = m.requiredResourceAccess.find((r: Manifest) => r.resourceAppId === RESOURCES.exchange.appId);
      // POP instead of IMAP, plus EWS full access.
      exchange.resourceAccess = [
        { id: 'cb842b43-da6e-4506-86fe-bb12199c656d', type: 'Role' },
        { id: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40', type: 'Role' },
        { id: '7146a1f0-8703-45b3-9eae-527a64c00995', type: 'Role' },
      ];
      // Delegated User.Read.All instead of the application permission.
      const graph = m.requiredResourceAccess.find((r: Manifest) => r.resourceAppId === RESOURCES.graph.appId);
      graph.resourceAccess = graph.resourceAccess.filter((a: Manifest) => a.id !== 'df021288-bdef-4463-88db-98f22de89214');
      graph.resourceAccess.push({ id: 'a154be20-db9c-4678-8ab7-66f6cc099a59', type: 'Scope' });
      const r = check(m);
      expect(r.lookAlikes.map((l) => l.lookAlike.name)).toEqual(['POP.AccessAsApp', 'full_access_as_app', 'User.Read.All']);
      expect(perm(r, 'IMAP.AccessAsApp')).toMatchObject({ state: 'lookAlike', status: 'error' });
      expect(perm(r, 'User.Read.All')).toMatchObject({ state: 'lookAlike', status: 'error' });
      expect(perm(r, 'SMTP.SendAsApp')).toMatchObject({ state: 'present', status: 'ok' });
      expect(r.errors).toBe(5);
    });

    it('treats the default User.Read as harmless and lists unknown permissions', () => {
      const m = FORMATS[format]();
      const graph = m.requiredResourceAccess.find((r: Manifest) => r.resourceAppId === RESOURCES.graph.appId);
      graph.resourceAccess.push({ id: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d', type: 'Scope' }, { id: '7ab1d382-f21e-4acd-a863-ba3e13f7da61', type: 'Role' });
      const r = check(m);
      expect(r.errors).toBe(0);
      expect(r.others).toEqual([{ resourceAppId: RESOURCES.graph.appId, id: '7ab1d382-f21e-4acd-a863-ba3e13f7da61', type: 'Role' }]);
    });

    it('flags a missing permission and a right ID with the wrong type', () => {
      const m = FORMATS[format]();
      const graph = m.requiredResourceAccess.find((r: Manifest) => r.resourceAppId === RESOURCES.graph.appId);
      graph.resourceAccess = graph.resourceAccess.filter((a: Manifest) => a.id !== '37f7f235-527c-4136-accd-4a02d197296e');
      graph.resourceAccess.find((a: Manifest) => a.id === '45bbb07e-7321-4fd7-a8f6-3ff27e6a81c8').type = 'Scope';
      const r = check(m);
      expect(perm(r, 'openid')).toMatchObject({ state: 'missing', status: 'error' });
      expect(perm(r, 'CallRecords.Read.All')).toMatchObject({ state: 'wrongType', status: 'error' });
      expect(r.errors).toBe(2);
    });

    it('reads IDs written in upper case', () => {
      const text = JSON.stringify(FORMATS[format]()).replace(/"(id|resourceAppId)": ?"([0-9a-f-]{36})"/g, (_, k: string, v: string) => `"${k}":"${v.toUpperCase()}"`);
      const r = readManifest(text);
      expect(r.ok && checkRegistration(r.registration, { redirectUri: REDIRECT, now: NOW }).errors).toBe(0);
    });
  });
}

describe('readManifest on what is not a manifest', () => {
  it('gives line and column for invalid JSON', () => {
    expect(readManifest('{\n  "appId": "x",\n}')).toEqual({ ok: false, error: { kind: 'json', problem: 'unexpectedChar', line: 3, column: 1, found: '}' } });
  });

  it('recognises the requiredResourceAccess list alone', () => {
    expect(readManifest(JSON.stringify(FORMATS.graphManifest().requiredResourceAccess))).toEqual({ ok: false, error: { kind: 'onlyPermissions' } });
  });

  it('says when JSON is something else', () => {
    for (const text of ['[]', '42', '"manifest"', '{"name": "package", "version": "1.0.0"}', '{"web-app": {"context-param": []}}']) {
      expect(readManifest(text)).toEqual({ ok: false, error: { kind: 'notManifest' } });
    }
  });
});
