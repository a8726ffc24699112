import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMailboxes } from '../../src/lib/mailboxes';
import { buildScript, type Piece, type Script } from '../../src/tools/powershell/script';
import { shownBlock, SHOWN_LINES } from '../../src/tools/powershell/shown';
import { STRINGS } from '../../src/tools/powershell/strings';

const text = (pieces: readonly Piece[]) => pieces.map((p) => p.text).join('');

function script(mailboxes: number): Script {
  const list = Array.from({ length: mailboxes }, (_, i) => `person.${i}@contoso.com`).join('\n');
  const built = buildScript(
    { app: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', obj: '0a1b2c3d-4e5f-4a6b-9c7d-8e9f0a1b2c3d', mailboxes: parseMailboxes(list).addresses, smtp: true, sendAs: true, verify: true },
    STRINGS.en.script,
  );
  if (!built.ok) throw new Error('must build');
  return built;
}

describe('how much of a block the page shows', () => {
  it('a block of 1,000 mailboxes is shown whole', () => {
    for (const block of script(1000).blocks) expect(shownBlock(block.pieces)).toEqual({ pieces: block.pieces, hiddenLines: 0 });
  });

  it('a block of 100,000 mailboxes: the first lines exactly as in the script, and the count of the others', () => {
    const list = script(100_000).blocks.find((b) => b.code.includes('$mailboxes = @('))!;
    const lines = list.code.split('\n');
    const shown = shownBlock(list.pieces);
    expect(text(shown.pieces)).toBe(lines.slice(0, SHOWN_LINES).join('\n'));
    expect(shown.hiddenLines).toBe(lines.length - SHOWN_LINES);
    // Values are shown whole, each still marked as a value of its field.
    expect(shown.pieces.filter((p) => p.kind === 'value').every((p) => p.kind === 'value' && p.field === 'mb' && p.text === `'${p.value}'`)).toBe(true);
  });

  it('any pieces and any limit: the shown text is the first lines of the whole, the hidden count the rest', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 12 }).map((t): Piece => ({ kind: 'code', text: t })),
      fc.constantFrom('\n', '\n\n', 'a\nb', '\n    ').map((t): Piece => ({ kind: 'code', text: t })),
      fc.string({ maxLength: 8 }).filter((t) => !t.includes('\n')).map((v): Piece => ({ kind: 'value', field: 'mb', value: v, text: `'${v}'` })),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.integer({ min: 1, max: 20 }), (pieces, max) => {
        const whole = text(pieces).split('\n');
        const r = shownBlock(pieces, max);
        expect(text(r.pieces)).toBe(whole.slice(0, max).join('\n'));
        expect(r.hiddenLines).toBe(Math.max(0, whole.length - max));
      }),
      { numRuns: 500 },
    );
  });
});
