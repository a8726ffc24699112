import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeForPowerShell, psString, psUnquote, UnsafeValueError } from '../../src/lib/powershell';
import { parsePowerShell, stringLiterals, syntaxErrors } from './support/powershell-grammar';

describe('psString', () => {
  it('doubles ASCII and typographic single quotes', () => {
    expect(psString("O'Brien")).toBe("'O''Brien'");
    expect(psString('a\u2019b')).toBe("'a\u2019\u2019b'");
  });
  it('leaves $, backticks and double quotes alone (nothing expands in single quotes)', () => {
    expect(psString('$(Remove-Item x) `n "q"')).toBe('\'$(Remove-Item x) `n "q"\'');
  });
  it('refuses control characters and broken Unicode', () => {
    expect(() => psString('a\nb')).toThrow(UnsafeValueError);
    expect(() => psString('a\u0000')).toThrow(UnsafeValueError);
    expect(() => psString('\ud800')).toThrow(UnsafeValueError);
  });

  it('any safe string becomes exactly one literal that reads back as the input', async () => {
    const safe = fc.string({ unit: 'binary', maxLength: 40 }).filter(isSafeForPowerShell);
    // Bias towards the characters that matter: quotes of every kind, $, backtick.
    // (The grammar treats typographic quotes as ordinary characters; PowerShell does
    // not, which is why psString doubles them and psUnquote reads pairs back.)
    const tricky = fc.string({ unit: fc.constantFrom("'", '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '\u201d', '\u201e', '$', '`', '(', ')', ';', '#', 'a', ' ', 'ü'), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(fc.oneof(safe, tricky), async (value) => {
        const script = `Write-Output ${psString(value)}\n`;
        const tree = await parsePowerShell(script);
        expect(syntaxErrors(tree)).toEqual([]);
        const literals = stringLiterals(tree);
        expect(literals).toHaveLength(1);
        expect(psUnquote(literals[0])).toBe(value);
      }),
      { numRuns: 300 },
    );
    // Generous: hundreds of grammar parses, and shared CI machines are slow.
  }, 120_000);
});
