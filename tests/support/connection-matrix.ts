/**
 * The fault matrix of the connection test: one directory and Exchange model for the
 * stand-ins, and per case the script's parameters and the verdict the result reader
 * must give (layer and cause). Shared by the end-to-end test and the bench. Each case
 * runs the generated script in one PowerShell process (runMatrix), so the suite starts
 * PowerShell once.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Cause, Layer } from '../../src/tools/connection/diagnosis';
import { buildTestScript, ps1File } from '../../src/tools/connection/script';
import { STRINGS } from '../../src/tools/connection/strings';
import { EXCHANGE_AUD, TENANT_DOMAIN, startStandins, type ExchangeModel, type StandinApp, type Standins } from './mail-standins';

export const APP = { appId: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', oid: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d' };
/** An app without admin consent: Entra still issues a token, without roles. */
export const APP_NO_CONSENT = { appId: '1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e', oid: '2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f' };
/** An app whose Exchange service principal was created with the app registration's Object ID. */
export const APP_WRONG_OBJECT = { appId: '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a', oid: '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b', registrationObjectId: '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c' };

/** An Application ID no app of the tenant has (a typo, or another tenant's app). */
export const APP_UNKNOWN = '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d';

export const SECRET = 'Q8x~standinValue.Zz9-1234567890abcdefg';
export const SECRET_ID = '9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
export const SECRET_EXPIRED = 'Q8x~expiredValue.Zz9-0987654321zyxwvu';

export const MB = {
  ok: 'info@contoso.com',
  second: 'support@contoso.com',
  noFullAccess: 'sales@contoso.com',
  imapOff: 'noimap@contoso.com',
  smtpOff: 'nosmtp@contoso.com',
  shared: 'team@contoso.com',
  external: 'probe@fabrikam.example',
};

export function directory(extraMailboxes: string[] = []): { apps: StandinApp[]; exchange: ExchangeModel } {
  const full = [APP.appId, APP_NO_CONSENT.appId, APP_WRONG_OBJECT.appId];
  const apps: StandinApp[] = [
    {
      ...APP,
      secrets: [
        { id: SECRET_ID, value: SECRET },
        { id: '0d9c8b7a-6e5f-4b4a-9c3d-2e1f0a9b8c7d', value: SECRET_EXPIRED, expired: true },
      ],
      roles: { [EXCHANGE_AUD]: ['IMAP.AccessAsApp', 'SMTP.SendAsApp'], 'https://graph.microsoft.com': ['User.Read.All', 'Calendars.ReadWrite'] },
    },
    { ...APP_NO_CONSENT, secrets: [{ id: SECRET_ID, value: SECRET }], roles: {} },
    { appId: APP_WRONG_OBJECT.appId, oid: APP_WRONG_OBJECT.oid, secrets: [{ id: SECRET_ID, value: SECRET }], roles: { [EXCHANGE_AUD]: ['IMAP.AccessAsApp', 'SMTP.SendAsApp'] } },
  ];
  const boxes = [MB.ok, MB.second, MB.noFullAccess, MB.imapOff, MB.smtpOff, MB.shared, ...extraMailboxes];
  const exchange: ExchangeModel = {
    principals: [
      { appId: APP.appId, objectId: APP.oid },
      { appId: APP_NO_CONSENT.appId, objectId: APP_NO_CONSENT.oid },
      { appId: APP_WRONG_OBJECT.appId, objectId: APP_WRONG_OBJECT.registrationObjectId },
    ],
    mailboxes: boxes.map((address) => ({ address, imapEnabled: address !== MB.imapOff, smtpAuthDisabled: address === MB.smtpOff })),
    fullAccess: Object.fromEntries(boxes.filter((b) => b !== MB.noFullAccess).map((b) => [b, full])),
    sendAs: {},
  };
  return { apps, exchange };
}

export interface MatrixCase {
  id: string;
  title: string;
  /** Script parameters (beyond the stand-in's hosts and ports). */
  params: Record<string, string | number | string[]>;
  secret: string;
  /** Page values the result reader holds (link keys). */
  page: Record<string, string>;
  /** The first (most fundamental) verdict the reader must give; null = everything passed. */
  expect: { layer: Layer; cause: Cause; mailbox?: string } | null;
  /** Further verdicts the reader must give too (after the first). */
  also?: { layer: Layer; cause: Cause; mailbox?: string }[];
  /** Where the stand-in itself is unreachable: which ports to use. */
  ports?: 'refused' | 'silent';
}

const base = { Tenant: TENANT_DOMAIN, ApplicationId: APP.appId };

export const CASES: MatrixCase[] = [
  // The script's own defaults (the page's values) and nothing else.
  { id: 'all-ok', title: 'all OK', params: {}, secret: SECRET, page: { tenant: TENANT_DOMAIN, app: APP.appId, obj: APP.oid }, expect: null },
  { id: 'wrong-secret', title: 'wrong secret', params: { ...base, Mailbox: [MB.ok] }, secret: 'Q8x~notTheValue.Zz9-aaaaaaaaaaaaaaaa', page: {}, expect: { layer: 'token', cause: 'wrongSecret' } },
  { id: 'secret-id', title: 'Secret ID instead of Value', params: { ...base, Mailbox: [MB.ok] }, secret: SECRET_ID, page: {}, expect: { layer: 'token', cause: 'secretIdNotValue' } },
  { id: 'expired-secret', title: 'expired secret', params: { ...base, Mailbox: [MB.ok] }, secret: SECRET_EXPIRED, page: {}, expect: { layer: 'token', cause: 'secretExpired' } },
  { id: 'unknown-app', title: 'unknown app (Application ID not in the tenant)', params: { ...base, ApplicationId: APP_UNKNOWN, Mailbox: [MB.ok] }, secret: SECRET, page: {}, expect: { layer: 'token', cause: 'unknownApp' } },
  { id: 'no-consent', title: 'no admin consent (token without roles)', params: { ...base, ApplicationId: APP_NO_CONSENT.appId, ObjectId: APP_NO_CONSENT.oid, Mailbox: [MB.ok] }, secret: SECRET, page: {}, expect: { layer: 'consent', cause: 'noRoles' } },
  { id: 'wrong-audience', title: 'wrong audience', params: { ...base, Mailbox: [MB.ok], Resource: 'https://graph.microsoft.com' }, secret: SECRET, page: {}, expect: { layer: 'token', cause: 'wrongAudience' } },
  { id: 'no-full-access', title: 'mailbox without FullAccess', params: { ...base, Mailbox: [MB.ok, MB.noFullAccess] }, secret: SECRET, page: {}, expect: { layer: 'mailbox', cause: 'noFullAccess', mailbox: MB.noFullAccess } },
  {
    id: 'wrong-object-id',
    title: 'service principal created with the wrong Object ID',
    params: { ...base, ApplicationId: APP_WRONG_OBJECT.appId, ObjectId: APP_WRONG_OBJECT.registrationObjectId, Mailbox: [MB.ok] },
    secret: SECRET,
    page: {},
    expect: { layer: 'principal', cause: 'objectIdMismatch' },
  },
  { id: 'imap-disabled', title: 'IMAP disabled', params: { ...base, Mailbox: [MB.imapOff] }, secret: SECRET, page: {}, expect: { layer: 'imap', cause: 'imapDisabled', mailbox: MB.imapOff } },
  { id: 'smtp-auth-disabled', title: 'SMTP AUTH disabled', params: { ...base, Mailbox: [MB.smtpOff] }, secret: SECRET, page: {}, expect: { layer: 'smtp', cause: 'smtpAuthDisabled', mailbox: MB.smtpOff } },
  { id: 'send-as-denied', title: 'Send As denied on the test message', params: { ...base, Mailbox: [MB.ok], SendFrom: MB.shared, SendTo: MB.external }, secret: SECRET, page: {}, expect: { layer: 'sendas', cause: 'sendAsDenied', mailbox: MB.ok } },
  { id: 'unreachable', title: 'server unreachable and timing out', params: { ...base, Mailbox: [MB.ok], TimeoutSeconds: 2 }, secret: SECRET, page: {}, expect: { layer: 'network', cause: 'refused', mailbox: MB.ok }, also: [{ layer: 'network', cause: 'timeout', mailbox: MB.ok }], ports: 'refused' },
];

export interface CaseRun {
  id: string;
  exitCode: number;
  console: string;
  report: string;
}

/** The page values the script is generated with (the all-OK case runs on them alone). */
export const PAGE_VALUES = { tenant: TENANT_DOMAIN, app: APP.appId, obj: APP.oid, mailboxes: [MB.ok, MB.second] };

/** Writes the generated script (as downloaded: BOM + CRLF) and returns its path. */
export function writeScript(dir: string, lang: 'en' | 'de' = 'en', mailboxes: readonly string[] = PAGE_VALUES.mailboxes): string {
  const script = buildTestScript({ ...PAGE_VALUES, mailboxes, sendFrom: null, sendTo: null }, STRINGS[lang].script);
  const path = join(dir, 'teamspace-connection-test.ps1');
  writeFileSync(path, ps1File(script));
  return path;
}

/** The parameters of a case against the stand-ins. */
export function caseParams(c: MatrixCase, s: Standins, dir: string): Record<string, unknown> {
  const imapPort = c.ports === 'refused' ? s.refusedPort : s.imap.port;
  const smtpPort = c.ports ? s.silentPort : s.smtp.port;
  return {
    TokenHost: s.tokenHost,
    ImapHost: s.imap.host,
    ImapPort: imapPort,
    SmtpHost: s.smtp.host,
    SmtpPort: smtpPort,
    SecretEnvVar: 'TS_CONNECTION_SECRET',
    ReportPath: join(dir, `${c.id}.json`),
    ...c.params,
  };
}

/**
 * Runs the cases in one PowerShell process: a driver reads the cases, sets the
 * secret's environment variable, runs the script with the case's parameters and
 * captures everything it prints (Write-Host included). The driver runs under the
 * Finnish culture, whose time separator is "." and decimal separator ",": what the
 * script writes must not depend on the admin's regional settings.
 */
export async function runMatrix(pwsh: string, s: Standins, cases: MatrixCase[], options: { dir?: string; script?: string } = {}): Promise<CaseRun[]> {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'connection-matrix-'));
  const script = options.script ?? writeScript(dir);
  const input = cases.map((c) => ({ id: c.id, secret: c.secret, params: caseParams(c, s, dir) }));
  const casesFile = join(dir, 'cases.json');
  writeFileSync(casesFile, JSON.stringify(input));
  const driver = join(dir, 'driver.ps1');
  writeFileSync(
    driver,
    [
      'param([string]$Script, [string]$Cases, [string]$Out)',
      "$ErrorActionPreference = 'Stop'",
      "[System.Threading.Thread]::CurrentThread.CurrentCulture = 'fi-FI'",
      '$results = @()',
      'foreach ($c in (Get-Content -Raw -LiteralPath $Cases | ConvertFrom-Json -AsHashtable)) {',
      '    $env:TS_CONNECTION_SECRET = $c.secret',
      '    $params = $c.params',
      '    $text = & $Script @params *>&1 | Out-String -Width 4096',
      '    $results += [ordered]@{ id = $c.id; exitCode = $LASTEXITCODE; console = $text }',
      '}',
      '$env:TS_CONNECTION_SECRET = $null',
      '[IO.File]::WriteAllText($Out, ($results | ConvertTo-Json -Depth 4 -AsArray))',
    ].join('\n'),
  );
  const out = join(dir, 'results.json');
  await new Promise<void>((ok, fail) => {
    const child = spawn(pwsh, ['-NoLogo', '-NoProfile', '-NonInteractive', '-File', driver, '-Script', script, '-Cases', casesFile, '-Out', out], {
      env: { ...process.env, SSL_CERT_FILE: s.caFile, DOTNET_CLI_TELEMETRY_OPTOUT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdout.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => (code === 0 ? ok() : fail(new Error(`pwsh exited ${code}: ${err}`))));
  });
  const results = JSON.parse(readFileSync(out, 'utf8')) as { id: string; exitCode: number; console: string }[];
  return results.map((r) => ({ ...r, report: readFileSync(join(dir, `${r.id}.json`), 'utf8') }));
}

/**
 * Runs the script once with the secret typed at its hidden prompt (Read-Host
 * -AsSecureString), as an admin does: PowerShell reads a secure string from a terminal
 * only, so it runs in a pseudo-terminal (util-linux `script`), and the secret is typed
 * once the prompt has appeared. The terminal's own echo is off (`stty -echo`), so what
 * it shows is only what PowerShell writes: `*` per character for a secure read, the
 * characters themselves for a plain Read-Host. PowerShell asks the terminal for the
 * cursor position (ESC[6n) and waits for the answer, which is given as a terminal would.
 * Returns what the terminal showed and the report.
 */
export async function runTyped(pwsh: string, s: Standins, script: string, dir: string, secret: string, prompt: string): Promise<CaseRun> {
  const reportPath = join(dir, 'typed.json');
  const args = ['-NoLogo', '-NoProfile', '-File', script, '-TokenHost', s.tokenHost, '-ImapHost', s.imap.host, '-ImapPort', String(s.imap.port), '-SmtpHost', s.smtp.host, '-SmtpPort', String(s.smtp.port), '-ReportPath', reportPath];
  const sh = (x: string) => `'${x.replace(/'/g, `'\\''`)}'`;
  const command = `stty -echo; ${[pwsh, ...args].map(sh).join(' ')}`;
  return new Promise<CaseRun>((ok, fail) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { ...process.env, SSL_CERT_FILE: s.caFile, DOTNET_CLI_TELEMETRY_OPTOUT: '1', POWERSHELL_TELEMETRY_OPTOUT: '1', TERM: 'dumb' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let shown = '';
    let typed = false;
    child.stdout.on('data', (d: Buffer) => {
      const chunk = d.toString();
      shown += chunk;
      for (let i = chunk.split('\x1b[6n').length - 1; i > 0; i--) child.stdin.write('\x1b[1;1R');
      if (!typed && shown.includes(prompt)) {
        typed = true;
        child.stdin.write(`${secret}\r`);
      }
    });
    child.stderr.on('data', (d: Buffer) => (shown += d.toString()));
    child.on('error', fail);
    child.on('exit', (code) => {
      child.stdin.destroy();
      // The terminal's control sequences are not part of what the admin reads.
      const console = shown.replace(/\x1b\[[0-9;?]*[A-Za-z]|\x1b[=>]/g, '');
      try {
        ok({ id: 'typed', exitCode: code ?? -1, console, report: readFileSync(reportPath, 'utf8') });
      } catch (e) {
        fail(new Error(`no report (exit ${code}): ${console}\n${String(e)}`));
      }
    });
  });
}

export { startStandins };
