/**
 * The change a fix makes, as lines removed and added with their line numbers, for an
 * accessible display (a table that says "added"/"removed" in words, not colour only).
 */
import { Lines } from './scan';
import type { Edit } from './source';

export type DiffKind = 'context' | 'removed' | 'added';

export interface DiffLine {
  kind: DiffKind;
  /** Line number in the original (removed and context lines). */
  oldLine?: number;
  /** Line number in the corrected file (added and context lines). */
  newLine?: number;
  text: string;
}

const split = (s: string) => s.split(/\r\n|\n|\r/);

/** Hunks of changed lines (with `context` unchanged lines around each) for edits on text. */
export function diffEdits(text: string, edits: readonly Edit[], context = 2): DiffLine[][] {
  const lines = new Lines(text);
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  // Group edits that touch the same or adjacent lines.
  const groups: { first: number; last: number; edits: Edit[] }[] = [];
  for (const e of sorted) {
    const first = lines.position(e.start).line;
    const last = lines.position(Math.max(e.start, e.end)).line;
    const g = groups[groups.length - 1];
    if (g && first <= g.last) {
      g.last = Math.max(g.last, last);
      g.edits.push(e);
    } else groups.push({ first, last, edits: [e] });
  }
  const hunks: DiffLine[][] = [];
  let delta = 0;
  for (const g of groups) {
    const from = lines.offset(g.first, 1);
    const to = lines.offset(g.last, 1) + lines.lineText(g.last).length;
    let changed = '';
    let at = from;
    for (const e of g.edits) {
      changed += text.slice(at, e.start) + e.text;
      at = e.end;
    }
    changed += text.slice(at, to);
    const oldLines = split(text.slice(from, to));
    const newLines = split(changed);
    let head = 0;
    while (head < oldLines.length && head < newLines.length && oldLines[head] === newLines[head]) head++;
    let tail = 0;
    while (tail < oldLines.length - head && tail < newLines.length - head && oldLines[oldLines.length - 1 - tail] === newLines[newLines.length - 1 - tail]) tail++;
    const firstOld = g.first + head;
    const hunk: DiffLine[] = [];
    for (let n = Math.max(1, firstOld - context); n < firstOld; n++) hunk.push({ kind: 'context', oldLine: n, newLine: n + delta, text: lines.lineText(n) });
    const removed = oldLines.slice(head, oldLines.length - tail);
    const added = newLines.slice(head, newLines.length - tail);
    removed.forEach((t, i) => hunk.push({ kind: 'removed', oldLine: firstOld + i, text: t }));
    added.forEach((t, i) => hunk.push({ kind: 'added', newLine: firstOld + delta + i, text: t }));
    delta += added.length - removed.length;
    const afterOld = firstOld + removed.length;
    for (let n = afterOld; n < afterOld + context && n <= lines.starts.length; n++) {
      if (n === lines.starts.length && lines.lineText(n) === '') break;
      hunk.push({ kind: 'context', oldLine: n, newLine: n + delta, text: lines.lineText(n) });
    }
    hunks.push(hunk);
  }
  return hunks;
}
