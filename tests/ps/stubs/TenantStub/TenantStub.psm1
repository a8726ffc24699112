# The in-memory tenant behind the stub modules (ExchangeOnlineManagement, Microsoft.Graph.*),
# and the machinery that turns Microsoft's SYNTAX blocks (each stub module's syntax.psd1)
# into functions with exactly those parameter sets, whose every call is recorded.
#
# State: one hashtable per PowerShell process, loaded from the JSON file $env:TS_STUB_TENANT
# on first use. In the test host's runspace ($global:TsStubInHost) it is saved once at the
# end (Complete-StubRun); in any other process, such as the second PowerShell the setup
# script starts for its Exchange part, after every call, so both processes share one tenant.

# ---------------------------------------------------------------------------------------
# Functions from SYNTAX blocks

# Parameter types of the reference -> PowerShell types. Exchange identity types
# (*IdParameter), Fqdn and enumerations accept the identifier forms as text; Graph model
# types (IMicrosoftGraph*) accept hashtables, as the real cmdlets do.
function ConvertTo-StubType([string] $type) {
    $array = $type.EndsWith('[]')
    $t = $type.TrimEnd('[', ']')
    $mapped = switch -Regex ($t) {
        '^(?i:string)$' { 'string' }
        '^(?i:int)$' { 'int' }
        '^UInt32$' { 'uint32' }
        '^(?i:double)$' { 'double' }
        '^(?i:bool|Boolean)$' { 'bool' }
        '^(?i:datetime)$' { 'datetime' }
        '^(?i:hashtable)$' { 'hashtable' }
        '^(?i:securestring)$' { 'securestring' }
        '^(?i:pscredential)$' { 'pscredential' }
        '^(?i:uri)$' { 'uri' }
        '^IDictionary$' { 'System.Collections.IDictionary' }
        '^X509Certificate2$' { 'System.Security.Cryptography.X509Certificates.X509Certificate2' }
        'IdParameter$|^Fqdn$|^ExchangeEnvironment$|^LogLevel$|^ContextScope$|^MailboxRights$|^RecipientTypeDetails$|^AssignmentMethod$|^ConfigWriteScopeType$|^RecipientWriteScopeType$|^RoleAssigneeType$|^ActiveDirectorySecurityInheritance$|^ApplicationAccessPolicyRight$' { 'string' }
        default { 'object' }
    }
    if ($array) { return "$mapped[]" }
    return $mapped
}

# One parameter set's SYNTAX text -> its parameters in order.
function Read-StubSyntax([string] $text) {
    $body = $text -replace '^\s*\S+', '' -replace '\[<CommonParameters>\]', ''
    $pattern = '\[\[-(?<p1>\w+)\]\s+<(?<t1>[^>]+)>\]|\[-(?<p2>\w+)\]\s+<(?<t2>[^>]+)>|\[-(?<p3>\w+)\s+<(?<t3>[^>]+)>\]|\[-(?<p4>\w+)\]|-(?<p5>\w+)\s+<(?<t5>[^>]+)>'
    $position = 0
    foreach ($m in [regex]::Matches($body, $pattern)) {
        $g = $m.Groups
        if ($g['p1'].Success) { [pscustomobject]@{ Name = $g['p1'].Value; Type = $g['t1'].Value; Mandatory = $false; Position = $position++ } }
        elseif ($g['p2'].Success) { [pscustomobject]@{ Name = $g['p2'].Value; Type = $g['t2'].Value; Mandatory = $true; Position = $position++ } }
        elseif ($g['p3'].Success) { [pscustomobject]@{ Name = $g['p3'].Value; Type = $g['t3'].Value; Mandatory = $false; Position = $null } }
        elseif ($g['p4'].Success) { [pscustomobject]@{ Name = $g['p4'].Value; Type = 'switch'; Mandatory = $false; Position = $null } }
        else { [pscustomobject]@{ Name = $g['p5'].Value; Type = $g['t5'].Value; Mandatory = $true; Position = $null } }
    }
}

<#
The source text of functions for a stub module. $Syntax is the module's syntax.psd1;
$Overrides per cmdlet: Aliases (parameter -> alias names), Types (parameter -> type),
Optional (parameters made optional, with the reason in the module), Validate (parameter ->
allowed values). Every function calls Invoke-StubCall in its module.
#>
function New-StubFunctionText([hashtable] $Syntax, [hashtable] $Overrides = @{}) {
    $sb = [Text.StringBuilder]::new()
    $null = $sb.AppendLine("`$StubCmdlets = @($(($Syntax.Keys | Sort-Object | ForEach-Object { "'$_'" }) -join ', '))")
    foreach ($cmdlet in $Syntax.Keys | Sort-Object) {
        $spec = $Syntax[$cmdlet]
        $o = if ($Overrides.ContainsKey($cmdlet)) { $Overrides[$cmdlet] } else { @{} }
        $params = [ordered]@{}
        foreach ($set in $spec.Sets.Keys | Sort-Object) {
            foreach ($p in Read-StubSyntax $spec.Sets[$set]) {
                if (-not $params.Contains($p.Name)) { $params[$p.Name] = [ordered]@{ Type = $p.Type; Sets = [ordered]@{} } }
                $params[$p.Name].Sets[$set] = $p
            }
        }
        $defaultAliases = @{ ExpandProperty = 'Expand'; Property = 'Select'; Sort = 'OrderBy'; Top = 'Limit'; CountVariable = 'CV'; ResponseHeadersVariable = 'RHV' }
        $null = $sb.AppendLine("function $cmdlet {")
        $null = $sb.AppendLine("    [CmdletBinding(DefaultParameterSetName = '$($spec.Default)')]")
        $null = $sb.AppendLine('    param(')
        $lines = foreach ($name in $params.Keys) {
            $info = $params[$name]
            $attrs = foreach ($set in $info.Sets.Keys) {
                $p = $info.Sets[$set]
                $mandatory = $p.Mandatory -and -not ($o.ContainsKey('Optional') -and $o.Optional -contains $name)
                $parts = @("ParameterSetName = '$set'")
                if ($mandatory) { $parts += 'Mandatory = $true' }
                if ($null -ne $p.Position -and $p.Type -ne 'switch') { $parts += "Position = $($p.Position)" }
                "        [Parameter($($parts -join ', '))]"
            }
            $aliases = @()
            if ($o.ContainsKey('Aliases') -and $o.Aliases.ContainsKey($name)) { $aliases = @($o.Aliases[$name]) }
            elseif ($cmdlet -like '*-Mg*' -and $defaultAliases.ContainsKey($name)) { $aliases = @($defaultAliases[$name]) }
            if ($name -eq 'Confirm') { $aliases = @('cf') }
            if ($name -eq 'WhatIf') { $aliases = @('wi') }
            $type = if ($o.ContainsKey('Types') -and $o.Types.ContainsKey($name)) { $o.Types[$name] } elseif ($info.Type -eq 'switch') { 'switch' } else { ConvertTo-StubType $info.Type }
            $extra = @()
            if ($aliases) { $extra += "        [Alias($(($aliases | ForEach-Object { "'$_'" }) -join ', '))]" }
            if ($o.ContainsKey('Validate') -and $o.Validate.ContainsKey($name)) { $extra += "        [ValidateSet($(($o.Validate[$name] | ForEach-Object { "'$_'" }) -join ', '))]" }
            if ($type -like 'Nullable*') { $extra += '        [AllowNull()]' }
            (@($attrs) + $extra + "        [$type] `$$name") -join "`n"
        }
        $null = $sb.AppendLine(($lines -join ",`n"))
        $null = $sb.AppendLine('    )')
        # Like a compiled cmdlet, follow the caller's $ErrorActionPreference (a script module
        # function would otherwise see only the module's own).
        $null = $sb.AppendLine("    if (-not `$PSBoundParameters.ContainsKey('ErrorAction')) { `$ErrorActionPreference = `$PSCmdlet.SessionState.PSVariable.GetValue('ErrorActionPreference') }")
        $null = $sb.AppendLine("    if (-not `$PSBoundParameters.ContainsKey('WarningAction')) { `$WarningPreference = `$PSCmdlet.SessionState.PSVariable.GetValue('WarningPreference') }")
        $null = $sb.AppendLine("    Invoke-StubCall '$cmdlet' `$PSCmdlet.ParameterSetName `$PSBoundParameters")
        $null = $sb.AppendLine('}')
    }
    return $sb.ToString()
}

# ---------------------------------------------------------------------------------------
# The tenant

function New-EmptyTenant {
    return @{
        TenantId = '11111111-2222-4333-8444-555555555555'
        Domain = 'contoso.onmicrosoft.com'
        Applications = @()
        ServicePrincipals = @()
        AppRoleAssignments = @()
        OAuth2PermissionGrants = @()
        Exchange = @{ ServicePrincipals = @(); Mailboxes = @(); MailboxPermissions = @(); RecipientPermissions = @(); ManagementScopes = @(); RoleAssignments = @(); Groups = @() }
        Fail = @{}
    }
}

function Get-StubState {
    if ($null -eq (Get-Variable -Name TsStub -Scope Global -ErrorAction SilentlyContinue)) {
        $tenant = New-EmptyTenant
        $loaded = @()
        if ($env:TS_STUB_TENANT -and (Test-Path -LiteralPath $env:TS_STUB_TENANT)) {
            $json = Get-Content -Raw -LiteralPath $env:TS_STUB_TENANT
            if ($json.Trim()) {
                $given = $json | ConvertFrom-Json -AsHashtable
                foreach ($k in @($given.Keys)) {
                    if ($k -eq '_calls') { $loaded = @($given[$k]) }
                    elseif ($k -eq 'Exchange') { foreach ($e in $given[$k].Keys) { $tenant.Exchange[$e] = $given[$k][$e] } }
                    else { $tenant[$k] = $given[$k] }
                }
            }
        }
        foreach ($k in 'Applications', 'ServicePrincipals', 'AppRoleAssignments', 'OAuth2PermissionGrants') { $tenant[$k] = [Collections.Generic.List[object]]@(@($tenant[$k]) | Where-Object { $null -ne $_ }) }
        foreach ($k in @($tenant.Exchange.Keys)) { $tenant.Exchange[$k] = [Collections.Generic.List[object]]@(@($tenant.Exchange[$k]) | Where-Object { $null -ne $_ }) }
        $global:TsStub = @{
            Tenant = $tenant
            LoadedCalls = $loaded
            Calls = [Collections.Generic.List[object]]::new()
            Dirty = [Collections.Generic.HashSet[string]]::new()
            Connected = @{ Graph = $null; Exchange = $null }
        }
    }
    return $global:TsStub
}

function Get-StubTenant { return (Get-StubState).Tenant }

function ConvertTo-Recorded($value) {
    if ($null -eq $value) { return $null }
    if ($value -is [switch]) { return $value.IsPresent }
    if ($value -is [securestring]) { return '<SecureString>' }
    if ($value -is [pscredential]) { return '<PSCredential>' }
    if ($value -is [datetime]) { return $value.ToUniversalTime().ToString('o') }
    if ($value -is [string] -or $value -is [ValueType]) { return $value }
    if ($value -is [Collections.IDictionary]) {
        $h = [ordered]@{}
        foreach ($k in $value.Keys) { $h[[string] $k] = ConvertTo-Recorded $value[$k] }
        return $h
    }
    if ($value -is [Collections.IEnumerable]) { return , @(foreach ($v in $value) { ConvertTo-Recorded $v }) }
    if ($value -is [psobject] -and $value.PSObject.Properties.Name) {
        $h = [ordered]@{}
        foreach ($p in $value.PSObject.Properties) { $h[$p.Name] = ConvertTo-Recorded $p.Value }
        return $h
    }
    return [string] $value
}

# The tenant as plain hashtables and arrays for ConvertTo-Json.
function ConvertTo-Saved($value) {
    if ($value -is [Collections.IDictionary]) { $h = @{}; foreach ($k in $value.Keys) { $h[$k] = ConvertTo-Saved $value[$k] }; return $h }
    if ($value -is [string] -or $null -eq $value -or $value -is [ValueType]) { return $value }
    if ($value -is [Collections.IEnumerable]) { return , @(foreach ($v in $value) { ConvertTo-Saved $v }) }
    return $value
}

function Save-StubTenant {
    $s = Get-StubState
    $all = @($s.LoadedCalls) + @($s.Calls)
    $out = ConvertTo-Saved $s.Tenant
    $out['_calls'] = $all
    [IO.File]::WriteAllText($env:TS_STUB_TENANT, (ConvertTo-Json -InputObject $out -Depth 30 -Compress), [Text.UTF8Encoding]::new($false))
}

<# In the test host, after the script: merge what another process saved meanwhile with this
   process's changes (the parts it changed win), and write the file the host reads. #>
function Complete-StubRun {
    $s = Get-StubState
    $onDisk = @{}
    if (Test-Path -LiteralPath $env:TS_STUB_TENANT) { $onDisk = Get-Content -Raw -LiteralPath $env:TS_STUB_TENANT | ConvertFrom-Json -AsHashtable }
    if ($null -eq $onDisk) { $onDisk = @{} }
    $merged = @{}
    $mine = ConvertTo-Saved $s.Tenant
    foreach ($k in $mine.Keys) {
        # (Assignments, not `= if ...`: an if statement would unroll a one-element array.)
        if ($s.Dirty.Contains($k) -or -not $onDisk.ContainsKey($k)) { $merged[$k] = $mine[$k] } else { $merged[$k] = $onDisk[$k] }
    }
    $calls = @()
    if ($onDisk.ContainsKey('_calls')) { $calls += @($onDisk['_calls']) }
    $calls += @($s.Calls)
    $merged['_calls'] = @($calls | Sort-Object { [long] $_['at'] })
    [IO.File]::WriteAllText($env:TS_STUB_TENANT, (ConvertTo-Json -InputObject $merged -Depth 30 -Compress), [Text.UTF8Encoding]::new($false))
}

<# Called by every stub function: record the call, run its implementation (from the
   module's $Impl table), save when this is not the test host's own process. #>
function Invoke-StubCallIn([hashtable] $Impl, [string] $Cmdlet, [string] $Set, [hashtable] $Bound, [string] $Area) {
    $s = Get-StubState
    $params = [ordered]@{}
    foreach ($k in $Bound.Keys) { $params[$k] = ConvertTo-Recorded $Bound[$k] }
    $s.Calls.Add([ordered]@{ cmdlet = $Cmdlet; set = $Set; params = $params; at = [DateTime]::UtcNow.Ticks; process = $PID })
    try {
        $fail = $s.Tenant.Fail
        if ($fail -and $fail.ContainsKey($Cmdlet)) { throw [InvalidOperationException]::new([string] $fail[$Cmdlet]) }
        if (-not $Impl.ContainsKey($Cmdlet)) { throw "stub: $Cmdlet has no implementation" }
        & $Impl[$Cmdlet] $Bound $Set
    } finally {
        if ($Area) { $null = $s.Dirty.Add($Area) }
        if (-not (Get-Variable -Name TsStubInHost -Scope Global -ErrorAction SilentlyContinue)) { Save-StubTenant }
    }
}

# ---------------------------------------------------------------------------------------
# Helpers for the implementations

function New-StubGuid { return [guid]::NewGuid().ToString() }

<# A stored record (hashtables from JSON) as the object a real cmdlet returns. #>
function ConvertTo-StubObject($value) {
    if ($null -eq $value) { return $null }
    if ($value -is [Collections.IDictionary]) {
        $o = [ordered]@{}
        foreach ($k in $value.Keys) { $o[[string] $k] = ConvertTo-StubObject $value[$k] }
        return [pscustomobject] $o
    }
    if ($value -is [string] -or $value -is [ValueType]) { return $value }
    if ($value -is [Collections.IEnumerable]) { return , @(foreach ($v in $value) { ConvertTo-StubObject $v }) }
    return $value
}

<# Input of a script (hashtables, objects, arrays) as stored data, keys starting upper case. #>
function ConvertTo-StubData($value) {
    if ($null -eq $value) { return $null }
    if ($value -is [Collections.IDictionary]) {
        $h = @{}
        foreach ($k in $value.Keys) { $name = [string] $k; $h[$name.Substring(0, 1).ToUpperInvariant() + $name.Substring(1)] = ConvertTo-StubData $value[$k] }
        return $h
    }
    if ($value -is [string] -or $value -is [ValueType]) { return $value }
    if ($value -is [Collections.IEnumerable]) { return , @(foreach ($v in $value) { ConvertTo-StubData $v }) }
    if ($value -is [psobject] -and $value.PSObject.Properties.Name) {
        $h = @{}
        foreach ($p in $value.PSObject.Properties) { $h[$p.Name] = ConvertTo-StubData $p.Value }
        return $h
    }
    return $value
}

<# The small OData $filter subset the scripts use: prop eq 'value' [and prop eq 'value' ...]. #>
function Test-StubFilter([string] $Filter, $Record) {
    $clauses = $Filter -split '\s+and\s+'
    foreach ($c in $clauses) {
        if ($c -notmatch "^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$") { throw [ArgumentException]::new("Invalid filter clause: $Filter") }
        $prop = $Matches[1]
        $want = $Matches[2] -replace "''", "'"
        # Property names are case-insensitive in Graph (JSON hashtables here are not).
        $key = @($Record.Keys | Where-Object { $_ -eq $prop })
        if (-not $key) { throw [ArgumentException]::new("Invalid filter clause: property '$prop' does not exist.") }
        # Graph compares these values case-insensitively.
        if ([string] $Record[$key[0]] -ne $want) { return $false }
    }
    return $true
}

Export-ModuleMember -Function New-StubFunctionText, Get-StubState, Get-StubTenant, Save-StubTenant, Complete-StubRun, Invoke-StubCallIn, New-StubGuid, ConvertTo-StubObject, ConvertTo-StubData, Test-StubFilter
