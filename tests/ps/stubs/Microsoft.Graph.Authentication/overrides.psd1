# Aliases of Connect-MgGraph's parameters, from the reference's PARAMETERS section (the
# examples use -UseDeviceAuthentication and -CertificateName).
@{
    'Connect-MgGraph' = @{
        Aliases = @{
            CertificateSubjectName = @('CertificateSubject', 'CertificateName')
            ClientId = @('AppId', 'ApplicationId')
            ClientSecretCredential = @('SecretCredential', 'Credential')
            Environment = @('EnvironmentName', 'NationalCloud')
            Identity = @('ManagedIdentity', 'ManagedServiceIdentity', 'MSI')
            TenantId = @('Audience', 'Tenant')
            UseDeviceCode = @('UseDeviceAuthentication', 'DeviceCode', 'DeviceAuth', 'Device')
        }
    }
}
