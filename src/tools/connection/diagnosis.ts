/**
 * The connection test's diagnosis: one pure module (no DOM, no locale) behind the
 * result reader, the token check and the Exchange-side check. It turns what the admin
 * pastes (the script's JSON report or console output, a teamspace log, an access token,
 * or the output of the step-2 read-only commands) into verdicts: per layer and mailbox,
 * the cause, the fix and the exact commands with the page's values as literals.
 *
 * Facts (see the Microsoft facts in the project's shared notes, part 2 of the cmdlets file):
 * - The token request succeeds without admin consent; the token then has no `roles`
 *   (Entra, "Controlling tokens without the roles claim"), and the mail login fails.
 * - The documented failure replies are IMAP `NO AUTHENTICATE failed.` and SMTP
 *   `535 5.7.3 Authentication unsuccessful` (the OAuth article). They do not say which
 *   link broke, so the diagnosis compares what passed and what failed across protocols
 *   and mailboxes, and the token's `oid` (the enterprise application's object ID) with
 *   the Object ID the admin used.
 * - `535 5.7.139 … SmtpClientAuthentication is disabled …`, `554 5.2.0 … SendAsDenied`,
 *   `430 4.2.0 STOREDRV` and "User is authenticated but not connected" are reported by
 *   third parties only; they are matched by their wording and named as such.
 */
import { RESOURCES } from '../../data/microsoft';
import { psString } from '../../lib/powershell';
import { REPORT_SCHEMA, REPORT_VERSION, type MailboxResult, type ProtocolResult, type Report, type TokenClaims } from './report';

export type Layer = 'network' | 'token' | 'consent' | 'principal' | 'mailbox' | 'imap' | 'smtp' | 'sendas' | 'wait';
export const LAYERS: readonly Layer[] = ['network', 'token', 'consent', 'principal', 'mailbox', 'imap', 'smtp', 'sendas', 'wait'];

export type Status = 'ok' | 'fail' | 'warn' | 'wait';

export type Cause =
  // token request
  | 'tokenUnreachable'
  | 'wrongSecret'
  | 'secretIdNotValue'
  | 'secretExpired'
  | 'noSecret'
  | 'unknownApp'
  | 'tenantNotFound'
  | 'invalidScope'
  | 'tokenError'
  // token content
  | 'wrongAudience'
  | 'delegatedToken'
  | 'tenantMismatch'
  | 'appMismatch'
  | 'tokenExpired'
  | 'noRoles'
  | 'missingImapRole'
  | 'missingSmtpRole'
  | 'notJwt'
  // Exchange
  | 'objectIdMismatch'
  | 'principalMissing'
  | 'principalOrFullAccess'
  | 'noFullAccess'
  | 'imapDisabled'
  | 'imapNotConnected'
  | 'smtpAuthDisabled'
  | 'smtpAuthDisabledTenant'
  | 'smtpAuthRefused'
  | 'sendAsDenied'
  | 'noSendAs'
  | 'basicAuth'
  | 'transient'
  // network
  | 'timeout'
  | 'refused'
  | 'dns'
  | 'tls'
  | 'unknownReply'
  // ok
  | 'passed';

export type Protocol = 'token' | 'imap' | 'smtp' | 'send';

export interface Verdict {
  status: Status;
  layer: Layer;
  cause: Cause;
  /** Mailboxes this verdict is about; empty for the whole setup. */
  mailboxes: string[];
  protocol?: Protocol;
  /** The server's exact reply (or the transport error) that led to it. */
  reply?: string;
  /** Values the text may name: {aud}, {expected}, {oid}, {obj}, {roles}, {from}, {host}, {code}. */
  values: Record<string, string>;
  /** Exact PowerShell to run, values as single-quoted literals; empty when the fix is in a portal. */
  commands: string[];
  /** Values for a link into the step-2 generator (link keys), when it builds the fix. */
  generator?: Record<string, string>;
  /** The guide section (below the locale root) that explains the fix. */
  guide: string;
  /** The troubleshooting entry's id, when the catalogue has one. */
  errorId?: string;
  /** A change made in the last 30 minutes (sometimes up to 2 hours) may simply not be active yet. */
  tooEarly?: boolean;
}

export interface Passed {
  /** 'fullAccess': the Exchange-side check found the app's FullAccess on these mailboxes. */
  protocol: Protocol | 'consent' | 'fullAccess';
  mailboxes: string[];
}

export interface Diagnosis {
  /** What the input was read as. */
  source: 'report' | 'console' | 'log' | 'token' | 'exchange' | 'empty' | 'unknown';
  /** Report schema version problem, when the JSON is a report of another version. */
  versionMismatch?: number;
  /** Failures and warnings, most fundamental layer first. */
  verdicts: Verdict[];
  /** What passed, for the folded line. */
  passed: Passed[];
  mailboxes: string[];
}

/** Values the page holds (link keys), used to compare and to prefill the commands. */
export interface PageValues {
  tenant?: string;
  app?: string;
  obj?: string;
  sp?: string;
}

/** Audiences that are Exchange Online (v1.0 tokens carry the resource URI, v2.0 the app ID). */
const EXCHANGE_AUDIENCES = ['https://outlook.office365.com', 'https://outlook.office.com', RESOURCES.exchange.appId];
export const IMAP_ROLE = 'IMAP.AccessAsApp';
export const SMTP_ROLE = 'SMTP.SendAsApp';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const GUIDE = {
  secret: 'microsoft-app-registration/app-registration/#client-secret',
  permissions: 'microsoft-app-registration/app-registration/#add-permissions',
  consent: 'microsoft-app-registration/app-registration/#grant-admin-consent',
  ids: 'microsoft-app-registration/app-registration/#note-ids',
  principal: 'microsoft-app-registration/service-principal/#new-service-principal',
  mailboxes: 'microsoft-app-registration/service-principal/#add-mailboxes',
  sendAs: 'microsoft-app-registration/service-principal/#send-as',
  smtpAuth: 'microsoft-app-registration/service-principal/#smtp-auth',
  verify: 'microsoft-app-registration/service-principal/#verify',
  replication: 'microsoft-app-registration/service-principal/#replication',
  network: 'microsoft-app-registration/connection-test/#network',
  run: 'microsoft-app-registration/connection-test/#run-test',
} as const;

// ─── reading the input ──────────────────────────────────────────────────────────

export type ReadResult =
  | { kind: 'report'; report: Report; from: 'report' | 'console' }
  | { kind: 'version'; version: number }
  | { kind: 'log'; text: string }
  | { kind: 'empty' };

/** Reads a pasted JSON report, the script's console output, or any other text (a log). */
export function readResult(text: string): ReadResult {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { kind: 'empty' };
  const json = extractJson(trimmed);
  if (json !== undefined && isObject(json) && json.schema === REPORT_SCHEMA) {
    const version = typeof json.version === 'number' ? json.version : NaN;
    if (Math.trunc(version) !== REPORT_VERSION) return { kind: 'version', version };
    return { kind: 'report', report: normaliseReport(json), from: 'report' };
  }
  const fromConsole = parseConsole(trimmed);
  if (fromConsole) return { kind: 'report', report: fromConsole, from: 'console' };
  return { kind: 'log', text: trimmed };
}

/** The first JSON object in the text (the report may be pasted with console lines around it). */
function extractJson(text: string): unknown {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

function normaliseProtocol(v: unknown): ProtocolResult | null {
  if (!isObject(v)) return null;
  return { ok: v.ok === true, skipped: v.skipped === true, stage: (str(v.stage) as ProtocolResult['stage']) ?? null, reply: str(v.reply), transport: str(v.transport) };
}

function normaliseClaims(v: unknown): TokenClaims | null {
  if (!isObject(v)) return null;
  const roles = Array.isArray(v.roles) ? v.roles.filter((r): r is string => typeof r === 'string') : typeof v.roles === 'string' ? [v.roles] : null;
  return {
    aud: str(v.aud),
    iss: str(v.iss),
    tid: str(v.tid),
    appid: str(v.appid),
    azp: str(v.azp),
    oid: str(v.oid),
    roles,
    scp: str(v.scp),
    exp: num(v.exp),
    nbf: num(v.nbf),
    iat: num(v.iat),
    ver: str(v.ver),
  };
}

/** Takes only known fields of the expected types: a pasted report is untrusted text. */
function normaliseReport(j: Record<string, unknown>): Report {
  const input = isObject(j.input) ? j.input : {};
  const token = isObject(j.token) ? j.token : {};
  const mailboxes = Array.isArray(j.mailboxes) ? j.mailboxes.filter(isObject) : [];
  const shape = str(input.secretShape);
  return {
    schema: REPORT_SCHEMA,
    version: REPORT_VERSION,
    generatedAt: str(j.generatedAt) ?? undefined,
    powershell: isObject(j.powershell) ? { version: str(j.powershell.version) ?? undefined, edition: str(j.powershell.edition) ?? undefined } : null,
    input: {
      tenant: str(input.tenant),
      appId: str(input.appId),
      objectId: str(input.objectId),
      resource: str(input.resource),
      imap: str(input.imap),
      smtp: str(input.smtp),
      secretShape: shape === 'guid' || shape === 'value' || shape === 'empty' ? shape : null,
    },
    token: {
      ok: token.ok === true,
      status: num(token.status),
      error: str(token.error),
      errorCodes: Array.isArray(token.errorCodes) ? token.errorCodes.filter((c): c is number => typeof c === 'number') : null,
      description: str(token.description),
      transport: str(token.transport),
      claims: normaliseClaims(token.claims),
      expiresIn: num(token.expiresIn),
    },
    mailboxes: mailboxes
      .filter((m) => typeof m.address === 'string')
      .map((m): MailboxResult => {
        const send = isObject(m.send) ? m.send : null;
        return {
          address: m.address as string,
          imap: normaliseProtocol(m.imap),
          smtp: normaliseProtocol(m.smtp),
          send: send ? { ...normaliseProtocol(send)!, from: str(send.from) ?? '', to: str(send.to) ?? '' } : null,
        };
      }),
  };
}

/**
 * The script's console lines (both PowerShell versions print them the same way, but a
 * copy from Windows PowerShell 5.1's console may carry CRLF, prompts, or lines wrapped
 * at the window width with leading spaces):
 *   TOKEN OK   aud=… tid=… appid=… oid=… roles=IMAP.AccessAsApp,SMTP.SendAsApp exp=…
 *   TOKEN FAIL 401 invalid_client AADSTS7000215: …
 *   IMAP  FAIL info@contoso.com [authenticate] A01 NO AUTHENTICATE failed.
 */
const LINE = /^(TOKEN|IMAP|SMTP|SEND|SECRET|OBJECTID)\s+(OK|FAIL|SKIP|INFO)\b\s*(.*)$/;

export function parseConsole(text: string): Report | null {
  const raw = text.split(/\r?\n/);
  // Join lines the console wrapped: a wrapped line does not start with a keyword.
  const lines: string[] = [];
  let prevWidth = 0;
  let open = false;
  for (const r of raw) {
    const l = r.replace(/\r$/, '').replace(/^\s*PS [^>]*>\s*/, '');
    const t = l.trimStart();
    if (LINE.test(t)) {
      lines.push(t);
      open = true;
    }
    // A full-width line (80 or 120 columns, as Windows PowerShell's console copies it) broke hard;
    // an indented line was wrapped by the console. Any other line ends the entry.
    else if (open && t && [80, 120].includes(prevWidth)) lines[lines.length - 1] += l;
    else if (open && t.trim() && /^\s/.test(l)) lines[lines.length - 1] = `${lines[lines.length - 1].trimEnd()} ${t.trim()}`;
    else open = false;
    prevWidth = r.replace(/\r$/, '').length;
  }
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].trimEnd();
  if (!lines.some((l) => /^(TOKEN|IMAP|SMTP)\s/.test(l))) return null;
  const report: Report = { schema: REPORT_SCHEMA, version: REPORT_VERSION, input: {}, token: { ok: false }, mailboxes: [] };
  const mailbox = (address: string) => {
    let m = report.mailboxes.find((x) => x.address.toLowerCase() === address.toLowerCase());
    if (!m) report.mailboxes.push((m = { address }));
    return m;
  };
  for (const line of lines) {
    const [, what, status, rest] = LINE.exec(line)!;
    if (what === 'OBJECTID') {
      report.input.objectId = /\bgiven=(\S+)/.exec(rest)?.[1] ?? null;
      continue;
    }
    if (what === 'SECRET') {
      if (/\bguid\b/i.test(rest)) report.input.secretShape = 'guid';
      continue;
    }
    if (what === 'TOKEN') {
      report.token = status === 'OK' ? { ok: true, claims: parseClaimLine(rest) } : parseTokenFailure(rest);
      continue;
    }
    const m = /^(\S+@\S+)\s*(?:\[(\w+)\])?\s*(.*)$/.exec(rest);
    if (!m) continue;
    const [, address, stage, reply] = m;
    const transport = /^transport:\s*(.*)$/i.exec(reply);
    const result: ProtocolResult = {
      ok: status === 'OK',
      skipped: status === 'SKIP',
      stage: (stage as ProtocolResult['stage']) ?? null,
      reply: transport ? null : reply || null,
      transport: transport ? transport[1] : null,
    };
    const box = mailbox(address);
    if (what === 'IMAP') box.imap = result;
    else if (what === 'SMTP') box.smtp = result;
    else {
      const fromTo = /\bfrom=(\S+)\s+to=(\S+)\s*(.*)$/.exec(reply);
      box.send = { ...result, reply: transport ? null : (fromTo?.[3] ?? reply) || null, from: fromTo?.[1] ?? address, to: fromTo?.[2] ?? '' };
    }
  }
  return report;
}

function parseClaimLine(rest: string): TokenClaims {
  const claims: TokenClaims = {};
  for (const m of rest.matchAll(/\b(aud|tid|appid|azp|oid|roles|scp|exp|ver|iss)=(\S*)/g)) {
    const [, k, v] = m;
    if (k === 'roles') claims.roles = v ? v.split(',').filter(Boolean) : [];
    else if (k === 'exp') claims.exp = /^\d+$/.test(v) ? Number(v) : Date.parse(v) / 1000 || null;
    else (claims as Record<string, string>)[k] = v;
  }
  return claims;
}

function parseTokenFailure(rest: string): Report['token'] {
  const transport = /^transport:\s*(.*)$/i.exec(rest);
  if (transport) return { ok: false, transport: transport[1] };
  const m = /^(\d{3})?\s*([a-z_]+)?\s*(.*)$/.exec(rest)!;
  const codes = [...rest.matchAll(/AADSTS(\d+)/g)].map((c) => Number(c[1]));
  return { ok: false, status: m[1] ? Number(m[1]) : null, error: m[2] ?? null, description: m[3] || null, errorCodes: [...new Set(codes)] };
}

// ─── the report ─────────────────────────────────────────────────────────────────

/** Verdicts for a test report (from JSON or console). */
export function diagnoseReport(report: Report, page: PageValues = {}, source: Diagnosis['source'] = 'report'): Diagnosis {
  const verdicts: Verdict[] = [];
  const passed: Passed[] = [];
  const addresses = report.mailboxes.map((m) => m.address);
  const values = {
    tenant: page.tenant || report.input.tenant || undefined,
    app: page.app || report.input.appId || undefined,
    obj: page.obj || report.input.objectId || undefined,
    sp: page.sp || undefined,
  };
  const token = report.token;

  if (!token.ok) {
    verdicts.push(tokenFailure(token, report.input.secretShape ?? null, values, addresses));
    return finish(source, verdicts, passed, addresses);
  }

  const claims = token.claims ?? {};
  const content = tokenContent(claims, values, report.input.resource ?? null, report.generatedAt);
  verdicts.push(...content.verdicts);
  // The request passed; the token counts as passed only if its content does not fail (a wrong audience does).
  if (!content.verdicts.some((v) => v.layer === 'token' && v.status === 'fail')) passed.push({ protocol: 'token', mailboxes: [] });
  if (content.consentOk) passed.push({ protocol: 'consent', mailboxes: [] });
  const tokenBlocksImap = content.blocks.imap;
  const tokenBlocksSmtp = content.blocks.smtp;

  // Per mailbox and protocol: what kind of failure.
  type Kind = 'ok' | 'authFailed' | 'notConnected' | 'smtpOff' | 'smtpOffTenant' | 'transient' | 'basicAuth' | 'sendAs' | 'network' | 'other' | 'skipped' | 'absent';
  const kindOf = (p: ProtocolResult | null | undefined, protocol: Protocol): Kind => {
    if (!p) return 'absent';
    if (p.skipped) return 'skipped';
    if (p.ok) return 'ok';
    if (p.transport) return 'network';
    const reply = p.reply ?? '';
    if (/SendAsDenied|\b5\.7\.60\b/i.test(reply)) return 'sendAs';
    if (/SmtpClientAuthentication is disabled for the Tenant/i.test(reply)) return 'smtpOffTenant';
    if (/\b5\.7\.139\b.*SmtpClientAuthentication|SmtpClientAuthentication is disabled/i.test(reply)) return 'smtpOff';
    if (/\b5\.7\.30\b/.test(reply)) return 'basicAuth';
    if (/^4\d\d\b|STOREDRV.*logon failure/i.test(reply)) return 'transient';
    if (/User is authenticated but not connected/i.test(reply)) return 'notConnected';
    if (protocol === 'imap' && (/\bNO\b.*AUTHENTICATE/i.test(reply) || p.stage === 'authenticate')) return /^\S+\s+(NO|BAD)\b/i.test(reply) ? 'authFailed' : 'other';
    if (protocol === 'imap' && p.stage === 'examine') return 'notConnected';
    if (protocol !== 'imap' && /^535\b/.test(reply)) return 'authFailed';
    return 'other';
  };

  const rows = report.mailboxes.map((m) => ({ m, imap: kindOf(m.imap, 'imap'), smtp: kindOf(m.smtp, 'smtp'), send: kindOf(m.send, 'send') }));
  const anyLoginOk = rows.some((r) => r.imap === 'ok' || r.smtp === 'ok');
  const objMismatch = content.verdicts.some((v) => v.cause === 'objectIdMismatch');
  const objConfirmed = !!values.obj && !!claims.oid && values.obj.toLowerCase() === claims.oid.toLowerCase();

  const group = new Map<string, Verdict>();
  const add = (key: string, make: () => Verdict, mailbox: string) => {
    const existing = group.get(key);
    if (existing) {
      if (!existing.mailboxes.includes(mailbox)) existing.mailboxes.push(mailbox);
      return;
    }
    const v = make();
    group.set(key, v);
  };

  for (const { m, imap, smtp, send } of rows) {
    const a = m.address;
    const reply = (p: ProtocolResult | null | undefined) => p?.reply ?? p?.transport ?? undefined;
    // Network first: it hides everything behind it.
    for (const [protocol, kind, p] of [
      ['imap', imap, m.imap],
      ['smtp', smtp, m.smtp],
      ['send', send, m.send],
    ] as const) {
      if (kind !== 'network') continue;
      const t = p!.transport!;
      const cause: Cause = /timed? ?out|timeout/i.test(t) ? 'timeout' : /refused|actively refused|ECONNREFUSED/i.test(t) ? 'refused' : /dns|no such host|name or service|nodename|could not be resolved/i.test(t) ? 'dns' : /tls|ssl|certificate|authentication failed because/i.test(t) ? 'tls' : 'refused';
      const host = (protocol === 'imap' ? report.input.imap : report.input.smtp) ?? '';
      add(`net:${protocol}:${cause}`, () => verdict('fail', 'network', cause, [a], { protocol, reply: t, values: { host }, guide: GUIDE.network }), a);
    }

    const imapAuth = imap === 'authFailed';
    const smtpAuth = smtp === 'authFailed';
    // Failures the token already explains are named once, at the token.
    const explainedImap = imapAuth && tokenBlocksImap;
    const explainedSmtp = smtpAuth && tokenBlocksSmtp;

    if ((imapAuth && !explainedImap) || (smtpAuth && !explainedSmtp)) {
      const bothFailed = (imap === 'authFailed' || imap === 'absent') && (smtp === 'authFailed' || smtp === 'absent');
      if (objMismatch) {
        // Named once at the principal (from the token check above); list the mailboxes there.
        const v = verdicts.find((x) => x.cause === 'objectIdMismatch')!;
        if (!v.mailboxes.includes(a)) v.mailboxes.push(a);
        v.status = 'fail';
        v.protocol ??= imapAuth ? 'imap' : 'smtp';
        v.reply ??= reply(imapAuth ? m.imap : m.smtp);
      } else if (bothFailed) {
        if (anyLoginOk || objConfirmed) {
          add('fullAccess', () => verdict('fail', 'mailbox', 'noFullAccess', [a], { protocol: imapAuth ? 'imap' : 'smtp', reply: reply(imapAuth ? m.imap : m.smtp), commands: fullAccessCommands([a], values), generator: generatorValues(values, [a]), guide: GUIDE.mailboxes, errorId: imapAuth ? 'imap-authenticate-failed' : 'smtp-535-5-7-3', tooEarly: true }), a);
        } else {
          add('principal', () => verdict('fail', 'principal', 'principalOrFullAccess', [a], { protocol: imapAuth ? 'imap' : 'smtp', reply: reply(imapAuth ? m.imap : m.smtp), values: claims.oid ? { oid: claims.oid } : {}, commands: principalCheckCommands([a], values), generator: generatorValues({ ...values, obj: claims.oid ?? values.obj }, addresses), guide: GUIDE.principal, errorId: imapAuth ? 'imap-authenticate-failed' : 'smtp-535-5-7-3', tooEarly: true }), a);
        }
      } else if (imapAuth && smtp === 'ok') {
        add('imapOff', () => verdict('fail', 'imap', 'imapDisabled', [a], { protocol: 'imap', reply: reply(m.imap), commands: casCommands([a], 'imap'), guide: GUIDE.verify, errorId: 'imap-authenticate-failed', tooEarly: true }), a);
      } else if (smtpAuth && imap === 'ok') {
        add('smtpRefused', () => verdict('fail', 'smtp', 'smtpAuthRefused', [a], { protocol: 'smtp', reply: reply(m.smtp), commands: casCommands([a], 'smtp'), generator: generatorValues(values, [a], { smtp: '1' }), guide: GUIDE.smtpAuth, errorId: 'smtp-535-5-7-3', tooEarly: true }), a);
      }
    }

    if (imap === 'notConnected') add('imapNotConnected', () => verdict('fail', 'imap', 'imapNotConnected', [a], { protocol: 'imap', reply: reply(m.imap), commands: [...casCommands([a], 'imap'), ...permissionCheck([a])], guide: GUIDE.verify, errorId: 'imap-not-connected', tooEarly: true }), a);
    if (smtp === 'smtpOff') add('smtpOff', () => verdict('fail', 'smtp', 'smtpAuthDisabled', [a], { protocol: 'smtp', reply: reply(m.smtp), commands: casCommands([a], 'smtp'), generator: generatorValues(values, [a], { smtp: '1' }), guide: GUIDE.smtpAuth, errorId: 'smtp-535-5-7-139', tooEarly: true }), a);
    if (smtp === 'smtpOffTenant') add('smtpOffTenant', () => verdict('fail', 'smtp', 'smtpAuthDisabledTenant', [a], { protocol: 'smtp', reply: reply(m.smtp), commands: casCommands([a], 'smtp'), generator: generatorValues(values, [a], { smtp: '1' }), guide: GUIDE.smtpAuth, errorId: 'smtp-535-5-7-139', tooEarly: true }), a);
    if (smtp === 'basicAuth') add('basicAuth', () => verdict('fail', 'smtp', 'basicAuth', [a], { protocol: 'smtp', reply: reply(m.smtp), guide: GUIDE.smtpAuth }), a);
    for (const [protocol, kind, p] of [
      ['imap', imap, m.imap],
      ['smtp', smtp, m.smtp],
      ['send', send, m.send],
    ] as const) {
      if (kind === 'transient') add(`wait:${protocol}`, () => verdict('wait', 'wait', 'transient', [a], { protocol, reply: reply(p), guide: GUIDE.replication, tooEarly: true }), a);
      if (kind === 'other') add(`other:${protocol}:${a}`, () => verdict('fail', protocol === 'imap' ? 'imap' : 'smtp', 'unknownReply', [a], { protocol, reply: reply(p) ?? '', values: { stage: p?.stage ?? '' }, guide: GUIDE.verify, tooEarly: true }), a);
    }
    if (send === 'sendAs') {
      const from = m.send!.from || a;
      add(`sendAs:${from}`, () => verdict('fail', 'sendas', 'sendAsDenied', [a], { protocol: 'send', reply: reply(m.send), values: { from }, commands: sendAsCommands([from], values), generator: generatorValues(values, [from], { sendas: '1' }), guide: GUIDE.sendAs, errorId: 'smtp-send-as-denied', tooEarly: true }), a);
    } else if (send === 'authFailed' && !tokenBlocksSmtp) {
      add(`sendAuth:${a}`, () => verdict('fail', 'smtp', 'smtpAuthRefused', [a], { protocol: 'send', reply: reply(m.send), commands: casCommands([a], 'smtp'), guide: GUIDE.smtpAuth, errorId: 'smtp-535-5-7-3', tooEarly: true }), a);
    }
  }

  // Where the token explains the mailbox failures, name the mailboxes there.
  for (const v of verdicts) {
    if (v.protocol !== 'token' || v.status !== 'fail') continue;
    const hits = rows.filter((r) => (content.blocks.imap && r.imap === 'authFailed') || (content.blocks.smtp && (r.smtp === 'authFailed' || r.send === 'authFailed'))).map((r) => r.m.address);
    for (const h of hits) if (!v.mailboxes.includes(h)) v.mailboxes.push(h);
  }

  verdicts.push(...group.values());
  for (const protocol of ['imap', 'smtp', 'send'] as const) {
    const ok = rows.filter((r) => r[protocol] === 'ok').map((r) => r.m.address);
    if (ok.length) passed.push({ protocol, mailboxes: ok });
  }
  return finish(source, verdicts, passed, addresses);
}

function finish(source: Diagnosis['source'], verdicts: Verdict[], passed: Passed[], mailboxes: string[]): Diagnosis {
  const rank = (v: Verdict) => (v.status === 'fail' ? 0 : v.status === 'wait' ? 1 : 2) * 100 + LAYERS.indexOf(v.layer);
  return { source, verdicts: [...verdicts].sort((a, b) => rank(a) - rank(b)), passed, mailboxes };
}

function verdict(status: Status, layer: Layer, cause: Cause, mailboxes: string[], extra: Partial<Verdict> & { guide: string }): Verdict {
  return { status, layer, cause, mailboxes: [...mailboxes], values: {}, commands: [], ...extra };
}

/** The token request failed: Microsoft's AADSTS code says why. */
function tokenFailure(token: Report['token'], shape: 'guid' | 'value' | 'empty' | null, values: PageValues, mailboxes: string[]): Verdict {
  if (token.transport) {
    return verdict('fail', 'network', /timed? ?out|timeout/i.test(token.transport) ? 'timeout' : 'tokenUnreachable', mailboxes, { protocol: 'token', reply: token.transport, values: { host: 'login.microsoftonline.com' }, guide: GUIDE.network });
  }
  const codes = new Set([...(token.errorCodes ?? []), ...[...(token.description ?? '').matchAll(/AADSTS(\d+)/g)].map((m) => Number(m[1]))]);
  const reply = token.description ?? token.error ?? '';
  const base = { protocol: 'token' as const, reply, guide: GUIDE.secret };
  if (codes.has(7000215)) return verdict('fail', 'token', shape === 'guid' ? 'secretIdNotValue' : 'wrongSecret', mailboxes, { ...base, errorId: 'aadsts7000215' });
  if (codes.has(7000222)) return verdict('fail', 'token', 'secretExpired', mailboxes, { ...base, errorId: 'aadsts7000222' });
  if (codes.has(7000218)) return verdict('fail', 'token', 'noSecret', mailboxes, { ...base, errorId: 'aadsts7000218' });
  if (codes.has(700016)) return verdict('fail', 'token', 'unknownApp', mailboxes, { ...base, values: { app: values.app ?? '' }, guide: GUIDE.ids, errorId: 'aadsts700016', tooEarly: true });
  if (codes.has(90002)) return verdict('fail', 'token', 'tenantNotFound', mailboxes, { ...base, values: { tenant: values.tenant ?? '' }, guide: GUIDE.ids, errorId: 'aadsts90002' });
  if (codes.has(70011)) return verdict('fail', 'token', 'invalidScope', mailboxes, { ...base, guide: GUIDE.run });
  const code = [...codes][0];
  return verdict('fail', 'token', 'tokenError', mailboxes, { ...base, values: { code: code ? `AADSTS${code}` : (token.error ?? '') }, guide: 'microsoft-app-registration/troubleshooting/' });
}

interface TokenContent {
  verdicts: Verdict[];
  consentOk: boolean;
  /** The token alone makes IMAP / SMTP fail. */
  blocks: { imap: boolean; smtp: boolean };
}

/** Exchange Online's audience: its app ID, or an https://outlook.… resource URI (sovereign clouds have their own host). */
function isExchangeAudience(aud: string, known: string[]): boolean {
  const a = aud.replace(/\/$/, '').toLowerCase();
  return known.includes(a) || /^https:\/\/outlook\.[a-z0-9.-]+$/.test(a);
}

const sameId = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.trim().toLowerCase() === b.trim().toLowerCase();

/** Checks a token's claims against Exchange Online and the page's values. */
function tokenContent(claims: TokenClaims, values: PageValues, resource: string | null, at?: string): TokenContent {
  const verdicts: Verdict[] = [];
  const blocks = { imap: false, smtp: false };
  const aud = claims.aud ?? '';
  void resource;
  const audiences = EXCHANGE_AUDIENCES.map((x) => x.toLowerCase());
  const roles = claims.roles ?? [];
  const base = { protocol: 'token' as const };
  let consentOk = true;

  const wrongAudience = !isExchangeAudience(aud, audiences);
  if (wrongAudience) {
    consentOk = false;
    verdicts.push(verdict('fail', 'token', 'wrongAudience', [], { ...base, values: { aud, expected: EXCHANGE_AUDIENCES[0] }, guide: GUIDE.run }));
    blocks.imap = blocks.smtp = true;
  }
  if (claims.scp) {
    verdicts.push(verdict('fail', 'token', 'delegatedToken', [], { ...base, values: { scp: claims.scp }, guide: GUIDE.run }));
  }
  // Expired when it was used: against the report's own time (a console copy has none), or now for a pasted token.
  if (at && claims.exp && Number.isFinite(claims.exp)) {
    const now = Date.parse(at);
    if (Number.isFinite(now) && claims.exp * 1000 < now) verdicts.push(verdict('fail', 'token', 'tokenExpired', [], { ...base, values: { exp: new Date(claims.exp * 1000).toISOString() }, guide: GUIDE.run }));
  }
  const tenant = values.tenant;
  if (tenant && GUID.test(tenant) && claims.tid && !sameId(tenant, claims.tid)) {
    verdicts.push(verdict('warn', 'token', 'tenantMismatch', [], { ...base, values: { tid: claims.tid, tenant }, guide: GUIDE.ids }));
  }
  const client = claims.appid ?? claims.azp;
  if (values.app && client && !sameId(values.app, client)) {
    verdicts.push(verdict('warn', 'token', 'appMismatch', [], { ...base, values: { appid: client, app: values.app }, guide: GUIDE.ids }));
  }
  if (!claims.scp && !wrongAudience) {
    const consent = values.tenant && values.app ? { tenant: values.tenant, app: values.app } : undefined;
    if (roles.length === 0) {
      consentOk = false;
      blocks.imap = blocks.smtp = true;
      verdicts.push(verdict('fail', 'consent', 'noRoles', [], { ...base, values: consent ? { ...consent } : {}, guide: GUIDE.consent, errorId: undefined, tooEarly: true }));
    } else {
      for (const [role, cause, key] of [
        [IMAP_ROLE, 'missingImapRole', 'imap'],
        [SMTP_ROLE, 'missingSmtpRole', 'smtp'],
      ] as const) {
        if (roles.includes(role)) continue;
        consentOk = false;
        blocks[key] = true;
        verdicts.push(verdict('fail', 'consent', cause, [], { ...base, values: { role, roles: roles.join(', '), ...(consent ?? {}) }, guide: GUIDE.permissions, tooEarly: true }));
      }
    }
  }
  if (values.obj && claims.oid && !sameId(values.obj, claims.oid)) {
    verdicts.push(
      verdict('warn', 'principal', 'objectIdMismatch', [], {
        values: { oid: claims.oid, obj: values.obj },
        commands: recreatePrincipalCommands(values, claims.oid),
        generator: generatorValues({ ...values, obj: claims.oid }, []),
        guide: GUIDE.principal,
        tooEarly: false,
      }),
    );
  }
  return { verdicts, consentOk, blocks };
}

// ─── commands (values only as single-quoted literals) ──────────────────────────

const lit = (v: string | undefined, placeholder: string) => (v ? psString(v) : `'${placeholder}'`);

/**
 * The service principal by Application ID, looked up among all (Get-ServicePrincipal
 * -Identity returns every principal for an unknown value): the commands after it run only
 * when exactly one matches, so none of them acts on no principal or on several.
 */
function spLookup(values: PageValues): string[] {
  if (values.sp) return [];
  return [
    `$sp = @(Get-ServicePrincipal | Where-Object { $_.AppId -eq ${lit(values.app, '<APPLICATION_ID>')} })`,
    `if ($sp.Count -ne 1) { throw ('Service principals with this Application ID: ' + $sp.Count + ' (exactly 1 needed)') }`,
    '$sp = $sp[0]',
  ];
}
const trustee = (values: PageValues) => (values.sp ? psString(values.sp) : '$sp.Identity');

function fullAccessCommands(mailboxes: string[], values: PageValues): string[] {
  return [...spLookup(values), ...mailboxes.map((m) => `Add-MailboxPermission -Identity ${psString(m)} -User ${trustee(values)} -AccessRights FullAccess`)];
}

function principalCheckCommands(mailboxes: string[], values: PageValues): string[] {
  return [
    `Get-ServicePrincipal | Where-Object { $_.AppId -eq ${lit(values.app, '<APPLICATION_ID>')} } | Format-List DisplayName, AppId, ObjectId, Identity`,
    ...mailboxes.slice(0, 3).map((m) => `Get-MailboxPermission -Identity ${psString(m)}`),
  ];
}

function recreatePrincipalCommands(values: PageValues, oid: string): string[] {
  return [
    ...spLookup(values),
    `Remove-ServicePrincipal -Identity ${trustee(values)} -Confirm:$false`,
    `New-ServicePrincipal -AppId ${lit(values.app, '<APPLICATION_ID>')} -ObjectId ${psString(oid)}`,
  ];
}

function casCommands(mailboxes: string[], which: 'imap' | 'smtp'): string[] {
  return mailboxes.flatMap((m) => [
    `Get-CASMailbox -Identity ${psString(m)} | Format-List Name, ImapEnabled, SmtpClientAuthenticationDisabled`,
    which === 'imap' ? `Set-CASMailbox -Identity ${psString(m)} -ImapEnabled $true` : `Set-CASMailbox -Identity ${psString(m)} -SmtpClientAuthenticationDisabled $false`,
  ]);
}

function permissionCheck(mailboxes: string[]): string[] {
  return mailboxes.map((m) => `Get-MailboxPermission -Identity ${psString(m)}`);
}

function sendAsCommands(senders: string[], values: PageValues): string[] {
  return [...spLookup(values), ...senders.map((s) => `Add-RecipientPermission -Identity ${psString(s)} -Trustee ${trustee(values)} -AccessRights SendAs -Confirm:$false`)];
}

/** Link keys for the step-2 generator that builds the fix. */
function generatorValues(values: PageValues, mailboxes: string[], flags: Record<string, string> = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of ['tenant', 'app', 'obj', 'sp'] as const) if (values[k]) out[k] = values[k]!;
  if (mailboxes.length) out.mb = mailboxes.join(',');
  return { ...out, ...flags };
}

// ─── a log or any other text ───────────────────────────────────────────────────

/** Verdicts for free text (a teamspace log, a copied error): each known reply found in it. */
export function diagnoseText(text: string, page: PageValues = {}): Diagnosis {
  const verdicts: Verdict[] = [];
  const seen = new Set<string>();
  const push = (v: Verdict) => {
    const key = `${v.cause}`;
    if (seen.has(key)) return;
    seen.add(key);
    verdicts.push(v);
  };
  const aad = [...text.matchAll(/AADSTS(\d+)[^\r\n]*/g)];
  for (const m of aad) {
    push(tokenFailure({ ok: false, errorCodes: [Number(m[1])], description: m[0].trim() }, /Secret ID|client secret ID/i.test(text) && /\b[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text) ? null : null, page, []));
  }
  const line = (re: RegExp) => re.exec(text)?.[0].trim();
  const mb = text.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/)?.[0];
  const mailboxes = mb ? [mb] : [];
  const sendAs = line(/[^\r\n]*(SendAsDenied|\b5\.7\.60\b)[^\r\n]*/i);
  if (sendAs) push(verdict('fail', 'sendas', 'sendAsDenied', mailboxes, { protocol: 'send', reply: sendAs, values: { from: mb ?? '' }, commands: sendAsCommands(mailboxes.length ? mailboxes : [], page), guide: GUIDE.sendAs, errorId: 'smtp-send-as-denied', tooEarly: true }));
  const tenantOff = line(/[^\r\n]*SmtpClientAuthentication is disabled for the Tenant[^\r\n]*/i);
  if (tenantOff) push(verdict('fail', 'smtp', 'smtpAuthDisabledTenant', mailboxes, { protocol: 'smtp', reply: tenantOff, commands: casCommands(mailboxes, 'smtp'), guide: GUIDE.smtpAuth, errorId: 'smtp-535-5-7-139', tooEarly: true }));
  const boxOff = line(/[^\r\n]*SmtpClientAuthentication is disabled for the Mailbox[^\r\n]*/i);
  if (boxOff) push(verdict('fail', 'smtp', 'smtpAuthDisabled', mailboxes, { protocol: 'smtp', reply: boxOff, commands: casCommands(mailboxes, 'smtp'), guide: GUIDE.smtpAuth, errorId: 'smtp-535-5-7-139', tooEarly: true }));
  const smtp535 = line(/[^\r\n]*\b535[ -]5\.7\.3\b[^\r\n]*/);
  const imapNo = line(/[^\r\n]*\bNO AUTHENTICATE failed[^\r\n]*/i);
  if (smtp535 || imapNo) {
    push(verdict('fail', 'principal', 'principalOrFullAccess', mailboxes, { protocol: imapNo ? 'imap' : 'smtp', reply: (imapNo ?? smtp535)!, commands: principalCheckCommands(mailboxes, page), generator: generatorValues(page, mailboxes), guide: GUIDE.principal, errorId: imapNo ? 'imap-authenticate-failed' : 'smtp-535-5-7-3', tooEarly: true }));
  }
  const notConnected = line(/[^\r\n]*User is authenticated but not connected[^\r\n]*/i);
  if (notConnected) push(verdict('fail', 'imap', 'imapNotConnected', mailboxes, { protocol: 'imap', reply: notConnected, commands: [...casCommands(mailboxes, 'imap'), ...permissionCheck(mailboxes)], guide: GUIDE.verify, errorId: 'imap-not-connected', tooEarly: true }));
  const transient = line(/[^\r\n]*\b4\d\d[ -]4\.\d\.\d+ STOREDRV[^\r\n]*/i);
  if (transient) push(verdict('wait', 'wait', 'transient', mailboxes, { protocol: 'smtp', reply: transient, guide: GUIDE.replication, tooEarly: true }));
  const basic = line(/[^\r\n]*\b550[ -]5\.7\.30\b[^\r\n]*/);
  if (basic) push(verdict('fail', 'smtp', 'basicAuth', mailboxes, { protocol: 'smtp', reply: basic, guide: GUIDE.smtpAuth }));
  const timeout = line(/[^\r\n]*(timed out|timeout|ETIMEDOUT)[^\r\n]*/i);
  if (timeout) push(verdict('fail', 'network', 'timeout', mailboxes, { reply: timeout, values: { host: '' }, guide: GUIDE.network }));
  const refused = line(/[^\r\n]*(Connection refused|ECONNREFUSED|actively refused)[^\r\n]*/i);
  if (refused) push(verdict('fail', 'network', 'refused', mailboxes, { reply: refused, values: { host: '' }, guide: GUIDE.network }));
  return finish(verdicts.length ? 'log' : 'unknown', verdicts, [], mailboxes);
}

/** The result reader: any pasted text. */
export function diagnoseResult(text: string, page: PageValues = {}): Diagnosis {
  const read = readResult(text);
  if (read.kind === 'empty') return { source: 'empty', verdicts: [], passed: [], mailboxes: [] };
  if (read.kind === 'version') return { source: 'report', versionMismatch: read.version, verdicts: [], passed: [], mailboxes: [] };
  if (read.kind === 'report') return diagnoseReport(read.report, page, read.from);
  return diagnoseText(read.text, page);
}

// ─── the token check ───────────────────────────────────────────────────────────

/** The claims of a JWT (payload only; the signature is not checked: this is a diagnosis). */
export function decodeJwt(token: string): TokenClaims | null {
  const t = token.trim().replace(/^Bearer\s+/i, '');
  const parts = t.split('.');
  if (parts.length !== 3 || !parts[1]) return null;
  try {
    const b64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const bin = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const json = JSON.parse(new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)))) as unknown;
    return normaliseClaims(json);
  } catch {
    return null;
  }
}

/** The token check: a pasted access token, decoded locally and checked. */
export function diagnoseToken(token: string, page: PageValues = {}, now = Date.now()): Diagnosis & { claims: TokenClaims | null } {
  if (!token.trim()) return { source: 'empty', verdicts: [], passed: [], mailboxes: [], claims: null };
  const claims = decodeJwt(token);
  if (!claims) return { source: 'token', verdicts: [verdict('fail', 'token', 'notJwt', [], { protocol: 'token', guide: GUIDE.run })], passed: [], mailboxes: [], claims: null };
  const content = tokenContent(claims, page, null, new Date(now).toISOString());
  const passed: Passed[] = [];
  if (!content.verdicts.some((v) => v.status === 'fail' && v.layer === 'token')) passed.push({ protocol: 'token', mailboxes: [] });
  if (content.consentOk && !claims.scp) passed.push({ protocol: 'consent', mailboxes: [] });
  return { ...finish('token', content.verdicts, passed, []), claims };
}

// ─── the Exchange-side check ───────────────────────────────────────────────────

export interface ExchangeFacts {
  principals: { displayName?: string; appId?: string; objectId?: string; identity?: string }[];
  /** Per mailbox (as the output names it): users with FullAccess. */
  fullAccess: Map<string, string[]>;
  sendAs: Map<string, string[]>;
  cas: { name: string; imap?: boolean; smtpDisabled?: boolean | null }[];
  /** Get-TransportConfig: organisation-wide SMTP AUTH off. */
  orgSmtpDisabled?: boolean;
}

/** Format-List blocks ("Name : Value" lines, blank line between objects). */
function formatListBlocks(text: string): Record<string, string>[] {
  const blocks: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  let lastKey = '';
  for (const raw of text.split(/\r?\n/)) {
    const m = /^([A-Za-z][\w.]*)\s*:\s?(.*)$/.exec(raw.trimEnd());
    if (m && !/^(PS|https?)$/i.test(m[1])) {
      current ??= {};
      if (m[1] in current) {
        blocks.push(current);
        current = {};
      }
      current[m[1]] = m[2].trim();
      lastKey = m[1];
    } else if (current && /^\s{10,}\S/.test(raw) && lastKey) {
      current[lastKey] += ` ${raw.trim()}`;
    } else {
      if (current) blocks.push(current);
      current = null;
      lastKey = '';
    }
  }
  if (current) blocks.push(current);
  return blocks;
}

/** Format-Table output: a header line, a line of dash runs giving the columns, rows. */
function tables(text: string): { columns: string[]; rows: Record<string, string>[]; command?: string }[] {
  const lines = text.split(/\r?\n/);
  const out: { columns: string[]; rows: Record<string, string>[]; command?: string }[] = [];
  let command: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const cmd = /(Get-\w+)(.*)$/.exec(lines[i]);
    if (cmd && /^\s*(PS\b.*>)?\s*Get-/.test(lines[i])) command = lines[i].trim();
    if (i === 0 || !/^\s*-{2,}(\s+-{2,})*\s*$/.test(lines[i])) continue;
    const dashes = [...lines[i].matchAll(/-+/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
    const header = lines[i - 1];
    const columns = dashes.map((d, j) => header.slice(d.start, j + 1 < dashes.length ? dashes[j + 1].start : undefined).trim());
    const rows: Record<string, string>[] = [];
    for (let k = i + 1; k < lines.length && lines[k].trim() !== '' && !/^\s*PS\b/.test(lines[k]); k++) {
      const row: Record<string, string> = {};
      dashes.forEach((d, j) => (row[columns[j]] = lines[k].slice(d.start, j + 1 < dashes.length ? dashes[j + 1].start : undefined).trim()));
      rows.push(row);
    }
    out.push({ columns, rows, command });
  }
  return out;
}

const identityOf = (command: string | undefined) => /-Identity\s+(['"]?)([^'"\s|]+)\1/i.exec(command ?? '')?.[2] ?? /Get-\w+\s+(['"]?)([^'"\s|-][^'"\s|]*)\1/i.exec(command ?? '')?.[2];

export function parseExchange(text: string): ExchangeFacts {
  const facts: ExchangeFacts = { principals: [], fullAccess: new Map(), sendAs: new Map(), cas: [] };
  for (const b of formatListBlocks(text)) {
    if ('AppId' in b && ('ObjectId' in b || 'Identity' in b)) facts.principals.push({ displayName: b.DisplayName, appId: b.AppId, objectId: b.ObjectId, identity: b.Identity });
    if ('ImapEnabled' in b || ('SmtpClientAuthenticationDisabled' in b && 'Name' in b)) {
      const flag = (v: string | undefined) => (v === undefined || v === '' ? null : /^true$/i.test(v));
      facts.cas.push({ name: b.Name ?? b.Identity ?? '', imap: 'ImapEnabled' in b ? flag(b.ImapEnabled) ?? undefined : undefined, smtpDisabled: flag(b.SmtpClientAuthenticationDisabled) });
    } else if ('SmtpClientAuthenticationDisabled' in b) {
      facts.orgSmtpDisabled = /^true$/i.test(b.SmtpClientAuthenticationDisabled);
    }
  }
  for (const t of tables(text)) {
    const target = identityOf(t.command);
    if (t.columns.includes('User') && t.columns.includes('AccessRights')) {
      for (const r of t.rows) {
        const key = target ?? r.Identity;
        if (!facts.fullAccess.has(key)) facts.fullAccess.set(key, []);
        if (/FullAccess/i.test(r.AccessRights) && !/^true$/i.test(r.Deny ?? '')) facts.fullAccess.get(key)!.push(r.User);
      }
    }
    if (t.columns.includes('Trustee') && t.columns.includes('AccessRights')) {
      for (const r of t.rows) {
        const key = target ?? r.Identity;
        if (!facts.sendAs.has(key)) facts.sendAs.set(key, []);
        if (/SendAs/i.test(r.AccessRights) && !/Deny/i.test(r.AccessControlType ?? '')) facts.sendAs.get(key)!.push(r.Trustee);
      }
    }
    if (t.columns.includes('ImapEnabled')) {
      for (const r of t.rows) facts.cas.push({ name: r.Name ?? target ?? '', imap: /^true$/i.test(r.ImapEnabled), smtpDisabled: r.SmtpClientAuthenticationDisabled ? /^true$/i.test(r.SmtpClientAuthenticationDisabled) : null });
    }
  }
  return facts;
}

/** The Exchange-side check: what the step-2 read-only commands printed. */
export function diagnoseExchange(text: string, page: PageValues = {}, senders: string[] = []): Diagnosis & { facts: ExchangeFacts } {
  const facts = parseExchange(text);
  const verdicts: Verdict[] = [];
  const passed: Passed[] = [];
  if (!text.trim()) return { source: 'empty', verdicts, passed, mailboxes: [], facts };
  const principal = facts.principals.find((p) => !page.app || sameId(p.appId, page.app)) ?? null;
  const ids = new Set([principal?.identity, principal?.objectId, principal?.appId, principal?.displayName, page.sp, page.app].filter(Boolean).map((x) => x!.toLowerCase()));
  // Format-Table cuts long values to the column's width and ends them with "…" (PowerShell 7) or "..." (5.1).
  const isOurs = (user: string) => {
    const u = user.toLowerCase();
    const cut = /(…|\.\.\.)$/.test(u) ? u.replace(/(…|\.\.\.)$/, '') : null;
    return ids.has(u) || [...ids].some((id) => id.length > 8 && (u.includes(id) || (cut !== null && cut.length >= 8 && id.startsWith(cut))));
  };

  if (facts.principals.length && page.app && !principal) {
    verdicts.push(verdict('fail', 'principal', 'principalMissing', [], { values: { app: page.app }, commands: recreatePrincipalCommands(page, page.obj ?? '<OBJECT_ID>').slice(-1), generator: generatorValues(page, []), guide: GUIDE.principal }));
  }
  if (principal && page.obj && principal.objectId && !sameId(principal.objectId, page.obj)) {
    verdicts.push(
      verdict('fail', 'principal', 'objectIdMismatch', [], {
        values: { oid: page.obj, obj: principal.objectId },
        commands: recreatePrincipalCommands({ ...page, sp: principal.identity ?? page.sp }, page.obj),
        generator: generatorValues(page, []),
        guide: GUIDE.principal,
      }),
    );
  }
  const mailboxes = new Set<string>();
  const withFullAccess: string[] = [];
  for (const [mailbox, users] of facts.fullAccess) {
    mailboxes.add(mailbox);
    if (ids.size === 0) continue;
    if (users.some(isOurs)) withFullAccess.push(mailbox);
    else verdicts.push(verdict('fail', 'mailbox', 'noFullAccess', [mailbox], { commands: fullAccessCommands([mailbox], { ...page, sp: principal?.identity ?? page.sp }), generator: generatorValues(page, [mailbox]), guide: GUIDE.mailboxes, tooEarly: true }));
  }
  for (const c of facts.cas) {
    if (c.name) mailboxes.add(c.name);
    if (c.imap === false) verdicts.push(verdict('fail', 'imap', 'imapDisabled', [c.name], { commands: casCommands([c.name], 'imap').slice(1), guide: GUIDE.verify, reply: 'ImapEnabled : False' }));
    if (c.smtpDisabled === true) verdicts.push(verdict('fail', 'smtp', 'smtpAuthDisabled', [c.name], { commands: casCommands([c.name], 'smtp').slice(1), generator: generatorValues(page, [c.name], { smtp: '1' }), guide: GUIDE.smtpAuth, reply: 'SmtpClientAuthenticationDisabled : True' }));
    if (c.smtpDisabled === null && facts.orgSmtpDisabled === true)
      verdicts.push(verdict('fail', 'smtp', 'smtpAuthDisabledTenant', [c.name], { commands: casCommands([c.name], 'smtp').slice(1), generator: generatorValues(page, [c.name], { smtp: '1' }), guide: GUIDE.smtpAuth, reply: 'SmtpClientAuthenticationDisabled : (empty); Get-TransportConfig: True' }));
  }
  for (const [mailbox, trustees] of facts.sendAs) {
    const needed = senders.length === 0 || senders.some((s) => s.toLowerCase() === mailbox.toLowerCase() || s.toLowerCase().startsWith(`${mailbox.toLowerCase()}@`));
    if (!needed || ids.size === 0) continue;
    if (!trustees.some(isOurs)) verdicts.push(verdict('fail', 'sendas', 'noSendAs', [mailbox], { values: { from: mailbox }, commands: sendAsCommands([mailbox], { ...page, sp: principal?.identity ?? page.sp }), generator: generatorValues(page, [mailbox], { sendas: '1' }), guide: GUIDE.sendAs }));
  }
  if (withFullAccess.length) passed.push({ protocol: 'fullAccess', mailboxes: withFullAccess });
  const recognised = facts.principals.length || facts.fullAccess.size || facts.sendAs.size || facts.cas.length || facts.orgSmtpDisabled !== undefined;
  return { ...finish(recognised ? 'exchange' : 'unknown', verdicts, passed, [...mailboxes]), facts };
}
