/**
 * A self-contained stand-in for Microsoft in the live check's end-to-end test:
 * - a real OpenID Connect provider (oidc-provider) over https with a self-signed certificate;
 * - a Graph stub over https that answers Graph's paths with the recorded responses in
 *   tests/fixtures/registration/graph and verifies each bearer token (jose) against the
 *   provider's published JWKS;
 * - the site, built with the live check pointed at both (a second `astro build` into a
 *   temporary folder), served by a small static server.
 * Every server listens on a free port chosen by the system, so parallel runs do not collide.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer, get as httpsGet } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { promisify } from 'node:util';
import { generate } from 'selfsigned';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, type JSONWebKeySet } from 'jose';
import Provider from 'oidc-provider';
import { GRAPH_SCOPES } from '../../../src/data/microsoft';

const ROOT = resolve(import.meta.dirname, '../../..');
const FIXTURES = join(ROOT, 'tests/fixtures/registration/graph');
export const CLIENT_ID = 'teamspace-help-e2e';
export const APP_ID = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
export const SP_ID = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';

export interface GraphRequest {
  method: string;
  path: string;
  /** The subject of the verified token, or the reason it was refused. */
  subject: string | null;
  refused: string | null;
}

export interface LiveStack {
  siteUrl: string;
  authority: string;
  graphBase: string;
  graphRequests: GraphRequest[];
  close(): Promise<void>;
}

async function listen(server: Server, host: string): Promise<number> {
  await new Promise<void>((ok) => server.listen(0, host, ok));
  return (server.address() as AddressInfo).port;
}

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((ok) => server.close(() => ok()));
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.wasm': 'application/wasm',
};

function staticServer(dir: string): Server {
  return createHttpServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/html' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
}

/** GET over https trusting only the given self-signed certificate (Node's fetch cannot). */
function getJson(url: string, ca: string): Promise<unknown> {
  return new Promise((ok, fail) => {
    httpsGet(url, { ca }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => (res.statusCode === 200 ? ok(JSON.parse(body)) : fail(new Error(`${url}: HTTP ${res.statusCode}`))));
    }).on('error', fail);
  });
}

export async function startLiveStack(): Promise<LiveStack> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] }],
  });
  const tls = { key: pems.private, cert: pems.cert };

  // Ports first: the build needs the provider's and Graph's addresses.
  const outDir = mkdtempSync(join(tmpdir(), 'registration-live-'));
  const site = staticServer(outDir);
  const siteUrl = `http://127.0.0.1:${await listen(site, '127.0.0.1')}`;

  let providerCallback: ((req: never, res: never) => void) | null = null;
  const idp = createHttpsServer(tls, (req, res) => (providerCallback ? providerCallback(req as never, res as never) : res.writeHead(503).end()));
  const authority = `https://localhost:${await listen(idp as unknown as Server, '127.0.0.1')}`;

  let jwks: ReturnType<typeof createLocalJWKSet> | null = null;
  const graphRequests: GraphRequest[] = [];
  const graph = createHttpsServer(tls, async (req, res) => {
    const cors = { 'access-control-allow-origin': siteUrl, vary: 'origin' };
    if (req.method === 'OPTIONS') {
      return void res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET', 'access-control-allow-headers': 'authorization, accept', 'access-control-max-age': '600' }).end();
    }
    const url = new URL(req.url ?? '/', graphBase);
    const path = decodeURIComponent(url.pathname) + decodeURIComponent(url.search);
    const record: GraphRequest = { method: req.method ?? '', path, subject: null, refused: null };
    graphRequests.push(record);
    const send = (status: number, body: string) => res.writeHead(status, { ...cors, 'content-type': 'application/json' }).end(body);
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    try {
      if (!token || !jwks) throw new Error('no bearer token');
      const { payload } = await jwtVerify(token, jwks, { issuer: authority, audience: graphBase });
      const scopes = String(payload.scope ?? '').split(' ');
      if (!GRAPH_SCOPES.registrationCheck.every((s) => scopes.includes(s))) throw new Error(`scopes missing: ${payload.scope}`);
      record.subject = String(payload.sub);
    } catch (e) {
      record.refused = (e as Error).message;
      return send(401, '{"error":{"code":"InvalidAuthenticationToken","message":"Access token validation failure."}}');
    }
    if (req.method !== 'GET') return send(405, '{"error":{"code":"Request_BadRequest","message":"Read only."}}');
    const routes: Record<string, string> = {
      [`/v1.0/applications(appId='${APP_ID}')`]: 'application.json',
      [`/v1.0/servicePrincipals(appId='${APP_ID}')`]: 'servicePrincipal.json',
      [`/v1.0/servicePrincipals/${SP_ID}/appRoleAssignments`]: 'appRoleAssignments.json',
    };
    const file = routes[decodeURIComponent(url.pathname)] ?? (url.pathname === '/v1.0/oauth2PermissionGrants' && url.searchParams.get('$filter') === `clientId eq '${SP_ID}'` ? 'oauth2PermissionGrants.json' : null);
    if (!file) return send(404, readFileSync(join(FIXTURES, 'error-404.json'), 'utf8'));
    send(200, readFileSync(join(FIXTURES, file), 'utf8'));
  });
  const graphBase = `https://localhost:${await listen(graph as unknown as Server, '127.0.0.1')}`;

  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const signingKey = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: 'e2e' };
  const provider = new Provider(authority, {
    clients: [
      {
        client_id: CLIENT_ID,
        token_endpoint_auth_method: 'none',
        application_type: 'web',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: [`${siteUrl}/sign-in-complete/`, `${siteUrl}/de/sign-in-complete/`],
      },
    ],
    jwks: { keys: [signingKey] },
    cookies: { keys: ['registration-e2e-only'] },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'] },
    scopes: ['openid', 'profile', 'offline_access'],
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => ({ sub, name: 'Test Admin', preferred_username: `${sub}@contoso.example` }),
    }),
    clientBasedCORS: (_ctx, origin) => origin === siteUrl,
    ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 3600, IdToken: 3600, RefreshToken: 3600 },
    features: {
      devInteractions: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => graphBase,
        useGrantedResource: () => true,
        getResourceServerInfo: (_ctx, resource) => {
          if (resource !== graphBase) throw new Error(`unknown resource ${resource}`);
          return { scope: GRAPH_SCOPES.registrationCheck.join(' '), audience: graphBase, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
    },
    // The admin has consented before: no consent page, only the login.
    loadExistingGrant: async (ctx) => {
      const accountId = ctx.oidc.session?.accountId;
      if (!accountId || !ctx.oidc.client) return undefined;
      const existing = ctx.oidc.session!.grantIdFor(ctx.oidc.client.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId });
      grant.addOIDCScope('openid profile offline_access');
      grant.addResourceScope(graphBase, GRAPH_SCOPES.registrationCheck.join(' '));
      await grant.save();
      return grant;
    },
  });
  providerCallback = provider.callback() as never;

  const discovery = (await getJson(`${authority}/.well-known/openid-configuration`, pems.cert)) as { jwks_uri: string };
  jwks = createLocalJWKSet((await getJson(discovery.jwks_uri, pems.cert)) as JSONWebKeySet);

  await promisify(execFile)('npx', ['astro', 'build', '--outDir', outDir], {
    cwd: ROOT,
    env: { ...process.env, PUBLIC_MSAL_CLIENT_ID: CLIENT_ID, PUBLIC_MSAL_AUTHORITY: `${authority}/`, PUBLIC_GRAPH_BASE: graphBase },
    maxBuffer: 64 * 1024 * 1024,
  });

  return {
    siteUrl,
    authority,
    graphBase,
    graphRequests,
    async close() {
      await Promise.all([close(site), close(idp as unknown as Server), close(graph as unknown as Server)]);
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
