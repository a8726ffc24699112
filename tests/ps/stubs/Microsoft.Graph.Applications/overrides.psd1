# -ApplicationId has the alias ObjectId (reference, PARAMETERS); -ServicePrincipalId has none.
# The aliases every Get- cmdlet shares (Expand, Select, OrderBy, Limit, CV, RHV) are added
# to every Microsoft Graph stub by TenantStub.
@{
    'Get-MgApplication' = @{ Aliases = @{ ApplicationId = @('ObjectId') } }
    'Update-MgApplication' = @{ Aliases = @{ ApplicationId = @('ObjectId') } }
    'Add-MgApplicationPassword' = @{ Aliases = @{ ApplicationId = @('ObjectId') } }
}
