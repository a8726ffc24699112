/**
 * The live check's reads from Microsoft Graph (delegated, read only) and what they
 * mean. No DOM and no MSAL: the caller passes a fetch function and a token getter,
 * so this is unit-tested against responses in Microsoft's documented shapes.
 */
import { fromGraphShape, isObject, str, type Registration } from './registration';
import type { Grants } from './checks';

/** The four reads, in order; the UI lists them before sign-in. */
export const GRAPH_READS = [
  {
    id: 'application',
    path: "/v1.0/applications(appId='{appId}')?$select=id,appId,displayName,signInAudience,web,spa,publicClient,requiredResourceAccess,passwordCredentials",
  },
  { id: 'servicePrincipal', path: "/v1.0/servicePrincipals(appId='{appId}')?$select=id,appId,displayName" },
  { id: 'appRoleAssignments', path: '/v1.0/servicePrincipals/{spId}/appRoleAssignments' },
  { id: 'oauth2PermissionGrants', path: "/v1.0/oauth2PermissionGrants?$filter=clientId eq '{spId}'" },
] as const;

export type ReadId = (typeof GRAPH_READS)[number]['id'];


export type GraphFailure =
  | { kind: 'unauthorized'; read: ReadId; status: number; code: string | null }
  | { kind: 'forbidden'; read: ReadId; status: number; code: string | null }
  | { kind: 'appNotFound'; read: ReadId }
  | { kind: 'servicePrincipalNotFound'; read: ReadId }
  | { kind: 'network'; read: ReadId }
  | { kind: 'http'; read: ReadId; status: number; code: string | null; message: string | null };

export class GraphError extends Error {
  constructor(readonly failure: GraphFailure) {
    super(`Graph read "${failure.read}" failed: ${failure.kind}`);
  }
}

export interface LiveResult {
  registration: Registration;
  /** The enterprise application's Object ID (what New-ServicePrincipal needs). */
  servicePrincipalId: string;
  grants: Grants;
}

export type Fetch = (url: string, init: { headers: Record<string, string> }) => Promise<Response>;

export function graphUrl(base: string, path: string, values: Record<string, string>): string {
  const filled = path.replace(/\{(\w+)\}/g, (_, k: string) => encodeURIComponent(values[k] ?? ''));
  // Keep $, (, ), ', = and spaces of OData readable; encode spaces as %20.
  return base.replace(/\/+$/, '') + filled.replace(/ /g, '%20');
}

async function read(fetchImpl: Fetch, token: string, base: string, id: ReadId, values: Record<string, string>): Promise<Record<string, unknown>> {
  const spec = GRAPH_READS.find((r) => r.id === id)!;
  let res: Response;
  try {
    res = await fetchImpl(graphUrl(base, spec.path, values), { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
  } catch {
    throw new GraphError({ kind: 'network', read: id });
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok && isObject(body)) return body;
  const err = isObject(body) && isObject(body.error) ? body.error : {};
  const code = str(err.code);
  if (res.status === 401) throw new GraphError({ kind: 'unauthorized', read: id, status: res.status, code });
  if (res.status === 403) throw new GraphError({ kind: 'forbidden', read: id, status: res.status, code });
  if (res.status === 404 && id === 'application') throw new GraphError({ kind: 'appNotFound', read: id });
  if (res.status === 404 && id === 'servicePrincipal') throw new GraphError({ kind: 'servicePrincipalNotFound', read: id });
  throw new GraphError({ kind: 'http', read: id, status: res.status, code, message: str(err.message) });
}

function list(body: Record<string, unknown>): Record<string, unknown>[] {
  return Array.isArray(body.value) ? body.value.filter(isObject) : [];
}

/** Admin-consented grants only: tenant-wide delegated grants have consentType AllPrincipals. */
export function grantsFrom(appRoleAssignments: Record<string, unknown>[], permissionGrants: Record<string, unknown>[]): Grants {
  const appRoleIds = new Set(appRoleAssignments.map((a) => (str(a.appRoleId) ?? '').toLowerCase()).filter(Boolean));
  const adminScopes = new Set(
    permissionGrants.filter((g) => g.consentType === 'AllPrincipals').flatMap((g) => (str(g.scope) ?? '').split(/\s+/).filter(Boolean)),
  );
  return { appRoleIds, adminScopes };
}

/** Run the four reads for one Application ID. */
export async function readRegistration(fetchImpl: Fetch, token: string, graphBase: string, appId: string): Promise<LiveResult> {
  const app = await read(fetchImpl, token, graphBase, 'application', { appId });
  const sp = await read(fetchImpl, token, graphBase, 'servicePrincipal', { appId });
  const spId = str(sp.id) ?? '';
  const [assignments, grants] = await Promise.all([
    read(fetchImpl, token, graphBase, 'appRoleAssignments', { spId }),
    read(fetchImpl, token, graphBase, 'oauth2PermissionGrants', { spId }),
  ]);
  return {
    registration: fromGraphShape(app, 'graphApi'),
    servicePrincipalId: spId,
    grants: grantsFrom(list(assignments), list(grants)),
  };
}
