/**
 * The link to Microsoft's admin-consent page for one app: the alternative to the
 * "Grant admin consent" button. Built only from validated values.
 */
import { LOGIN_HOST } from '../../data/microsoft';
import { checkConsentTenant, checkGuid, type Check } from '../../lib/validators';

/**
 * The link in four pieces: fixed text, tenant, fixed text, Application ID. The page
 * shows the same pieces with placeholders while a value is missing.
 */
export function adminConsentParts(tenant: string, appId: string): [string, string, string, string] {
  return [`${LOGIN_HOST}/`, tenant, '/adminconsent?client_id=', appId];
}

/** The admin-consent URL for a validated tenant (GUID or a verified domain) and Application ID. */
export function adminConsentUrl(tenant: string, appId: string): string {
  return adminConsentParts(encodeURIComponent(tenant), encodeURIComponent(appId)).join('');
}

export interface ConsentLink {
  tenant: Check;
  app: Check;
  /** The link, or null while either value is missing or invalid. */
  url: string | null;
}

/** Validates both values as typed and builds the link when both are valid. */
export function consentLink(rawTenant: string, rawApp: string): ConsentLink {
  const tenant = checkConsentTenant(rawTenant);
  const app = checkGuid(rawApp);
  return { tenant, app, url: tenant.ok && app.ok ? adminConsentUrl(tenant.value, app.value) : null };
}
