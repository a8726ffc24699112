# Parameter sets of the stubbed cmdlets: the SYNTAX blocks of Microsoft's cmdlet reference,
# copied verbatim (tests/ps/stubs/TenantStub turns each into a function with exactly these
# parameters). Sources: MicrosoftDocs/office-docs-powershell exchange/exchange-ps/ExchangePowerShell/<Cmdlet>.md (2026).
@{
    'Connect-ExchangeOnline' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Connect-ExchangeOnline
 [[-ConnectionUri] <String>]
 [[-AzureADAuthorizationEndpointUri] <String>]
 [[-ExchangeEnvironmentName] <ExchangeEnvironment>]
 [[-PSSessionOption] <PSSessionOption>]
 [[-DelegatedOrganization] <String>]
 [[-Prefix] <String>]
 [[-CommandName] <String[]>]
 [[-FormatTypeName] <String[]>]
 [-AccessToken <String>]
 [-AppId <String>]
 [-BypassMailboxAnchoring]
 [-Certificate <X509Certificate2>]
 [-CertificateFilePath <String>]
 [-CertificatePassword <SecureString>]
 [-CertificateThumbprint <String>]
 [-Credential <PSCredential>]
 [-Device]
 [-DisableWAM]
 [-EnableErrorReporting]
 [-EXOModuleBasePath <String>]
 [-InlineCredential]
 [-LoadCmdletHelp]
 [-LogDirectoryPath <String>]
 [-LogLevel <LogLevel>]
 [-ManagedIdentity]
 [-ManagedIdentityAccountId <String>]
 [-Organization <String>]
 [-PageSize <UInt32>]
 [-ShowBanner]
 [-ShowProgress <Boolean>]
 [-SigningCertificate <X509Certificate2>]
 [-SkipLoadingCmdletHelp]
 [-SkipLoadingFormatData]
 [-TrackPerformance <Boolean>]
 [-UseMultithreading <Boolean>]
 [-UserPrincipalName <String>]
 [-UseRPSSession]
 [<CommonParameters>]
'@
        }
    }
    'Disconnect-ExchangeOnline' = @{
        Default = 'DefaultParameterSet'
        Sets = @{
            'DefaultParameterSet' = @'
Disconnect-ExchangeOnline
 [-Confirm]
 [-WhatIf]
 [<CommonParameters>]
'@
            'ConnectionId' = @'
Disconnect-ExchangeOnline -ConnectionId <String[]>
 [-Confirm]
 [-WhatIf]
 [<CommonParameters>]
'@
            'ModulePrefix' = @'
Disconnect-ExchangeOnline -ModulePrefix <String[]>
 [-Confirm]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    'New-ServicePrincipal' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
New-ServicePrincipal -AppId <String> -ObjectId <String>
 -ServiceId <String>
 [-Confirm]
 [-DisplayName <String>]
 [-Organization <OrganizationIdParameter>]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    'Get-ServicePrincipal' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Get-ServicePrincipal [[-Identity] <ServicePrincipalIdParameter>]
 [-Organization <OrganizationIdParameter>]
 [<CommonParameters>]
'@
        }
    }
    'Remove-ServicePrincipal' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Remove-ServicePrincipal [-Identity] <ServicePrincipalIdParameter>
 [-Confirm]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    'Add-MailboxPermission' = @{
        Default = 'AccessRights'
        Sets = @{
            'AccessRights' = @'
Add-MailboxPermission [-Identity] <MailboxIdParameter> -AccessRights <MailboxRights[]> -User <SecurityPrincipalIdParameter>
 [-AutoMapping <Boolean>]
 [-Confirm]
 [-Deny]
 [-DomainController <Fqdn>]
 [-GroupMailbox]
 [-IgnoreDefaultScope]
 [-InheritanceType <ActiveDirectorySecurityInheritance>]
 [-WhatIf]
 [<CommonParameters>]
'@
            'Owner' = @'
Add-MailboxPermission [-Identity] <MailboxIdParameter> -Owner <SecurityPrincipalIdParameter>
 [-Confirm]
 [-DomainController <Fqdn>]
 [-GroupMailbox]
 [-IgnoreDefaultScope]
 [-WhatIf]
 [<CommonParameters>]
'@
            'Instance' = @'
Add-MailboxPermission [[-Identity] <MailboxIdParameter>] -Instance <MailboxAcePresentationObject>
 [-AccessRights <MailboxRights[]>]
 [-User <SecurityPrincipalIdParameter>]
 [-AutoMapping <Boolean>]
 [-Confirm]
 [-Deny]
 [-DomainController <Fqdn>]
 [-GroupMailbox]
 [-IgnoreDefaultScope]
 [-InheritanceType <ActiveDirectorySecurityInheritance>]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    'Get-MailboxPermission' = @{
        Default = 'Owner'
        Sets = @{
            'Owner' = @'
Get-MailboxPermission [-Identity] <MailboxIdParameter> [-Owner]
 [-Credential <PSCredential>]
 [-DomainController <Fqdn>]
 [-GroupMailbox]
 [-IncludeUserWithDisplayName]
 [-ReadFromDomainController]
 [-ResultSize <Unlimited>]
 [-UseCustomRouting]
 [<CommonParameters>]
'@
            'AccessRights' = @'
Get-MailboxPermission [-Identity] <MailboxIdParameter> [-User <SecurityPrincipalIdParameter>] [-SoftDeletedMailbox]
 [-Credential <PSCredential>]
 [-DomainController <Fqdn>]
 [-GroupMailbox]
 [-IncludeSoftDeletedUserPermissions]
 [-IncludeUnresolvedPermissions]
 [-IncludeUserWithDisplayName]
 [-ReadFromDomainController]
 [-ResultSize <Unlimited>]
 [-UseCustomRouting]
 [<CommonParameters>]
'@
        }
    }
    'Add-RecipientPermission' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Add-RecipientPermission [-Identity] <RecipientIdParameter> -AccessRights <MultiValuedProperty> -Trustee <SecurityPrincipalIdParameter>
 [-Confirm]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    'Get-RecipientPermission' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Get-RecipientPermission [[-Identity] <RecipientIdParameter>]
 [-AccessRights <MultiValuedProperty>]
 [-IncludeTrusteeWithPrimarySmtpAddress]
 [-ReadFromDomainController]
 [-ResultSize <Unlimited>]
 [-Trustee <SecurityPrincipalIdParameter>]
 [<CommonParameters>]
'@
        }
    }
    # EXCERPT: only the parameters the scripts use (as in the reference file that lists them).
    'Set-CASMailbox' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Set-CASMailbox [-Identity] <MailboxIdParameter>
 [-Confirm]
 [-ImapEnabled <Boolean>]
 [-SmtpClientAuthenticationDisabled <Boolean>]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    'Get-CASMailbox' = @{
        Default = 'AnrSet'
        Sets = @{
            'AnrSet' = @'
Get-CASMailbox [-Anr <String>]
 [-ActiveSyncDebugLogging]
 [-ActiveSyncSuppressReadReceipt]
 [-Credential <PSCredential>]
 [-DomainController <Fqdn>]
 [-Filter <String>]
 [-IgnoreDefaultScope]
 [-Monitoring]
 [-OrganizationalUnit <OrganizationalUnitIdParameter>]
 [-ProtocolSettings]
 [-ReadFromDomainController]
 [-ResultSize <Unlimited>]
 [-SortBy <String>]
 [-ReadIsOptimizedForAccessibility]
 [-RecalculateHasActiveSyncDevicePartnership] [<CommonParameters>]
 [-RecipientTypeDetails <RecipientTypeDetails[]>]
'@
            'Identity' = @'
Get-CASMailbox [[-Identity] <MailboxIdParameter>]
 [-ActiveSyncDebugLogging]
 [-ActiveSyncSuppressReadReceipt]
 [-Credential <PSCredential>]
 [-DomainController <Fqdn>]
 [-Filter <String>]
 [-IgnoreDefaultScope]
 [-Monitoring]
 [-OrganizationalUnit <OrganizationalUnitIdParameter>]
 [-ProtocolSettings]
 [-ReadFromDomainController]
 [-ResultSize <Unlimited>]
 [-SortBy <String>]
 [-ReadIsOptimizedForAccessibility]
 [-RecalculateHasActiveSyncDevicePartnership] [<CommonParameters>]
 [-RecipientTypeDetails <RecipientTypeDetails[]>]
'@
        }
    }
    'New-ManagementScope' = @{
        Default = 'DatabaseList'
        Sets = @{
            'DatabaseList' = @'
New-ManagementScope [-Name] <String> -DatabaseList <DatabaseIdParameter[]>
 [-Confirm]
 [-DomainController <Fqdn>]
 [-Exclusive]
 [-Force]
 [-WhatIf]
 [<CommonParameters>]
'@
            'DatabaseFilter' = @'
New-ManagementScope [-Name] <String> -DatabaseRestrictionFilter <String>
 [-Confirm]
 [-DomainController <Fqdn>]
 [-Exclusive]
 [-Force]
 [-WhatIf]
 [<CommonParameters>]
'@
            'RecipientFilter' = @'
New-ManagementScope [-Name] <String> -RecipientRestrictionFilter <String>
 [-Confirm]
 [-DomainController <Fqdn>]
 [-Exclusive]
 [-Force]
 [-RecipientRoot <OrganizationalUnitIdParameter>]
 [-WhatIf]
 [<CommonParameters>]
'@
            'ServerList' = @'
New-ManagementScope [-Name] <String> -ServerList <ServerIdParameter[]>
 [-Confirm]
 [-DomainController <Fqdn>]
 [-Exclusive]
 [-Force]
 [-WhatIf]
 [<CommonParameters>]
'@
            'ServerFilter' = @'
New-ManagementScope [-Name] <String> -ServerRestrictionFilter <String>
 [-Confirm]
 [-DomainController <Fqdn>]
 [-Exclusive]
 [-Force]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    # Only the App set (RBAC for Applications); the Computer, Policy, SecurityGroup and User sets are not stubbed.
    'New-ManagementRoleAssignment' = @{
        Default = 'App'
        Sets = @{
            'App' = @'
New-ManagementRoleAssignment [[-Name] <String>] -Role <RoleIdParameter> -App <ServicePrincipalIdParameter> [-CustomResourceScope <ManagementScopeIdParameter>]
 [-Confirm]
 [-Delegating]
 [-Force]
 [-RecipientAdministrativeUnitScope <AdministrativeUnitIdParameter>]
 [-RecipientGroupScope <GroupIdParameter>]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
    # Not in the cmdlet reference this file was first copied from: the SYNTAX block of
    # exchange/exchange-ps/ExchangePowerShell/Get-ManagementScope.md, as published on
    # https://learn.microsoft.com/powershell/module/exchangepowershell/get-managementscope
    # (one parameter set; -Identity positional 1, -Exclusive a Boolean, -Orphan a switch).
    'Get-ManagementScope' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Get-ManagementScope [[-Identity] <ManagementScopeIdParameter>]
 [-DomainController <Fqdn>]
 [-Exclusive <Boolean>]
 [-Orphan]
 [<CommonParameters>]
'@
        }
    }
    'Get-ManagementRoleAssignment' = @{
        Default = 'Identity'
        Sets = @{
            'Identity' = @'
Get-ManagementRoleAssignment [[-Identity] <RoleAssignmentIdParameter>]
 [-ConfigWriteScope <ConfigWriteScopeType>]
 [-CustomConfigWriteScope <ManagementScopeIdParameter>]
 [-CustomRecipientWriteScope <ManagementScopeIdParameter>]
 [-Delegating <Boolean>]
 [-DomainController <Fqdn>]
 [-Enabled <Boolean>]
 [-Exclusive <Boolean>]
 [-ExclusiveConfigWriteScope <ManagementScopeIdParameter>]
 [-ExclusiveRecipientWriteScope <ManagementScopeIdParameter>]
 [-GetEffectiveUsers]
 [-RecipientAdministrativeUnitScope <AdministrativeUnitIdParameter>]
 [-RecipientGroupScope <GroupIdParameter>]
 [-RecipientOrganizationalUnitScope <OrganizationalUnitIdParameter>]
 [-RecipientWriteScope <RecipientWriteScopeType>]
 [-RoleAssigneeType <RoleAssigneeType>]
 [-WritableDatabase <DatabaseIdParameter>]
 [-WritableRecipient <GeneralRecipientIdParameter>]
 [-WritableServer <ServerIdParameter>]
 [<CommonParameters>]
'@
            'RoleAssignee' = @'
Get-ManagementRoleAssignment [-AssignmentMethod <AssignmentMethod[]>]
 [-Role <RoleIdParameter>]
 [-ConfigWriteScope <ConfigWriteScopeType>]
 [-CustomConfigWriteScope <ManagementScopeIdParameter>]
 [-CustomRecipientWriteScope <ManagementScopeIdParameter>]
 [-Delegating <Boolean>]
 [-DomainController <Fqdn>]
 [-Enabled <Boolean>]
 [-Exclusive <Boolean>]
 [-ExclusiveConfigWriteScope <ManagementScopeIdParameter>]
 [-ExclusiveRecipientWriteScope <ManagementScopeIdParameter>]
 [-GetEffectiveUsers]
 [-RecipientAdministrativeUnitScope <AdministrativeUnitIdParameter>]
 [-RecipientGroupScope <GroupIdParameter>]
 [-RecipientOrganizationalUnitScope <OrganizationalUnitIdParameter>]
 [-RecipientWriteScope <RecipientWriteScopeType>]
 [-RoleAssignee <RoleAssigneeIdParameter>]
 [-RoleAssigneeType <RoleAssigneeType>]
 [-WritableDatabase <DatabaseIdParameter>]
 [-WritableRecipient <GeneralRecipientIdParameter>]
 [-WritableServer <ServerIdParameter>]
 [<CommonParameters>]
'@
        }
    }
    'Test-ServicePrincipalAuthorization' = @{
        Default = 'Default'
        Sets = @{
            'Default' = @'
Test-ServicePrincipalAuthorization [-Identity] <ServicePrincipalIdParameter>
 [-Confirm]
 [-Resource <UserIdParameter>]
 [-WhatIf]
 [<CommonParameters>]
'@
        }
    }
}
