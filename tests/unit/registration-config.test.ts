import { describe, expect, it } from 'vitest';
import { liveCheckCsp, liveConfigFrom } from '../../src/tools/registration/config';

describe('live check configuration', () => {
  it('is off without a client ID', () => {
    expect(liveConfigFrom({})).toBeNull();
    expect(liveConfigFrom({ PUBLIC_MSAL_CLIENT_ID: '  ' })).toBeNull();
    expect(liveCheckCsp({})).toEqual({ 'connect-src': [], 'frame-src': [] });
  });

  it("defaults to Microsoft's organisations authority and Graph", () => {
    const env = { PUBLIC_MSAL_CLIENT_ID: '11111111-2222-4333-8444-555555555555' };
    expect(liveConfigFrom(env)).toEqual({
      clientId: '11111111-2222-4333-8444-555555555555',
      authority: 'https://login.microsoftonline.com/organizations',
      graphBase: 'https://graph.microsoft.com',
      oidc: false,
    });
    expect(liveCheckCsp(env)).toEqual({
      'connect-src': ['https://login.microsoftonline.com', 'https://graph.microsoft.com'],
      'frame-src': ['https://login.microsoftonline.com'],
    });
  });

  it('treats any other authority as a plain OpenID Connect provider', () => {
    const env = { PUBLIC_MSAL_CLIENT_ID: 'test', PUBLIC_MSAL_AUTHORITY: 'https://localhost:4501/', PUBLIC_GRAPH_BASE: 'https://localhost:4502/' };
    expect(liveConfigFrom(env)).toMatchObject({ oidc: true, graphBase: 'https://localhost:4502' });
    expect(liveCheckCsp(env)['connect-src']).toEqual(['https://localhost:4501', 'https://localhost:4502']);
  });

  it('refuses http and malformed URLs at build time', () => {
    expect(() => liveConfigFrom({ PUBLIC_MSAL_CLIENT_ID: 'x', PUBLIC_MSAL_AUTHORITY: 'http://login.example/' })).toThrow(/https/);
    expect(() => liveConfigFrom({ PUBLIC_MSAL_CLIENT_ID: 'x', PUBLIC_GRAPH_BASE: 'graph' })).toThrow(/not a URL/);
  });
});
