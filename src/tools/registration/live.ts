/**
 * The Microsoft sign-in of the live check. This module is imported dynamically when
 * the user clicks "Sign in", so MSAL is not part of the page's initial JavaScript.
 * Tokens live in MSAL's memory cache only: nothing is written to storage.
 */
import {
  BrowserCacheLocation,
  InteractionRequiredAuthError,
  ProtocolMode,
  PublicClientApplication,
  type AccountInfo,
} from '@azure/msal-browser';
import type { LiveConfig } from './config';
import { GRAPH_SCOPES } from '../../data/microsoft';

export class LiveSession {
  readonly #pca: PublicClientApplication;
  readonly #scopes: string[];
  /** Account picker on Microsoft; plain OpenID Connect providers need not support it. */
  readonly #prompt: string | undefined;
  #account: AccountInfo | null = null;

  private constructor(pca: PublicClientApplication, scopes: string[], prompt: string | undefined) {
    this.#pca = pca;
    this.#scopes = scopes;
    this.#prompt = prompt;
  }

  static async start(config: LiveConfig, redirectUri: string): Promise<LiveSession> {
    const authority = new URL(config.authority);
    const pca = new PublicClientApplication({
      auth: {
        clientId: config.clientId,
        authority: config.authority,
        redirectUri,
        postLogoutRedirectUri: null,
        // A non-Microsoft OpenID Connect provider is trusted as named; no discovery.
        ...(config.oidc ? { knownAuthorities: [authority.host], OIDCOptions: { defaultScopes: ['openid', 'profile'] } } : {}),
      },
      cache: { cacheLocation: BrowserCacheLocation.MemoryStorage },
      system: config.oidc ? { protocolMode: ProtocolMode.OIDC } : {},
    });
    await pca.initialize();
    await pca.handleRedirectPromise();
    // Microsoft's scopes are named with the Graph resource, so a national cloud's Graph works too.
    const scopes = GRAPH_SCOPES.registrationCheck.map((s) => (config.oidc ? s : `${config.graphBase}/${s}`));
    return new LiveSession(pca, scopes, config.oidc ? undefined : 'select_account');
  }

  /** Opens Microsoft's sign-in in a popup; resolves with the signed-in user's name. */
  async signIn(): Promise<string> {
    const result = await this.#pca.loginPopup({ scopes: this.#scopes, prompt: this.#prompt });
    this.#account = result.account;
    return result.account.username || result.account.name || '';
  }

  /** An access token for Graph, from memory, renewed silently or by popup when needed. */
  async token(): Promise<string> {
    if (!this.#account) throw new Error('not signed in');
    try {
      return (await this.#pca.acquireTokenSilent({ scopes: this.#scopes, account: this.#account })).accessToken;
    } catch (e) {
      if (!(e instanceof InteractionRequiredAuthError)) throw e;
      return (await this.#pca.acquireTokenPopup({ scopes: this.#scopes, account: this.#account })).accessToken;
    }
  }

  /** Forgets the account and every token (local only: no request to Microsoft). */
  async signOut(): Promise<void> {
    const account = this.#account;
    this.#account = null;
    await this.#pca.clearCache(account ? { account } : undefined);
  }
}
