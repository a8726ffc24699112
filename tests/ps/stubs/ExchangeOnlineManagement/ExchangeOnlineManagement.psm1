# Stand-in for the ExchangeOnlineManagement module in tests: every cmdlet the generated
# scripts use, with exactly the parameter sets of Microsoft's cmdlet reference
# (syntax.psd1), answering from and changing the in-memory tenant of TenantStub. Behaviours
# the scripts depend on follow the reference; each is named where it is implemented.
Import-Module (Join-Path $PSScriptRoot '..' 'TenantStub' 'TenantStub.psm1')
# The functions with Microsoft's parameter sets (generated from syntax.psd1).
. (Join-Path $PSScriptRoot 'functions.ps1')

function Invoke-StubCall([string] $Cmdlet, [string] $Set, [hashtable] $Bound) {
    Invoke-StubCallIn $script:Impl $Cmdlet $Set $Bound 'Exchange'
}

function Exo { return (Get-StubTenant).Exchange }

# Exchange cmdlets exist only after Connect-ExchangeOnline (the module loads them from the service).
function Assert-Connected([string] $Cmdlet) {
    if (-not (Get-StubState).Connected.Exchange) {
        throw [System.Management.Automation.CommandNotFoundException]::new("The term '$Cmdlet' is not recognized as a name of a cmdlet: connect with Connect-ExchangeOnline first.")
    }
}

# (Loops rather than Where-Object: a script with 200 mailboxes makes over a thousand calls.)
function Find-Principal([string] $Id) {
    if (-not $Id) { return @() }
    $out = [Collections.Generic.List[object]]::new()
    foreach ($sp in (Exo).ServicePrincipals) { if ($Id -eq $sp.Identity -or $Id -eq $sp.AppId -or $Id -eq $sp.ObjectId -or $Id -eq $sp.DisplayName -or $Id -eq $sp.Name) { $out.Add($sp) } }
    return $out.ToArray()
}

function Find-Mailbox([string] $Id) {
    if (-not $Id) { return $null }
    foreach ($m in (Exo).Mailboxes) { if ($Id -eq $m.Identity -or $Id -eq $m.PrimarySmtpAddress -or $Id -eq $m.Name -or $Id -eq $m['Alias']) { return $m } }
    return $null
}

function Find-Entry($List, [string] $Identity, [string] $Key, [string] $Value) {
    foreach ($e in $List) { if ($e.Identity -eq $Identity -and $e[$Key] -eq $Value) { return $e } }
    return $null
}

# A security principal for -User / -Trustee: a service principal or a mailbox user.
function Resolve-Trustee([string] $Id) {
    $sp = @(Find-Principal $Id)
    if ($sp.Count -eq 1) { return $sp[0].Identity }
    $mb = Find-Mailbox $Id
    if ($mb) { return $mb.Identity }
    return $null
}

function Write-NotFound([string] $Id) {
    Write-Error -Message "The operation couldn't be performed because object '$Id' couldn't be found on 'stub.contoso.onmicrosoft.com'." -ErrorId 'ManagementObjectNotFoundException' -Category ObjectNotFound
}

# Destructive and Send As cmdlets have a built-in pause: without -Confirm:$false a script
# stops at a prompt (the reference: "use this exact syntax: -Confirm:$false").
function Assert-NoPrompt([hashtable] $Bound, [string] $Cmdlet) {
    if (-not ($Bound.ContainsKey('Confirm') -and -not $Bound['Confirm'])) {
        throw "$Cmdlet asks for confirmation (built-in pause): a script must pass -Confirm:`$false."
    }
}

function Out-Principal($sp) { ConvertTo-StubObject $sp }

function Out-Mailbox($m) {
    [pscustomobject]@{
        Name = $m.Name
        PrimarySmtpAddress = $m.PrimarySmtpAddress
        ImapEnabled = if ($m.ContainsKey('ImapEnabled')) { $m.ImapEnabled } else { $true }
        SmtpClientAuthenticationDisabled = if ($m.ContainsKey('SmtpClientAuthenticationDisabled')) { $m.SmtpClientAuthenticationDisabled } else { $null }
    }
}

# OPATH recipient filters, as far as management scopes use them: Property -eq 'value'
# (text in single quotes, a quote inside doubled), joined by -and / -or, with parentheses.
function Test-Opath([string] $Filter, $Mailbox) {
    $tokens = [regex]::Matches($Filter, "\s*(\(|\)|-and\b|-or\b|-eq\b|-ne\b|'(?:[^']|'')*'|[A-Za-z][\w]*)") | ForEach-Object { $_.Groups[1].Value }
    $rest = $Filter -replace "\s*(\(|\)|-and\b|-or\b|-eq\b|-ne\b|'(?:[^']|'')*'|[A-Za-z][\w]*)", ''
    if ($rest.Trim()) { throw [ArgumentException]::new("Invalid filter syntax: '$Filter'") }
    $script:opath = @($tokens)
    $script:opos = 0
    $result = Read-OpathOr $Mailbox
    if ($script:opos -ne $script:opath.Count) { throw [ArgumentException]::new("Invalid filter syntax: '$Filter'") }
    return $result
}
function Read-OpathOr($m) {
    $v = Read-OpathAnd $m
    while ($script:opos -lt $script:opath.Count -and $script:opath[$script:opos] -eq '-or') { $script:opos++; $r = Read-OpathAnd $m; $v = $v -or $r }
    return $v
}
function Read-OpathAnd($m) {
    $v = Read-OpathTerm $m
    while ($script:opos -lt $script:opath.Count -and $script:opath[$script:opos] -eq '-and') { $script:opos++; $r = Read-OpathTerm $m; $v = $v -and $r }
    return $v
}
function Read-OpathTerm($m) {
    if ($script:opos -ge $script:opath.Count) { throw [ArgumentException]::new('Invalid filter syntax: unexpected end') }
    if ($script:opath[$script:opos] -eq '(') {
        $script:opos++
        $v = Read-OpathOr $m
        if ($script:opath[$script:opos] -ne ')') { throw [ArgumentException]::new('Invalid filter syntax: ) expected') }
        $script:opos++
        return $v
    }
    $prop = $script:opath[$script:opos]
    $op = $script:opath[$script:opos + 1]
    $lit = $script:opath[$script:opos + 2]
    if ($op -notin '-eq', '-ne' -or -not $lit -or -not $lit.StartsWith("'")) { throw [ArgumentException]::new("Invalid filter syntax near '$prop'") }
    $script:opos += 3
    $value = $lit.Substring(1, $lit.Length - 2).Replace("''", "'")
    $known = @('PrimarySmtpAddress', 'Alias', 'Name', 'MemberOfGroup') + (1..15 | ForEach-Object { "CustomAttribute$_" })
    if ($prop -notin $known) { throw [ArgumentException]::new("'$prop' is not a recognized filterable property.") }
    $actual = if ($prop -eq 'MemberOfGroup') {
        @((Exo).Groups | Where-Object { $_.Members -contains $m.PrimarySmtpAddress } | ForEach-Object { $_.DistinguishedName })
    } elseif ($m.ContainsKey($prop)) { @($m[$prop]) } else { @() }
    $match = [bool] ($actual | Where-Object { $_ -eq $value })
    if ($op -eq '-eq') { return $match } else { return -not $match }
}

$script:Impl = @{
    'Connect-ExchangeOnline' = {
        param($b, $set)
        if ($b.ContainsKey('Organization') -and $b.Organization -notmatch '^[^.]+\.onmicrosoft\.com$') {
            # "A valid value for this parameter is the primary .onmicrosoft.com domain of the organization."
            throw [ArgumentException]::new("Connect-ExchangeOnline: '$($b.Organization)' is not the primary .onmicrosoft.com domain of an organization.")
        }
        (Get-StubState).Connected.Exchange = @{ UserPrincipalName = $b['UserPrincipalName']; Organization = $b['Organization'] }
    }
    'Disconnect-ExchangeOnline' = {
        param($b, $set)
        Assert-NoPrompt $b 'Disconnect-ExchangeOnline'
        (Get-StubState).Connected.Exchange = $null
    }
    'Get-ServicePrincipal' = {
        param($b, $set)
        Assert-Connected 'Get-ServicePrincipal'
        $found = @(Find-Principal $b['Identity'])
        # "The value $null or a non-existent value for the Identity parameter returns all
        # objects as if you ran the Get- command without the Identity parameter."
        if ($found.Count -eq 0) { $found = @((Exo).ServicePrincipals) }
        foreach ($sp in $found) { Out-Principal $sp }
    }
    'New-ServicePrincipal' = {
        param($b, $set)
        Assert-Connected 'New-ServicePrincipal'
        if (@((Exo).ServicePrincipals | Where-Object { $_.AppId -eq $b.AppId }).Count) {
            throw [InvalidOperationException]::new("A service principal with AppId $($b.AppId) already exists.")
        }
        $id = New-StubGuid
        $sp = @{ Identity = $id; Name = $id; AppId = $b.AppId; ObjectId = $b.ObjectId; DisplayName = if ($b.ContainsKey('DisplayName')) { $b.DisplayName } else { '' } }
        (Exo).ServicePrincipals.Add($sp)
        Out-Principal $sp
    }
    'Remove-ServicePrincipal' = {
        param($b, $set)
        Assert-Connected 'Remove-ServicePrincipal'
        Assert-NoPrompt $b 'Remove-ServicePrincipal'
        $found = @(Find-Principal $b.Identity)
        if ($found.Count -ne 1) { Write-NotFound $b.Identity; return }
        $null = (Exo).ServicePrincipals.Remove($found[0])
    }
    'Add-MailboxPermission' = {
        param($b, $set)
        Assert-Connected 'Add-MailboxPermission'
        if ($set -ne 'AccessRights') { throw "stub: Add-MailboxPermission set $set is not implemented" }
        $m = Find-Mailbox $b.Identity
        if (-not $m) { Write-NotFound $b.Identity; return }
        $user = Resolve-Trustee $b.User
        if (-not $user) { Write-Error -Message "The user or group '$($b.User)' couldn't be found." -ErrorId 'ManagementObjectNotFoundException' -Category ObjectNotFound; return }
        $entry = Find-Entry (Exo).MailboxPermissions $m.Identity 'User' $user
        if (-not $entry) {
            $entry = @{ Identity = $m.Identity; User = $user; AccessRights = @(); IsInherited = $false; Deny = [bool] $b['Deny'] }
            (Exo).MailboxPermissions.Add($entry)
        }
        $entry.AccessRights = @(@($entry.AccessRights) + @($b.AccessRights) | Select-Object -Unique)
        ConvertTo-StubObject $entry
    }
    'Get-MailboxPermission' = {
        param($b, $set)
        Assert-Connected 'Get-MailboxPermission'
        $m = Find-Mailbox $b.Identity
        if (-not $m) { Write-NotFound $b.Identity; return }
        $self = @{ Identity = $m.Identity; User = 'NT AUTHORITY\SELF'; AccessRights = @('FullAccess', 'ReadPermission'); IsInherited = $false; Deny = $false }
        $entries = @($self) + @(foreach ($e in (Exo).MailboxPermissions) { if ($e.Identity -eq $m.Identity) { $e } })
        if ($b.ContainsKey('User')) {
            $user = Resolve-Trustee $b.User
            $entries = @($entries | Where-Object { $_.User -eq $user -or $_.User -eq $b.User })
        }
        foreach ($e in $entries) { ConvertTo-StubObject $e }
    }
    'Add-RecipientPermission' = {
        param($b, $set)
        Assert-Connected 'Add-RecipientPermission'
        Assert-NoPrompt $b 'Add-RecipientPermission'
        # "The only valid value for this parameter is SendAs."
        if (@($b.AccessRights | Where-Object { $_ -ne 'SendAs' }).Count) { throw [ArgumentException]::new("Add-RecipientPermission: AccessRights '$($b.AccessRights)': the only valid value is SendAs.") }
        $m = Find-Mailbox $b.Identity
        if (-not $m) { Write-NotFound $b.Identity; return }
        $trustee = Resolve-Trustee $b.Trustee
        if (-not $trustee) { Write-Error -Message "The trustee '$($b.Trustee)' couldn't be found." -ErrorId 'ManagementObjectNotFoundException' -Category ObjectNotFound; return }
        $entry = Find-Entry (Exo).RecipientPermissions $m.Identity 'Trustee' $trustee
        if (-not $entry) {
            $entry = @{ Identity = $m.Identity; Trustee = $trustee; AccessRights = @('SendAs'); AccessControlType = 'Allow'; IsInherited = $false }
            (Exo).RecipientPermissions.Add($entry)
        }
        ConvertTo-StubObject $entry
    }
    'Get-RecipientPermission' = {
        param($b, $set)
        Assert-Connected 'Get-RecipientPermission'
        $m = Find-Mailbox $b['Identity']
        # $null or a non-existent Identity returns all objects.
        $entries = if ($m) { @(foreach ($e in (Exo).RecipientPermissions) { if ($e.Identity -eq $m.Identity) { $e } }) } else { @((Exo).RecipientPermissions) }
        if ($b.ContainsKey('Trustee')) { $t = Resolve-Trustee $b.Trustee; $entries = @($entries | Where-Object { $_.Trustee -eq $t }) }
        foreach ($e in $entries) { ConvertTo-StubObject $e }
    }
    'Set-CASMailbox' = {
        param($b, $set)
        Assert-Connected 'Set-CASMailbox'
        $m = Find-Mailbox $b.Identity
        if (-not $m) { Write-NotFound $b.Identity; return }
        if ($b.ContainsKey('ImapEnabled')) { $m.ImapEnabled = $b.ImapEnabled }
        if ($b.ContainsKey('SmtpClientAuthenticationDisabled')) { $m.SmtpClientAuthenticationDisabled = $b.SmtpClientAuthenticationDisabled }
    }
    'Get-CASMailbox' = {
        param($b, $set)
        Assert-Connected 'Get-CASMailbox'
        $m = Find-Mailbox $b['Identity']
        # $null or a non-existent Identity returns all objects.
        $list = if ($m) { @($m) } else { @((Exo).Mailboxes) }
        foreach ($x in $list) { Out-Mailbox $x }
    }
    'New-ManagementScope' = {
        param($b, $set)
        Assert-Connected 'New-ManagementScope'
        if ($set -ne 'RecipientFilter') { throw [ArgumentException]::new("New-ManagementScope: the $set parameter set is available only in on-premises Exchange.") }
        if ($b.Name.Length -gt 64) { throw [ArgumentException]::new('New-ManagementScope: Name can be up to 64 characters.') }
        if (@((Exo).ManagementScopes | Where-Object { $_.Name -eq $b.Name }).Count) { throw [InvalidOperationException]::new("The management scope '$($b.Name)' already exists.") }
        # Checks the filter's syntax as the service does.
        $null = Test-Opath $b.RecipientRestrictionFilter @{ PrimarySmtpAddress = '' }
        $scope = @{ Name = $b.Name; RecipientRestrictionFilter = $b.RecipientRestrictionFilter; ScopeRestrictionType = 'RecipientScope'; Exclusive = [bool] $b['Exclusive'] }
        (Exo).ManagementScopes.Add($scope)
        ConvertTo-StubObject $scope
    }
    'Get-ManagementScope' = {
        param($b, $set)
        Assert-Connected 'Get-ManagementScope'
        $list = @((Exo).ManagementScopes)
        if ($b.ContainsKey('Identity')) {
            # The name of the scope; Example 1 uses a wildcard (Get-ManagementScope Redmond*).
            $list = @($list | Where-Object { $_.Name -like $b.Identity })
            if ($list.Count -eq 0) { Write-NotFound $b.Identity; return }
        }
        # $true: only exclusive scopes; $false: only regular ones (New-ManagementScope -Exclusive).
        if ($b.ContainsKey('Exclusive')) { $list = @($list | Where-Object { [bool] $_['Exclusive'] -eq $b.Exclusive }) }
        # -Orphan: only scopes no role assignment uses.
        if ($b['Orphan']) { $used = @((Exo).RoleAssignments | ForEach-Object { $_.CustomResourceScope }); $list = @($list | Where-Object { $used -notcontains $_.Name }) }
        foreach ($x in $list) { ConvertTo-StubObject $x }
    }
    'New-ManagementRoleAssignment' = {
        param($b, $set)
        Assert-Connected 'New-ManagementRoleAssignment'
        if ($b.Role -notlike 'Application *') { throw [ArgumentException]::new("If you use the App parameter, you can't specify user roles; '$($b.Role)' is not an application role.") }
        # -App: "the ObjectId GUID value from the output of the Get-ServicePrincipal cmdlet".
        $sp = @((Exo).ServicePrincipals | Where-Object { $_.ObjectId -eq $b.App -or $_.Identity -eq $b.App })
        if ($sp.Count -ne 1) { Write-NotFound $b.App; return }
        $scope = $null
        if ($b.ContainsKey('CustomResourceScope')) {
            $scope = (Exo).ManagementScopes | Where-Object { $_.Name -eq $b.CustomResourceScope } | Select-Object -First 1
            if (-not $scope) { Write-NotFound $b.CustomResourceScope; return }
        }
        $name = if ($b.ContainsKey('Name')) { $b.Name } else { "$($b.Role)-$($sp[0].ObjectId)".Substring(0, [Math]::Min(64, "$($b.Role)-$($sp[0].ObjectId)".Length)) }
        $a = @{ Name = $name; Role = $b.Role; RoleAssignee = $sp[0].Identity; App = $sp[0].ObjectId; CustomResourceScope = if ($scope) { $scope.Name } else { $null } }
        (Exo).RoleAssignments.Add($a)
        ConvertTo-StubObject $a
    }
    'Get-ManagementRoleAssignment' = {
        param($b, $set)
        Assert-Connected 'Get-ManagementRoleAssignment'
        $list = @((Exo).RoleAssignments)
        if ($b.ContainsKey('Role')) { $list = @($list | Where-Object { $_.Role -eq $b.Role }) }
        if ($b.ContainsKey('RoleAssignee')) { $sp = @(Find-Principal $b.RoleAssignee); $ids = @($sp | ForEach-Object { $_.Identity }); $list = @($list | Where-Object { $ids -contains $_.RoleAssignee }) }
        foreach ($a in $list) { ConvertTo-StubObject $a }
    }
    'Test-ServicePrincipalAuthorization' = {
        param($b, $set)
        Assert-Connected 'Test-ServicePrincipalAuthorization'
        $sp = @(Find-Principal $b.Identity)
        if ($sp.Count -ne 1) { Write-NotFound $b.Identity; return }
        $m = if ($b.ContainsKey('Resource')) { Find-Mailbox $b.Resource } else { $null }
        if ($b.ContainsKey('Resource') -and -not $m) { Write-NotFound $b.Resource; return }
        foreach ($a in @((Exo).RoleAssignments | Where-Object { $_.RoleAssignee -eq $sp[0].Identity })) {
            $scope = (Exo).ManagementScopes | Where-Object { $_.Name -eq $a.CustomResourceScope } | Select-Object -First 1
            $inScope = if (-not $m) { 'Not Run' } elseif ($scope) { Test-Opath $scope.RecipientRestrictionFilter $m } else { $true }
            [pscustomobject]@{
                RoleName = $a.Role
                GrantedPermissions = $a.Role -replace '^Application ', ''
                AllowedResourceScope = if ($scope) { $scope.Name } else { 'Organization' }
                ScopeType = if ($scope) { 'CustomRecipientScope' } else { 'Organization' }
                InScope = $inScope
            }
        }
    }
}

Export-ModuleMember -Function $StubCmdlets
