/**
 * How much of a script block the page shows. A pasted list of a hundred thousand
 * mailboxes makes a block of as many lines; laying that out on every change would
 * freeze the page, and nobody reads it there. The page shows the first SHOWN_LINES
 * lines and says how many more there are; Copy and Download always give the whole
 * block. Pure: pieces in, the pieces to show and the count of lines left out.
 */
import type { Piece } from './script';

/** Lines of one block shown on the page (the loop's list of 1,000 mailboxes still fits whole). */
export const SHOWN_LINES = 1500;

export interface ShownBlock {
  /** The pieces to put on the page: all of them, or those of the first `maxLines` lines. */
  pieces: Piece[];
  /** Lines of the block not shown (0 when the whole block is shown). */
  hiddenLines: number;
}

/** Line breaks in a text, without building an array of its lines. */
function breaks(text: string, from = 0): number {
  let n = 0;
  for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

export function shownBlock(pieces: readonly Piece[], maxLines = SHOWN_LINES): ShownBlock {
  const shown: Piece[] = [];
  let lines = 1;
  for (let k = 0; k < pieces.length; k++) {
    const p = pieces[k];
    let cut = -1;
    // Find where line maxLines ends inside this piece, if it does.
    for (let i = p.text.indexOf('\n'); i !== -1; i = p.text.indexOf('\n', i + 1)) {
      if (lines === maxLines) {
        cut = i;
        break;
      }
      lines++;
    }
    if (cut === -1) {
      shown.push(p);
      continue;
    }
    // The rest of this piece and every later piece are left out: count their lines.
    let hidden = breaks(p.text, cut + 1) + 1;
    for (let j = k + 1; j < pieces.length; j++) hidden += breaks(pieces[j].text);
    const head = p.text.slice(0, cut);
    // Only code is cut; a value or placeholder is never shown in part (it holds no line break anyway).
    if (p.kind === 'code' && head) shown.push({ ...p, text: head });
    return { pieces: shown, hiddenLines: hidden };
  }
  return { pieces: shown, hiddenLines: 0 };
}
