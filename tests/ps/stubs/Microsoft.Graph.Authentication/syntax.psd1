# Parameter sets of the stubbed cmdlets: the SYNTAX blocks of Microsoft's cmdlet reference,
# copied verbatim (tests/ps/stubs/TenantStub turns each into a function with exactly these
# parameters). Sources: MicrosoftDocs/microsoftgraph-docs-powershell microsoftgraph/graph-powershell-1.0/Microsoft.Graph.Authentication/<Cmdlet>.md (ms.date 01/30/2026).
@{
    'Connect-MgGraph' = @{
        Default = 'UserParameterSet'
        Sets = @{
            'UserParameterSet' = @'
Connect-MgGraph [[-Scopes] <string[]>] [[-TenantId] <string>] [-ClientId <string>]
 [-ContextScope <ContextScope>] [-Environment <string>] [-UseDeviceCode] [-ClientTimeout <double>]
 [-NoWelcome] [-Break] [<CommonParameters>]
'@
            'AppCertificateParameterSet' = @'
Connect-MgGraph [-ClientId] <string> [[-CertificateSubjectName] <string>]
 [[-CertificateThumbprint] <string>] [-SendCertificateChain <bool>]
 [-Certificate <X509Certificate2>] [-TenantId <string>] [-ContextScope <ContextScope>]
 [-Environment <string>] [-ClientTimeout <double>] [-NoWelcome] [-Break] [<CommonParameters>]
'@
            'IdentityParameterSet' = @'
Connect-MgGraph [-Identity] [-ClientId <string>] [-ContextScope <ContextScope>]
 [-Environment <string>] [-ClientTimeout <double>] [-NoWelcome] [-Break] [<CommonParameters>]
'@
            'AppSecretCredentialParameterSet' = @'
Connect-MgGraph [-ClientSecretCredential <pscredential>] [-TenantId <string>]
 [-ContextScope <ContextScope>] [-Environment <string>] [-ClientTimeout <double>] [-NoWelcome]
 [-Break] [<CommonParameters>]
'@
            'AccessTokenParameterSet' = @'
Connect-MgGraph [-AccessToken] <securestring> [-Environment <string>] [-ClientTimeout <double>]
 [-NoWelcome] [-Break] [<CommonParameters>]
'@
            'EnvironmentVariableParameterSet' = @'
Connect-MgGraph [-ContextScope <ContextScope>] [-Environment <string>] [-ClientTimeout <double>]
 [-EnvironmentVariable] [-NoWelcome] [-Break] [<CommonParameters>]
'@
        }
    }
    'Disconnect-MgGraph' = @{
        Default = '__AllParameterSets'
        Sets = @{
            '__AllParameterSets' = @'
Disconnect-MgGraph [<CommonParameters>]
'@
        }
    }
    'Get-MgContext' = @{
        Default = 'UserParameterSet'
        Sets = @{
            'UserParameterSet' = @'
Get-MgContext [<CommonParameters>]
'@
        }
    }
}
