/**
 * Local stand-ins for Microsoft for the connection test script, started by the tests
 * and the bench. They follow Microsoft's documented shapes (the OAuth article for IMAP,
 * POP and SMTP, the client-credentials and token-claims references of Entra; see the
 * shared Microsoft facts, part 2 of the cmdlets notes):
 * - a token endpoint over https: POST /{tenant}/oauth2/v2.0/token with the client
 *   credentials form; JWT access tokens signed with jose (RS256) carrying aud, iss,
 *   tid, appid, oid, roles, exp, ver 1.0; errors as Microsoft's JSON (error,
 *   error_description starting with AADSTS…, error_codes, timestamp, trace_id,
 *   correlation_id) for a wrong secret (7000215, which also answers a Secret ID), an
 *   expired secret (7000222), an unknown app (700016) and an unknown tenant (90002).
 *   Without admin consent the token is issued without `roles`, as Entra does.
 * - IMAP over implicit TLS: a small responder (no maintained Node IMAP server library
 *   runs without a database), with the documented replies `OK AUTHENTICATE completed.`
 *   and `NO AUTHENTICATE failed.`, then EXAMINE and LOGOUT.
 * - SMTP with STARTTLS and AUTH XOAUTH2: nodemailer's smtp-server, replying
 *   `535 5.7.3 Authentication unsuccessful [...]` (documented) and, for SMTP AUTH off
 *   and Send As, the 5.7.139 and 554 5.2.0 SendAsDenied texts that Microsoft's servers
 *   send (reported by third parties; Microsoft documents the settings, not the text).
 * - a port that refuses connections and one that accepts and never answers.
 * - a record of what the clients asked (seen): each token request's tenant, client_id,
 *   grant_type and scope (never the secret), and the command names of every IMAP and SMTP
 *   session in order, so the tests can prove the token is fetched once per run, the
 *   IMAP session only reads (EXAMINE) and no mail is submitted unless asked.
 * The certificates come from a test CA (selfsigned), which the tests trust through
 * SSL_CERT_FILE: the script checks certificates as it does against Microsoft.
 *
 * The Exchange side is a small model: service principals (AppId + the ObjectId given to
 * New-ServicePrincipal), FullAccess and Send As grants, and per-mailbox ImapEnabled and
 * SmtpClientAuthenticationDisabled, so every fault is a state, not a scripted reply.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { createServer as createNetServer, type AddressInfo, type Server as NetServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer as createTlsServer, type TLSSocket } from 'node:tls';
import { generate } from 'selfsigned';
import { SignJWT, generateKeyPair, jwtVerify, type CryptoKey as JoseKey } from 'jose';
import { SMTPServer } from 'smtp-server';

export const TENANT_ID = '8e2f6c1a-3b4d-4e5f-9a6b-7c8d9e0f1a2b';
export const TENANT_DOMAIN = 'contoso.onmicrosoft.com';
export const EXCHANGE_AUD = 'https://outlook.office365.com';

export interface StandinApp {
  appId: string;
  /** Object ID of the enterprise application (the token's oid). */
  oid: string;
  secrets: { id: string; value: string; expired?: boolean }[];
  /** Application permissions with admin consent, per resource (aud). */
  roles: Record<string, string[]>;
}

export interface StandinMailbox {
  address: string;
  imapEnabled: boolean;
  smtpAuthDisabled: boolean;
}

export interface ExchangeModel {
  /** Service principals in Exchange: AppId and the ObjectId they were created with. */
  principals: { appId: string; objectId: string }[];
  mailboxes: StandinMailbox[];
  /** FullAccess grants: mailbox -> app IDs of principals. */
  fullAccess: Record<string, string[]>;
  /** Send As grants: address -> app IDs. */
  sendAs: Record<string, string[]>;
}

export interface Standins {
  tokenHost: string;
  imap: { host: string; port: number };
  smtp: { host: string; port: number };
  /** A port where nothing listens (connection refused). */
  refusedPort: number;
  /** A port that accepts and never answers (timeout). */
  silentPort: number;
  /** PEM file of the test CA, for SSL_CERT_FILE. */
  caFile: string;
  apps: StandinApp[];
  exchange: ExchangeModel;
  seen: Seen;
  close(): Promise<void>;
}

/** What the stand-ins were asked, in order (no secret, no token, no SASL blob). */
export interface Seen {
  token: { tenant: string; clientId: string; grantType: string; scope: string }[];
  /** One entry per IMAP connection: its commands ("CAPABILITY", "AUTHENTICATE XOAUTH2", "EXAMINE INBOX", …) and the user of its AUTHENTICATE. */
  imap: { user: string | null; commands: string[] }[];
  /** One entry per SMTP connection: its command names (EHLO, STARTTLS, AUTH, MAIL, …) and the user of its AUTH. */
  smtp: { user: string | null; commands: string[] }[];
}

const SERVER_NAME = 'AM0PR02MB1234.eurprd02.prod.outlook.com';

function aadError(status: number, error: string, code: number, text: string) {
  const trace = randomUUID();
  const correlation = randomUUID();
  const timestamp = new Date().toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
  return {
    status,
    body: {
      error,
      error_description: `AADSTS${code}: ${text} Trace ID: ${trace} Correlation ID: ${correlation} Timestamp: ${timestamp}`,
      error_codes: [code],
      timestamp,
      trace_id: trace,
      correlation_id: correlation,
    },
  };
}

async function listen(server: NetServer | HttpsServer, host = '127.0.0.1'): Promise<number> {
  await new Promise<void>((ok) => server.listen(0, host, ok));
  return (server.address() as AddressInfo).port;
}

export async function startStandins(apps: StandinApp[], exchange: ExchangeModel): Promise<Standins> {
  const dir = mkdtempSync(join(tmpdir(), 'mail-standins-'));
  const ca = await generate([{ name: 'commonName', value: 'teamspace test CA' }], {
    keySize: 2048,
    algorithm: 'sha256',
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, critical: true },
    ],
  });
  const leaf = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }] },
    ],
  });
  const caFile = join(dir, 'test-ca.pem');
  writeFileSync(caFile, ca.cert);
  const tls = { key: leaf.private, cert: leaf.cert };

  const { privateKey, publicKey } = await generateKeyPair('RS256');
  const kid = randomUUID();
  const seen: Seen = { token: [], imap: [], smtp: [] };

  // ── token endpoint ──
  const token = createHttpsServer(tls, (req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', async () => {
      const send = (r: { status: number; body: unknown }) => res.writeHead(r.status, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(r.body));
      const m = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(new URL(req.url ?? '/', 'https://x').pathname);
      if (req.method !== 'POST' || !m) return send({ status: 404, body: {} });
      const tenant = decodeURIComponent(m[1]);
      const form = new URLSearchParams(body);
      seen.token.push({ tenant, clientId: form.get('client_id') ?? '', grantType: form.get('grant_type') ?? '', scope: form.get('scope') ?? '' });
      if (![TENANT_ID, TENANT_DOMAIN].includes(tenant.toLowerCase())) {
        return send(aadError(400, 'invalid_request', 90002, `Tenant '${tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud.`));
      }
      if (form.get('grant_type') !== 'client_credentials') return send(aadError(400, 'unsupported_grant_type', 70003, 'The app requested an unsupported grant type.'));
      const clientId = form.get('client_id') ?? '';
      const app = apps.find((a) => a.appId === clientId);
      if (!app) {
        return send(aadError(400, 'unauthorized_client', 700016, `Application with identifier '${clientId}' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.`));
      }
      const secret = form.get('client_secret');
      if (!secret) return send(aadError(401, 'invalid_client', 7000218, "The request body must contain the following parameter: 'client_assertion' or 'client_secret'."));
      const match = app.secrets.find((s) => s.value === secret);
      if (!match) {
        // Entra answers a Secret ID like any wrong secret; its text names the mix-up.
        return send(aadError(401, 'invalid_client', 7000215, `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${app.appId}'.`));
      }
      if (match.expired) {
        return send(aadError(401, 'invalid_client', 7000222, `The provided client secret keys for app '${app.appId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`));
      }
      const scope = form.get('scope') ?? '';
      if (!/\/\.default$/.test(scope) || scope.includes(' ')) {
        return send(aadError(400, 'invalid_scope', 70011, `The provided value for the input parameter 'scope' is not valid. The scope ${scope} is not valid.`));
      }
      const aud = scope.replace(/\/\.default$/, '');
      const roles = app.roles[aud] ?? [];
      const now = Math.floor(Date.now() / 1000);
      const lifetime = 3600 + Math.floor(Math.random() * 1800);
      const claims: Record<string, unknown> = { aud, iss: `https://sts.windows.net/${TENANT_ID}/`, tid: TENANT_ID, appid: app.appId, appidacr: '1', oid: app.oid, sub: app.oid, idtyp: 'app', ver: '1.0' };
      if (roles.length) claims.roles = roles;
      const jwt = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid }).setIssuedAt(now).setNotBefore(now).setExpirationTime(now + lifetime).sign(privateKey);
      send({ status: 200, body: { token_type: 'Bearer', expires_in: lifetime, ext_expires_in: lifetime, access_token: jwt } });
    });
  });
  const tokenPort = await listen(token);

  /** What Exchange decides for an XOAUTH2 login: null = accepted, else the reason. */
  const login = async (user: string, bearer: string, protocol: 'imap' | 'smtp'): Promise<null | 'token' | 'principal' | 'fullAccess' | 'imapOff' | 'smtpOff' | 'noMailbox'> => {
    let payload: Record<string, unknown>;
    try {
      payload = (await jwtVerify(bearer, publicKey as JoseKey, { audience: [EXCHANGE_AUD, 'https://outlook.office.com'] })).payload as Record<string, unknown>;
    } catch {
      return 'token';
    }
    const roles = (payload.roles as string[] | undefined) ?? [];
    if (!roles.includes(protocol === 'imap' ? 'IMAP.AccessAsApp' : 'SMTP.SendAsApp')) return 'token';
    const principal = exchange.principals.find((p) => p.appId === payload.appid);
    // A principal created with another Object ID does not match the token's oid.
    if (!principal || principal.objectId !== payload.oid) return 'principal';
    const mailbox = exchange.mailboxes.find((m) => m.address.toLowerCase() === user.toLowerCase());
    if (!mailbox) return 'noMailbox';
    if (!(exchange.fullAccess[mailbox.address] ?? []).includes(principal.appId)) return 'fullAccess';
    if (protocol === 'imap' && !mailbox.imapEnabled) return 'imapOff';
    if (protocol === 'smtp' && mailbox.smtpAuthDisabled) return 'smtpOff';
    return null;
  };

  // ── IMAP (implicit TLS) ──
  const sockets = new Set<Socket>();
  const imap = createTlsServer(tls, (socket: TLSSocket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    const write = (line: string) => socket.write(`${line}\r\n`);
    const session: Seen['imap'][number] = { user: null, commands: [] };
    seen.imap.push(session);
    write(`* OK The Microsoft Exchange IMAP4 service is ready. [${Buffer.from(SERVER_NAME).toString('base64')}]`);
    let authed = false;
    let buffer = '';
    socket.on('data', async (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let i: number;
      while ((i = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, i);
        buffer = buffer.slice(i + 2);
        const [tag, command = '', ...args] = line.split(' ');
        const cmd = command.toUpperCase();
        session.commands.push(cmd === 'AUTHENTICATE' ? `${cmd} ${(args[0] ?? '').toUpperCase()}` : [cmd, ...args].join(' '));
        if (cmd === 'CAPABILITY') {
          write('* CAPABILITY IMAP4 IMAP4rev1 AUTH=PLAIN AUTH=XOAUTH2 SASL-IR UIDPLUS MOVE ID UNSELECT CHILDREN IDLE NAMESPACE LITERAL+');
          write(`${tag} OK CAPABILITY completed.`);
        } else if (cmd === 'AUTHENTICATE' && args[0]?.toUpperCase() === 'XOAUTH2' && args[1]) {
          const decoded = Buffer.from(args[1], 'base64').toString('utf8');
          const m = /^user=([^\x01]*)\x01auth=Bearer ([^\x01]*)\x01\x01$/.exec(decoded);
          if (m) session.user = m[1];
          const refusal = m ? await login(m[1], m[2], 'imap') : 'token';
          authed = refusal === null;
          write(authed ? `${tag} OK AUTHENTICATE completed.` : `${tag} NO AUTHENTICATE failed.`);
        } else if ((cmd === 'EXAMINE' || cmd === 'SELECT') && authed) {
          write('* 0 EXISTS');
          write('* 0 RECENT');
          write('* FLAGS (\\Seen \\Answered \\Flagged \\Deleted \\Draft $MDNSent)');
          write('* OK [PERMANENTFLAGS ()] No permanent flags permitted.');
          write('* OK [UIDVALIDITY 14] UIDVALIDITY value.');
          write('* OK [UIDNEXT 1] The next unique identifier value.');
          write(`${tag} OK [READ-ONLY] ${cmd} completed.`);
        } else if (cmd === 'LOGOUT') {
          write('* BYE Microsoft Exchange Server IMAP4 server signing off.');
          write(`${tag} OK LOGOUT completed.`);
          socket.end();
        } else if (!authed && (cmd === 'EXAMINE' || cmd === 'SELECT')) {
          write(`${tag} BAD Command received in Invalid state.`);
        } else {
          write(`${tag} BAD Command Error. 12`);
        }
      }
    });
  });
  const imapPort = await listen(imap as unknown as NetServer);

  // ── SMTP (STARTTLS, AUTH XOAUTH2) ──
  const fail = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });
  const smtpSessions = new Map<string, Seen['smtp'][number]>();
  const smtp = new SMTPServer({
    ...tls,
    secure: false,
    name: SERVER_NAME,
    banner: `Microsoft ESMTP MAIL Service ready at ${new Date().toUTCString()}`,
    authMethods: ['XOAUTH2'],
    allowInsecureAuth: false,
    hideENHANCEDSTATUSCODES: true,
    disabledCommands: [],
    // Records each session's command names (smtp-server logs them with credentials redacted).
    logger: {
      debug(entry: { tnx?: string; cid?: string; command?: string }) {
        if (entry.tnx !== 'command' || !entry.cid) return;
        let session = smtpSessions.get(entry.cid);
        if (!session) {
          session = { user: null, commands: [] };
          smtpSessions.set(entry.cid, session);
          seen.smtp.push(session);
        }
        session.commands.push(String(entry.command ?? '').toUpperCase());
      },
      info() {},
      error() {},
    },
    async onAuth(auth, session, callback) {
      const entry = smtpSessions.get(session.id);
      if (entry) entry.user = auth.username ?? null;
      const refusal = await login(auth.username ?? '', auth.accessToken ?? '', 'smtp');
      if (refusal === null) return callback(null, { user: auth.username });
      if (refusal === 'smtpOff') {
        return callback(fail(535, `5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [${SERVER_NAME}]`));
      }
      callback(fail(535, `5.7.3 Authentication unsuccessful [${SERVER_NAME}]`));
    },
    onData(stream, session, callback) {
      stream.resume();
      stream.on('end', () => {
        const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
        const user = String(session.user ?? '');
        const mailbox = exchange.mailboxes.find((m) => m.address.toLowerCase() === user.toLowerCase());
        const principalApps = exchange.fullAccess[mailbox?.address ?? ''] ?? [];
        const self = from.toLowerCase() === user.toLowerCase();
        const granted = (exchange.sendAs[from] ?? []).some((a) => principalApps.includes(a) || exchange.principals.some((p) => p.appId === a));
        if (!self && !granted) {
          return callback(fail(554, '5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.'));
        }
        callback(null, `2.0.0 OK <${randomUUID()}@${SERVER_NAME}> [Hostname=${SERVER_NAME}]`);
      });
    },
  });
  smtp.on('error', () => {});
  const smtpPort = await new Promise<number>((ok) => smtp.listen(0, '127.0.0.1', () => ok((smtp.server.address() as AddressInfo).port)));

  // ── unreachable: a port nobody listens on, and one that never answers ──
  const probe = createNetServer();
  const refusedPort = await listen(probe);
  await new Promise<void>((ok) => probe.close(() => ok()));
  const silent = createNetServer((s) => {
    sockets.add(s);
    s.on('error', () => {});
    s.on('close', () => sockets.delete(s));
  });
  const silentPort = await listen(silent);

  return {
    tokenHost: `https://localhost:${tokenPort}`,
    imap: { host: 'localhost', port: imapPort },
    smtp: { host: 'localhost', port: smtpPort },
    refusedPort,
    silentPort,
    caFile,
    apps,
    exchange,
    seen,
    async close() {
      for (const s of sockets) s.destroy();
      token.closeAllConnections();
      await Promise.all([
        new Promise<void>((ok) => token.close(() => ok())),
        new Promise<void>((ok) => imap.close(() => ok())),
        new Promise<void>((ok) => smtp.close(() => ok())),
        new Promise<void>((ok) => silent.close(() => ok())),
      ]);
    },
  };
}
