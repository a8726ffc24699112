/**
 * The checks of step 1 over a registration, from a manifest or from Graph. The result
 * carries ids and values, never sentences: the element words them per locale.
 */
import {
  HARMLESS_DEFAULT,
  LOOK_ALIKES,
  PERMISSIONS,
  REDIRECT_PATH,
  RESOURCES,
  SINGLE_TENANT_AUDIENCE,
  type LookAlike,
  type Permission,
} from '../../data/microsoft';
import type { Registration, Secret } from './registration';

export type Status = 'ok' | 'error' | 'warning' | 'info';

export type SettingCheck =
  | { id: 'audience'; status: Status; actual: string | null }
  | {
      id: 'redirectUri';
      status: Status;
      /** expected: the exact URI when the installation URL is known. */
      expected: string | null;
      /** exact | near (differs in case or a trailing slash) | otherPlatform | missing | pathOnly | noPath */
      finding: 'exact' | 'near' | 'otherPlatform' | 'missing' | 'pathFound' | 'pathMissing';
      /** The registered URIs that the finding is about. */
      uris: string[];
    }
  | { id: 'accessTokens' | 'idTokens'; status: Status; actual: boolean | null };

/** Admin consent per permission: only known from the live check. */
export type Consent = 'granted' | 'notGranted' | 'unknown';

export interface PermissionCheck {
  permission: Permission;
  /**
   * present | missing | wrongType (right id, wrong type) | lookAlike (a look-alike instead);
   * with the calendar scoped in Exchange: scopedInExchange (absent from Entra, as it should
   * be) | presentUnscoped (still granted in Entra, so the scope narrows nothing).
   */
  state: 'present' | 'missing' | 'wrongType' | 'lookAlike' | 'scopedInExchange' | 'presentUnscoped';
  status: Status;
  consent: Consent;
}

export interface LookAlikeFinding {
  lookAlike: LookAlike;
  consent: Consent;
}

export interface SecretCheck {
  secret: Secret;
  state: 'valid' | 'expiring' | 'expired' | 'noEnd';
  status: Status;
  /** Whole days until the end (negative once expired). */
  daysLeft: number | null;
}

export interface Report {
  registration: Registration;
  settings: SettingCheck[];
  permissions: PermissionCheck[];
  lookAlikes: LookAlikeFinding[];
  /** Permissions the guide does not ask for and that are not known look-alikes. */
  others: { resourceAppId: string; id: string; type: string }[];
  secrets: SecretCheck[];
  /** False for a manifest: it cannot show admin consent. */
  consentKnown: boolean;
  errors: number;
  warnings: number;
}

/** What Graph says was granted tenant-wide; ids of app roles and names of delegated scopes. */
export interface Grants {
  appRoleIds: ReadonlySet<string>;
  adminScopes: ReadonlySet<string>;
}

export interface CheckOptions {
  /** The exact teamspace redirect URI, when the installation URL is known. */
  redirectUri?: string | null;
  now: Date;
  grants?: Grants;
  /**
   * The admin restricts Calendars.ReadWrite to chosen mailboxes with Exchange Online RBAC
   * for Applications (step 2). Its Entra grant is then expected to be absent: RBAC grants
   * add to Entra's, so an unscoped Entra grant would still open every calendar.
   * Source: learn.microsoft.com/exchange/permissions-exo/application-rbac.
   */
  calendarScopedInExchange?: boolean;
}

/** The one permission that RBAC for Applications scopes in this setup. */
const SCOPABLE = (p: Permission) => p.name === 'Calendars.ReadWrite' && p.type === 'Role';

const DAY = 24 * 60 * 60 * 1000;
export const EXPIRY_WARNING_DAYS = 30;

const resourceAppId = (p: { resource: keyof typeof RESOURCES }) => RESOURCES[p.resource].appId;

/**
 * The permissions a registration asks for, indexed once: resource and permission id to
 * the types asked for. Every lookup is then constant time, so a manifest that lists
 * thousands of permissions (or the same one thousands of times) is read once, not once
 * per permission the guide knows.
 */
type Asked = ReadonlyMap<string, ReadonlySet<string>>;

function askedPermissions(reg: Registration): Asked {
  const asked = new Map<string, Set<string>>();
  for (const r of reg.requiredResourceAccess) {
    for (const a of r.resourceAccess) {
      const key = `${r.resourceAppId}/${a.id}`;
      let types = asked.get(key);
      if (!types) asked.set(key, (types = new Set()));
      types.add(a.type);
    }
  }
  return asked;
}

function has(asked: Asked, appId: string, id: string, type?: string): boolean {
  const types = asked.get(`${appId}/${id}`);
  return types !== undefined && (type === undefined || types.has(type));
}

function consentOf(grants: Grants | undefined, p: { name: string; id: string; type: string }): Consent {
  if (!grants) return 'unknown';
  const granted = p.type === 'Role' ? grants.appRoleIds.has(p.id) : grants.adminScopes.has(p.name);
  return granted ? 'granted' : 'notGranted';
}

function checkRedirect(reg: Registration, expected: string | null): SettingCheck {
  const web = reg.webRedirectUris;
  if (expected) {
    if (web.includes(expected)) return { id: 'redirectUri', status: 'ok', expected, finding: 'exact', uris: [expected] };
    const loose = (u: string) => u.replace(/\/+$/, '').toLowerCase();
    const near = web.filter((u) => loose(u) === loose(expected));
    if (near.length) return { id: 'redirectUri', status: 'error', expected, finding: 'near', uris: near };
    const elsewhere = [...reg.spaRedirectUris, ...reg.publicClientRedirectUris].filter((u) => loose(u) === loose(expected));
    if (elsewhere.length) return { id: 'redirectUri', status: 'error', expected, finding: 'otherPlatform', uris: elsewhere };
    return { id: 'redirectUri', status: 'error', expected, finding: 'missing', uris: web };
  }
  // Without the installation URL only the path can be checked.
  const withPath = web.filter((u) => u.endsWith(REDIRECT_PATH));
  if (withPath.length) return { id: 'redirectUri', status: 'info', expected: null, finding: 'pathFound', uris: withPath };
  return { id: 'redirectUri', status: 'error', expected: null, finding: 'pathMissing', uris: web };
}

function checkSecret(secret: Secret, now: Date): SecretCheck {
  if (!secret.end) return { secret, state: 'noEnd', status: 'info', daysLeft: null };
  const ms = secret.end.getTime() - now.getTime();
  const daysLeft = Math.floor(ms / DAY);
  if (ms <= 0) return { secret, state: 'expired', status: 'error', daysLeft };
  if (ms <= EXPIRY_WARNING_DAYS * DAY) return { secret, state: 'expiring', status: 'warning', daysLeft };
  return { secret, state: 'valid', status: 'ok', daysLeft };
}

export function checkRegistration(reg: Registration, opts: CheckOptions): Report {
  // Access and ID tokens serve teamspace's single sign-on (its article asks for both);
  // mail works without them, so their absence is a warning, not an error.
  const bool = (id: 'accessTokens' | 'idTokens', actual: boolean | null): SettingCheck => ({ id, status: actual === true ? 'ok' : 'warning', actual });
  const settings: SettingCheck[] = [
    { id: 'audience', status: reg.signInAudience === SINGLE_TENANT_AUDIENCE ? 'ok' : 'error', actual: reg.signInAudience },
    checkRedirect(reg, opts.redirectUri ?? null),
    bool('accessTokens', reg.accessTokenIssuance),
    bool('idTokens', reg.idTokenIssuance),
  ];

  const asked = askedPermissions(reg);
  const lookAlikes: LookAlikeFinding[] = LOOK_ALIKES.filter((l) => has(asked, resourceAppId(l), l.id)).map((lookAlike) => ({
    lookAlike,
    consent: consentOf(opts.grants, lookAlike),
  }));

  const permissions: PermissionCheck[] = PERMISSIONS.map((permission) => {
    const appId = resourceAppId(permission);
    const consent = consentOf(opts.grants, permission);
    const scoped = opts.calendarScopedInExchange === true && SCOPABLE(permission);
    if (has(asked, appId, permission.id, permission.type)) {
      if (scoped) return { permission, state: 'presentUnscoped', status: 'warning', consent };
      const status: Status = consent === 'notGranted' ? 'error' : 'ok';
      return { permission, state: 'present', status, consent };
    }
    if (scoped) return { permission, state: 'scopedInExchange', status: 'ok', consent };
    if (has(asked, appId, permission.id)) return { permission, state: 'wrongType', status: 'error', consent };
    const instead = lookAlikes.some((l) => l.lookAlike.insteadOf === permission.name);
    return { permission, state: instead ? 'lookAlike' : 'missing', status: 'error', consent };
  });

  const known = new Set([...PERMISSIONS, ...LOOK_ALIKES, HARMLESS_DEFAULT].map((p) => `${resourceAppId(p)}/${p.id}`));
  const others = reg.requiredResourceAccess.flatMap((r) =>
    r.resourceAccess.filter((a) => !known.has(`${r.resourceAppId}/${a.id}`)).map((a) => ({ resourceAppId: r.resourceAppId, id: a.id, type: a.type })),
  );

  const secrets = reg.secrets.map((s) => checkSecret(s, opts.now)).sort((a, b) => (a.secret.end?.getTime() ?? Infinity) - (b.secret.end?.getTime() ?? Infinity));

  const all: Status[] = [...settings.map((s) => s.status), ...permissions.map((p) => p.status), ...lookAlikes.map(() => 'error' as const), ...secrets.map((s) => s.status)];
  return {
    registration: reg,
    settings,
    permissions,
    lookAlikes,
    others,
    secrets,
    consentKnown: opts.grants !== undefined,
    errors: all.filter((s) => s === 'error').length,
    warnings: all.filter((s) => s === 'warning').length,
  };
}
