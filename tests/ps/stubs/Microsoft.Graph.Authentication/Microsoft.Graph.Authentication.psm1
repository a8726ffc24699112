# Stand-in for Microsoft.Graph.Authentication in tests: Connect-MgGraph, Disconnect-MgGraph and
# Get-MgContext with the parameter sets of Microsoft's reference (syntax.psd1), signing in to
# the in-memory tenant of TenantStub.
Import-Module (Join-Path $PSScriptRoot '..' 'TenantStub' 'TenantStub.psm1')
. (Join-Path $PSScriptRoot 'functions.ps1')

function Invoke-StubCall([string] $Cmdlet, [string] $Set, [hashtable] $Bound) {
    Invoke-StubCallIn $script:Impl $Cmdlet $Set $Bound $null
}

$script:Impl = @{
    'Connect-MgGraph' = {
        param($b, $set)
        $t = Get-StubTenant
        if ($b.ContainsKey('TenantId') -and $b.TenantId -notin @($t.TenantId, $t.Domain)) {
            throw [InvalidOperationException]::new("AADSTS90002: Tenant '$($b.TenantId)' not found.")
        }
        (Get-StubState).Connected.Graph = @{ TenantId = $t.TenantId; Scopes = @($b['Scopes']); Account = 'admin@' + $t.Domain }
        if (-not $b['NoWelcome']) { Write-Host 'Welcome to Microsoft Graph!' }
    }
    'Disconnect-MgGraph' = { param($b, $set) (Get-StubState).Connected.Graph = $null }
    'Get-MgContext' = {
        param($b, $set)
        $c = (Get-StubState).Connected.Graph
        if ($c) { [pscustomobject]@{ TenantId = $c.TenantId; Scopes = $c.Scopes; Account = $c.Account; AuthType = 'Delegated'; ContextScope = 'CurrentUser' } }
    }
}

Export-ModuleMember -Function $StubCmdlets
