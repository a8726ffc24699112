# Where a stub departs from the literal SYNTAX block, and why (see TenantStub: New-StubFunctionText).
@{
    # -ServiceId is marked Required in the reference although it "is being deprecated. Use
    # the ObjectId parameter instead", and the cmdlet's own Example 1 and the IMAP/SMTP OAuth
    # article call the cmdlet with -AppId and -ObjectId only: the stub follows the examples.
    'New-ServicePrincipal' = @{ Optional = @('ServiceId') }
    # -SmtpClientAuthenticationDisabled is a Boolean with a third state, $null (inherit).
    'Set-CASMailbox' = @{ Types = @{ SmtpClientAuthenticationDisabled = 'Nullable[bool]' } }
    # The documented valid values of -AccessRights.
    'Add-MailboxPermission' = @{ Validate = @{ AccessRights = @('ChangeOwner', 'ChangePermission', 'DeleteItem', 'ExternalAccount', 'FullAccess', 'ReadPermission') } }
}
