/**
 * Checks of the setup script's inputs. The installation URL is normalised only as far
 * as stated in the tool (scheme and host in lower case, trailing slashes dropped); what
 * it cannot use is an error with the reason, never silently repaired.
 */
import { redirectUriFor } from '../../data/microsoft';
import { isSafeForPowerShell } from '../../lib/powershell';
import type { Check } from '../../lib/validators';

export type SetupMessage =
  | 'required'
  | 'nameUnsafe'
  | 'nameLong'
  | 'urlInvalid'
  | 'urlScheme'
  | 'urlHttp'
  | 'urlQuery'
  | 'urlCredentials'
  | 'urlIdn'
  | 'urlChars'
  | 'urlLong'
  | 'mailbox'
  | 'mailboxUnsafe';

/** Entra allows 256 characters for a display name; longer names are refused there. */
const NAME_MAX = 256;
/** Redirect URIs longer than 256 characters are not accepted by Entra. */
const REDIRECT_MAX = 256;
/** Characters Entra does not support in redirect URIs. */
const UNSUPPORTED = /[!$'(),;]/;
const MAILBOX = /^[^\s@,;]+@[^\s@,;]+\.[^\s@,;]{2,}$/;

export function checkAppName(raw: string): Check<string, SetupMessage> {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  if (!isSafeForPowerShell(v)) return { ok: false, error: 'nameUnsafe' };
  if (v.length > NAME_MAX) return { ok: false, error: 'nameLong' };
  return { ok: true, value: v, warnings: [] };
}

/** Installation URL -> the redirect URI the script registers. */
export function checkInstallationUrl(raw: string): Check<string, SetupMessage> {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) return { ok: false, error: 'urlScheme' };
  let url: URL;
  try {
    url = new URL(v);
  } catch {
    return { ok: false, error: 'urlInvalid' };
  }
  const localhost = url.hostname === 'localhost' || url.hostname === '127.0.0.1';
  if (url.protocol === 'http:' && !localhost) return { ok: false, error: 'urlHttp' };
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, error: 'urlScheme' };
  if (url.username || url.password) return { ok: false, error: 'urlCredentials' };
  if (url.search || url.hash || /[?#]/.test(v)) return { ok: false, error: 'urlQuery' };
  // The URL parser turns an internationalised host into punycode; Entra refuses both forms.
  const typedHost = v.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').split(/[/:]/)[0];
  if (/[^\x20-\x7e]/.test(typedHost) || url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    return { ok: false, error: 'urlIdn' };
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (UNSUPPORTED.test(decodeURIComponentSafe(path)) || UNSUPPORTED.test(url.host)) return { ok: false, error: 'urlChars' };
  const redirect = redirectUriFor(`${url.protocol}//${url.host}${path}`);
  if (redirect.length > REDIRECT_MAX) return { ok: false, error: 'urlLong' };
  if (!isSafeForPowerShell(redirect)) return { ok: false, error: 'urlInvalid' };
  return { ok: true, value: redirect, warnings: [] };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Mailbox addresses separated by commas, semicolons or white space; empty is allowed. */
export function checkMailboxes(raw: string): Check<string[], SetupMessage> {
  const list = raw.split(/[\s,;]+/).filter(Boolean);
  for (const m of list) {
    if (!isSafeForPowerShell(m)) return { ok: false, error: 'mailboxUnsafe' };
    if (!MAILBOX.test(m)) return { ok: false, error: 'mailbox' };
  }
  return { ok: true, value: [...new Set(list)], warnings: [] };
}
