/**
 * What goes into teamspace's three interface fields (step 4), from the page values.
 * The Application key is the client secret's Value: it is never taken from or written
 * to the page, so it has no value here, only the reminder.
 */
import { checkGuid, checkTenant, type MessageId } from '../../lib/validators';

export type TeamspaceField = 'applicationId' | 'directoryId' | 'applicationKey';

export type FieldValue =
  | { field: TeamspaceField; state: 'value'; value: string; note: 'directoryIdIsDomain' | null }
  | { field: TeamspaceField; state: 'missing' }
  | { field: TeamspaceField; state: 'invalid'; error: MessageId }
  | { field: 'applicationKey'; state: 'secret' };

function fromCheck(field: TeamspaceField, raw: string | undefined, check: typeof checkGuid): FieldValue {
  if (raw === undefined || raw.trim() === '') return { field, state: 'missing' };
  const r = check(raw);
  if (!r.ok) return { field, state: 'invalid', error: r.error };
  // teamspace asks for the Directory ID; the primary domain also names the tenant, but the GUID is what the field expects.
  const note = field === 'directoryId' && !/^[0-9a-f-]{36}$/.test(r.value) ? 'directoryIdIsDomain' : null;
  return { field, state: 'value', value: r.value, note };
}

/** The three fields in the order teamspace shows them. */
export function teamspaceValues(values: { app?: string; tenant?: string }): [FieldValue, FieldValue, FieldValue] {
  return [fromCheck('applicationId', values.app, checkGuid), fromCheck('directoryId', values.tenant, checkTenant), { field: 'applicationKey', state: 'secret' }];
}
