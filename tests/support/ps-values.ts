/**
 * Arbitrary values for the PowerShell suite's property tests (fast-check): any Unicode text,
 * the characters PowerShell treats as quotes (U+2018..U+201B single, U+201C..U+201E double,
 * besides ' and "), PowerShell's special characters, control characters, line and paragraph
 * separators and lone surrogates (which no script may contain: the builders refuse them), and
 * very long values.
 */
import fc from 'fast-check';

export const QUOTES = ["'", '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '\u201d', '\u201e'] as const;
const SPECIAL = ['$', '`', '(', ')', '{', '}', '[', ']', ';', '#', '<', '>', '@', '|', '&', ',', '-', ' ', '\u00a0', 'a', 'ü', '\u{1F600}'] as const;
/** Not writable into a script (src/lib/powershell.ts isSafeForPowerShell). */
export const UNWRITABLE = ['\u0000', '\t', '\n', '\r', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ud800', '\udfff'] as const;

/** One value; `minLength` for fields that must not be empty. */
export function psValue(options: { minLength?: number; maxLongLength?: number } = {}): fc.Arbitrary<string> {
  const minLength = options.minLength ?? 0;
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength, maxLength: 30 }) },
    { weight: 4, arbitrary: fc.string({ unit: fc.constantFrom(...QUOTES, ...SPECIAL), minLength, maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...UNWRITABLE, ...QUOTES, 'a'), minLength: Math.max(1, minLength), maxLength: 6 }) },
    { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom(...QUOTES, 'x', '$', '`'), minLength: 1000, maxLength: options.maxLongLength ?? 3000 }) },
  );
}
