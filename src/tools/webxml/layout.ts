/**
 * Edits that fit into a file as if written by hand: the file's own line ending and
 * indentation, whole lines inserted or removed wherever the markup allows, so that a
 * line diff of the result shows only the lines that really changed.
 */
import type { Edit } from './source';
import type { Scan, XmlElement } from './scan';

/** Escape text for element content (and attribute values). */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

export function detectEol(text: string): string {
  const m = /\r\n|\n|\r/.exec(text);
  return m ? m[0] : '\n';
}

function lineStart(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  return i;
}

function lineEnd(text: string, offset: number): number {
  let i = offset;
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

/** The whitespace before an element on its line, or null when other text precedes it. */
export function ownLineIndent(text: string, el: { start: number }): string | null {
  const before = text.slice(lineStart(text, el.start), el.start).replace(/^\uFEFF/, '');
  return /^[ \t]*$/.test(before) ? before : null;
}

/** The indentation step between a parent and its first child that starts a line, if any. */
function childStep(text: string, parent: XmlElement): string | null {
  const outer = ownLineIndent(text, parent);
  if (outer === null) return null;
  for (const child of parent.children) {
    const inner = ownLineIndent(text, child);
    if (inner !== null && inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  }
  return null;
}

/**
 * The indentation step the file uses: that of `near` (the element the new lines
 * imitate) when it shows one, else the first one found from web-app downwards.
 */
export function indentUnit(text: string, scan: Scan, near?: XmlElement): string {
  const parents = [...(near ? [near] : []), ...(scan.root ? [scan.root, ...scan.root.children] : [])];
  for (const parent of parents) {
    const step = childStep(text, parent);
    if (step !== null) return step;
  }
  return /\n\t/.test(text) ? '\t' : '  ';
}

/** Whether an element is written on one line (no line break inside). */
export function isOneLine(text: string, el: XmlElement): boolean {
  return !/[\r\n]/.test(text.slice(el.start, el.end));
}

export interface BlockStyle {
  eol: string;
  indent: string;
  unit: string;
  oneLine: boolean;
}

/** A context-param element in the given style, without a leading or trailing line break. */
export function contextParamBlock(name: string, value: string, style: BlockStyle): string {
  const { eol, indent, unit, oneLine } = style;
  const n = `<param-name>${escapeXml(name)}</param-name>`;
  const v = `<param-value>${escapeXml(value)}</param-value>`;
  if (oneLine) return `${indent}<context-param>${n}${v}</context-param>`;
  return [`${indent}<context-param>`, `${indent}${unit}${n}`, `${indent}${unit}${v}`, `${indent}</context-param>`].join(eol);
}

/**
 * Insert a block (already indented) as new lines after an element: at the end of the
 * element's line when only blanks or a comment follow it there, else right after it.
 */
export function insertLinesAfter(text: string, after: { end: number }, block: string, eol: string): Edit {
  const end = lineEnd(text, after.end);
  const rest = text.slice(after.end, end);
  const at = /^\s*(?:<!--(?:(?!-->)[\s\S])*-->\s*)*$/.test(rest) ? end : after.end;
  return { start: at, end: at, text: eol + block };
}

/** Insert a block as new lines right after a start tag (the first child's place). */
export function insertLinesInto(text: string, parent: XmlElement, block: string, eol: string): Edit {
  return insertLinesAfter(text, { end: parent.openEnd }, block, eol);
}

/** Whether only blanks (spaces, tabs) lie between offset and the line break before it (or the start). */
function blanksBack(text: string, offset: number): number | null {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return i === 0 || text[i - 1] === '\n' || text[i - 1] === '\r' ? i : null;
}

/** Whether only blanks lie between offset and the next line break (or the end). */
function blanksForward(text: string, offset: number): number | null {
  let i = offset;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return i === text.length || text[i] === '\n' || text[i] === '\r' ? i : null;
}

/**
 * Remove an element; when it stands alone on its lines, remove those whole lines.
 * Looks only at the blanks right around the element, never along the whole line:
 * removing many elements from a one-line file stays linear.
 */
export function removeElement(text: string, el: XmlElement): Edit {
  const start = blanksBack(text, el.start);
  const end = start === null ? null : blanksForward(text, el.end);
  if (start !== null && end !== null) {
    // Take the line break before the element's first line, so no blank line is left.
    let from = start;
    if (from > 0) from -= text[from - 1] === '\n' && text[from - 2] === '\r' ? 2 : 1;
    return { start: from, end, text: '' };
  }
  return { start: el.start, end: el.end, text: '' };
}
