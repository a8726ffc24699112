/**
 * The support page's links: from the customer's values, entered once, the link that opens
 * the guide overview with every value (carried through every step from there), the links
 * to each step and each tool, and the e-mail texts that contain the link. Pure functions.
 *
 * Each value is checked by the same validator its tools use; the links are built only when
 * every filled field is valid, from the values as the tools read them (trimmed, GUIDs in
 * lower case, the installation URL normalised, mailboxes one comma-separated list).
 */
import { checkInstallationUrl } from '../redirect/installation-url';
import { LINK_KEY_ORDER } from '../../lib/link-keys';
import { checkMailboxList, parseMailboxes } from '../../lib/mailboxes';
import { fitFragment, looksLikeSecretValue } from '../../lib/url-state';
import { checkGuid, checkObjectId, checkTenant, type Check } from '../../lib/validators';
import { format } from '../../i18n/ui';

/** The values support enters, in link order. */
export const SETUP_KEYS = ['url', 'tenant', 'app', 'obj', 'sp', 'mb'] as const;
export type SetupKey = (typeof SETUP_KEYS)[number];
export type SetupInput = Partial<Record<SetupKey, string>>;

/** The check of one value, as the tool that reads it checks it (`obj` against the Application ID); a secret-shaped value is refused. */
export function checkSetupValue(key: SetupKey, raw: string, input: SetupInput = {}): Check {
  // Refused in every field, as everywhere on the site: it never reaches a link.
  if (looksLikeSecretValue(raw)) return { ok: false, error: 'secretValue' };
  switch (key) {
    case 'url':
      return checkInstallationUrl(raw);
    case 'tenant':
      return checkTenant(raw);
    case 'app':
    case 'sp':
      return checkGuid(raw);
    case 'obj':
      return checkObjectId(raw, input.app);
    case 'mb': {
      const r = checkMailboxList(parseMailboxes(raw));
      return r.ok ? { ok: true, value: r.value.addresses.join(','), warnings: [] } : r;
    }
  }
}

export interface SetupValues {
  /** The valid values as the tools read them, in link order (empty fields left out). */
  values: Map<SetupKey, string>;
  /** Filled fields whose value is not valid (in link order): no links while there is one. */
  invalid: SetupKey[];
}

export function setupValues(input: SetupInput): SetupValues {
  const values = new Map<SetupKey, string>();
  const invalid: SetupKey[] = [];
  for (const key of SETUP_KEYS) {
    const raw = input[key] ?? '';
    if (raw.trim() === '') continue;
    const r = checkSetupValue(key, raw, input);
    if (r.ok) values.set(key, r.value);
    else invalid.push(key);
  }
  return { values, invalid };
}

/** A page of the links list: its title and its path in the page's locale (e.g. `/de/tools/redirect-uri/`). */
export interface LinkedPage {
  title: string;
  path: string;
}

export interface SetupLinks {
  /** The guide overview with every value. */
  overview: string;
  steps: { title: string; href: string }[];
  tools: { title: string; href: string }[];
  /** Keys whose values are too long for a link (a very long mailbox list): left out of every link. */
  omitted: string[];
}

/** Absolute links (the site's origin) to the overview, each step and each tool, all carrying the values. */
export function setupLinks(origin: string, overviewPath: string, steps: readonly LinkedPage[], tools: readonly LinkedPage[], values: ReadonlyMap<string, string>): SetupLinks {
  const { fragment, omitted } = fitFragment(values, LINK_KEY_ORDER);
  const link = (path: string) => `${origin}${path}${fragment}`;
  return {
    overview: link(overviewPath),
    steps: steps.map((p) => ({ title: p.title, href: link(p.path) })),
    tools: tools.map((p) => ({ title: p.title, href: link(p.path) })),
    omitted,
  };
}

/** An e-mail text with the link in it; the template has `{link}` on a line of its own. */
export function setupEmail(template: string, link: string): string {
  return format(template, { link });
}
