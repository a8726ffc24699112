/**
 * The names of the link keys, in link order (the order links are written in): all the
 * page state needs to read, carry and write links on every page. Kept apart from the
 * schemas in ./link-keys (Zod), so that a page without a tool does not load a validator.
 * ./link-keys gives every name its schema (the unit tests hold both lists equal).
 */
export const LINK_KEY_ORDER = ['url', 'tenant', 'app', 'obj', 'sp', 'mb', 'smtp', 'sendas', 'verify', 'ruri', 'calscope', 'err', 'exp', 'name', 'from', 'to'] as const;

export type LinkKeyName = (typeof LINK_KEY_ORDER)[number];

export const LINK_KEY_NAMES: ReadonlySet<string> = new Set(LINK_KEY_ORDER);
