/**
 * Checks on what PowerShell's parser returns (tests/support/pwsh-host.ts), shared by the
 * PowerShell suite: a script parses without errors and uses nothing Windows PowerShell 5.1
 * lacks; its quoted strings in order, without bare words.
 */
import { expect } from 'vitest';
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
