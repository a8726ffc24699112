/**
 * The connection test script through PowerShell's own parser: zero parse errors, nothing
 * Windows PowerShell 5.1 lacks, no expanding string, and each page value exactly one
 * single-quoted literal (a default of the param block) equal to the input, in both
 * locales, for any values (property, parsed in batches). Running it is the end-to-end test's part (tests/e2e/connection.spec.ts).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeForPowerShell, UnsafeValueError } from '../../src/lib/powershell';
import { PwshHost } from '../support/pwsh-host';
import { expanding, expectClean, expectSlots, quoted } from '../support/ps-ast';
import { psValue } from '../support/ps-values';
import { buildTestScript, type TestValues } from '../../src/tools/connection/script';
import { STRINGS } from '../../src/tools/connection/strings';

const ps = PwshHost.shared();
const hostile = ["o'brien@contoso.com", 'a\u2019b$(x)`"@contoso.com', 'x;y|z&@contoso.com'];
const full: TestValues = {
  tenant: 'contoso.onmicrosoft.com',
  app: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f',
  obj: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d',
  mailboxes: ['info@contoso.com', ...hostile],
  sendFrom: "team'@contoso.com",
  sendTo: 'admin@contoso.com',
};
const empty: TestValues = { tenant: null, app: null, obj: null, mailboxes: [], sendFrom: null, sendTo: null };

describe('connection test script through PowerShell\'s parser', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`(${locale}) parses without errors, filled and empty, with nothing PowerShell 5.1 lacks and no expanding string`, async () => {
      const t = STRINGS[locale].script;
      for (const p of await ps.parse([buildTestScript(full, t), buildTestScript(empty, t)])) {
        expectClean(p);
        expect(expanding(p)).toEqual([]);
      }
    });
  }

  it('each page value is one single-quoted literal that PowerShell reads as the value', async () => {
    const [p] = await ps.parse([buildTestScript(full, STRINGS.en.script)]);
    const values = quoted(p).map((s) => s.value);
    for (const v of [full.tenant!, full.app!, full.obj!, ...full.mailboxes, full.sendFrom!, full.sendTo!]) {
      expect(values.filter((x) => x === v), v).toHaveLength(1);
      expect(quoted(p).find((s) => s.value === v)!.kind).toBe('SingleQuoted');
    }
  });

  it('uses no module and no switch that skips the certificate check', async () => {
    const [p] = await ps.parse([buildTestScript(full, STRINGS.en.script)]);
    const names = p.commands.map((c) => c.name);
    expect(names).not.toContain('Import-Module');
    expect(names).not.toContain('Install-Module');
    expect(p.commands.flatMap((c) => c.parameters)).not.toContain('SkipCertificateCheck');
    expect(p.commands.find((c) => c.name === 'Invoke-RestMethod')?.parameters).toEqual(['Method', 'Uri', 'Body', 'ContentType', 'TimeoutSec']);
    expect(p.commands.find((c) => c.name === 'Read-Host')?.parameters).toEqual(['AsSecureString', 'Prompt']);
  });

  it('any values: each is exactly one single-quoted literal equal to the input, nothing else changes; unwritable values are refused (property, in batches)', async () => {
    const nullable = fc.option(psValue(), { nil: null });
    const input = fc.record({ tenant: nullable, app: nullable, obj: nullable, mailboxes: fc.array(psValue(), { maxLength: 4 }), sendFrom: nullable, sendTo: nullable });
    const slot = (name: string) => `SLOT_${name}`;
    const baseline = (v: TestValues): TestValues => ({ tenant: slot('tenant'), app: slot('app'), obj: slot('obj'), mailboxes: v.mailboxes.map((_, i) => slot(`mb${i}`)), sendFrom: slot('from'), sendTo: slot('to') });
    const slots = (v: TestValues) =>
      new Map([
        [`'${slot('tenant')}'`, v.tenant ?? ''],
        [`'${slot('app')}'`, v.app ?? ''],
        [`'${slot('obj')}'`, v.obj ?? ''],
        ...v.mailboxes.map((m, i) => [`'${slot(`mb${i}`)}'`, m] as [string, string]),
        [`'${slot('from')}'`, v.sendFrom ?? ''],
        [`'${slot('to')}'`, v.sendTo ?? ''],
      ]);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(input, fc.constantFrom('en' as const, 'de' as const)), { minLength: 20, maxLength: 20 }), async (batch) => {
        const written: { v: TestValues; lang: 'en' | 'de'; text: string }[] = [];
        for (const [v, lang] of batch) {
          const values = [v.tenant, v.app, v.obj, ...v.mailboxes, v.sendFrom, v.sendTo].filter((x): x is string => x !== null);
          if (values.every(isSafeForPowerShell)) written.push({ v, lang, text: buildTestScript(v, STRINGS[lang].script) });
          else expect(() => buildTestScript(v, STRINGS[lang].script)).toThrow(UnsafeValueError);
        }
        const parsed = await ps.parse(written.flatMap((w) => [w.text, buildTestScript(baseline(w.v), STRINGS[w.lang].script)]));
        written.forEach((w, k) => {
          const [p, base] = [parsed[2 * k], parsed[2 * k + 1]];
          expectClean(p);
          expectSlots(p, base, slots(w.v));
        });
      }),
      { numRuns: 4 },
    );
  });
});
