/**
 * Build-time configuration of the live check, from PUBLIC_* environment variables,
 * and the origins it talks to (the one place the Content Security Policy takes them from).
 *
 *   PUBLIC_MSAL_CLIENT_ID   the site's own SPA app registration; unset = live check off
 *   PUBLIC_MSAL_AUTHORITY   default https://login.microsoftonline.com/organizations
 *   PUBLIC_GRAPH_BASE       default https://graph.microsoft.com
 *
 * An authority outside Microsoft's sign-in hosts is treated as a plain OpenID Connect
 * provider (MSAL protocol mode OIDC), which is how the end-to-end test signs in locally.
 */
import { LOGIN_HOST } from '../../data/microsoft';

export const DEFAULT_AUTHORITY = `${LOGIN_HOST}/organizations`;
export const DEFAULT_GRAPH_BASE = 'https://graph.microsoft.com';

/** Microsoft's sign-in hosts (public and national clouds), where MSAL runs in its Entra mode. */
const MICROSOFT_LOGIN_HOSTS = ['login.microsoftonline.com', 'login.microsoftonline.us', 'login.chinacloudapi.cn', 'login.partner.microsoftonline.cn'];

export interface LiveConfig {
  clientId: string;
  authority: string;
  graphBase: string;
  /** True for a non-Microsoft OpenID Connect provider. */
  oidc: boolean;
}

export type Env = Record<string, string | boolean | undefined>;

function setting(env: Env, name: string): string {
  const v = env[name];
  return typeof v === 'string' ? v.trim() : '';
}

function httpsUrl(name: string, value: string): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`${name} is not a URL: "${value}"`);
  }
  if (url.protocol !== 'https:') throw new Error(`${name} must use https: "${value}"`);
  return url;
}

/** The live check's configuration, or null when no client ID is configured. Throws on a malformed setting. */
export function liveConfigFrom(env: Env): LiveConfig | null {
  const clientId = setting(env, 'PUBLIC_MSAL_CLIENT_ID');
  if (!clientId) return null;
  const authority = setting(env, 'PUBLIC_MSAL_AUTHORITY') || DEFAULT_AUTHORITY;
  const graphBase = (setting(env, 'PUBLIC_GRAPH_BASE') || DEFAULT_GRAPH_BASE).replace(/\/+$/, '');
  const authorityUrl = httpsUrl('PUBLIC_MSAL_AUTHORITY', authority);
  httpsUrl('PUBLIC_GRAPH_BASE', graphBase);
  return { clientId, authority, graphBase, oidc: !MICROSOFT_LOGIN_HOSTS.includes(authorityUrl.hostname) };
}

/**
 * Origins the live check needs in the Content Security Policy:
 * connect-src (metadata, token and Graph requests) and frame-src (MSAL's silent
 * renewal in a hidden iframe). Empty when the live check is off.
 */
export function liveCheckCsp(env: Env): { 'connect-src': string[]; 'frame-src': string[] } {
  const config = liveConfigFrom(env);
  if (!config) return { 'connect-src': [], 'frame-src': [] };
  const authority = new URL(config.authority).origin;
  const graph = new URL(config.graphBase).origin;
  return { 'connect-src': [...new Set([authority, graph])], 'frame-src': [authority] };
}

/** The configuration this build was made with. */
export const LIVE_CONFIG: LiveConfig | null = liveConfigFrom(import.meta.env ?? {});
