/**
 * The calendar scoping commands (Exchange Online RBAC for Applications, issue 15) through
 * PowerShell's parser and run against the Exchange Online stub: management scope with an
 * OPATH filter, the "Application Calendars.ReadWrite" role assignment for the service
 * principal, Test-ServicePrincipalAuthorization per mailbox. The stub evaluates the OPATH
 * filter, so a value escaped wrongly for OPATH or for PowerShell puts the wrong mailboxes in scope.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeForPowerShell, psString } from '../../src/lib/powershell';
import { buildCalendarScopeScript, CALENDAR_ROLE, recipientFilter, type CalendarScopeInput } from '../../src/tools/calendar-scope/script';
import { STRINGS as CALENDAR_SCOPE_STRINGS } from '../../src/tools/calendar-scope/strings';
import { PwshHost, type RunResult } from '../support/pwsh-host';
import { expanding, expectClean, expectSlots } from '../support/ps-ast';
import { psValue, QUOTES, UNWRITABLE } from '../support/ps-values';
import { mailbox, tenant, type ExoPrincipal, type Mailbox } from '../support/stub-tenant';

const ps = PwshHost.shared();
const t = CALENDAR_SCOPE_STRINGS.en;
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const SP: ExoPrincipal = { Identity: 'e0000000-0000-4000-8000-000000000001', Name: 'teamspace', AppId: APP, ObjectId: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', DisplayName: 'teamspace' };

function script(input: CalendarScopeInput, lang: 'en' | 'de' = 'en'): string {
  const r = buildCalendarScopeScript(input, CALENDAR_SCOPE_STRINGS[lang]);
  if (!r.ok) throw new Error(r.reason);
  return r.text;
}

/** Mailbox -> InScope, from the script's check output. */
function inScope(run: RunResult): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run.output) {
    const m = /^@\{Mailbox=(.*); RoleName=(.*); InScope=(.*)\}$/.exec(line ?? '');
    if (m && m[2] === CALENDAR_ROLE) out[m[1]] = m[3];
  }
  return out;
}

describe('calendar scoping commands (RBAC for Applications)', () => {
  it('a list of mailboxes: scope, role assignment for the service principal, check per mailbox, then the reminder', async () => {
    const chosen = ['info@contoso.com', "o'brien@contoso.com"];
    const all = [...chosen, 'ceo@contoso.com'];
    const run = await ps.run(script({ appId: APP, scope: { kind: 'mailboxes', mailboxes: chosen }, check: all }), { tenant: tenant({ mailboxes: all.map((m) => mailbox(m)), exchangePrincipals: [SP] }) });
    expect(run.failure).toBeNull();
    const calls = run.calls.map((c) => [c.cmdlet, c.params]);
    expect(calls.filter(([c]) => c === 'New-ManagementScope')).toEqual([['New-ManagementScope', { Name: 'teamspace calendars', RecipientRestrictionFilter: "PrimarySmtpAddress -eq 'info@contoso.com' -or PrimarySmtpAddress -eq 'o''brien@contoso.com'" }]]);
    // -App takes the ObjectId from Get-ServicePrincipal.
    expect(calls.filter(([c]) => c === 'New-ManagementRoleAssignment')).toEqual([['New-ManagementRoleAssignment', { Name: 'teamspace calendars', App: SP.ObjectId, Role: CALENDAR_ROLE, CustomResourceScope: 'teamspace calendars' }]]);
    expect(run.calls.filter((c) => c.cmdlet === 'Test-ServicePrincipalAuthorization').map((c) => c.params)).toEqual(all.map((m) => ({ Identity: SP.Identity, Resource: m })));
    expect(inScope(run)).toEqual({ 'info@contoso.com': 'True', "o'brien@contoso.com": 'True', 'ceo@contoso.com': 'False' });
    expect(run.tenant.Exchange.RoleAssignments).toEqual([expect.objectContaining({ Role: CALENDAR_ROLE, App: SP.ObjectId, CustomResourceScope: 'teamspace calendars' })]);
    expect(run.host).toEqual([t.scopeCreated.replace('{0}', 'teamspace calendars'), t.assignmentCreated.replace('{0}', 'teamspace calendars'), ...t.removeGrant]);
  });

  it('a second run creates nothing: it finds the scope and the role assignment (Get-ManagementScope, Get-ManagementRoleAssignment) and checks again', async () => {
    const chosen = ['info@contoso.com', "o'brien@contoso.com"];
    const all = [...chosen, 'ceo@contoso.com'];
    const text = script({ appId: APP, scope: { kind: 'mailboxes', mailboxes: chosen }, check: all });
    const first = await ps.run(text, { tenant: tenant({ mailboxes: all.map((m) => mailbox(m)), exchangePrincipals: [SP] }) });
    expect(first.failure).toBeNull();
    const { _calls, ...state } = first.tenant;
    void _calls;
    const second = await ps.run(text, { tenant: state });
    expect(second.failure).toBeNull();
    expect(second.errors).toEqual([]);
    // Recorded: the look-ups with their documented parameters, and no New-* at all.
    expect(second.calls.map((c) => c.cmdlet)).toEqual(['Connect-ExchangeOnline', 'Get-ServicePrincipal', 'Get-ManagementScope', 'Get-ManagementRoleAssignment', ...all.map(() => 'Test-ServicePrincipalAuthorization')]);
    expect(second.calls.find((c) => c.cmdlet === 'Get-ManagementScope')).toMatchObject({ set: 'Default', params: {} });
    expect(second.calls.find((c) => c.cmdlet === 'Get-ManagementRoleAssignment')).toMatchObject({ set: 'RoleAssignee', params: { Role: CALENDAR_ROLE } });
    expect(second.tenant.Exchange).toEqual(first.tenant.Exchange);
    expect(second.tenant.Exchange.ManagementScopes).toHaveLength(1);
    expect(second.tenant.Exchange.RoleAssignments).toHaveLength(1);
    expect(second.host).toEqual([t.scopeExists.replaceAll('{0}', 'teamspace calendars'), t.assignmentExists.replace('{0}', 'teamspace calendars'), ...t.removeGrant]);
    expect(inScope(second)).toEqual({ 'info@contoso.com': 'True', "o'brien@contoso.com": 'True', 'ceo@contoso.com': 'False' });
  });

  it('a scope of that name exists, the role assignment not yet: the scope is kept, only the assignment is created', async () => {
    const existing = { Name: 'teamspace calendars', RecipientRestrictionFilter: "PrimarySmtpAddress -eq 'info@contoso.com'", ScopeRestrictionType: 'RecipientScope', Exclusive: false };
    const boxes = ['info@contoso.com', 'ceo@contoso.com'];
    const state = tenant({ mailboxes: boxes.map((m) => mailbox(m)), exchangePrincipals: [SP] }) as any;
    state.Exchange.ManagementScopes = [existing];
    const run = await ps.run(script({ appId: APP, scope: { kind: 'mailboxes', mailboxes: ['info@contoso.com'] }, check: boxes }, 'de'), { tenant: state });
    expect(run.failure).toBeNull();
    expect(run.calls.filter((c) => c.cmdlet.startsWith('New-')).map((c) => c.cmdlet)).toEqual(['New-ManagementRoleAssignment']);
    expect(run.tenant.Exchange.ManagementScopes).toEqual([existing]);
    expect(run.host.slice(0, 2)).toEqual([CALENDAR_SCOPE_STRINGS.de.scopeExists.replaceAll('{0}', 'teamspace calendars'), CALENDAR_SCOPE_STRINGS.de.assignmentCreated.replace('{0}', 'teamspace calendars')]);
    expect(inScope(run)).toEqual({ 'info@contoso.com': 'True', 'ceo@contoso.com': 'False' });
  });

  it('members of a group, and a custom attribute value', async () => {
    const boxes: Mailbox[] = [mailbox('a@contoso.com', { CustomAttribute7: "Kalender's" }), mailbox('b@contoso.com'), mailbox('c@contoso.com', { CustomAttribute7: 'x' })];
    const groupDn = "CN=teamspace calendars,OU=Contoso's,DC=contoso,DC=onmicrosoft,DC=com";
    const groups = [{ Name: 'teamspace calendars', DistinguishedName: groupDn, Members: ['b@contoso.com'] }];
    const check = boxes.map((b) => b.PrimarySmtpAddress);
    const byGroup = await ps.run(script({ appId: APP, scope: { kind: 'group', groupDn }, check }), { tenant: tenant({ mailboxes: boxes, exchangePrincipals: [SP], groups }) });
    expect(byGroup.failure).toBeNull();
    expect(inScope(byGroup)).toEqual({ 'a@contoso.com': 'False', 'b@contoso.com': 'True', 'c@contoso.com': 'False' });
    const byAttribute = await ps.run(script({ appId: APP, scope: { kind: 'attribute', attribute: 7, value: "Kalender's" }, check }, 'de'), { tenant: tenant({ mailboxes: boxes, exchangePrincipals: [SP] }) });
    expect(byAttribute.failure).toBeNull();
    expect(inScope(byAttribute)).toEqual({ 'a@contoso.com': 'True', 'b@contoso.com': 'False', 'c@contoso.com': 'False' });
    expect(byAttribute.host.slice(2)).toEqual([...CALENDAR_SCOPE_STRINGS.de.removeGrant]);
  });

  it('without the service principal in Exchange Online: stops before creating the scope', async () => {
    const run = await ps.run(script({ appId: APP, scope: { kind: 'mailboxes', mailboxes: ['a@contoso.com'] }, check: [] }), { tenant: tenant({ mailboxes: [mailbox('a@contoso.com')] }) });
    expect(run.failure?.message).toBe(t.notFound);
    expect(run.calls.map((c) => c.cmdlet)).toEqual(['Connect-ExchangeOnline', 'Get-ServicePrincipal']);
  });

  it('any values: the script parses, each value is exactly one single-quoted literal equal to the input (the filter literal is the OPATH filter), nothing else changes; unwritable values are refused (property, in batches)', async () => {
    const value = psValue({ minLength: 1 });
    const scope = fc.oneof(
      fc.array(value, { minLength: 1, maxLength: 4 }).map((mailboxes) => ({ kind: 'mailboxes' as const, mailboxes })),
      value.map((groupDn) => ({ kind: 'group' as const, groupDn })),
      fc.tuple(fc.integer({ min: 1, max: 15 }), value).map(([attribute, v]) => ({ kind: 'attribute' as const, attribute, value: v })),
    );
    const name = fc.oneof(fc.string({ unit: fc.constantFrom(...QUOTES, 'a', ' ', '$'), minLength: 1, maxLength: 64 }), fc.string({ unit: fc.constantFrom(...UNWRITABLE, 'a'), minLength: 1, maxLength: 4 }));
    const input = fc.record({ appId: value, scope, check: fc.array(value, { maxLength: 3 }), name });
    // The same script shape with a placeholder in every place a value goes.
    const baseline = (i: CalendarScopeInput): CalendarScopeInput => ({
      appId: 'SLOT_app',
      name: 'SLOT_name',
      check: i.check.map((_, k) => `SLOT_check${k}`),
      scope: i.scope.kind === 'mailboxes' ? { kind: 'mailboxes', mailboxes: i.scope.mailboxes.map((_, k) => `SLOT_mb${k}`) } : i.scope.kind === 'group' ? { kind: 'group', groupDn: 'SLOT_group' } : { kind: 'attribute', attribute: i.scope.attribute, value: 'SLOT_attr' },
    });
    const slots = (i: CalendarScopeInput, base: CalendarScopeInput) => {
      const map = new Map<string, string>([
        [psString(base.appId), i.appId],
        [psString(base.name!), i.name!.trim() || 'teamspace calendars'],
        [psString(recipientFilter(base.scope)), recipientFilter(i.scope)],
        ...i.check.map((m, k) => [psString(base.check[k]), m] as [string, string]),
      ]);
      // Without mailboxes to check, the scope's own mailboxes are checked.
      const baseBoxes = base.scope.kind === 'mailboxes' ? base.scope.mailboxes : [];
      if (i.check.length === 0 && i.scope.kind === 'mailboxes') i.scope.mailboxes.forEach((m, k) => map.set(psString(baseBoxes[k]), m));
      return map;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(input, { minLength: 20, maxLength: 20 }), async (batch) => {
        const written: { i: CalendarScopeInput; text: string; base: string }[] = [];
        for (const i of batch) {
          const r = buildCalendarScopeScript(i, t);
          // The name is trimmed first (a name of spaces or line breaks alone is the default name).
          const values = [i.appId, i.name.trim(), ...i.check, ...(i.scope.kind === 'mailboxes' ? i.scope.mailboxes : i.scope.kind === 'group' ? [i.scope.groupDn] : [i.scope.value])];
          if (!values.every(isSafeForPowerShell)) {
            expect(r).toEqual({ ok: false, reason: 'unsafe' });
            continue;
          }
          if (!r.ok) throw new Error(r.reason);
          const b = buildCalendarScopeScript(baseline(i), t);
          if (!b.ok) throw new Error(b.reason);
          written.push({ i, text: r.text, base: b.text });
        }
        const parsed = await ps.parse(written.flatMap((w) => [w.text, w.base]));
        written.forEach((w, k) => {
          const [p, base] = [parsed[2 * k], parsed[2 * k + 1]];
          expectClean(p);
          expect(expanding(p)).toEqual([]);
          expectSlots(p, base, slots(w.i, baseline(w.i)));
        });
      }),
      { numRuns: 4 },
    );
  });

  it('OPATH escaping round trip: whatever the addresses, exactly the chosen mailboxes are in scope (property, run in the stub)', async () => {
    const local = fc.string({ unit: fc.constantFrom("'", '\u2019', 'a', 'b', '-', '.', '$'), minLength: 1, maxLength: 8 }).filter((s) => !/^\.|\.$|\.\./.test(s));
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(local, { minLength: 2, maxLength: 4, selector: (s) => s.toLowerCase() }), async (locals) => {
        const all = locals.map((l) => `${l}@contoso.com`);
        const chosen = all.slice(0, 1);
        const run = await ps.run(script({ appId: APP, scope: { kind: 'mailboxes', mailboxes: chosen }, check: all }), { tenant: tenant({ mailboxes: all.map((m) => mailbox(m)), exchangePrincipals: [SP] }) });
        expect(run.failure).toBeNull();
        expect(inScope(run)).toEqual(Object.fromEntries(all.map((m) => [m, chosen.includes(m) ? 'True' : 'False'])));
      }),
      { numRuns: 4 },
    );
  }, 300_000);
});
