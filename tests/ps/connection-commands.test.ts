/**
 * The commands the connection test's result reader prints as fixes (src/tools/connection/
 * diagnosis.ts) through PowerShell's own parser, and run against the stub Exchange Online
 * module (Microsoft's documented parameter sets, tests/ps/stubs): every fix of every case
 * of the fault matrix parses cleanly with its values as single-quoted literals, and a fix
 * that acts on the service principal found by Application ID acts only when exactly one
 * matches (Get-ServicePrincipal returns every principal; none or several stop it).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseResult } from '../../src/tools/connection/diagnosis';
import { PwshHost } from '../support/pwsh-host';
import { expanding, expectClean } from '../support/ps-ast';
import { mailbox, tenant, type ExoPrincipal } from '../support/stub-tenant';

const ps = PwshHost.shared();
const FIX = join(import.meta.dirname, '../fixtures/connection/pwsh7');
const report = (name: string) => readFileSync(join(FIX, name), 'utf8');
/** The fixture's Application ID and the Object ID its token carries (tests/fixtures/connection/pwsh7/wrong-object-id.json). */
const APP = '3d4e5f6a-7b8c-4d9e-8f0a-1b2c3d4e5f6a';
const TOKEN_OID = '4e5f6a7b-8c9d-4e0f-9a1b-2c3d4e5f6a7b';
const principal = (n: number, objectId: string): ExoPrincipal => ({ Identity: `sp-${n}`, Name: `sp-${n}`, AppId: APP, ObjectId: objectId, DisplayName: 'teamspace' });
const recreate = () => diagnoseResult(report('wrong-object-id.json')).verdicts[0].commands;
const run = (commands: string[], exchangePrincipals: ExoPrincipal[]) =>
  ps.run(['Connect-ExchangeOnline', ...commands].join('\n'), { tenant: tenant({ exchangePrincipals, mailboxes: [mailbox('info@contoso.com'), mailbox('sales@contoso.com')] }) });
const changes = (calls: { cmdlet: string }[]) => calls.map((c) => c.cmdlet).filter((c) => /^(New|Remove|Add|Set)-/.test(c));

describe('the result reader\'s fix commands in PowerShell', () => {
  it('every fix of every fault-matrix case parses without errors, with nothing 5.1 lacks and no expanding string', async () => {
    const sets = readdirSync(FIX)
      .filter((f) => f.endsWith('.json'))
      .flatMap((f) => diagnoseResult(report(f)).verdicts.filter((v) => v.commands.length).map((v) => ({ label: `${f}: ${v.cause}`, text: v.commands.join('\n') })));
    // The cases whose fix is a command (the token and network cases are fixed in Entra or the network).
    expect(sets.map((s) => s.label.split(': ')[1]).sort()).toEqual(['imapDisabled', 'noFullAccess', 'objectIdMismatch', 'sendAsDenied', 'smtpAuthDisabled']);
    const parsed = await ps.parse(sets.map((s) => s.text));
    parsed.forEach((p, i) => {
      expectClean(p, sets[i].label);
      expect(expanding(p), sets[i].label).toEqual([]);
    });
  });

  it('wrong Object ID: with exactly one principal for the app it is removed and created again with the token\'s Object ID', async () => {
    const result = await run(recreate(), [principal(1, '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c')]);
    expect(result.failure).toBeNull();
    expect(result.calls.find((c) => c.cmdlet === 'Get-ServicePrincipal')?.params).toEqual({});
    expect(result.calls.filter((c) => /^(New|Remove)-ServicePrincipal$/.test(c.cmdlet)).map((c) => [c.cmdlet, c.params])).toEqual([
      ['Remove-ServicePrincipal', { Identity: 'sp-1', Confirm: false }],
      ['New-ServicePrincipal', { AppId: APP, ObjectId: TOKEN_OID }],
    ]);
  });

  for (const [label, principals] of [
    ['no principal', []],
    ['two principals', [principal(1, '5f6a7b8c-9d0e-4f1a-8b2c-3d4e5f6a7b8c'), principal(2, '6a7b8c9d-0e1f-4a2b-8c3d-4e5f6a7b8c9d')]],
  ] as const) {
    it(`wrong Object ID with ${label} for the app: stops before any change, saying how many it found`, async () => {
      const result = await run(recreate(), [...principals]);
      expect(result.failure?.message).toBe(`Service principals with this Application ID: ${principals.length} (exactly 1 needed)`);
      expect(changes(result.calls)).toEqual([]);
    });
  }
});
