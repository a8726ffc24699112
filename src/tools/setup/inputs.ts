/** Checks of the setup script's inputs: app name, installation URL, mailboxes. */
import { redirectUriFor } from '../../data/microsoft';
import { refuseUnsafeCharacters, type CharacterMessage } from '../../lib/characters';
import { parseMailboxes } from '../../lib/mailboxes';
import { isSafeForPowerShell } from '../../lib/powershell';
import type { Check, MessageId } from '../../lib/validators';
import { checkInstallationUrl } from '../redirect/installation-url';
import { checkRedirectUri } from '../redirect/redirect-rules';

export type SetupMessage = 'required' | 'nameUnsafe' | 'nameLong' | 'urlRules' | 'mailbox' | 'mailboxUnsafe';

/** Entra allows 256 characters for a display name; longer names are refused there. */
const NAME_MAX = 256;

export function checkAppName(raw: string): Check<string, SetupMessage | CharacterMessage> {
  const v = raw.trim();
  if (v === '') return { ok: false, error: 'required' };
  // The shared rule (src/lib/characters.ts) names an invisible or direction-changing character.
  const refused = refuseUnsafeCharacters(raw, { allowLineBreaks: true });
  if (refused) return { ok: false, error: refused.error, params: refused.params };
  if (!isSafeForPowerShell(v)) return { ok: false, error: 'nameUnsafe' };
  if (v.length > NAME_MAX) return { ok: false, error: 'nameLong' };
  return { ok: true, value: v, warnings: [] };
}

/**
 * Installation URL -> the redirect URI the script registers. The page value "url" has
 * one validator for every tool (the redirect URI tool's normaliser, whose changes come
 * back as warnings); on top, the resulting URI must pass Microsoft's redirect URI rules.
 */
export function checkSetupUrl(raw: string): Check<string, SetupMessage | MessageId> {
  const r = checkInstallationUrl(raw);
  if (!r.ok) return r;
  const redirect = redirectUriFor(r.value);
  if (!isSafeForPowerShell(redirect) || checkRedirectUri(redirect).verdict === 'error') return { ok: false, error: 'urlRules' };
  return { ok: true, value: redirect, warnings: r.warnings };
}

/**
 * Mailboxes, read as the step-2 generator reads them (src/lib/mailboxes.ts: lines, commas,
 * semicolons, spaces, "Name <address>"; duplicates in any case removed); empty is allowed.
 */
export function checkMailboxes(raw: string): Check<string[], SetupMessage | CharacterMessage> {
  // The shared rule (src/lib/characters.ts) names an invisible or direction-changing character.
  const refused = refuseUnsafeCharacters(raw, { allowLineBreaks: true });
  if (refused) return { ok: false, error: refused.error, params: refused.params };
  const list = parseMailboxes(raw);
  if (list.invalid.some((m) => !isSafeForPowerShell(m))) return { ok: false, error: 'mailboxUnsafe' };
  if (list.invalid.length) return { ok: false, error: 'mailbox' };
  return { ok: true, value: list.addresses, warnings: [] };
}
