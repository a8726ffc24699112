/**
 * The one-shot setup script through PowerShell's own parser: zero parse errors, nothing
 * Windows PowerShell 5.1 lacks, no expanding string, and every user value exactly one
 * single-quoted string constant equal to the input while nothing else changes (property,
 * parsed in batches).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeForPowerShell, psString, UnsafeValueError } from '../../src/lib/powershell';
import { buildSetupScript, type SetupValues } from '../../src/tools/setup/script';
import { STRINGS } from '../../src/tools/setup/strings';
import { PwshHost } from '../support/pwsh-host';
import { expanding, expectClean, quoted } from '../support/ps-ast';
import { psValue } from '../support/ps-values';

const ps = PwshHost.shared();
const full: SetupValues = {
  name: "teamspace O'Mail",
  redirectUri: 'https://xyc.teamspace.de/api/server/oauth2/redirect',
  tenant: 'contoso.onmicrosoft.com',
  mailboxes: ['info@contoso.com', 'support@contoso.com'],
  secretMonths: 12,
};

describe('one-shot setup script through PowerShell\'s parser', () => {
  for (const locale of ['en', 'de'] as const) {
    it(`(${locale}) parses without errors, with values and with placeholders, and uses nothing PowerShell 5.1 lacks`, async () => {
      const t = STRINGS[locale].script;
      const catalogueUrl = `https://help.teamspace.example/${locale === 'de' ? 'de/' : ''}microsoft-app-registration/troubleshooting/#secret-blocked-by-policy`;
      const parsed = await ps.parse([buildSetupScript(full, t), buildSetupScript({ ...full, redirectUri: null, tenant: null, mailboxes: [] }, t), buildSetupScript({ ...full, catalogueUrl }, t)]);
      for (const p of parsed) {
        expectClean(p);
        expect(expanding(p)).toEqual([]);
      }
    });
  }

  it('calls Update-MgOauth2PermissionGrant with its documented parameter, not splatted', async () => {
    const [p] = await ps.parse([buildSetupScript(full, STRINGS.en.script)]);
    const update = p.commands.filter((c) => c.name === 'Update-MgOauth2PermissionGrant');
    expect(update).toHaveLength(1);
    expect(update[0].parameters).toEqual(['OAuth2PermissionGrantId', 'Scope']);
  });

  it('every user value is exactly one single-quoted literal, and nothing else in the script changes (property, in batches)', async () => {
    const t = STRINGS.en.script;
    const baseline: SetupValues = { name: 'N', redirectUri: 'U', tenant: 'T', mailboxes: ['M1', 'M2'], secretMonths: 6 };
    const [base] = await ps.parse([buildSetupScript(baseline, t)]);
    const baseLiterals = quoted(base).map((s) => s.text);
    const userSlots = new Map([
      ["'N'", 'name'],
      ["'U'", 'redirectUri'],
      ["'T'", 'tenant'],
      ["'M1'", 'mb0'],
      ["'M2'", 'mb1'],
    ]);
    expect(baseLiterals.filter((l) => userSlots.has(l))).toHaveLength(userSlots.size);

    const value = psValue({ minLength: 1 });
    const values = fc.tuple(value, value, value, value, value);
    await fc.assert(
      fc.asyncProperty(fc.array(values, { minLength: 20, maxLength: 20 }), async (all) => {
        const build = ([name, url, tenant, mb0, mb1]: string[]) => buildSetupScript({ name, redirectUri: url, tenant, mailboxes: [mb0, mb1], secretMonths: 6 }, t);
        // A value no script may hold (control character, lone surrogate) is refused, never written.
        for (const v of all.filter((v) => !v.every(isSafeForPowerShell))) expect(() => build(v)).toThrow(UnsafeValueError);
        const batch = all.filter((v) => v.every(isSafeForPowerShell));
        const parsed = await ps.parse(batch.map(build));
        parsed.forEach((p, k) => {
          const [name, redirectUri, tenant, mb0, mb1] = batch[k];
          expectClean(p);
          const strings = quoted(p);
          expect(strings).toHaveLength(baseLiterals.length);
          const byName: Record<string, string> = { name, redirectUri, tenant, mb0, mb1 };
          strings.forEach((s, i) => {
            const slot = userSlots.get(baseLiterals[i]);
            expect(s.kind).toBe('SingleQuoted');
            if (slot) {
              expect(s.text).toBe(psString(byName[slot]));
              expect(s.value).toBe(byName[slot]);
            } else {
              expect(s.text).toBe(baseLiterals[i]);
            }
          });
        });
      }),
      { numRuns: 4 },
    );
  });
});
