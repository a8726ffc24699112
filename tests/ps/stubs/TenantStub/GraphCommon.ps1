# Shared by the Microsoft Graph stub modules (dot-sourced): sign-in check, errors, lookups.

# Every Graph cmdlet needs a session: "Authentication needed. Please call Connect-MgGraph."
function Assert-Graph {
    if (-not (Get-StubState).Connected.Graph) { throw [InvalidOperationException]::new('Authentication needed. Please call Connect-MgGraph.') }
}

# Graph answers a missing object with Request_ResourceNotFound (HTTP 404).
function Throw-NotFound([string] $What, [string] $Id) {
    throw [InvalidOperationException]::new("[Request_ResourceNotFound] : Resource '$Id' does not exist or one of its queried reference-property objects are not present. ($What)")
}

function Select-Filtered($Records, $Bound) {
    $list = @($Records)
    if ($Bound.ContainsKey('Filter')) { $list = @($list | Where-Object { Test-StubFilter $Bound.Filter $_ }) }
    # Without -All a list returns the first page (100 objects by default).
    if (-not $Bound['All']) { $list = @($list | Select-Object -First $(if ($Bound.ContainsKey('Top')) { $Bound.Top } else { 100 })) }
    foreach ($r in $list) { ConvertTo-StubObject $r }
}
