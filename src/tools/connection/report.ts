/**
 * The connection test's JSON report: the schema the generated script writes and the
 * result reader reads. Versioned: a reader accepts its own major version and says so
 * plainly for any other. The report never holds the client secret or the token; of
 * the token it keeps only the claims the diagnosis needs.
 */

export const REPORT_SCHEMA = 'teamspace-connection-test';
export const REPORT_VERSION = 1;

/** The claims of an access token the test reports (names as in Microsoft's claims reference). */
export interface TokenClaims {
  aud?: string | null;
  iss?: string | null;
  tid?: string | null;
  /** v1.0 tokens. */
  appid?: string | null;
  /** v2.0 tokens (replaces appid). */
  azp?: string | null;
  /** The client's service principal (enterprise application) object ID in an app token. */
  oid?: string | null;
  roles?: string[] | null;
  /** Only in user (delegated) tokens. */
  scp?: string | null;
  exp?: number | null;
  nbf?: number | null;
  iat?: number | null;
  ver?: string | null;
}

export interface TokenResult {
  ok: boolean;
  /** HTTP status of the token response; null when no response came. */
  status?: number | null;
  /** OAuth error string (e.g. invalid_client). */
  error?: string | null;
  /** The AADSTS codes of Microsoft's error_codes array. */
  errorCodes?: number[] | null;
  /** error_description, as Microsoft sent it. */
  description?: string | null;
  /** A transport failure (DNS, refused, timeout, TLS) instead of a response. */
  transport?: string | null;
  claims?: TokenClaims | null;
  expiresIn?: number | null;
}

export type Stage =
  | 'connect'
  | 'tls'
  | 'greeting'
  | 'capability'
  | 'authenticate'
  | 'examine'
  | 'logout'
  | 'ehlo'
  | 'starttls'
  | 'auth'
  | 'mail'
  | 'rcpt'
  | 'data'
  | 'quit';

export interface ProtocolResult {
  ok: boolean;
  /** Not run (e.g. no token). */
  skipped?: boolean;
  /** The step at which it stopped (the last step when ok). */
  stage?: Stage | null;
  /** The server's exact reply at that step. */
  reply?: string | null;
  /** A transport failure: "timeout", "refused", "dns", "tls: …" or the .NET message. */
  transport?: string | null;
  /** Wall time of the connection in milliseconds (informational). */
  ms?: number | null;
}

export interface SendResult extends ProtocolResult {
  from: string;
  to: string;
}

export interface MailboxResult {
  address: string;
  imap?: ProtocolResult | null;
  smtp?: ProtocolResult | null;
  send?: SendResult | null;
}

export interface Report {
  schema: typeof REPORT_SCHEMA;
  version: number;
  generatedAt?: string;
  powershell?: { version?: string; edition?: string } | null;
  input: {
    tenant?: string | null;
    appId?: string | null;
    /** The enterprise application Object ID the admin entered (optional). */
    objectId?: string | null;
    resource?: string | null;
    imap?: string | null;
    smtp?: string | null;
    /** "guid" when the secret typed looks like a Secret ID; the secret itself is never kept. */
    secretShape?: 'guid' | 'value' | 'empty' | null;
  };
  token: TokenResult;
  mailboxes: MailboxResult[];
}
