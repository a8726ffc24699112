import { describe, expect, it } from 'vitest';
import { psString, UnsafeValueError } from '../../src/lib/powershell';

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
  // That every safe string is one literal to PowerShell's own parser: tests/ps/literal.test.ts.
});
