/**
 * How far each permission reaches (issue 15, least privilege), as Microsoft documents it:
 * the Exchange permissions only reach mailboxes granted to the service principal;
 * Calendars.ReadWrite (application) reaches every calendar unless scoped with RBAC for
 * Applications; User.Read.All, Domain.Read.All and CallRecords.Read.All are tenant-wide and
 * not scopable (learn.microsoft.com/exchange/permissions-exo/application-rbac,
 * learn.microsoft.com/graph/auth-limit-mailbox-access); delegated ones act for the signed-in user.
 */
import { describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../../src/data/microsoft';

const reachOf = (name: string) => PERMISSIONS.find((p) => p.name === name)?.reach;

describe('permission reach', () => {
  it('follows the resource and type of each permission', () => {
    for (const p of PERMISSIONS) {
      if (p.type === 'Scope') expect(p.reach, p.name).toBe('signedInUser');
      else if (p.resource === 'exchange') expect(p.reach, p.name).toBe('grantedMailboxes');
      else expect(['allCalendarsUnlessScoped', 'tenantWide'], p.name).toContain(p.reach);
    }
  });

  it('names the calendar permission as the one to scope, and the rest of Graph as tenant-wide', () => {
    expect(reachOf('Calendars.ReadWrite')).toBe('allCalendarsUnlessScoped');
    for (const name of ['User.Read.All', 'Domain.Read.All', 'CallRecords.Read.All']) expect(reachOf(name), name).toBe('tenantWide');
  });
});
