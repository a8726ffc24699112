# Parameter sets of the stubbed cmdlets: the SYNTAX blocks of Microsoft's cmdlet reference,
# copied verbatim (tests/ps/stubs/TenantStub turns each into a function with exactly these
# parameters). Sources: MicrosoftDocs/microsoftgraph-docs-powershell microsoftgraph/graph-powershell-1.0/Microsoft.Graph.Identity.SignIns/<Cmdlet>.md (ms.date 01/30/2026).
@{
    'Get-MgOauth2PermissionGrant' = @{
        Default = 'List'
        Sets = @{
            'List' = @'
Get-MgOauth2PermissionGrant [-ExpandProperty <string[]>] [-Property <string[]>] [-Filter <string>]
 [-Search <string>] [-Skip <int>] [-Sort <string[]>] [-Top <int>]
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-PageSize <int>] [-All]
 [-CountVariable <string>] [<CommonParameters>]
'@
            'Get' = @'
Get-MgOauth2PermissionGrant -OAuth2PermissionGrantId <string> [-ExpandProperty <string[]>]
 [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
            'GetViaIdentity' = @'
Get-MgOauth2PermissionGrant -InputObject <IIdentitySignInsIdentity> [-ExpandProperty <string[]>]
 [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
        }
    }
    'New-MgOauth2PermissionGrant' = @{
        Default = 'CreateExpanded'
        Sets = @{
            'CreateExpanded' = @'
New-MgOauth2PermissionGrant [-ResponseHeadersVariable <string>] [-AdditionalProperties <hashtable>]
 [-ClientId <string>] [-ConsentType <string>] [-Id <string>] [-PrincipalId <string>]
 [-ResourceId <string>] [-Scope <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'Create' = @'
New-MgOauth2PermissionGrant -BodyParameter <IMicrosoftGraphOAuth2PermissionGrant>
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
        }
    }
    'Update-MgOauth2PermissionGrant' = @{
        Default = 'UpdateExpanded'
        Sets = @{
            'UpdateExpanded' = @'
Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId <string> [-ResponseHeadersVariable <string>]
 [-AdditionalProperties <hashtable>] [-ClientId <string>] [-ConsentType <string>] [-Id <string>]
 [-PrincipalId <string>] [-ResourceId <string>] [-Scope <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'Update' = @'
Update-MgOauth2PermissionGrant -OAuth2PermissionGrantId <string>
 -BodyParameter <IMicrosoftGraphOAuth2PermissionGrant> [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'UpdateViaIdentityExpanded' = @'
Update-MgOauth2PermissionGrant -InputObject <IIdentitySignInsIdentity>
 [-ResponseHeadersVariable <string>] [-AdditionalProperties <hashtable>] [-ClientId <string>]
 [-ConsentType <string>] [-Id <string>] [-PrincipalId <string>] [-ResourceId <string>]
 [-Scope <string>] [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'UpdateViaIdentity' = @'
Update-MgOauth2PermissionGrant -InputObject <IIdentitySignInsIdentity>
 -BodyParameter <IMicrosoftGraphOAuth2PermissionGrant> [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
        }
    }
}
