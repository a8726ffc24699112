/**
 * Validation of the values shared across tools. Each validator returns a message id
 * (translated in src/i18n/ui.ts) instead of text, so the logic stays locale-free.
 * Whether a value is valid is decided by its link key's schema in src/lib/link-keys.ts
 * (Zod 4), the one place link values are validated; these functions add the
 * message that says what is wrong.
 */
import { LINK_SCHEMAS, parseLinkValue } from './link-keys';

export type MessageId = keyof typeof import('../i18n/ui').UI.en.validation;

/** A validation result. Tools with their own messages pass their own id type as M. */
export type Check<T = string, M extends string = MessageId> =
  | { ok: true; value: T; warnings: M[] }
  | { ok: false; error: M; params?: Record<string, string> };

const DOMAIN_RE = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

export { guidSchema } from './link-keys';

/** A GUID such as the Application (client) ID. Surrounding spaces are tolerated; braces are not. */
export function checkGuid(raw: string): Check {
  if (raw.trim() === '') return { ok: false, error: 'required' };
  if (/^\{.*\}$/.test(raw.trim())) return { ok: false, error: 'guidBraces' };
  const value = parseLinkValue(LINK_SCHEMAS.app, raw);
  return value !== null ? { ok: true, value: value.trim().toLowerCase(), warnings: [] } : { ok: false, error: 'guid' };
}

/** Directory (tenant) ID: a GUID or the primary *.onmicrosoft.com domain. */
export function checkTenant(raw: string): Check {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  if (parseLinkValue(LINK_SCHEMAS.tenant, v) !== null) return { ok: true, value: v.toLowerCase(), warnings: [] };
  if (DOMAIN_RE.test(v)) return { ok: false, error: 'tenantCustomDomain' };
  return { ok: false, error: 'tenant' };
}

/**
 * The tenant in the admin-consent link: Microsoft accepts the Directory (tenant) ID and
 * any verified domain of the tenant, not only *.onmicrosoft.com (corrections item 14).
 * A custom domain comes with a warning: it must be verified in this tenant, and the
 * other steps still need the tenant ID.
 */
export function checkConsentTenant(raw: string): Check {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  if (parseLinkValue(LINK_SCHEMAS.tenant, v) !== null) return { ok: true, value: v.toLowerCase(), warnings: [] };
  if (DOMAIN_RE.test(v)) return { ok: true, value: v.toLowerCase(), warnings: ['tenantVerifiedDomain'] };
  return { ok: false, error: 'tenantConsent' };
}

/** The Enterprise application Object ID; warns about the classic mix-up with the Application ID. */
export function checkObjectId(raw: string, appId?: string): Check {
  const r = checkGuid(raw);
  if (!r.ok) return r;
  if (appId && r.value === appId.trim().toLowerCase()) return { ok: true, value: r.value, warnings: ['objectEqualsApp'] };
  return r;
}

/** A "1"/"0" switch from a link. */
export function checkFlag(raw: string): Check<boolean> {
  const value = parseLinkValue(LINK_SCHEMAS.smtp, raw);
  if (value === null) return { ok: false, error: 'flag' };
  return { ok: true, value: /^\s*(?:1|true|yes)\s*$/i.test(value), warnings: [] };
}
