/**
 * The connection test script: plain PowerShell (no module to install) that runs in
 * Windows PowerShell 5.1 and PowerShell 7. It fetches one token by client credentials
 * (Invoke-RestMethod), then per mailbox logs in to IMAP (implicit TLS, AUTHENTICATE
 * XOAUTH2, EXAMINE INBOX, LOGOUT) and to SMTP (EHLO, STARTTLS, AUTH XOAUTH2, QUIT) over
 * .NET TcpClient/SslStream, and writes a line per mailbox and protocol plus a JSON
 * report (REPORT_SCHEMA, REPORT_VERSION) without the secret or the token.
 *
 * Every value from the page enters only as a default of the param() block, each a
 * single-quoted literal from psString(); the rest of the script is constant text with
 * no expanding string that holds a value. Hosts and ports are parameters with
 * Microsoft's endpoints as defaults. There is no switch to skip certificate checks.
 */
import { EXCHANGE_SCOPE, LOGIN_HOST } from '../../data/microsoft';
import { psString } from '../../lib/powershell';
import { REPORT_SCHEMA, REPORT_VERSION } from './report';

export const DEFAULTS = {
  imapHost: 'outlook.office365.com',
  imapPort: 993,
  smtpHost: 'smtp.office365.com',
  smtpPort: 587,
  timeoutSeconds: 20,
  resource: EXCHANGE_SCOPE.replace(/\/\.default$/, ''),
  tokenHost: LOGIN_HOST,
  reportPath: 'teamspace-connection-test.json',
} as const;

export interface TestValues {
  tenant: string | null;
  app: string | null;
  /** Enterprise application Object ID (optional: lets the report compare it with the token). */
  obj: string | null;
  mailboxes: readonly string[];
  /** The test message: off unless both are given. */
  sendFrom: string | null;
  sendTo: string | null;
}

export interface TestScriptText {
  header: readonly string[];
  usage: readonly string[];
  missing: string;
  prompt: string;
  reportWritten: string;
  allOk: string;
  someFailed: string;
}

const c = (t: string) => (t ? `# ${t}` : '#');

/** The script as text (LF); ps1File() makes the download. */
export function buildTestScript(v: TestValues, t: TestScriptText): string {
  const lit = (x: string | null) => (x ? psString(x) : "''");
  const mailboxes = v.mailboxes.length ? `@(${v.mailboxes.map(psString).join(', ')})` : '@()';
  const head = [
    ...t.header.map(c),
    '#',
    ...t.usage.map(c),
    '',
    '[CmdletBinding()]',
    'param(',
    `    [string]$Tenant = ${lit(v.tenant)},`,
    `    [string]$ApplicationId = ${lit(v.app)},`,
    `    [string]$ObjectId = ${lit(v.obj)},`,
    `    [string[]]$Mailbox = ${mailboxes},`,
    `    [string]$SendFrom = ${lit(v.sendFrom)},`,
    `    [string]$SendTo = ${lit(v.sendTo)},`,
    "    [string]$SecretEnvVar = '',",
    `    [string]$TokenHost = ${psString(DEFAULTS.tokenHost)},`,
    `    [string]$Resource = ${psString(DEFAULTS.resource)},`,
    `    [string]$ImapHost = ${psString(DEFAULTS.imapHost)},`,
    `    [int]$ImapPort = ${DEFAULTS.imapPort},`,
    `    [string]$SmtpHost = ${psString(DEFAULTS.smtpHost)},`,
    `    [int]$SmtpPort = ${DEFAULTS.smtpPort},`,
    `    [int]$TimeoutSeconds = ${DEFAULTS.timeoutSeconds},`,
    `    [string]$ReportPath = ${psString(DEFAULTS.reportPath)}`,
    ')',
    '',
    `$Messages = @{`,
    `    Missing = ${psString(t.missing)}`,
    `    Prompt = ${psString(t.prompt)}`,
    `    ReportWritten = ${psString(t.reportWritten)}`,
    `    AllOk = ${psString(t.allOk)}`,
    `    SomeFailed = ${psString(t.someFailed)}`,
    '}',
    `$ReportSchema = ${psString(REPORT_SCHEMA)}`,
    `$ReportVersion = ${REPORT_VERSION}`,
  ];
  return [...head, BODY].join('\n') + '\n';
}

/**
 * The constant part. Written for both editions: no ?? or ?: operators, no
 * ConvertFrom-SecureString -AsPlainText, TLS 1.2 switched on for Invoke-RestMethod in
 * 5.1, and async .NET calls with Wait(timeout) so that nothing hangs. Times are written
 * with the sortable format ('s'), the same in every culture (a custom format's ':' is
 * the culture's time separator). Only .NET APIs of
 * .NET Framework 4.5 (the least Windows PowerShell 5.1 runs on): no
 * DateTimeOffset.FromUnixTimeSeconds (4.6), and TLS 1.3 is asked for in PowerShell 7
 * only (Windows PowerShell 5.1 asks for TLS 1.2, which Microsoft's servers require at least).
 * A session that got as far as a reply is ended politely (LOGOUT, QUIT) also after a
 * refusal.
 */
const BODY = String.raw`
$ErrorActionPreference = 'Stop'
if ($PSVersionTable.PSVersion.Major -lt 6) {
    [Net.ServicePointManager]::SecurityProtocol = [Net.ServicePointManager]::SecurityProtocol -bor [Net.SecurityProtocolType]::Tls12
}
$TimeoutMs = [Math]::Max(1, $TimeoutSeconds) * 1000
$Mailbox = @($Mailbox | ForEach-Object { $_.Trim() } | Where-Object { $_ -ne '' })
if (-not $Tenant -or -not $ApplicationId -or $Mailbox.Count -eq 0) {
    Write-Host ($Messages.Missing)
    exit 2
}

# The client secret: from the environment variable named, else typed (hidden). Never printed or written.
if ($SecretEnvVar) {
    $SecretText = [Environment]::GetEnvironmentVariable($SecretEnvVar)
    if ($null -eq $SecretText) { $SecretText = '' }
} else {
    $Secure = Read-Host -AsSecureString -Prompt ($Messages.Prompt)
    $SecretText = (New-Object System.Net.NetworkCredential('', $Secure)).Password
}
$SecretShape = 'value'
if ($SecretText -eq '') { $SecretShape = 'empty' }
elseif ($SecretText.Trim() -match '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$') { $SecretShape = 'guid' }

function Get-Inner([System.Exception]$e) {
    while (($e -is [System.AggregateException] -or $e -is [System.Management.Automation.MethodInvocationException]) -and $null -ne $e.InnerException) { $e = $e.InnerException }
    return $e
}

function Get-TransportText([System.Exception]$e) {
    $e = Get-Inner $e
    if ($e -is [System.TimeoutException]) { return 'timeout' }
    $s = $e
    while ($null -ne $s) {
        if ($s -is [System.Net.Sockets.SocketException]) {
            switch ([int]$s.SocketErrorCode) {
                10061 { return 'refused: ' + $s.Message }
                10060 { return 'timeout: ' + $s.Message }
                11001 { return 'dns: ' + $s.Message }
                11002 { return 'dns: ' + $s.Message }
            }
            return 'socket: ' + $s.Message
        }
        if ($s -is [System.IO.IOException] -and $s.Message -match 'timed out|time out|period of time') { return 'timeout: ' + $s.Message }
        if ($s -is [System.Security.Authentication.AuthenticationException]) { return 'tls: ' + $s.Message }
        $s = $s.InnerException
    }
    return $e.Message
}

function ConvertFrom-Base64Url([string]$s) {
    $s = $s.Replace('-', '+').Replace('_', '/')
    switch ($s.Length % 4) { 2 { $s += '==' } 3 { $s += '=' } }
    return [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($s))
}

function Get-Claim($payload, [string]$name) {
    $p = $payload.PSObject.Properties[$name]
    if ($null -eq $p) { return $null }
    return $p.Value
}

# ── Token (client credentials, fetched once) ─────────────────────────────────
$Token = [ordered]@{ ok = $false; status = $null; error = $null; errorCodes = @(); description = $null; transport = $null; claims = $null; expiresIn = $null }
$AccessToken = $null
try {
    $body = @{ client_id = $ApplicationId; scope = $Resource.TrimEnd('/') + '/.default'; client_secret = $SecretText; grant_type = 'client_credentials' }
    $uri = $TokenHost.TrimEnd('/') + '/' + [Uri]::EscapeDataString($Tenant) + '/oauth2/v2.0/token'
    $response = Invoke-RestMethod -Method Post -Uri $uri -Body $body -ContentType 'application/x-www-form-urlencoded' -TimeoutSec $TimeoutSeconds
    $AccessToken = [string]$response.access_token
    $Token.ok = $true
    $Token.status = 200
    $Token.expiresIn = $response.expires_in
    $parts = $AccessToken.Split('.')
    if ($parts.Count -eq 3) {
        $payload = ConvertFrom-Base64Url $parts[1] | ConvertFrom-Json
        $claims = [ordered]@{}
        foreach ($name in @('aud', 'iss', 'tid', 'appid', 'azp', 'oid', 'roles', 'scp', 'exp', 'nbf', 'iat', 'ver')) { $claims[$name] = Get-Claim $payload $name }
        if ($null -ne $claims.roles) { $claims.roles = @($claims.roles) } else { $claims.roles = @() }
        $Token.claims = $claims
    }
} catch {
    $err = $_
    $resp = $null
    try { $resp = $err.Exception.Response } catch { }
    $detail = $null
    if ($err.ErrorDetails -and $err.ErrorDetails.Message) { $detail = $err.ErrorDetails.Message }
    if ($null -ne $resp -and $detail) {
        try { $Token.status = [int]$resp.StatusCode } catch { }
        try {
            $j = $detail | ConvertFrom-Json
            $Token.error = [string]$j.error
            $Token.description = [string]$j.error_description
            if ($j.PSObject.Properties['error_codes']) { $Token.errorCodes = @($j.error_codes | ForEach-Object { [int]$_ }) }
        } catch { $Token.description = $detail }
    } else {
        $Token.transport = Get-TransportText $err.Exception
    }
}
$SecretText = $null

function Format-Claims($claims) {
    if ($null -eq $claims) { return '' }
    $exp = ''
    if ($claims.exp) { $exp = ([datetime]'1970-01-01T00:00:00').AddSeconds([int64]$claims.exp).ToString('s') + 'Z' }
    return ('aud={0} tid={1} appid={2} oid={3} roles={4} exp={5}' -f $claims.aud, $claims.tid, $(if ($claims.appid) { $claims.appid } else { $claims.azp }), $claims.oid, ($claims.roles -join ','), $exp)
}

if ($Token.ok) {
    Write-Host ('TOKEN OK   ' + (Format-Claims $Token.claims))
} elseif ($Token.transport) {
    Write-Host ('TOKEN FAIL transport: ' + $Token.transport)
} else {
    $first = ([string]$Token.description -split '\r?\n')[0]
    Write-Host ('TOKEN FAIL {0} {1} {2}' -f $Token.status, $Token.error, $first)
}
if ($ObjectId) { Write-Host ('OBJECTID INFO given=' + $ObjectId) }
if ($SecretShape -eq 'guid') { Write-Host 'SECRET INFO guid: the value entered has the form of a Secret ID, not of a secret Value' }

# ── Connections ──────────────────────────────────────────────────────────────
function New-Xoauth2([string]$user, [string]$token) {
    return [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes('user=' + $user + [char]1 + 'auth=Bearer ' + $token + [char]1 + [char]1))
}

function Open-Tcp([string]$server, [int]$port) {
    $tcp = New-Object System.Net.Sockets.TcpClient
    $task = $tcp.ConnectAsync($server, $port)
    try {
        if (-not $task.Wait($TimeoutMs)) { $tcp.Close(); throw (New-Object System.TimeoutException) }
    } catch { $tcp.Close(); throw }
    $stream = $tcp.GetStream()
    $stream.ReadTimeout = $TimeoutMs
    $stream.WriteTimeout = $TimeoutMs
    return @{ Tcp = $tcp; Stream = $stream }
}

function Start-Tls($conn, [string]$server) {
    $ssl = New-Object System.Net.Security.SslStream($conn.Stream, $false)
    $ssl.ReadTimeout = $TimeoutMs
    $ssl.WriteTimeout = $TimeoutMs
    $protocols = [System.Security.Authentication.SslProtocols]::Tls12
    if ($PSVersionTable.PSVersion.Major -ge 6) { $protocols = $protocols -bor [System.Security.Authentication.SslProtocols]'Tls13' }
    $task = $ssl.AuthenticateAsClientAsync($server, $null, $protocols, $false)
    if (-not $task.Wait($TimeoutMs)) { throw (New-Object System.TimeoutException) }
    $conn.Stream = $ssl
    $conn.Reader = New-Object System.IO.StreamReader($ssl, (New-Object System.Text.UTF8Encoding($false)), $false, 4096, $true)
}

function Send-Line($conn, [string]$line) {
    $bytes = [Text.Encoding]::UTF8.GetBytes($line + [char]13 + [char]10)
    $conn.Stream.Write($bytes, 0, $bytes.Length)
    $conn.Stream.Flush()
}

function Read-Line($conn) {
    $task = $conn.Reader.ReadLineAsync()
    if (-not $task.Wait($TimeoutMs)) { throw (New-Object System.TimeoutException) }
    $line = $task.Result
    if ($null -eq $line) { throw (New-Object System.IO.IOException('The server closed the connection.')) }
    return $line
}

function Close-Conn($conn) {
    if ($null -eq $conn) { return }
    try { $conn.Stream.Dispose() } catch { }
    try { $conn.Tcp.Close() } catch { }
}

# IMAP: read until the tagged reply; a '+' continuation (an error challenge) gets an empty line.
function Read-Tagged($conn, [string]$tag) {
    while ($true) {
        $line = Read-Line $conn
        if ($line.StartsWith('+')) { Send-Line $conn ''; continue }
        if ($line.StartsWith($tag + ' ')) { return $line }
    }
}

function Test-Imap([string]$address) {
    $r = [ordered]@{ ok = $false; stage = 'connect'; reply = $null; transport = $null; ms = 0 }
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $conn = $null
    try {
        $conn = Open-Tcp $ImapHost $ImapPort
        $r.stage = 'tls'
        $conn.Reader = $null
        Start-Tls $conn $ImapHost
        $r.stage = 'greeting'
        $r.reply = Read-Line $conn
        if (-not $r.reply.StartsWith('* OK')) { return $r }
        $r.stage = 'capability'
        Send-Line $conn 'A01 CAPABILITY'
        $r.reply = Read-Tagged $conn 'A01'
        $r.stage = 'authenticate'
        Send-Line $conn ('A02 AUTHENTICATE XOAUTH2 ' + (New-Xoauth2 $address $AccessToken))
        $r.reply = Read-Tagged $conn 'A02'
        if ($r.reply -notmatch '^A02 OK') { return $r }
        $auth = $r.reply
        $r.stage = 'examine'
        Send-Line $conn 'A03 EXAMINE INBOX'
        $reply = Read-Tagged $conn 'A03'
        if ($reply -notmatch '^A03 OK') { $r.reply = $reply; return $r }
        $r.stage = 'logout'
        Send-Line $conn 'A04 LOGOUT'
        try { [void](Read-Tagged $conn 'A04') } catch { }
        $r.ok = $true
        $r.reply = $auth
    } catch {
        $r.transport = Get-TransportText $_.Exception
    } finally {
        # Refused after the greeting: still end the session with LOGOUT.
        if (-not $r.ok -and -not $r.transport -and $null -ne $conn -and $null -ne $conn.Reader -and $r.stage -ne 'greeting') {
            try { Send-Line $conn 'A09 LOGOUT'; [void](Read-Tagged $conn 'A09') } catch { }
        }
        Close-Conn $conn
        $r.ms = $watch.ElapsedMilliseconds
    }
    return $r
}

# SMTP: a reply may span lines ("250-..." continues, "250 ..." ends).
function Read-Reply($conn) {
    $lines = @()
    while ($true) {
        $line = Read-Line $conn
        $lines += $line
        if ($line.Length -lt 4 -or $line[3] -ne '-') { break }
    }
    return ($lines -join ' | ')
}

function Test-Smtp([string]$address, [bool]$send) {
    $r = [ordered]@{ ok = $false; stage = 'connect'; reply = $null; transport = $null; ms = 0 }
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $s = $null
    $conn = $null
    $quit = $false
    try { do {
        $conn = Open-Tcp $SmtpHost $SmtpPort
        $conn.Reader = New-Object System.IO.StreamReader($conn.Stream, (New-Object System.Text.UTF8Encoding($false)), $false, 4096, $true)
        $r.stage = 'greeting'
        $r.reply = Read-Reply $conn
        if (-not $r.reply.StartsWith('220')) { break }
        $r.stage = 'ehlo'
        Send-Line $conn ('EHLO ' + [Environment]::MachineName.ToLowerInvariant())
        $r.reply = Read-Reply $conn
        if (-not $r.reply.StartsWith('250')) { break }
        $r.stage = 'starttls'
        Send-Line $conn 'STARTTLS'
        $r.reply = Read-Reply $conn
        if (-not $r.reply.StartsWith('220')) { break }
        $r.stage = 'tls'
        Start-Tls $conn $SmtpHost
        $r.stage = 'ehlo'
        Send-Line $conn ('EHLO ' + [Environment]::MachineName.ToLowerInvariant())
        $r.reply = Read-Reply $conn
        if (-not $r.reply.StartsWith('250')) { break }
        $r.stage = 'auth'
        Send-Line $conn ('AUTH XOAUTH2 ' + (New-Xoauth2 $address $AccessToken))
        $r.reply = Read-Reply $conn
        if ($r.reply.StartsWith('334')) { Send-Line $conn ''; $r.reply = Read-Reply $conn }
        if (-not $r.reply.StartsWith('235')) { break }
        $r.ok = $true
        if ($send) {
            $s = [ordered]@{ ok = $false; stage = 'mail'; reply = $null; transport = $null; from = $SendFrom; to = $SendTo }
            Send-Line $conn ('MAIL FROM:<' + $SendFrom + '>')
            $s.reply = Read-Reply $conn
            if ($s.reply.StartsWith('250')) {
                $s.stage = 'rcpt'
                Send-Line $conn ('RCPT TO:<' + $SendTo + '>')
                $s.reply = Read-Reply $conn
            }
            if ($s.stage -eq 'rcpt' -and $s.reply.StartsWith('250')) {
                $s.stage = 'data'
                Send-Line $conn 'DATA'
                $s.reply = Read-Reply $conn
                if ($s.reply.StartsWith('354')) {
                    $date = [DateTime]::UtcNow.ToString('r')
                    $message = @(('From: <' + $SendFrom + '>'), ('To: <' + $SendTo + '>'), 'Subject: teamspace connection test', ('Date: ' + $date), 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'This message was sent by the teamspace connection test.', '.')
                    foreach ($l in $message) { Send-Line $conn $l }
                    $s.reply = Read-Reply $conn
                    $s.ok = $s.reply.StartsWith('250')
                }
            }
        }
        $r.stage = 'quit'
        try { Send-Line $conn 'QUIT'; [void](Read-Reply $conn) } catch { }
        $quit = $true
    } while ($false)
    # Refused after the greeting: still end the session with QUIT.
    if (-not $quit -and $r.stage -ne 'greeting' -and $r.stage -ne 'tls') { try { Send-Line $conn 'QUIT'; [void](Read-Reply $conn) } catch { } }
    } catch {
        $text = Get-TransportText $_.Exception
        if ($null -ne $s -and -not $s.ok -and $r.ok) { $s.transport = $text } else { $r.transport = $text }
    } finally {
        Close-Conn $conn
        $r.ms = $watch.ElapsedMilliseconds
    }
    return @{ Smtp = $r; Send = $s }
}

function Write-Result([string]$what, [string]$address, $r) {
    $status = 'FAIL'
    if ($r.ok) { $status = 'OK  ' }
    $text = $r.reply
    if ($r.transport) { $text = 'transport: ' + $r.transport }
    $extra = ''
    if ($what -eq 'SEND') { $extra = 'from=' + $r.from + ' to=' + $r.to + ' ' }
    Write-Host ('{0,-5} {1} {2} [{3}] {4}{5}' -f $what, $status, $address, $r.stage, $extra, $text)
}

$Results = @()
$Failed = -not $Token.ok
$sendOnce = [bool]($SendTo -and $SendFrom)
foreach ($address in $Mailbox) {
    $entry = [ordered]@{ address = $address; imap = $null; smtp = $null; send = $null }
    if ($Token.ok) {
        $entry.imap = Test-Imap $address
        Write-Result 'IMAP' $address $entry.imap
        $both = Test-Smtp $address $sendOnce
        $entry.smtp = $both.Smtp
        Write-Result 'SMTP' $address $entry.smtp
        if ($null -ne $both.Send) { $entry.send = $both.Send; Write-Result 'SEND' $address $entry.send; $sendOnce = $false }
        if (-not $entry.imap.ok -or -not $entry.smtp.ok -or ($null -ne $entry.send -and -not $entry.send.ok)) { $Failed = $true }
    } else {
        $entry.imap = [ordered]@{ ok = $false; skipped = $true }
        $entry.smtp = [ordered]@{ ok = $false; skipped = $true }
        Write-Host ('IMAP  SKIP ' + $address)
        Write-Host ('SMTP  SKIP ' + $address)
    }
    $Results += $entry
}
$AccessToken = $null

$Report = [ordered]@{
    schema = $ReportSchema
    version = $ReportVersion
    generatedAt = [DateTime]::UtcNow.ToString('s') + 'Z'
    powershell = [ordered]@{ version = $PSVersionTable.PSVersion.ToString(); edition = [string]$PSVersionTable.PSEdition }
    input = [ordered]@{ tenant = $Tenant; appId = $ApplicationId; objectId = $ObjectId; resource = $Resource; imap = ('{0}:{1}' -f $ImapHost, $ImapPort); smtp = ('{0}:{1}' -f $SmtpHost, $SmtpPort); secretShape = $SecretShape }
    token = $Token
    mailboxes = @($Results)
}
$json = $Report | ConvertTo-Json -Depth 6
$full = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($ReportPath)
[IO.File]::WriteAllText($full, $json, (New-Object System.Text.UTF8Encoding($false)))
Write-Host ''
if ($Failed) { Write-Host ($Messages.SomeFailed) } else { Write-Host ($Messages.AllOk) }
Write-Host ($Messages.ReportWritten -f $full)
if ($Failed) { exit 1 }
exit 0
`;

/** The .ps1 download: the one writer of every tool (UTF-8 with BOM, CRLF). */
export { ps1File } from '../../lib/powershell';
