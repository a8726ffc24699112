/**
 * The step-2 generator's scripts through PowerShell's own parser: zero parse errors,
 * nothing Windows PowerShell 5.1 lacks, and every user value exactly one single-quoted
 * string constant whose value is the input (property tests, parsed in batches).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isSafeForPowerShell } from '../../src/lib/powershell';
import { ps1File } from '../../src/lib/powershell';
import { buildScript, LOOP_THRESHOLD, scriptHeader, type ScriptInput } from '../../src/tools/powershell/script';
import { STRINGS } from '../../src/tools/powershell/strings';
import { PwshHost, type Parsed } from '../support/pwsh-host';
import { expanding, expectClean, quoted } from '../support/ps-ast';

const ps = PwshHost.shared();

/** How often the builder must write each user value, derived from the input alone. */
function expectedValues(input: ScriptInput): string[] {
  const out: string[] = [];
  const has = (v: string | undefined): v is string => v !== undefined && v !== '';
  const n = input.mailboxes.length;
  const loop = n > LOOP_THRESHOLD;
  const lines = loop ? 1 : Math.max(n, 1);
  // The tenant is not written into the script.
  if (has(input.sp)) {
    out.push(input.sp);
    for (let i = 0; i < lines * (1 + (input.sendAs ? 1 : 0)); i++) out.push(input.sp);
  } else {
    if (has(input.app)) out.push(input.app, input.app);
    if (has(input.obj)) out.push(input.obj, input.obj);
  }
  const perMailbox = loop ? 1 : 1 + Number(input.smtp) + Number(input.sendAs) + (input.verify ? 2 + Number(input.sendAs) : 0);
  for (const m of input.mailboxes) for (let i = 0; i < perMailbox; i++) out.push(m);
  return out.sort();
}

const QUOTES = ["'", '\u2018', '\u2019', '\u201a', '\u201b', '"', '\u201c', '\u201d', '\u201e'];
const tricky = fc.string({ unit: fc.constantFrom(...QUOTES, '$', '`', '(', ')', '{', '}', ';', '#', '<', '>', '@', '|', '&', 'a', ' ', 'ü', '\n', '\u0000', '\u0085'), maxLength: 20 });
const anyString = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 3, arbitrary: tricky },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom("'", '\u2019', 'x', '$'), minLength: 1000, maxLength: 3000 }) },
);
const optional = fc.option(anyString, { nil: undefined });
const input = fc.record({
  tenant: optional,
  app: optional,
  obj: optional,
  sp: optional,
  mailboxes: fc.array(anyString, { maxLength: LOOP_THRESHOLD + 4 }),
  smtp: fc.boolean(),
  sendAs: fc.boolean(),
  verify: fc.boolean(),
});

describe('step-2 generator scripts through PowerShell\'s parser', () => {
  it('every script parses, and every value is exactly one single-quoted literal (property, in batches)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(input, fc.constantFrom('en' as const, 'de' as const)), { minLength: 25, maxLength: 25 }), async (cases) => {
        const built = cases.map(([given, lang]) => ({ given, built: buildScript(given, STRINGS[lang].script) }));
        const scripts = built.flatMap((b) => (b.built.ok ? [b.built.text] : []));
        const parsed = await ps.parse(scripts);
        let k = 0;
        for (const { given, built: b } of built) {
          const values = [given.app, given.obj, given.sp, ...given.mailboxes].filter((v): v is string => v !== undefined);
          if (!b.ok) {
            // Refused only when some value really cannot be written, and that field is named.
            expect(values.some((v) => !isSafeForPowerShell(v))).toBe(true);
            const field = b.field === 'mb' ? given.mailboxes : [given[b.field]];
            expect(field.some((v) => v !== undefined && !isSafeForPowerShell(v))).toBe(true);
            continue;
          }
          const p: Parsed = parsed[k++];
          expectClean(p);
          expect(expanding(p)).toEqual([]);
          // PowerShell's quoted strings, in order, are exactly the pieces that the builder quoted.
          const pieces = [...(b.stop?.pieces ?? []), ...b.blocks.flatMap((x) => x.pieces)].filter((x) => x.kind !== 'code');
          const strings = quoted(p);
          expect(strings.map((s) => s.text)).toEqual(pieces.map((x) => x.text));
          // Each value piece is one string constant whose value, as PowerShell reads it, is the input.
          pieces.forEach((x, i) => {
            if (x.kind === 'value') expect(strings[i].value).toBe(x.value);
          });
          // And each user value appears as often as the script's structure says, no more.
          const written = pieces.flatMap((x, i) => (x.kind === 'value' ? [strings[i].value] : [])).sort();
          expect(written).toEqual(expectedValues(given));
        }
      }),
      { numRuns: 8 },
    );
  });

  it('the downloaded file (header, BOM, CRLF) parses as the shown script does', async () => {
    const t = STRINGS.de.script;
    const r = buildScript({ tenant: 'contoso.onmicrosoft.com', app: 'a', obj: 'o', mailboxes: ['jürgen@contoso.com', "o'brien@contoso.com"], smtp: true, sendAs: true, verify: true }, t);
    if (!r.ok) throw new Error('unexpected');
    const file = ps1File(scriptHeader(t, new Date('2026-11-29T06:30:15Z'), 'https://help.example/#mb=j%C3%BCrgen@contoso.com'), r.text);
    expect(file.startsWith('\uFEFF')).toBe(true);
    expect(file.slice(1)).not.toMatch(/[^\r]\n/);
    const [fromFile, shown] = await ps.parse([file.slice(1), r.text]);
    expectClean(fromFile);
    expect(quoted(fromFile).map((s) => s.value)).toEqual(quoted(shown).map((s) => s.value));
  });
});
