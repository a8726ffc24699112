# Parameter sets of the stubbed cmdlets: the SYNTAX blocks of Microsoft's cmdlet reference,
# copied verbatim (tests/ps/stubs/TenantStub turns each into a function with exactly these
# parameters). Sources: MicrosoftDocs/microsoftgraph-docs-powershell microsoftgraph/graph-powershell-1.0/Microsoft.Graph.Applications/<Cmdlet>.md (ms.date 01/30/2026).
@{
    'Get-MgApplication' = @{
        Default = 'List'
        Sets = @{
            'List' = @'
Get-MgApplication [-ExpandProperty <string[]>] [-Property <string[]>] [-Filter <string>]
 [-Search <string>] [-Skip <int>] [-Sort <string[]>] [-Top <int>] [-ConsistencyLevel <string>]
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-PageSize <int>] [-All]
 [-CountVariable <string>] [<CommonParameters>]
'@
            'Get' = @'
Get-MgApplication -ApplicationId <string> [-ExpandProperty <string[]>] [-Property <string[]>]
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
            'GetViaIdentity' = @'
Get-MgApplication -InputObject <IApplicationsIdentity> [-ExpandProperty <string[]>]
 [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
        }
    }
    'New-MgApplication' = @{
        Default = 'CreateExpanded'
        Sets = @{
            'CreateExpanded' = @'
New-MgApplication [-ResponseHeadersVariable <string>] [-AddIns <IMicrosoftGraphAddIn[]>]
 [-AdditionalProperties <hashtable>] [-Api <IMicrosoftGraphApiApplication>] [-AppId <string>]
 [-AppManagementPolicies <IMicrosoftGraphAppManagementPolicy[]>]
 [-AppRoles <IMicrosoftGraphAppRole[]>] [-ApplicationTemplateId <string>]
 [-AuthenticationBehaviors <IMicrosoftGraphAuthenticationBehaviors>]
 [-Certification <IMicrosoftGraphCertification>] [-CreatedDateTime <datetime>]
 [-CreatedOnBehalfOf <IMicrosoftGraphDirectoryObject>] [-DefaultRedirectUri <string>]
 [-DeletedDateTime <datetime>] [-Description <string>] [-DisabledByMicrosoftStatus <string>]
 [-DisplayName <string>] [-ExtensionProperties <IMicrosoftGraphExtensionProperty[]>]
 [-FederatedIdentityCredentials <IMicrosoftGraphFederatedIdentityCredential[]>]
 [-GroupMembershipClaims <string>]
 [-HomeRealmDiscoveryPolicies <IMicrosoftGraphHomeRealmDiscoveryPolicy[]>] [-Id <string>]
 [-IdentifierUris <string[]>] [-Info <IMicrosoftGraphInformationalUrl>] [-IsDeviceOnlyAuthSupported]
 [-IsFallbackPublicClient] [-KeyCredentials <IMicrosoftGraphKeyCredential[]>]
 [-LogoInputFile <string>] [-NativeAuthenticationApisEnabled <string>] [-Notes <string>]
 [-Oauth2RequirePostResponse] [-OptionalClaims <IMicrosoftGraphOptionalClaims>]
 [-Owners <IMicrosoftGraphDirectoryObject[]>]
 [-ParentalControlSettings <IMicrosoftGraphParentalControlSettings>]
 [-PasswordCredentials <IMicrosoftGraphPasswordCredential[]>]
 [-PublicClient <IMicrosoftGraphPublicClientApplication>] [-PublisherDomain <string>]
 [-RequestSignatureVerification <IMicrosoftGraphRequestSignatureVerification>]
 [-RequiredResourceAccess <IMicrosoftGraphRequiredResourceAccess[]>] [-SamlMetadataUrl <string>]
 [-ServiceManagementReference <string>]
 [-ServicePrincipalLockConfiguration <IMicrosoftGraphServicePrincipalLockConfiguration>]
 [-SignInAudience <string>] [-Spa <IMicrosoftGraphSpaApplication>]
 [-Synchronization <IMicrosoftGraphSynchronization>] [-Tags <string[]>]
 [-TokenEncryptionKeyId <string>] [-TokenIssuancePolicies <IMicrosoftGraphTokenIssuancePolicy[]>]
 [-TokenLifetimePolicies <IMicrosoftGraphTokenLifetimePolicy[]>] [-UniqueName <string>]
 [-VerifiedPublisher <IMicrosoftGraphVerifiedPublisher>] [-Web <IMicrosoftGraphWebApplication>]
 [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'Create' = @'
New-MgApplication -BodyParameter <IMicrosoftGraphApplication> [-ResponseHeadersVariable <string>]
 [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
        }
    }
    'Update-MgApplication' = @{
        Default = 'UpdateExpanded'
        Sets = @{
            'UpdateExpanded' = @'
Update-MgApplication -ApplicationId <string> [-ResponseHeadersVariable <string>]
 [-AddIns <IMicrosoftGraphAddIn[]>] [-AdditionalProperties <hashtable>]
 [-Api <IMicrosoftGraphApiApplication>] [-AppId <string>]
 [-AppManagementPolicies <IMicrosoftGraphAppManagementPolicy[]>]
 [-AppRoles <IMicrosoftGraphAppRole[]>] [-ApplicationTemplateId <string>]
 [-AuthenticationBehaviors <IMicrosoftGraphAuthenticationBehaviors>]
 [-Certification <IMicrosoftGraphCertification>] [-CreatedDateTime <datetime>]
 [-CreatedOnBehalfOf <IMicrosoftGraphDirectoryObject>] [-DefaultRedirectUri <string>]
 [-DeletedDateTime <datetime>] [-Description <string>] [-DisabledByMicrosoftStatus <string>]
 [-DisplayName <string>] [-ExtensionProperties <IMicrosoftGraphExtensionProperty[]>]
 [-FederatedIdentityCredentials <IMicrosoftGraphFederatedIdentityCredential[]>]
 [-GroupMembershipClaims <string>]
 [-HomeRealmDiscoveryPolicies <IMicrosoftGraphHomeRealmDiscoveryPolicy[]>] [-Id <string>]
 [-IdentifierUris <string[]>] [-Info <IMicrosoftGraphInformationalUrl>] [-IsDeviceOnlyAuthSupported]
 [-IsFallbackPublicClient] [-KeyCredentials <IMicrosoftGraphKeyCredential[]>]
 [-LogoInputFile <string>] [-NativeAuthenticationApisEnabled <string>] [-Notes <string>]
 [-Oauth2RequirePostResponse] [-OptionalClaims <IMicrosoftGraphOptionalClaims>]
 [-Owners <IMicrosoftGraphDirectoryObject[]>]
 [-ParentalControlSettings <IMicrosoftGraphParentalControlSettings>]
 [-PasswordCredentials <IMicrosoftGraphPasswordCredential[]>]
 [-PublicClient <IMicrosoftGraphPublicClientApplication>] [-PublisherDomain <string>]
 [-RequestSignatureVerification <IMicrosoftGraphRequestSignatureVerification>]
 [-RequiredResourceAccess <IMicrosoftGraphRequiredResourceAccess[]>] [-SamlMetadataUrl <string>]
 [-ServiceManagementReference <string>]
 [-ServicePrincipalLockConfiguration <IMicrosoftGraphServicePrincipalLockConfiguration>]
 [-SignInAudience <string>] [-Spa <IMicrosoftGraphSpaApplication>]
 [-Synchronization <IMicrosoftGraphSynchronization>] [-Tags <string[]>]
 [-TokenEncryptionKeyId <string>] [-TokenIssuancePolicies <IMicrosoftGraphTokenIssuancePolicy[]>]
 [-TokenLifetimePolicies <IMicrosoftGraphTokenLifetimePolicy[]>] [-UniqueName <string>]
 [-VerifiedPublisher <IMicrosoftGraphVerifiedPublisher>] [-Web <IMicrosoftGraphWebApplication>]
 [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'Update' = @'
Update-MgApplication -ApplicationId <string> -BodyParameter <IMicrosoftGraphApplication>
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'UpdateViaIdentityExpanded' = @'
Update-MgApplication -InputObject <IApplicationsIdentity> [-ResponseHeadersVariable <string>]
 [-AddIns <IMicrosoftGraphAddIn[]>] [-AdditionalProperties <hashtable>]
 [-Api <IMicrosoftGraphApiApplication>] [-AppId <string>]
 [-AppManagementPolicies <IMicrosoftGraphAppManagementPolicy[]>]
 [-AppRoles <IMicrosoftGraphAppRole[]>] [-ApplicationTemplateId <string>]
 [-AuthenticationBehaviors <IMicrosoftGraphAuthenticationBehaviors>]
 [-Certification <IMicrosoftGraphCertification>] [-CreatedDateTime <datetime>]
 [-CreatedOnBehalfOf <IMicrosoftGraphDirectoryObject>] [-DefaultRedirectUri <string>]
 [-DeletedDateTime <datetime>] [-Description <string>] [-DisabledByMicrosoftStatus <string>]
 [-DisplayName <string>] [-ExtensionProperties <IMicrosoftGraphExtensionProperty[]>]
 [-FederatedIdentityCredentials <IMicrosoftGraphFederatedIdentityCredential[]>]
 [-GroupMembershipClaims <string>]
 [-HomeRealmDiscoveryPolicies <IMicrosoftGraphHomeRealmDiscoveryPolicy[]>] [-Id <string>]
 [-IdentifierUris <string[]>] [-Info <IMicrosoftGraphInformationalUrl>] [-IsDeviceOnlyAuthSupported]
 [-IsFallbackPublicClient] [-KeyCredentials <IMicrosoftGraphKeyCredential[]>]
 [-LogoInputFile <string>] [-NativeAuthenticationApisEnabled <string>] [-Notes <string>]
 [-Oauth2RequirePostResponse] [-OptionalClaims <IMicrosoftGraphOptionalClaims>]
 [-Owners <IMicrosoftGraphDirectoryObject[]>]
 [-ParentalControlSettings <IMicrosoftGraphParentalControlSettings>]
 [-PasswordCredentials <IMicrosoftGraphPasswordCredential[]>]
 [-PublicClient <IMicrosoftGraphPublicClientApplication>] [-PublisherDomain <string>]
 [-RequestSignatureVerification <IMicrosoftGraphRequestSignatureVerification>]
 [-RequiredResourceAccess <IMicrosoftGraphRequiredResourceAccess[]>] [-SamlMetadataUrl <string>]
 [-ServiceManagementReference <string>]
 [-ServicePrincipalLockConfiguration <IMicrosoftGraphServicePrincipalLockConfiguration>]
 [-SignInAudience <string>] [-Spa <IMicrosoftGraphSpaApplication>]
 [-Synchronization <IMicrosoftGraphSynchronization>] [-Tags <string[]>]
 [-TokenEncryptionKeyId <string>] [-TokenIssuancePolicies <IMicrosoftGraphTokenIssuancePolicy[]>]
 [-TokenLifetimePolicies <IMicrosoftGraphTokenLifetimePolicy[]>] [-UniqueName <string>]
 [-VerifiedPublisher <IMicrosoftGraphVerifiedPublisher>] [-Web <IMicrosoftGraphWebApplication>]
 [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'UpdateViaIdentity' = @'
Update-MgApplication -InputObject <IApplicationsIdentity>
 -BodyParameter <IMicrosoftGraphApplication> [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
        }
    }
    'Add-MgApplicationPassword' = @{
        Default = 'AddExpanded'
        Sets = @{
            'AddExpanded' = @'
Add-MgApplicationPassword -ApplicationId <string> [-ResponseHeadersVariable <string>]
 [-AdditionalProperties <hashtable>] [-PasswordCredential <IMicrosoftGraphPasswordCredential>]
 [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'Add' = @'
Add-MgApplicationPassword -ApplicationId <string>
 -BodyParameter <IPaths141Ryo0ApplicationsApplicationIdMicrosoftGraphAddpasswordPostRequestbodyContentApplicationJsonSchema>
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'AddViaIdentityExpanded' = @'
Add-MgApplicationPassword -InputObject <IApplicationsIdentity> [-ResponseHeadersVariable <string>]
 [-AdditionalProperties <hashtable>] [-PasswordCredential <IMicrosoftGraphPasswordCredential>]
 [-Break] [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'AddViaIdentity' = @'
Add-MgApplicationPassword -InputObject <IApplicationsIdentity>
 -BodyParameter <IPaths141Ryo0ApplicationsApplicationIdMicrosoftGraphAddpasswordPostRequestbodyContentApplicationJsonSchema>
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
        }
    }
    'Get-MgServicePrincipal' = @{
        Default = 'List'
        Sets = @{
            'List' = @'
Get-MgServicePrincipal [-ExpandProperty <string[]>] [-Property <string[]>] [-Filter <string>]
 [-Search <string>] [-Skip <int>] [-Sort <string[]>] [-Top <int>] [-ConsistencyLevel <string>]
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-PageSize <int>] [-All]
 [-CountVariable <string>] [<CommonParameters>]
'@
            'Get' = @'
Get-MgServicePrincipal -ServicePrincipalId <string> [-ExpandProperty <string[]>]
 [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
            'GetViaIdentity' = @'
Get-MgServicePrincipal -InputObject <IApplicationsIdentity> [-ExpandProperty <string[]>]
 [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
        }
    }
    'New-MgServicePrincipal' = @{
        Default = 'CreateExpanded'
        Sets = @{
            'CreateExpanded' = @'
New-MgServicePrincipal [-ResponseHeadersVariable <string>] [-AccountEnabled]
 [-AddIns <IMicrosoftGraphAddIn[]>] [-AdditionalProperties <hashtable>]
 [-AlternativeNames <string[]>] [-AppDescription <string>] [-AppDisplayName <string>]
 [-AppId <string>] [-AppManagementPolicies <IMicrosoftGraphAppManagementPolicy[]>]
 [-AppOwnerOrganizationId <string>] [-AppRoleAssignedTo <IMicrosoftGraphAppRoleAssignment[]>]
 [-AppRoleAssignmentRequired] [-AppRoleAssignments <IMicrosoftGraphAppRoleAssignment[]>]
 [-AppRoles <IMicrosoftGraphAppRole[]>] [-ApplicationTemplateId <string>]
 [-ClaimsMappingPolicies <IMicrosoftGraphClaimsMappingPolicy[]>]
 [-CreatedObjects <IMicrosoftGraphDirectoryObject[]>] [-CustomSecurityAttributes <hashtable>]
 [-DelegatedPermissionClassifications <IMicrosoftGraphDelegatedPermissionClassification[]>]
 [-DeletedDateTime <datetime>] [-Description <string>] [-DisabledByMicrosoftStatus <string>]
 [-DisplayName <string>] [-Endpoints <IMicrosoftGraphEndpoint[]>]
 [-FederatedIdentityCredentials <IMicrosoftGraphFederatedIdentityCredential[]>]
 [-HomeRealmDiscoveryPolicies <IMicrosoftGraphHomeRealmDiscoveryPolicy[]>] [-Homepage <string>]
 [-Id <string>] [-Info <IMicrosoftGraphInformationalUrl>]
 [-KeyCredentials <IMicrosoftGraphKeyCredential[]>] [-LoginUrl <string>] [-LogoutUrl <string>]
 [-MemberOf <IMicrosoftGraphDirectoryObject[]>] [-Notes <string>]
 [-NotificationEmailAddresses <string[]>]
 [-Oauth2PermissionGrants <IMicrosoftGraphOAuth2PermissionGrant[]>]
 [-Oauth2PermissionScopes <IMicrosoftGraphPermissionScope[]>]
 [-OwnedObjects <IMicrosoftGraphDirectoryObject[]>] [-Owners <IMicrosoftGraphDirectoryObject[]>]
 [-PasswordCredentials <IMicrosoftGraphPasswordCredential[]>] [-PreferredSingleSignOnMode <string>]
 [-PreferredTokenSigningKeyThumbprint <string>]
 [-RemoteDesktopSecurityConfiguration <IMicrosoftGraphRemoteDesktopSecurityConfiguration>]
 [-ReplyUrls <string[]>]
 [-ResourceSpecificApplicationPermissions <IMicrosoftGraphResourceSpecificPermission[]>]
 [-SamlSingleSignOnSettings <IMicrosoftGraphSamlSingleSignOnSettings>]
 [-ServicePrincipalNames <string[]>] [-ServicePrincipalType <string>] [-SignInAudience <string>]
 [-Synchronization <IMicrosoftGraphSynchronization>] [-Tags <string[]>]
 [-TokenEncryptionKeyId <string>] [-TokenIssuancePolicies <IMicrosoftGraphTokenIssuancePolicy[]>]
 [-TokenLifetimePolicies <IMicrosoftGraphTokenLifetimePolicy[]>]
 [-TransitiveMemberOf <IMicrosoftGraphDirectoryObject[]>]
 [-VerifiedPublisher <IMicrosoftGraphVerifiedPublisher>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'Create' = @'
New-MgServicePrincipal -BodyParameter <IMicrosoftGraphServicePrincipal>
 [-ResponseHeadersVariable <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
        }
    }
    'Get-MgServicePrincipalAppRoleAssignment' = @{
        Default = 'List'
        Sets = @{
            'List' = @'
Get-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <string> [-ExpandProperty <string[]>]
 [-Property <string[]>] [-Filter <string>] [-Search <string>] [-Skip <int>] [-Sort <string[]>]
 [-Top <int>] [-ConsistencyLevel <string>] [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-PageSize <int>] [-All] [-CountVariable <string>]
 [<CommonParameters>]
'@
            'Get' = @'
Get-MgServicePrincipalAppRoleAssignment -AppRoleAssignmentId <string> -ServicePrincipalId <string>
 [-ExpandProperty <string[]>] [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
            'GetViaIdentity' = @'
Get-MgServicePrincipalAppRoleAssignment -InputObject <IApplicationsIdentity>
 [-ExpandProperty <string[]>] [-Property <string[]>] [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [<CommonParameters>]
'@
        }
    }
    'New-MgServicePrincipalAppRoleAssignment' = @{
        Default = 'CreateExpanded'
        Sets = @{
            'CreateExpanded' = @'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <string>
 [-ResponseHeadersVariable <string>] [-AdditionalProperties <hashtable>] [-AppRoleId <string>]
 [-CreatedDateTime <datetime>] [-DeletedDateTime <datetime>] [-Id <string>]
 [-PrincipalDisplayName <string>] [-PrincipalId <string>] [-PrincipalType <string>]
 [-ResourceDisplayName <string>] [-ResourceId <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'Create' = @'
New-MgServicePrincipalAppRoleAssignment -ServicePrincipalId <string>
 -BodyParameter <IMicrosoftGraphAppRoleAssignment> [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
            'CreateViaIdentityExpanded' = @'
New-MgServicePrincipalAppRoleAssignment -InputObject <IApplicationsIdentity>
 [-ResponseHeadersVariable <string>] [-AdditionalProperties <hashtable>] [-AppRoleId <string>]
 [-CreatedDateTime <datetime>] [-DeletedDateTime <datetime>] [-Id <string>]
 [-PrincipalDisplayName <string>] [-PrincipalId <string>] [-PrincipalType <string>]
 [-ResourceDisplayName <string>] [-ResourceId <string>] [-Break] [-Headers <IDictionary>]
 [-HttpPipelineAppend <SendAsyncStep[]>] [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>]
 [-ProxyCredential <pscredential>] [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm]
 [<CommonParameters>]
'@
            'CreateViaIdentity' = @'
New-MgServicePrincipalAppRoleAssignment -InputObject <IApplicationsIdentity>
 -BodyParameter <IMicrosoftGraphAppRoleAssignment> [-ResponseHeadersVariable <string>] [-Break]
 [-Headers <IDictionary>] [-HttpPipelineAppend <SendAsyncStep[]>]
 [-HttpPipelinePrepend <SendAsyncStep[]>] [-Proxy <uri>] [-ProxyCredential <pscredential>]
 [-ProxyUseDefaultCredentials] [-WhatIf] [-Confirm] [<CommonParameters>]
'@
        }
    }
}
