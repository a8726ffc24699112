import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GraphError, graphUrl, readRegistration, type Fetch } from '../../src/tools/registration/graph';
import { checkRegistration } from '../../src/tools/registration/checks';
import { redirectUriFor } from '../../src/data/microsoft';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/registration/graph/${name}`, import.meta.url), 'utf8');
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const SP = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const BASE = 'https://graph.microsoft.com';

/** A Graph stand-in answering the documented paths with the recorded responses. */
function recordedGraph(overrides: Record<string, { status: number; body: string }> = {}): { fetch: Fetch; urls: string[] } {
  const urls: string[] = [];
  const routes: Record<string, string> = {
    [`/v1.0/applications(appId='${APP}')`]: 'application.json',
    [`/v1.0/servicePrincipals(appId='${APP}')`]: 'servicePrincipal.json',
    [`/v1.0/servicePrincipals/${SP}/appRoleAssignments`]: 'appRoleAssignments.json',
    ['/v1.0/oauth2PermissionGrants']: 'oauth2PermissionGrants.json',
  };
  const fetch: Fetch = async (url, init) => {
    urls.push(url);
    expect(init.headers.Authorization).toBe('Bearer token-1');
    const path = decodeURIComponent(new URL(url).pathname);
    const override = overrides[path];
    if (override) return new Response(override.body, { status: override.status, headers: { 'content-type': 'application/json' } });
    const file = routes[path];
    if (!file) return new Response(fixture('error-404.json'), { status: 404 });
    return new Response(fixture(file), { status: 200, headers: { 'content-type': 'application/json' } });
  };
  return { fetch, urls };
}

describe('live check against recorded Graph responses', () => {
  it('reads the four documented paths, read only, with the bearer token', async () => {
    const graph = recordedGraph();
    await readRegistration(graph.fetch, 'token-1', BASE, APP);
    expect(graph.urls).toEqual([
      `${BASE}/v1.0/applications(appId='${APP}')?$select=id,appId,displayName,signInAudience,web,spa,publicClient,requiredResourceAccess,passwordCredentials`,
      `${BASE}/v1.0/servicePrincipals(appId='${APP}')?$select=id,appId,displayName`,
      `${BASE}/v1.0/servicePrincipals/${SP}/appRoleAssignments`,
      `${BASE}/v1.0/oauth2PermissionGrants?$filter=clientId%20eq%20'${SP}'`,
    ]);
  });

  it('gives the enterprise application Object ID and admin consent per permission', async () => {
    const live = await readRegistration(recordedGraph().fetch, 'token-1', BASE, APP);
    expect(live.servicePrincipalId).toBe(SP);
    expect(live.registration.source).toBe('graphApi');
    const r = checkRegistration(live.registration, { redirectUri: redirectUriFor('https://xyc.teamspace.de'), now: new Date('2026-06-01Z'), grants: live.grants });
    expect(r.consentKnown).toBe(true);
    expect(r.permissions.map((p) => [p.permission.name, p.state, p.consent])).toEqual([
      ['IMAP.AccessAsApp', 'present', 'granted'],
      ['SMTP.SendAsApp', 'present', 'granted'],
      ['Calendars.ReadWrite', 'present', 'granted'],
      ['CallRecords.Read.All', 'present', 'notGranted'],
      ['Domain.Read.All', 'present', 'granted'],
      ['User.Read.All', 'present', 'granted'],
      ['openid', 'present', 'granted'],
      ['profile', 'present', 'granted'],
    ]);
    expect(r.secrets.map((s) => s.state)).toEqual(['expired', 'valid']);
    // The missing consent and the expired secret.
    expect(r.errors).toBe(2);
  });

  it('counts only tenant-wide (admin) delegated grants as consent', async () => {
    const body = fixture('oauth2PermissionGrants.json').replace('AllPrincipals', 'Principal');
    const live = await readRegistration(recordedGraph({ '/v1.0/oauth2PermissionGrants': { status: 200, body } }).fetch, 'token-1', BASE, APP);
    expect([...live.grants.adminScopes]).toEqual([]);
  });

  const failures: [string, Record<string, { status: number; body: string }>, object][] = [
    ['403 without Application.Read.All', { [`/v1.0/applications(appId='${APP}')`]: { status: 403, body: fixture('error-403.json') } }, { kind: 'forbidden', read: 'application', code: 'Authorization_RequestDenied' }],
    ['403 on the grants (no Directory.Read.All)', { '/v1.0/oauth2PermissionGrants': { status: 403, body: fixture('error-403.json') } }, { kind: 'forbidden', read: 'oauth2PermissionGrants' }],
    ['404 for an unknown Application ID', { [`/v1.0/applications(appId='${APP}')`]: { status: 404, body: fixture('error-404.json') } }, { kind: 'appNotFound' }],
    ['404 when the enterprise application is missing', { [`/v1.0/servicePrincipals(appId='${APP}')`]: { status: 404, body: fixture('error-404.json') } }, { kind: 'servicePrincipalNotFound' }],
    ['401 for an expired token', { [`/v1.0/applications(appId='${APP}')`]: { status: 401, body: '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired."}}' } }, { kind: 'unauthorized', code: 'InvalidAuthenticationToken' }],
    ['another HTTP error with Graph\'s message', { [`/v1.0/applications(appId='${APP}')`]: { status: 503, body: '{"error":{"code":"serviceNotAvailable","message":"Try later."}}' } }, { kind: 'http', status: 503, code: 'serviceNotAvailable', message: 'Try later.' }],
    ['a non-JSON error page', { [`/v1.0/applications(appId='${APP}')`]: { status: 502, body: '<html>Bad gateway</html>' } }, { kind: 'http', status: 502, code: null, message: null }],
  ];
  for (const [name, overrides, failure] of failures) {
    it(`reports ${name}`, async () => {
      const err = await readRegistration(recordedGraph(overrides).fetch, 'token-1', BASE, APP).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(GraphError);
      expect((err as GraphError).failure).toMatchObject(failure);
    });
  }

  it('reports a network failure', async () => {
    const err = await readRegistration(async () => Promise.reject(new TypeError('Failed to fetch')), 'token-1', BASE, APP).catch((e: unknown) => e);
    expect((err as GraphError).failure).toEqual({ kind: 'network', read: 'application' });
  });

  it('builds URLs from a base with or without a trailing slash and encodes values', () => {
    expect(graphUrl('https://graph.example/', "/v1.0/applications(appId='{appId}')", { appId: 'a/b?c' })).toBe("https://graph.example/v1.0/applications(appId='a%2Fb%3Fc')");
  });
});
