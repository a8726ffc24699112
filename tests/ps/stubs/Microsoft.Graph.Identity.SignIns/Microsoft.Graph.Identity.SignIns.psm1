# Stand-in for Microsoft.Graph.Identity.SignIns in tests: the delegated permission grant
# cmdlets, with the parameter sets of Microsoft's reference (syntax.psd1), on the in-memory
# tenant of TenantStub.
Import-Module (Join-Path $PSScriptRoot '..' 'TenantStub' 'TenantStub.psm1')
. (Join-Path $PSScriptRoot 'functions.ps1')
. (Join-Path $PSScriptRoot '..' 'TenantStub' 'GraphCommon.ps1')

function Invoke-StubCall([string] $Cmdlet, [string] $Set, [hashtable] $Bound) {
    Invoke-StubCallIn $script:Impl $Cmdlet $Set $Bound 'OAuth2PermissionGrants'
}

$script:Impl = @{
    'Get-MgOauth2PermissionGrant' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'List') { throw "stub: Get-MgOauth2PermissionGrant set $set is not implemented" }
        Select-Filtered (Get-StubTenant).OAuth2PermissionGrants $b
    }
    'New-MgOauth2PermissionGrant' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'CreateExpanded') { throw "stub: New-MgOauth2PermissionGrant set $set is not implemented" }
        $t = Get-StubTenant
        if ($b['ConsentType'] -notin 'AllPrincipals', 'Principal') { throw [InvalidOperationException]::new('[Request_BadRequest] : consentType must be AllPrincipals or Principal.') }
        if ($b.ConsentType -eq 'Principal' -and -not $b['PrincipalId']) { throw [InvalidOperationException]::new('[Request_BadRequest] : principalId is required when consentType is Principal.') }
        if (-not ($t.ServicePrincipals | Where-Object { $_.Id -eq $b['ClientId'] })) { Throw-NotFound 'servicePrincipal' $b['ClientId'] }
        if (-not ($t.ServicePrincipals | Where-Object { $_.Id -eq $b['ResourceId'] })) { Throw-NotFound 'servicePrincipal' $b['ResourceId'] }
        if ($t.OAuth2PermissionGrants | Where-Object { $_.ClientId -eq $b.ClientId -and $_.ResourceId -eq $b.ResourceId -and $_.ConsentType -eq $b.ConsentType -and $_.PrincipalId -eq $b['PrincipalId'] }) {
            throw [InvalidOperationException]::new('[Request_BadRequest] : Permission entry already exists.')
        }
        if ([string] $b['Scope'] -and ([string] $b.Scope).Length -gt 3850) { throw [InvalidOperationException]::new('[Request_BadRequest] : scope must not exceed 3,850 characters.') }
        $g = @{ Id = New-StubGuid; ClientId = $b.ClientId; ConsentType = $b.ConsentType; PrincipalId = $b['PrincipalId']; ResourceId = $b.ResourceId; Scope = [string] $b['Scope'] }
        $t.OAuth2PermissionGrants.Add($g)
        ConvertTo-StubObject $g
    }
    'Update-MgOauth2PermissionGrant' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'UpdateExpanded') { throw "stub: Update-MgOauth2PermissionGrant set $set is not implemented" }
        $g = (Get-StubTenant).OAuth2PermissionGrants | Where-Object { $_.Id -eq $b.OAuth2PermissionGrantId } | Select-Object -First 1
        if (-not $g) { Throw-NotFound 'oAuth2PermissionGrant' $b.OAuth2PermissionGrantId }
        # The scope string replaces the grant's scopes.
        if ($b.ContainsKey('Scope')) { $g.Scope = $b.Scope }
    }
}

Export-ModuleMember -Function $StubCmdlets
