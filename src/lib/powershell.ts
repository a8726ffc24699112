/**
 * PowerShell literals for generated scripts (about_Quoting_Rules). Every user value
 * enters a script only through psString(): a single-quoted string, in which PowerShell
 * expands nothing. A single quote inside is doubled; PowerShell also treats the
 * typographic quotes U+2018-U+201B as single quotes, so they are doubled too.
 */

/** Characters no value of ours may contain: control characters (newlines included). */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;

export class UnsafeValueError extends Error {
  constructor(readonly value: string) {
    super('The value contains control characters or broken Unicode and cannot be put into a script.');
  }
}

/** Whether a value can be written as a PowerShell literal at all. */
export function isSafeForPowerShell(value: string): boolean {
  return !UNSAFE.test(value) && !LONE_SURROGATE.test(value);
}

/** The value as a PowerShell single-quoted string literal; throws UnsafeValueError otherwise. */
export function psString(value: string): string {
  if (!isSafeForPowerShell(value)) throw new UnsafeValueError(value);
  return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`;
}

/** The text of a single-quoted literal as PowerShell reads it (inverse of psString, for tests). */
export function psUnquote(literal: string): string {
  const inner = literal.slice(1, -1);
  return inner.replace(/(['\u2018\u2019\u201a\u201b])(['\u2018\u2019\u201a\u201b])/g, '$1');
}

/**
 * A .ps1 file as every tool downloads it: UTF-8 with a byte order mark (Windows PowerShell
 * 5.1 reads a file without one in the ANSI code page, which breaks non-ASCII addresses) and
 * CRLF line ends. The parts (e.g. a comment header and the script) are joined by a line break.
 */
export function ps1File(...parts: string[]): string {
  return '\uFEFF' + parts.join('\n').replace(/\r?\n/g, '\r\n');
}
