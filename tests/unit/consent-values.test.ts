import { describe, expect, it } from 'vitest';
import { LOGIN_HOST } from '../../src/data/microsoft';
import { adminConsentUrl, consentLink } from '../../src/tools/consent/consent-link';
import { teamspaceValues } from '../../src/tools/values-card/values';

const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const TENANT = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';

describe('admin-consent link', () => {
  it('is Microsoft\'s adminconsent URL for the tenant and the app', () => {
    expect(adminConsentUrl(TENANT, APP)).toBe(`https://login.microsoftonline.com/${TENANT}/adminconsent?client_id=${APP}`);
    expect(adminConsentUrl('contoso.onmicrosoft.com', APP).startsWith(`${LOGIN_HOST}/contoso.onmicrosoft.com/`)).toBe(true);
  });

  it('is built from the validated values (trimmed, lower case)', () => {
    expect(consentLink(` ${TENANT.toUpperCase()} `, ` ${APP.toUpperCase()}`).url).toBe(`${LOGIN_HOST}/${TENANT}/adminconsent?client_id=${APP}`);
    expect(consentLink('Contoso.onmicrosoft.com', APP).url).toBe(`${LOGIN_HOST}/contoso.onmicrosoft.com/adminconsent?client_id=${APP}`);
  });

  // Corrections item 14: any verified domain of the tenant works, not only *.onmicrosoft.com.
  it.each(['contoso.com', 'mail.contoso.de', 'Contoso.COM'])('accepts the custom domain %j with a warning to use a verified one', (domain) => {
    const r = consentLink(domain, APP);
    expect(r.url).toBe(`${LOGIN_HOST}/${domain.toLowerCase()}/adminconsent?client_id=${APP}`);
    expect(r.tenant).toEqual({ ok: true, value: domain.toLowerCase(), warnings: ['tenantVerifiedDomain'] });
  });

  it.each([
    ['', APP, 'required', null],
    ['../common', APP, 'tenantConsent', null],
    ['contoso', APP, 'tenantConsent', null],
    [TENANT, '', null, 'required'],
    [TENANT, `{${APP}}`, null, 'guidBraces'],
    [TENANT, `${APP}&prompt=none`, null, 'guid'],
  ])('no link for tenant %j and app %j', (tenant, app, tenantError, appError) => {
    const r = consentLink(tenant, app);
    expect(r.url).toBeNull();
    expect(r.tenant.ok ? null : r.tenant.error).toBe(tenantError);
    expect(r.app.ok ? null : r.app.error).toBe(appError);
  });
});

describe('step-4 values card', () => {
  it('fills both IDs and never holds the secret', () => {
    expect(teamspaceValues({ app: APP.toUpperCase(), tenant: TENANT })).toEqual([
      { field: 'applicationId', state: 'value', value: APP, note: null },
      { field: 'directoryId', state: 'value', value: TENANT, note: null },
      { field: 'applicationKey', state: 'secret' },
    ]);
  });
  it('marks missing and invalid values with their error', () => {
    expect(teamspaceValues({})).toEqual([
      { field: 'applicationId', state: 'missing' },
      { field: 'directoryId', state: 'missing' },
      { field: 'applicationKey', state: 'secret' },
    ]);
    expect(teamspaceValues({ app: 'nope', tenant: 'contoso.com' }).slice(0, 2)).toEqual([
      { field: 'applicationId', state: 'invalid', error: 'guid' },
      { field: 'directoryId', state: 'invalid', error: 'tenantCustomDomain' },
    ]);
  });
  it('notes that teamspace expects the Directory ID, not the domain', () => {
    expect(teamspaceValues({ tenant: 'contoso.onmicrosoft.com' })[1]).toEqual({
      field: 'directoryId',
      state: 'value',
      value: 'contoso.onmicrosoft.com',
      note: 'directoryIdIsDomain',
    });
  });
});
