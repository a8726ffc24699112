/**
 * The settings of an app registration that the checks look at, in one shape,
 * whether they came from a pasted manifest (either format) or from Microsoft Graph.
 */
import type { PermissionType } from '../../data/microsoft';

export type Source = 'graphManifest' | 'aadGraphManifest' | 'graphApi';

export interface ResourceAccess {
  resourceAppId: string;
  resourceAccess: { id: string; type: PermissionType | string }[];
}

export interface Secret {
  /** Description (Graph format: displayName; AAD Graph format has none). */
  name: string | null;
  /** The first characters of the value, as Entra shows them. */
  hint: string | null;
  keyId: string | null;
  /** The end date as written in the source (kept for display), and parsed. */
  endText: string | null;
  end: Date | null;
}

export interface Registration {
  source: Source;
  appId: string | null;
  /** Object ID of the app registration itself (not the enterprise application). */
  objectId: string | null;
  displayName: string | null;
  signInAudience: string | null;
  webRedirectUris: string[];
  /** Redirect URIs of the other platforms: a teamspace URI there is a mistake. */
  spaRedirectUris: string[];
  publicClientRedirectUris: string[];
  /** null: the setting is missing from the source. */
  accessTokenIssuance: boolean | null;
  idTokenIssuance: boolean | null;
  requiredResourceAccess: ResourceAccess[];
  secrets: Secret[];
}

type Json = Record<string, unknown>;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

function bool(v: unknown): boolean | null {
  return typeof v === 'boolean' ? v : null;
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

function date(text: string | null): Date | null {
  if (!text) return null;
  const d = new Date(text);
  return Number.isNaN(d.getTime()) ? null : d;
}

export function readRequiredResourceAccess(v: unknown): ResourceAccess[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).map((r) => ({
    resourceAppId: (str(r.resourceAppId) ?? '').toLowerCase(),
    resourceAccess: (Array.isArray(r.resourceAccess) ? r.resourceAccess : [])
      .filter(isObject)
      .map((a) => ({ id: (str(a.id) ?? '').toLowerCase(), type: str(a.type) ?? '' })),
  }));
}

function readSecrets(v: unknown, endKey: string, nameKey: string | null): Secret[] {
  if (!Array.isArray(v)) return [];
  return v.filter(isObject).map((s) => {
    const endText = str(s[endKey]);
    return { name: nameKey ? str(s[nameKey]) : null, hint: str(s.hint), keyId: str(s.keyId), endText, end: date(endText) };
  });
}

/** An application in the Microsoft Graph shape: the current manifest format and the Graph API's answer. */
export function fromGraphShape(app: Json, source: 'graphManifest' | 'graphApi'): Registration {
  const web = isObject(app.web) ? app.web : {};
  const implicit = isObject(web.implicitGrantSettings) ? web.implicitGrantSettings : {};
  const spa = isObject(app.spa) ? app.spa : {};
  const publicClient = isObject(app.publicClient) ? app.publicClient : {};
  return {
    source,
    appId: str(app.appId),
    objectId: str(app.id),
    displayName: str(app.displayName),
    signInAudience: str(app.signInAudience),
    webRedirectUris: strings(web.redirectUris),
    spaRedirectUris: strings(spa.redirectUris),
    publicClientRedirectUris: strings(publicClient.redirectUris),
    accessTokenIssuance: bool(implicit.enableAccessTokenIssuance),
    idTokenIssuance: bool(implicit.enableIdTokenIssuance),
    requiredResourceAccess: readRequiredResourceAccess(app.requiredResourceAccess),
    secrets: readSecrets(app.passwordCredentials, 'endDateTime', 'displayName'),
  };
}

/** An application in the older AAD Graph manifest shape. */
export function fromAadGraphShape(app: Json): Registration {
  const replyUrls = Array.isArray(app.replyUrlsWithType) ? app.replyUrlsWithType.filter(isObject) : [];
  const urlsOfType = (type: string) => replyUrls.filter((r) => str(r.type) === type).map((r) => str(r.url)).filter((u): u is string => u !== null);
  return {
    source: 'aadGraphManifest',
    appId: str(app.appId),
    objectId: str(app.id),
    displayName: str(app.name) ?? str(app.displayName),
    signInAudience: str(app.signInAudience),
    webRedirectUris: urlsOfType('Web'),
    spaRedirectUris: urlsOfType('Spa'),
    publicClientRedirectUris: urlsOfType('InstalledClient'),
    accessTokenIssuance: bool(app.oauth2AllowImplicitFlow),
    idTokenIssuance: bool(app.oauth2AllowIdTokenImplicitFlow),
    requiredResourceAccess: readRequiredResourceAccess(app.requiredResourceAccess),
    secrets: readSecrets(app.passwordCredentials, 'endDate', null),
  };
}
