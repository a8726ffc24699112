import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeForPowerShell, psString, UnsafeValueError } from '../../src/lib/powershell';
import { PwshHost } from '../support/pwsh-host';
import { expectClean, quoted } from '../support/ps-ast';
import { psValue } from '../support/ps-values';

const ps = PwshHost.shared();

describe('psString through PowerShell\'s parser', () => {
  it('the typographic single quotes are quotes to PowerShell, so they are doubled', async () => {
    // Without doubling, U+2019 ends the literal: the rest would be code.
    const [naive, doubled] = await ps.parse(["Write-Output 'a\u2019; Remove-Item x; \u2019'\n", `Write-Output ${psString('a\u2019; Remove-Item x; \u2019')}\n`]);
    expect(naive.commands.map((c) => c.name)).toContain('Remove-Item');
    expectClean(doubled);
    expect(doubled.commands.map((c) => c.name)).toEqual(['Write-Output']);
    expect(quoted(doubled).map((s) => s.value)).toEqual(['a\u2019; Remove-Item x; \u2019']);
  });

  it('any safe string becomes exactly one single-quoted literal whose value is the input (property, in batches)', async () => {
    const safe = fc.string({ unit: 'binary', maxLength: 40 }).filter(isSafeForPowerShell);
    const tricky = fc.string({
      unit: fc.constantFrom("'", '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '\u201d', '\u201e', '$', '`', '(', ')', ';', '#', '@', '{', '}', 'a', ' ', 'ü', '\u00a0'),
      maxLength: 30,
    });
    const long = fc.string({ unit: fc.constantFrom("'", '\u2019', 'a', '$', '"'), minLength: 2000, maxLength: 6000 });
    const value = fc.oneof({ weight: 4, arbitrary: safe }, { weight: 4, arbitrary: tricky }, { weight: 1, arbitrary: long }, { weight: 3, arbitrary: psValue() });
    await fc.assert(
      fc.asyncProperty(fc.array(value, { minLength: 40, maxLength: 40 }), async (all) => {
        // Control characters, line separators and lone surrogates are refused, never written.
        for (const v of all.filter((v) => !isSafeForPowerShell(v))) expect(() => psString(v)).toThrow(UnsafeValueError);
        const values = all.filter(isSafeForPowerShell);
        const parsed = await ps.parse(values.map((v) => `Write-Output ${psString(v)}\n`));
        parsed.forEach((p, i) => {
          expectClean(p);
          const strings = quoted(p);
          expect(strings).toHaveLength(1);
          expect(strings[0].kind).toBe('SingleQuoted');
          expect(strings[0].value).toBe(values[i]);
          expect(p.commands).toHaveLength(1);
        });
      }),
      { numRuns: 10 },
    );
  });

  it('the host reports PowerShell 7-only syntax, so a clean result means something', async () => {
    const samples = [
      '$a = $b ?? 1',
      '$a ??= 1',
      '$x = $y ? 1 : 2',
      'Get-Item x && Get-Item y',
      'Get-Item x || Get-Item y',
      '${a}?.Name', // ($a?.Name is the variable "a?": PowerShell needs the braces)
      '${a}?[0]',
      '1..3 | ForEach-Object -Parallel { $_ }',
      'function f { process { } clean { } }',
      'Get-Item x &',
      '"`u{2019}"',
      'ConvertFrom-Json -AsHashtable -InputObject $j',
    ];
    const parsed = await ps.parse(samples);
    parsed.forEach((p, i) => {
      expect(p.errors, samples[i]).toEqual([]);
      expect(p.ps7Only.length, samples[i]).toBeGreaterThan(0);
    });
  });
});
