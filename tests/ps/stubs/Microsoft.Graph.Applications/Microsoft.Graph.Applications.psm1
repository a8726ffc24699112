# Stand-in for Microsoft.Graph.Applications in tests: the cmdlets the setup script uses, with
# the parameter sets of Microsoft's reference (syntax.psd1), answering from and changing the
# in-memory tenant of TenantStub (applications, service principals, app role assignments).
Import-Module (Join-Path $PSScriptRoot '..' 'TenantStub' 'TenantStub.psm1')
. (Join-Path $PSScriptRoot 'functions.ps1')
. (Join-Path $PSScriptRoot '..' 'TenantStub' 'GraphCommon.ps1')

function Invoke-StubCall([string] $Cmdlet, [string] $Set, [hashtable] $Bound) {
    $area = if ($Cmdlet -like '*Application*' -and $Cmdlet -notlike '*AppRole*') { 'Applications' } elseif ($Cmdlet -like '*AppRoleAssignment') { 'AppRoleAssignments' } else { 'ServicePrincipals' }
    Invoke-StubCallIn $script:Impl $Cmdlet $Set $Bound $area
}

# Body properties an *Expanded set takes as parameters and the application stores.
$appProperties = 'DisplayName', 'SignInAudience', 'Web', 'RequiredResourceAccess', 'Spa', 'PublicClient', 'IdentifierUris', 'Api', 'Description', 'Notes', 'Tags'

function Find-App([string] $Id) { (Get-StubTenant).Applications | Where-Object { $_.Id -eq $Id } | Select-Object -First 1 }

<# A tenant's app management policy (tenantAppManagementPolicy / appManagementPolicy,
   restrictions.passwordCredentials) can forbid client secrets (restrictionType
   passwordAddition) or cap their lifetime (passwordLifetime, maxLifetime as an ISO 8601
   duration); then addPassword is refused with HTTP 400 and Graph's error response
   { "error": { "code": ..., "message": ... } }. The Graph PowerShell SDK turns that into a
   terminating error whose message carries the message, "Status: 400 (BadRequest)" and
   "ErrorCode: <code>", and whose FullyQualifiedErrorId starts with the code. The tenant's
   SecretPolicy: @{ PasswordAddition = $true } and/or @{ PasswordLifetime = 'P90D' }. #>
function Assert-SecretPolicy($Credential) {
    $t = Get-StubTenant
    if (-not $t.ContainsKey('SecretPolicy') -or -not $t.SecretPolicy) { return }
    $policy = $t.SecretPolicy
    $refusal = $null
    if ($policy['PasswordAddition']) {
        $refusal = @('CredentialTypeNotAllowedAsPerAppPolicy', 'Credential type not allowed as per assigned policy.')
    } elseif ($policy['PasswordLifetime']) {
        $max = [Xml.XmlConvert]::ToTimeSpan([string] $policy['PasswordLifetime'])
        # Without an end date, Entra gives a secret two years.
        $end = if ($Credential -and $Credential['EndDateTime']) { ([datetime] $Credential['EndDateTime']).ToUniversalTime() } else { [DateTime]::UtcNow.AddYears(2) }
        if ($end - [DateTime]::UtcNow -gt $max) { $refusal = @('CredentialInvalidLifetimeAsPerAppPolicy', 'Credential lifetime exceeds the max value allowed as per assigned policy.') }
    }
    if (-not $refusal) { return }
    $message = $refusal[1] + "`r`n`r`nStatus: 400 (BadRequest)`r`nErrorCode: " + $refusal[0]
    throw [Management.Automation.ErrorRecord]::new([InvalidOperationException]::new($message), $refusal[0] + ',Microsoft.Graph.PowerShell.Cmdlets.AddMgApplicationPassword_AddExpanded', 'InvalidOperation', $null)
}

$script:Impl = @{
    'Get-MgApplication' = {
        param($b, $set)
        Assert-Graph
        if ($set -eq 'Get') {
            $app = Find-App $b.ApplicationId
            if (-not $app) { Throw-NotFound 'application' $b.ApplicationId }
            return ConvertTo-StubObject $app
        }
        if ($set -ne 'List') { throw "stub: Get-MgApplication set $set is not implemented" }
        Select-Filtered (Get-StubTenant).Applications $b
    }
    'New-MgApplication' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'CreateExpanded') { throw "stub: New-MgApplication set $set is not implemented" }
        $app = @{ Id = New-StubGuid; AppId = New-StubGuid; DisplayName = $null; SignInAudience = 'AzureADMyOrg'; PasswordCredentials = @(); RequiredResourceAccess = @(); Web = @{ RedirectUris = @(); ImplicitGrantSettings = @{ EnableIdTokenIssuance = $false; EnableAccessTokenIssuance = $false } } }
        foreach ($p in $appProperties) { if ($b.ContainsKey($p)) { $app[$p] = ConvertTo-StubData $b[$p] } }
        (Get-StubTenant).Applications.Add($app)
        ConvertTo-StubObject $app
    }
    'Update-MgApplication' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'UpdateExpanded') { throw "stub: Update-MgApplication set $set is not implemented" }
        $app = Find-App $b.ApplicationId
        if (-not $app) { Throw-NotFound 'application' $b.ApplicationId }
        # PATCH: each given property replaces the stored one.
        foreach ($p in $appProperties) { if ($b.ContainsKey($p)) { $app[$p] = ConvertTo-StubData $b[$p] } }
    }
    'Add-MgApplicationPassword' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'AddExpanded') { throw "stub: Add-MgApplicationPassword set $set is not implemented" }
        $app = Find-App $b.ApplicationId
        if (-not $app) { Throw-NotFound 'application' $b.ApplicationId }
        $given = ConvertTo-StubData $b['PasswordCredential']
        Assert-SecretPolicy $given
        $secret = -join ((1..40) | ForEach-Object { [char] (Get-Random -Minimum 97 -Maximum 123) })
        $cred = @{ KeyId = New-StubGuid; DisplayName = $given['DisplayName']; StartDateTime = [DateTime]::UtcNow; EndDateTime = if ($given['EndDateTime']) { [datetime] $given['EndDateTime'] } else { [DateTime]::UtcNow.AddYears(2) }; Hint = $secret.Substring(0, 3) }
        $app.PasswordCredentials = @(@($app.PasswordCredentials) + $cred)
        $out = ConvertTo-StubObject $cred
        # "The generated password value is only returned during the initial POST request."
        $out | Add-Member -NotePropertyName SecretText -NotePropertyValue $secret -PassThru
    }
    'Get-MgServicePrincipal' = {
        param($b, $set)
        Assert-Graph
        if ($set -eq 'Get') {
            $sp = (Get-StubTenant).ServicePrincipals | Where-Object { $_.Id -eq $b.ServicePrincipalId } | Select-Object -First 1
            if (-not $sp) { Throw-NotFound 'servicePrincipal' $b.ServicePrincipalId }
            return ConvertTo-StubObject $sp
        }
        Select-Filtered (Get-StubTenant).ServicePrincipals $b
    }
    'New-MgServicePrincipal' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'CreateExpanded') { throw "stub: New-MgServicePrincipal set $set is not implemented" }
        $t = Get-StubTenant
        $app = $t.Applications | Where-Object { $_.AppId -eq $b['AppId'] } | Select-Object -First 1
        if (-not $app) { throw [InvalidOperationException]::new("The appId '$($b['AppId'])' of the service principal does not reference a valid application object.") }
        if ($t.ServicePrincipals | Where-Object { $_.AppId -eq $b.AppId }) { throw [InvalidOperationException]::new('Another object with the same value for property servicePrincipalNames already exists.') }
        $sp = @{ Id = New-StubGuid; AppId = $b.AppId; DisplayName = $app.DisplayName; AppRoles = @() }
        $t.ServicePrincipals.Add($sp)
        ConvertTo-StubObject $sp
    }
    'Get-MgServicePrincipalAppRoleAssignment' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'List') { throw "stub: Get-MgServicePrincipalAppRoleAssignment set $set is not implemented" }
        # The app roles granted TO this service principal (PrincipalId = the one queried).
        Select-Filtered @((Get-StubTenant).AppRoleAssignments | Where-Object { $_.PrincipalId -eq $b.ServicePrincipalId }) $b
    }
    'New-MgServicePrincipalAppRoleAssignment' = {
        param($b, $set)
        Assert-Graph
        if ($set -ne 'CreateExpanded') { throw "stub: New-MgServicePrincipalAppRoleAssignment set $set is not implemented" }
        $t = Get-StubTenant
        foreach ($required in 'PrincipalId', 'ResourceId', 'AppRoleId') {
            # "Required on create", though optional at the cmdlet level: the API refuses it.
            if (-not $b.ContainsKey($required)) { throw [InvalidOperationException]::new("[Request_BadRequest] : $required is required.") }
        }
        $resource = $t.ServicePrincipals | Where-Object { $_.Id -eq $b.ResourceId } | Select-Object -First 1
        if (-not $resource) { Throw-NotFound 'servicePrincipal' $b.ResourceId }
        if (@($resource.AppRoles).Count -and -not (@($resource.AppRoles) | Where-Object { $_.Id -eq $b.AppRoleId })) { throw [InvalidOperationException]::new('[Request_BadRequest] : Permission being assigned was not found on application.') }
        if ($t.AppRoleAssignments | Where-Object { $_.PrincipalId -eq $b.PrincipalId -and $_.ResourceId -eq $b.ResourceId -and $_.AppRoleId -eq $b.AppRoleId }) {
            throw [InvalidOperationException]::new('[Request_BadRequest] : Permission being assigned already exists on the object.')
        }
        $a = @{ Id = New-StubGuid; PrincipalId = $b.PrincipalId; ResourceId = $b.ResourceId; AppRoleId = $b.AppRoleId; PrincipalType = 'ServicePrincipal' }
        $t.AppRoleAssignments.Add($a)
        ConvertTo-StubObject $a
    }
}

Export-ModuleMember -Function $StubCmdlets
