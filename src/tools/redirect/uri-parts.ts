/**
 * Splitting a URL as typed, without the normalisation that URL() applies, so the
 * checks can see exactly what the user wrote (path case, an explicit :443, "?" with
 * nothing after it). URL() is still used where its normalisation is the point:
 * the punycode form of a host and the canonical form of an IP address.
 */

export interface UriParts {
  /** Lower-cased scheme without ":", or null when the text has none. */
  scheme: string | null;
  /** Everything between "//" and the path, as typed (may hold user info and port). */
  authority: string;
  userInfo: string | null;
  /** Host as typed (IPv6 with brackets), without user info and port. */
  host: string;
  /** Port digits as typed, or null. */
  port: string | null;
  path: string;
  /** "?..." as typed, or null when there is no "?". */
  query: string | null;
  /** "#..." as typed, or null when there is no "#". */
  fragment: string | null;
}

const WITH_SCHEME = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/is;
const WITHOUT_SCHEME = /^(?:\/\/)?([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/s;
/** "name:" that is a scheme, not "host:port". */
const SCHEME_PREFIX = /^([a-z][a-z0-9+.-]*):(?!\d)/i;

function splitAuthority(authority: string): Pick<UriParts, 'userInfo' | 'host' | 'port'> {
  const at = authority.lastIndexOf('@');
  const userInfo = at >= 0 ? authority.slice(0, at) : null;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const m = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPort);
  if (!m) return { userInfo, host: hostPort, port: null };
  return { userInfo, host: m[1]!, port: m[2] ?? null };
}

/**
 * The parts of a URL as typed. A text without "scheme://" is read as starting with
 * the host ("xyc.teamspace.de/teamspace"), except for another scheme ("mailto:x"),
 * which is reported with that scheme and an empty authority.
 */
export function splitUri(text: string): UriParts {
  const full = WITH_SCHEME.exec(text);
  if (full) {
    return {
      scheme: full[1]!.toLowerCase(),
      authority: full[2]!,
      ...splitAuthority(full[2]!),
      path: full[3]!,
      query: full[4] ?? null,
      fragment: full[5] ?? null,
    };
  }
  const other = SCHEME_PREFIX.exec(text);
  if (other && !text.startsWith('//')) {
    return { scheme: other[1]!.toLowerCase(), authority: '', userInfo: null, host: '', port: null, path: text.slice(other[0].length), query: null, fragment: null };
  }
  const bare = WITHOUT_SCHEME.exec(text)!;
  return {
    scheme: null,
    authority: bare[1]!,
    ...splitAuthority(bare[1]!),
    path: bare[2]!,
    query: bare[3] ?? null,
    fragment: bare[4] ?? null,
  };
}

/**
 * Host forms Microsoft allows plain http for (a test installation on the same computer):
 * localhost and 127.0.0.1 (any port), not the IPv6 loopback [::1]. Source: MicrosoftDocs
 * entra-docs, identity-platform/reply-url.md, "Localhost exceptions".
 */
export function isLoopback(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return h === 'localhost' || isLoopbackIp(h);
}

/** 127.x.x.x: allowed with http, but only added through the manifest (the portal refuses it). */
export function isLoopbackIp(hostname: string): boolean {
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** An IPv4 or IPv6 address (in URL()'s canonical hostname form). */
export function isIpAddress(hostname: string): boolean {
  return hostname.startsWith('[') || /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** The hostname in the form Microsoft stores (punycode, lower case), or null if it is not a valid host. */
export function canonicalHost(host: string): string | null {
  if (host === '') return null;
  try {
    const u = new URL(`https://${host}/`);
    return u.hostname || null;
  } catch {
    return null;
  }
}
