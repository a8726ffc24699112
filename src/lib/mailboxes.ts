/**
 * The one reader of the link key `mb`, for every tool that takes mailboxes (the step-2
 * generator, the one-shot setup script). The mailbox list as admins paste it: one address per line, or separated by commas,
 * semicolons or spaces, or copied from Outlook as `Name <address>` (display names may
 * be quoted and contain commas). Invalid entries are named, never dropped silently;
 * duplicates (case-insensitive, as Exchange treats addresses) are removed with a notice.
 */
import type { Check } from './validators';

export interface MailboxList {
  /** Valid, unique addresses in the order first met (spelling of the first occurrence). */
  addresses: string[];
  /** Entries that are not mailbox addresses, as typed. */
  invalid: string[];
  /** Addresses that were given more than once (spelling of the later occurrence). */
  duplicates: string[];
}

// A display name in quotes right before an angle address: "Smith, John" <john@x>.
const QUOTED_NAME = /"[^"]*"\s*(?=<)/g;
const ENTRY_SEPARATORS = /[,;\r\n]+/;
const ANGLE = /<([^<>]*)>/;

// Local part: printable, no spaces and none of the characters RFC 5322 reserves
// outside quotes; Unicode allowed (addresses with umlauts exist, RFC 6531).
const LOCAL = /^(?!\.)(?!.*\.\.)[^\s@<>()[\]\\,;:"\p{Cc}\p{Cf}\p{Zl}\p{Zp}]{1,64}(?<!\.)$/u;
const LABEL = /^(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)$/u;
const TLD = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/iu;

/** Whether a single entry is a plausible mailbox address. */
export function isMailboxAddress(value: string): boolean {
  if (value.length > 254) return false;
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return false;
  const local = value.slice(0, at);
  const labels = value.slice(at + 1).split('.');
  return LOCAL.test(local) && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && TLD.test(labels[labels.length - 1]);
}

/** Split one entry (no separators left but spaces) into candidate addresses. */
function candidates(entry: string): string[] {
  const out: string[] = [];
  let rest = entry;
  for (let m = ANGLE.exec(rest); m; m = ANGLE.exec(rest)) {
    // Words before <address> are a display name, except ones that look like addresses.
    for (const word of rest.slice(0, m.index).split(/\s+/)) if (word.includes('@')) out.push(word);
    const inner = m[1].trim();
    if (inner) out.push(inner);
    rest = rest.slice(m.index + m[0].length);
  }
  out.push(...rest.split(/\s+/).filter(Boolean));
  return out;
}

/** The last large list read: the tools on one page that share the field read the same text in turn. */
let last: { raw: string; list: MailboxList } | null = null;
const REMEMBERED = 65_536;

export function parseMailboxes(raw: string): MailboxList {
  if (last && last.raw === raw) return copyOf(last.list);
  const list = readMailboxes(raw);
  last = raw.length > REMEMBERED ? { raw, list: copyOf(list) } : null;
  return list;
}

/** Each caller gets its own arrays (the strings are shared). */
function copyOf(list: MailboxList): MailboxList {
  return { addresses: [...list.addresses], invalid: [...list.invalid], duplicates: [...list.duplicates] };
}

function readMailboxes(raw: string): MailboxList {
  const addresses: string[] = [];
  const invalid: string[] = [];
  const duplicates: string[] = [];
  const seen = new Set<string>();
  const text = raw.replace(QUOTED_NAME, '');
  for (const entry of text.split(ENTRY_SEPARATORS)) {
    for (const candidate of candidates(entry)) {
      if (!isMailboxAddress(candidate)) {
        invalid.push(candidate);
        continue;
      }
      const folded = candidate.toLowerCase();
      if (seen.has(folded)) duplicates.push(candidate);
      else {
        seen.add(folded);
        addresses.push(candidate);
      }
    }
  }
  return { addresses, invalid, duplicates };
}

/**
 * The mailbox field as a validator for bindField: an error while any entry is invalid
 * (the valid ones still reach the script; parseMailboxes() has them).
 */
export function checkMailboxes(raw: string): Check<MailboxList> {
  return checkMailboxList(parseMailboxes(raw));
}

/** The same check for a list parsed already. */
export function checkMailboxList(list: MailboxList): Check<MailboxList> {
  if (list.invalid.length) return { ok: false, error: 'mailboxes' };
  if (list.addresses.length === 0) return { ok: false, error: 'required' };
  return { ok: true, value: list, warnings: [] };
}
