/**
 * What the error decoder needs in the browser to find the catalogue's errors in pasted
 * text: each entry's id (the stable anchor on the troubleshooting page), where it comes
 * from, its code, its link key, its patterns and realistic sample messages. Nothing else:
 * the prose (title, meaning, causes, fix, in both languages) is the content collection
 * `errors` (content/errors/<locale>/<id>.md), rendered at build time; the guide links and
 * commands are in errors.ts.
 */

/** Where an error comes from; the troubleshooting page groups entries by it. */
export type ErrorSource = 'entra' | 'registration' | 'smtp' | 'imap' | 'powershell';

export interface ErrorMatcher {
  /** Stable: the anchor on the troubleshooting page in both locales. Never rename. */
  id: string;
  source: ErrorSource;
  /** The code or message the heading starts with, e.g. AADSTS7000215 or 535 5.7.3. */
  code: string;
  /** A short text that this entry's matchers find: what prefilled links carry (err=…). */
  key: string;
  /** Patterns over pasted text; keep them specific and free of nested quantifiers. */
  matchers: readonly RegExp[];
  /** A generic pattern: reported only when nothing more specific was found in the text. */
  fallback?: boolean;
  /** Realistic messages as people paste them; each must decode to this entry alone. */
  samples: readonly string[];
}

function aadsts(code: number, samples: readonly string[]): ErrorMatcher {
  return {
    id: `aadsts${code}`,
    source: 'entra',
    code: `AADSTS${code}`,
    key: `AADSTS${code}`,
    matchers: [new RegExp(`\\bAADSTS${code}\\b`, 'i')],
    samples,
  };
}

/** Exchange Online cmdlets of step 2: "not recognized" means no connection or no rights. */
const STEP2_CMDLETS = [
  'New-ServicePrincipal',
  'Get-ServicePrincipal',
  'Remove-ServicePrincipal',
  'Add-MailboxPermission',
  'Get-MailboxPermission',
  'Add-RecipientPermission',
  'Get-RecipientPermission',
  'Set-CASMailbox',
  'Get-CASMailbox',
  'Set-TransportConfig',
].join('|');

export const ERROR_MATCHERS: readonly ErrorMatcher[] = [
  // ─── Microsoft sign-in ───────────────────────────────────────────────────────────
  aadsts(7000215, [
      "AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'.",
  ]),
  aadsts(7000222, [
      "AADSTS7000222: The provided client secret keys for app '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.",
  ]),
  aadsts(7000218, [
      "AADSTS7000218: The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
  ]),
  aadsts(700016, [
      "AADSTS700016: Application with identifier '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' was not found in the directory 'Contoso'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
  ]),
  aadsts(90002, [
      "AADSTS90002: Tenant '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3e' not found. Check to make sure you have the correct tenant ID and are signing into the correct cloud. Check with your subscription administrator, this may happen if there are no active subscriptions for the tenant.",
  ]),
  aadsts(500011, [
      "AADSTS500011: The resource principal named https://outlook.office365.com was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You might have sent your authentication request to the wrong tenant.",
  ]),
  aadsts(50011, [
      "AADSTS50011: The redirect URI 'https://xyc.teamspace.de/api/server/oauth2/redirect' specified in the request does not match the redirect URIs configured for the application '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'. Make sure the redirect URI sent in the request matches one added to your application in the Azure portal.",
  ]),
  aadsts(65001, [
      "AADSTS65001: The user or administrator has not consented to use the application with ID '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f' named 'teamspace mail'. Send an interactive authorization request for this user and resource.",
  ]),
  aadsts(90094, [
      "AADSTS90094: The grant requires admin permission.",
  ]),
  aadsts(650056, [
      "AADSTS650056: Misconfigured application. This could be due to one of the following: the client has not listed any permissions for 'Microsoft Graph' in the requested permissions in the client's application registration. Or, the admin has not consented in the tenant.",
  ]),
  aadsts(700054, [
      "AADSTS700054: response_type 'id_token' is not enabled for the application.",
  ]),
  aadsts(7000112, [
      "AADSTS7000112: Application '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'(teamspace mail) is disabled.",
  ]),
  aadsts(53003, [
      "AADSTS53003: Access has been blocked by Conditional Access policies. The access policy does not allow token issuance.",
  ]),
  aadsts(50034, [
      "AADSTS50034: The user account {EmailHidden} does not exist in the 0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3e directory. To sign into this application, the account must be added to the directory.",
  ]),
  aadsts(50020, [
      "AADSTS50020: User account 'anna@example.org' from identity provider 'live.com' does not exist in tenant 'Contoso' and cannot access the application '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f'(teamspace mail) in that tenant.",
  ]),
  aadsts(50105, [
      "AADSTS50105: Your administrator has configured the application teamspace mail ('6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f') to block users unless they are specifically granted ('assigned') access to the application.",
  ]),

  // ─── Creating the app registration ──────────────────────────────────────────────
  {
    id: 'secret-blocked-by-policy',
    source: 'registration',
    code: 'CredentialTypeNotAllowedAsPerAppPolicy',
    key: 'CredentialTypeNotAllowedAsPerAppPolicy',
    matchers: [/\bCredential(?:TypeNotAllowed|InvalidLifetime)AsPerAppPolicy\b/i],
    samples: [
      // Microsoft Graph's error code as addPassword returns it (the message text varies).
      '{"error":{"code":"CredentialTypeNotAllowedAsPerAppPolicy"}}',
      'CredentialInvalidLifetimeAsPerAppPolicy: Credential lifetime exceeds the max value allowed as per assigned policy.',
    ],
  },

  // ─── SMTP ────────────────────────────────────────────────────────────────────────
  {
    id: 'smtp-535-5-7-139',
    source: 'smtp',
    code: '535 5.7.139',
    key: '535 5.7.139',
    matchers: [/\b535[ -]5\.7\.139\b/, /\b5\.7\.139 Authentication unsuccessful/i, /SmtpClientAuthentication is disabled/i],
    samples: [
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information. [FR2P281CA0034.DEUP281.PROD.OUTLOOK.COM 2026-11-28T09:12:33.123Z 08DD0E1A2B3C4D5E]",
      "javax.mail.AuthenticationFailedException: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
    ],
  },
  {
    id: 'smtp-535-5-7-3',
    source: 'smtp',
    code: '535 5.7.3',
    key: '535 5.7.3',
    matchers: [/\b535[ -]5\.7\.3\b/, /\b5\.7\.3 Authentication unsuccessful/i],
    samples: [
      "535 5.7.3 Authentication unsuccessful [AM0PR02CA0012.eurprd02.prod.outlook.com 2026-11-28T08:01:12.345Z 08DD0E1A2B3C4D5F]",
    ],
  },
  {
    id: 'smtp-send-as-denied',
    source: 'smtp',
    code: '554 5.2.0 / 550 5.7.60',
    key: 'SendAsDenied',
    matchers: [/SendAsDenied/i, /\b550[ -]5\.7\.60\b/],
    samples: [
      "554 5.2.0 STOREDRV.Submission.Exception:SendAsDeniedException.MapiExceptionSendAsDenied; Failed to process message due to a permanent exception with message Cannot submit message.",
      "550 5.7.60 SMTP; Client does not have permissions to send as this sender.",
    ],
  },
  {
    id: 'smtp-550-5-7-30',
    source: 'smtp',
    code: '550 5.7.30',
    key: '550 5.7.30',
    matchers: [/\b550[ -]5\.7\.30\b/, /Basic authentication is not supported for Client Submission/i],
    samples: ['550 5.7.30 Basic authentication is not supported for Client Submission.'],
  },

  // ─── IMAP ────────────────────────────────────────────────────────────────────────
  {
    id: 'imap-authenticate-failed',
    source: 'imap',
    code: 'IMAP: AUTHENTICATE failed',
    key: 'AUTHENTICATE failed',
    matchers: [/\bAUTHENTICATE failed\b/i],
    samples: [
      "A2 NO AUTHENTICATE failed.",
    ],
  },
  {
    id: 'imap-not-connected',
    source: 'imap',
    code: 'IMAP: User is authenticated but not connected',
    key: 'User is authenticated but not connected',
    matchers: [/User is authenticated but not connected/i],
    samples: [
      "A3 BAD User is authenticated but not connected.",
    ],
  },

  // ─── PowerShell (step 2) ─────────────────────────────────────────────────────────
  {
    id: 'ps-exchange-module-missing',
    source: 'powershell',
    code: "'Connect-ExchangeOnline' is not recognized",
    key: "The term 'Connect-ExchangeOnline' is not recognized",
    matchers: [/\bterm ['"‘’“”]Connect-ExchangeOnline['"‘’“”] is not recognized/i, /\bBenennung ['"‘’“”„]Connect-ExchangeOnline['"‘’“”] wurde nicht/i, /\bmodule ['"‘’“”]ExchangeOnlineManagement['"‘’“”] was not loaded because no valid module file was found/i, /\bModul ['"‘’“”„]ExchangeOnlineManagement['"‘’“”] wurde nicht geladen/i],
    samples: [
      "Connect-ExchangeOnline : The term 'Connect-ExchangeOnline' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      "Connect-ExchangeOnline : Die Benennung \"Connect-ExchangeOnline\" wurde nicht als Name eines Cmdlet, einer Funktion, einer Skriptdatei oder eines ausführbaren Programms erkannt.",
      "Import-Module : The specified module 'ExchangeOnlineManagement' was not loaded because no valid module file was found in any module directory.",
    ],
  },
  {
    id: 'ps-exchange-cmdlet-missing',
    source: 'powershell',
    code: "'New-ServicePrincipal' is not recognized",
    key: "The term 'New-ServicePrincipal' is not recognized",
    matchers: [
      new RegExp(`\\bterm ['"‘’“”](?:${STEP2_CMDLETS})['"‘’“”] is not recognized`, 'i'),
      new RegExp(`\\bBenennung ['"‘’“”„](?:${STEP2_CMDLETS})['"‘’“”] wurde nicht`, 'i'),
    ],
    samples: [
      "New-ServicePrincipal : The term 'New-ServicePrincipal' is not recognized as the name of a cmdlet, function, script file, or operable program. Check the spelling of the name, or if a path was included, verify that the path is correct and try again.",
      "Add-MailboxPermission: The term 'Add-MailboxPermission' is not recognized as a name of a cmdlet, function, script file, or executable program.",
    ],
  },
  {
    id: 'ps-placeholder-left',
    source: 'powershell',
    code: "The '<' operator is reserved for future use",
    key: "The '<' operator is reserved for future use.",
    matchers: [/The ['"‘’“”]<['"‘’“”] operator is reserved for future use/i, /Der Operator ['"‘’“”„]<['"‘’“”] ist für (?:die )?zukünftige Verwendung reserviert/i],
    samples: [
      "At line:1 char:29\n+ New-ServicePrincipal -AppId <APPLICATION_ID> -ObjectId <OBJECT_ID>\n+                             ~\nThe '<' operator is reserved for future use.\n    + CategoryInfo          : ParserError: (:) [], ParentContainsErrorRecordException\n    + FullyQualifiedErrorId : RedirectionNotSupported",
      "Der Operator \"<\" ist für die zukünftige Verwendung reserviert.",
    ],
  },
  {
    id: 'ps-objectid-parameter-unknown',
    source: 'powershell',
    code: "parameter name 'ObjectId' not found",
    key: "A parameter cannot be found that matches parameter name 'ObjectId'",
    matchers: [/A parameter cannot be found that matches parameter name ['"‘’“”]ObjectId['"‘’“”]/i, /kein Parameter gefunden, der dem Parameternamen ['"‘’“”„]ObjectId['"‘’“”] entspricht/i],
    samples: [
      "New-ServicePrincipal : A parameter cannot be found that matches parameter name 'ObjectId'.",
      "New-ServicePrincipal : Es wurde kein Parameter gefunden, der dem Parameternamen \"ObjectId\" entspricht.",
    ],
  },
  {
    id: 'ps-user-not-found',
    source: 'powershell',
    code: "User or group … wasn't found",
    key: "User or group wasn't found",
    matchers: [/\bUser or group\b[^\r\n]{0,200}?\bwasn['’]t found\b/i],
    samples: [
      "Add-MailboxPermission : User or group \"0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d\" wasn't found. Please make sure you've typed it correctly.",
    ],
  },
  {
    id: 'ps-object-not-found',
    source: 'powershell',
    code: "object … couldn't be found",
    key: "The operation couldn't be performed because object couldn't be found on",
    matchers: [/\bThe operation couldn['’]t be performed because object\b[^\r\n]{0,300}?\bcouldn['’]t be found on\b/i],
    samples: [
      "Set-CASMailbox : The operation couldn't be performed because object 'info@contoso.com' couldn't be found on 'FR2P281A07DC001.DEUP281A007.PROD.OUTLOOK.COM'.",
    ],
  },
  {
    id: 'ps-new-service-principal-failed',
    source: 'powershell',
    code: 'New-ServicePrincipal failed',
    key: 'New-ServicePrincipal : failed',
    matchers: [/^[ \t]*New-ServicePrincipal ?: /m, /\[New-ServicePrincipal\]/],
    fallback: true,
    samples: [
      "New-ServicePrincipal : |Microsoft.Exchange.Management.Tasks.ThrowTerminatingErrorException|An error occurred.\n    + CategoryInfo          : NotSpecified: (:) [New-ServicePrincipal], ThrowTerminatingErrorException",
    ],
  },
  {
    id: 'ps-install-needs-admin',
    source: 'powershell',
    code: 'Administrator rights are required to install modules',
    key: 'Administrator rights are required to install modules',
    matchers: [/Administrator rights are required to install modules/i, /Zum Installieren von Modulen in [^\r\n]{0,300}?sind Administratorrechte erforderlich/i],
    samples: [
      "Install-Module : Administrator rights are required to install modules in 'C:\\Program Files\\WindowsPowerShell\\Modules'. Log on to the computer with an account that has Administrator rights, and then try again, or install 'C:\\Users\\admin\\Documents\\WindowsPowerShell\\Modules' by adding \"-Scope CurrentUser\" to your command.",
    ],
  },
  {
    id: 'ps-scripts-disabled',
    source: 'powershell',
    code: 'running scripts is disabled on this system',
    key: 'running scripts is disabled on this system',
    matchers: [/running scripts is disabled on this system/i, /Ausführung von Skripts auf diesem System deaktiviert/i],
    samples: [
      "Import-Module : File C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\3.5.0\\netFramework\\ExchangeOnlineManagement.psm1 cannot be loaded because running scripts is disabled on this system. For more information, see about_Execution_Policies at https:/go.microsoft.com/fwlink/?LinkID=135170.",
      "Import-Module : Die Datei \"C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\3.5.0\\netFramework\\ExchangeOnlineManagement.psm1\" kann nicht geladen werden, da die Ausführung von Skripts auf diesem System deaktiviert ist.",
    ],
  },];
