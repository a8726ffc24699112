/**
 * The step-2 generator's scripts run for real in PowerShell 7 against the stub
 * ExchangeOnlineManagement module (tests/ps/stubs: Microsoft's documented parameter sets, an
 * in-memory tenant). Each test asserts the recorded cmdlet calls and the tenant afterwards.
 */
import { describe, expect, it } from 'vitest';
import { buildScript, type ScriptInput } from '../../src/tools/powershell/script';
import { STRINGS } from '../../src/tools/powershell/strings';
import { PwshHost, type RunResult, type StubCall } from '../support/pwsh-host';
import { mailbox, tenant, type ExoPrincipal } from '../support/stub-tenant';

const ps = PwshHost.shared();
const APP = '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f';
const OBJ = '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d';
const boxes = (n: number) => Array.from({ length: n }, (_, i) => (i === 1 ? "o'brien@contoso.com" : `user${i}@contoso.com`));

function script(input: Partial<ScriptInput> & { mailboxes: string[] }, lang: 'en' | 'de' = 'en'): string {
  const r = buildScript({ app: APP, obj: OBJ, smtp: true, sendAs: true, verify: true, ...input }, STRINGS[lang].script);
  if (!r.ok) throw new Error(`unexpected refusal of ${r.field}`);
  return r.text;
}

const names = (run: RunResult) => run.calls.map((c) => c.cmdlet);
const of = (run: RunResult, cmdlet: string): StubCall[] => run.calls.filter((c) => c.cmdlet === cmdlet);
const exo = (run: RunResult) => run.tenant.Exchange;
const CHANGES = ['New-ServicePrincipal', 'Add-MailboxPermission', 'Set-CASMailbox', 'Add-RecipientPermission', 'Remove-ServicePrincipal'];

describe('step-2 generator scripts, run against the Exchange Online stub', () => {
  for (const n of [1, 3, 200]) {
    // 200 mailboxes make about 1,200 stub calls: room for a loaded machine (no timing is asserted).
    const timeout = n > 10 ? 300_000 : undefined;
    it(`${n} mailbox(es), every option on: one new service principal with FullAccess, SMTP AUTH and Send As on each mailbox`, async () => {
      const list = boxes(n);
      const run = await ps.run(script({ mailboxes: list }), { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)) }) });
      expect(run.failure).toBeNull();
      expect(run.errors).toEqual([]);
      // Signs in interactively first, without -Organization.
      expect(run.calls[0]).toEqual(expect.objectContaining({ cmdlet: 'Connect-ExchangeOnline', params: {} }));
      // Looks the principal up among all (never by -Identity), then creates it with AppId and ObjectId.
      expect(of(run, 'Get-ServicePrincipal')).toEqual([expect.objectContaining({ params: {} })]);
      expect(of(run, 'New-ServicePrincipal').map((c) => c.params)).toEqual([{ AppId: APP, ObjectId: OBJ }]);
      const [sp] = exo(run).ServicePrincipals;
      expect(sp).toMatchObject({ AppId: APP, ObjectId: OBJ });
      // Per mailbox, in the guide's order: FullAccess for all, then SMTP AUTH, then Send As.
      const order = names(run).filter((c) => CHANGES.includes(c) && c !== 'New-ServicePrincipal');
      expect(order).toEqual([...list.map(() => 'Add-MailboxPermission'), ...list.map(() => 'Set-CASMailbox'), ...list.map(() => 'Add-RecipientPermission')]);
      expect(of(run, 'Add-MailboxPermission').map((c) => c.params)).toEqual(list.map((m) => ({ Identity: m, User: sp.Identity, AccessRights: ['FullAccess'] })));
      expect(of(run, 'Set-CASMailbox').map((c) => c.params)).toEqual(list.map((m) => ({ Identity: m, SmtpClientAuthenticationDisabled: false })));
      expect(of(run, 'Add-RecipientPermission').map((c) => c.params)).toEqual(list.map((m) => ({ Identity: m, Trustee: sp.Identity, AccessRights: 'SendAs', Confirm: false })));
      // The end state: exactly these grants.
      expect(exo(run).MailboxPermissions).toEqual(list.map((m) => expect.objectContaining({ Identity: m, User: sp.Identity, AccessRights: ['FullAccess'] })));
      expect(exo(run).RecipientPermissions).toEqual(list.map((m) => expect.objectContaining({ Identity: m, Trustee: sp.Identity, AccessRights: ['SendAs'] })));
      for (const m of exo(run).Mailboxes) expect(m.SmtpClientAuthenticationDisabled).toBe(false);
      // The read-only checks ran once per mailbox and changed nothing.
      expect(of(run, 'Get-MailboxPermission').map((c) => c.params.Identity)).toEqual(list);
      expect(of(run, 'Get-RecipientPermission').map((c) => c.params.Identity)).toEqual(list);
      expect(of(run, 'Get-CASMailbox').map((c) => c.params.Identity)).toEqual(list);
      expect(run.warnings).toEqual([]);
    }, timeout);
  }

  it('options off: only the service principal and FullAccess; SMTP AUTH stays as it was (inherit), no Send As', async () => {
    const list = boxes(3);
    const run = await ps.run(script({ mailboxes: list, smtp: false, sendAs: false, verify: false }), { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)) }) });
    expect(run.failure).toBeNull();
    expect(names(run)).toEqual(['Connect-ExchangeOnline', 'Get-ServicePrincipal', 'New-ServicePrincipal', 'Add-MailboxPermission', 'Add-MailboxPermission', 'Add-MailboxPermission']);
    for (const m of exo(run).Mailboxes) expect(m.SmtpClientAuthenticationDisabled).toBeNull();
    expect(exo(run).RecipientPermissions).toEqual([]);
  });

  it('each option alone adds exactly its own commands', async () => {
    const list = boxes(2);
    const cases = [
      { smtp: true, sendAs: false, verify: false, expect: ['Set-CASMailbox'] },
      { smtp: false, sendAs: true, verify: false, expect: ['Add-RecipientPermission'] },
      { smtp: false, sendAs: false, verify: true, expect: ['Get-MailboxPermission', 'Get-CASMailbox'] },
      { smtp: false, sendAs: true, verify: true, expect: ['Add-RecipientPermission', 'Get-MailboxPermission', 'Get-RecipientPermission', 'Get-CASMailbox'] },
    ];
    for (const c of cases) {
      const run = await ps.run(script({ mailboxes: list, ...c }), { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)) }) });
      expect(run.failure).toBeNull();
      const extra = [...new Set(names(run).slice(3).filter((x) => x !== 'Add-MailboxPermission'))];
      expect(extra, JSON.stringify(c)).toEqual(c.expect);
    }
  });

  it('an existing service principal given by its ID: nothing created, the grants go to it', async () => {
    const existing: ExoPrincipal = { Identity: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f', Name: '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f', AppId: APP, ObjectId: OBJ, DisplayName: 'teamspace' };
    const list = boxes(2);
    const run = await ps.run(script({ mailboxes: list, app: undefined, obj: undefined, sp: existing.Identity }), {
      tenant: tenant({ mailboxes: list.map((m) => mailbox(m)), exchangePrincipals: [existing] }),
    });
    expect(run.failure).toBeNull();
    expect(of(run, 'New-ServicePrincipal')).toEqual([]);
    expect(of(run, 'Get-ServicePrincipal').map((c) => c.params)).toEqual([{}]);
    expect(exo(run).ServicePrincipals).toHaveLength(1);
    expect(of(run, 'Add-MailboxPermission').map((c) => c.params.User)).toEqual([existing.Identity, existing.Identity]);
    expect(of(run, 'Add-RecipientPermission').map((c) => c.params.Trustee)).toEqual([existing.Identity, existing.Identity]);
  });

  it('a given service principal ID that does not exist stops before any change (Get-ServicePrincipal -Identity would have returned all)', async () => {
    const others: ExoPrincipal[] = ['a', 'b'].map((x) => ({ Identity: `${x}0000000-0000-4000-8000-000000000000`, Name: x, AppId: `${x}1111111-1111-4111-8111-111111111111`, ObjectId: `${x}2222222-2222-4222-8222-222222222222`, DisplayName: x }));
    const list = boxes(1);
    const run = await ps.run(script({ mailboxes: list, app: undefined, obj: undefined, sp: 'typo-0000' }), { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)), exchangePrincipals: others }) });
    expect(run.failure?.message).toBe(STRINGS.en.script.principalNotFound);
    expect(names(run).filter((c) => CHANGES.includes(c))).toEqual([]);
    expect(exo(run).MailboxPermissions).toEqual([]);
  });

  it('the service principal exists already (found by the Application ID): reused, and a different Object ID is warned about', async () => {
    const existing: ExoPrincipal = { Identity: 'e0000000-0000-4000-8000-000000000001', Name: 'x', AppId: APP, ObjectId: 'ffffffff-0000-4000-8000-000000000000', DisplayName: 'old' };
    const list = boxes(1);
    const run = await ps.run(script({ mailboxes: list }), { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)), exchangePrincipals: [existing] }) });
    expect(run.failure).toBeNull();
    expect(of(run, 'New-ServicePrincipal')).toEqual([]);
    expect(run.warnings).toEqual([STRINGS.en.script.objectIdMismatch]);
    expect(of(run, 'Add-MailboxPermission')[0].params.User).toBe(existing.Identity);
  });

  it('a second run changes nothing: same principal, no second grant', async () => {
    const list = boxes(3);
    const text = script({ mailboxes: list });
    const first = await ps.run(text, { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)) }) });
    const { _calls, ...before } = first.tenant as Record<string, unknown>;
    void _calls;
    const second = await ps.run(text, { tenant: before });
    expect(second.failure).toBeNull();
    expect(of(second, 'New-ServicePrincipal')).toEqual([]);
    expect(second.tenant.Exchange).toEqual(first.tenant.Exchange);
  });

  it('an incomplete script stops at its first line: no cmdlet is called', async () => {
    const run = await ps.run(script({ mailboxes: boxes(2), obj: undefined }), { tenant: tenant({ mailboxes: boxes(2).map((m) => mailbox(m)) }) });
    expect(run.failure?.message).toMatch(/^Incomplete script: fill in Object ID of the enterprise application first\. Nothing was changed\.$/);
    expect(run.calls).toEqual([]);
  });

  it('a failing step stops the script: nothing after the mailbox that does not exist', async () => {
    const list = ['user0@contoso.com', 'missing@contoso.com', 'user2@contoso.com'];
    const run = await ps.run(script({ mailboxes: list }), { tenant: tenant({ mailboxes: [mailbox(list[0]), mailbox(list[2])] }) });
    expect(run.failure?.message).toMatch(/couldn't be found/);
    expect(run.failure?.errorId).toMatch(/ManagementObjectNotFoundException/);
    // The failed call is the last one: no third grant, no SMTP AUTH, no Send As.
    expect(run.calls.at(-1)).toEqual(expect.objectContaining({ cmdlet: 'Add-MailboxPermission', params: expect.objectContaining({ Identity: 'missing@contoso.com' }) }));
    expect(exo(run).MailboxPermissions.map((p: { Identity: string }) => p.Identity)).toEqual(['user0@contoso.com']);
  });

  it('the German script does the same', async () => {
    const list = ['jürgen@contoso.com', "o'brien@contoso.com"];
    const run = await ps.run(script({ mailboxes: list }, 'de'), { tenant: tenant({ mailboxes: list.map((m) => mailbox(m)) }) });
    expect(run.failure).toBeNull();
    expect(of(run, 'Add-MailboxPermission').map((c) => c.params.Identity)).toEqual(list);
  });
});
