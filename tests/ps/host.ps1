# The PowerShell side of tests/support/pwsh-host.ts: one long-lived pwsh process that
# answers requests, one JSON object per line on stdin, with one JSON line on stdout
# (prefixed with a marker, so stray console output cannot be mistaken for an answer).
#
#   { "id": 1, "op": "parse", "scripts": ["..."] }
#       -> for each script: parse errors, every string constant (with its kind), the
#          commands with their parameter names, and every construct Windows PowerShell
#          5.1 lacks.
#   { "id": 2, "op": "run", "script": "...", "tenant": {...}, "separateProcess": false }
#       -> runs the script as a .ps1 file (UTF-8 BOM, CRLF) in a fresh runspace, with the
#          stub modules of tests/ps/stubs first on PSModulePath; returns the recorded
#          cmdlet calls, the tenant's end state, host output, warnings, errors.
#   { "id": 3, "op": "eval", "script": "..." } -> the script's output, as JSON.
Set-StrictMode -Version 3.0
$ErrorActionPreference = 'Stop'

$marker = "`u{1}PSHOST "
$stubs = Join-Path $PSScriptRoot 'stubs'
$env:PSModulePath = $stubs + [IO.Path]::PathSeparator + $env:PSModulePath
$work = Join-Path ([IO.Path]::GetTempPath()) ("pwsh-host-" + $PID)
$null = New-Item -ItemType Directory -Force -Path $work
$utf8Bom = [Text.UTF8Encoding]::new($true)
[Console]::InputEncoding = [Text.UTF8Encoding]::new($false)
[Console]::OutputEncoding = [Text.UTF8Encoding]::new($false)

# Parsing and walking the AST: tests/ps/Analysis.cs (compiled once per process).
# Compiling costs seconds, so the assembly is kept in the temp folder, named by a hash of
# the source and of this PowerShell's version.
$source = Join-Path $PSScriptRoot 'Analysis.cs'
$hash = (Get-FileHash -LiteralPath $source -Algorithm SHA256).Hash.Substring(0, 16)
$dll = Join-Path ([IO.Path]::GetTempPath()) "pwsh-host-analysis-$hash-$($PSVersionTable.PSVersion).dll"
if (-not (Test-Path -LiteralPath $dll)) {
    $partial = "$dll.$PID.tmp"
    Add-Type -Path $source -OutputAssembly $partial -ReferencedAssemblies 'System.Management.Automation', 'System.Linq', 'System.Text.Json', 'System.Collections', 'System.Runtime', 'System.Memory'
    try { Move-Item -LiteralPath $partial -Destination $dll -ErrorAction Stop } catch { Remove-Item -LiteralPath $partial -ErrorAction SilentlyContinue }
}
Add-Type -Path $dll

function Invoke-Run($request) {
    $file = Join-Path $work ("script-" + $request.id + ".ps1")
    $text = ($request.script -replace "`r?`n", "`r`n")
    [IO.File]::WriteAllText($file, $text, $utf8Bom)
    $stateFile = Join-Path $work ("tenant-" + $request.id + ".json")
    $tenantJson = if ($request.PSObject.Properties['tenant'] -and $null -ne $request.tenant) { $request.tenant | ConvertTo-Json -Depth 20 -Compress } else { '{}' }
    [IO.File]::WriteAllText($stateFile, $tenantJson, [Text.UTF8Encoding]::new($false))
    # The stub tenant is loaded from and saved to this file, so a second PowerShell
    # process started by the script (the Exchange part of the setup script) shares it.
    $env:TS_STUB_TENANT = $stateFile
    $iss = [initialsessionstate]::CreateDefault2()
    # Tells TenantStub that this process saves the tenant once, after the script.
    $iss.Variables.Add([System.Management.Automation.Runspaces.SessionStateVariableEntry]::new('TsStubInHost', $true, ''))
    $ps = [powershell]::Create($iss)
    try {
        $null = $ps.AddCommand($file)
        if ($request.PSObject.Properties['arguments'] -and $request.arguments) {
            foreach ($p in $request.arguments.PSObject.Properties) { $null = $ps.AddParameter($p.Name, $p.Value) }
        }
        $failure = $null
        $output = @()
        $started = [Diagnostics.Stopwatch]::StartNew()
        try {
            $output = @($ps.Invoke())
        } catch {
            $e = $_.Exception
            while ($e -is [System.Management.Automation.MethodInvocationException] -and $e.InnerException) { $e = $e.InnerException }
            $record = if ($e -is [System.Management.Automation.IContainsErrorRecord]) { $e.ErrorRecord } else { $null }
            $failure = [ordered]@{
                message = $e.Message
                type = $e.GetType().FullName
                line = if ($record -and $record.InvocationInfo) { $record.InvocationInfo.ScriptLineNumber } else { $null }
                errorId = if ($record) { $record.FullyQualifiedErrorId } else { $null }
            }
        }
        $ms = $started.Elapsed.TotalMilliseconds
        # Save this runspace's share of the tenant (a second process saved its own meanwhile).
        $done = [powershell]::Create()
        $done.Runspace = $ps.Runspace
        $null = $done.AddScript('if ($global:TsStub) { Import-Module TenantStub; Complete-StubRun }')
        $null = $done.Invoke()
        if ($done.Streams.Error.Count) { throw "Complete-StubRun: $($done.Streams.Error[0])" }
        $done.Dispose()
        $state = Get-Content -Raw -LiteralPath $stateFile | ConvertFrom-Json -AsHashtable
        $calls = @()
        if ($state -and $state.ContainsKey('_calls')) { $calls = @($state['_calls']); $state.Remove('_calls') }
        return [ordered]@{
            ok = $null -eq $failure
            failure = $failure
            calls = $calls
            tenant = $state
            host = @($ps.Streams.Information | ForEach-Object { [string] $_.MessageData })
            warnings = @($ps.Streams.Warning | ForEach-Object { $_.Message })
            errors = @($ps.Streams.Error | ForEach-Object { $_.ToString() })
            output = @($output | ForEach-Object { if ($null -eq $_) { $null } else { [string] $_ } })
            ms = $ms
        }
    } finally {
        $ps.Dispose()
        Remove-Item -LiteralPath $file, $stateFile -ErrorAction SilentlyContinue
        $env:TS_STUB_TENANT = $null
    }
}

function Invoke-Eval($request) {
    $ps = [powershell]::Create([initialsessionstate]::CreateDefault2())
    try {
        $null = $ps.AddScript($request.script)
        $out = @($ps.Invoke())
        return [ordered]@{ output = $out; errors = @($ps.Streams.Error | ForEach-Object { $_.ToString() }) }
    } finally { $ps.Dispose() }
}

[Console]::Out.WriteLine($marker + (@{ id = 0; ready = $true; version = $PSVersionTable.PSVersion.ToString() } | ConvertTo-Json -Compress))
while ($true) {
    $line = [Console]::In.ReadLine()
    if ($null -eq $line) { break }
    if ($line.Trim() -eq '') { continue }
    $id = $null
    try {
        $request = $line | ConvertFrom-Json
        $id = $request.id
        $result = switch ($request.op) {
            'parse' { [PsHostAnalysis]::AnalyseAll([string[]] @($request.scripts)) }
            'run' { Invoke-Run $request }
            'eval' { Invoke-Eval $request }
            'exit' { exit 0 }
            default { throw "unknown op $($request.op)" }
        }
        # A parse answer is JSON already (serialised in C#).
        $json = if ($request.op -eq 'parse') { $result } else { ConvertTo-Json -InputObject $result -Depth 30 -Compress }
        $answer = '{"id":' + $id + ',"result":' + $json + '}'
    } catch {
        $answer = ConvertTo-Json -Compress -InputObject ([ordered]@{ id = $id; error = $_.ToString() + ' at ' + $_.InvocationInfo.PositionMessage })
    }
    [Console]::Out.WriteLine($marker + $answer)
}
