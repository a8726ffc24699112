/**
 * Checks on what PowerShell's parser returns (tests/support/pwsh-host.ts), shared by the
 * PowerShell suite: a script parses without errors and uses nothing Windows PowerShell 5.1
 * lacks; its quoted strings in order, without bare words.
 */
import { expect } from 'vitest';
import { psString } from '../../src/lib/powershell';
import type { Parsed, PsString } from './pwsh-host';

/** Zero parse errors and no PowerShell 7-only construct. */
export function expectClean(parsed: Parsed, label = 'script'): void {
  expect(parsed.errors, `${label}: parse errors`).toEqual([]);
  expect(parsed.ps7Only, `${label}: constructs Windows PowerShell 5.1 lacks`).toEqual([]);
}

/** Every quoted string (not bare words such as command names or hashtable keys), in order. */
export function quoted(parsed: Parsed): PsString[] {
  return parsed.strings.filter((s) => s.kind !== 'BareWord');
}

/** Expandable ("…" with $ or `) or double-quoted strings: our scripts write none. */
export function expanding(parsed: Parsed): PsString[] {
  return parsed.strings.filter((s) => s.kind !== 'BareWord' && s.kind !== 'SingleQuoted');
}

/**
 * Every value sits in its slot: `parsed` is the script built from the values, `base` the same
 * script built with a placeholder in each slot (`slots`: the placeholder's literal as the
 * builder writes it, e.g. `'SLOT3'` -> the value PowerShell must read there). Both have the
 * same string constants in the same order, every one single-quoted; in a slot the literal is
 * psString(value) and PowerShell reads the value, everywhere else the text is unchanged. So
 * each value is exactly one single-quoted literal per place it is written, and no value
 * leaks into any other string.
 */
export function expectSlots(parsed: Parsed, base: Parsed, slots: ReadonlyMap<string, string>, label = 'script'): void {
  const baseLiterals = quoted(base).map((s) => s.text);
  expect(baseLiterals.some((l) => slots.has(l)), `${label}: the baseline has its slots`).toBe(true);
  const strings = quoted(parsed);
  expect(strings.map((s) => s.kind), `${label}: every string single-quoted`).toEqual(baseLiterals.map(() => 'SingleQuoted'));
  strings.forEach((s, i) => {
    const value = slots.get(baseLiterals[i]);
    if (value === undefined) {
      expect(s.text, `${label}: string ${i} is ours`).toBe(baseLiterals[i]);
    } else {
      expect(s.text, `${label}: slot ${baseLiterals[i]}`).toBe(psString(value));
      expect(s.value, `${label}: slot ${baseLiterals[i]} as PowerShell reads it`).toBe(value);
    }
  });
}
