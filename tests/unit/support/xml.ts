/**
 * A conformant XML 1.0 parser for the tests (saxes: checks every character against the
 * Char production, names, nesting, attributes). Files the web.xml fix writes are parsed
 * back with it: what it refuses, a servlet container would refuse too.
 */
import { SaxesParser } from 'saxes';

/** true when the text is well-formed XML, else the parser's first error message. */
export function wellFormed(text: string): true | string {
  const parser = new SaxesParser();
  // saxes reads no DTD: internal general entities (declared in the file) are given to it.
  for (const m of text.matchAll(/<!ENTITY\s+([^\s%]\S*)\s+(["'])([^"']*)\2\s*>/g)) parser.ENTITIES[m[1]] = m[3];
  let first: string | null = null;
  parser.on('error', (e) => {
    first ??= e.message;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    first ??= String(e);
  }
  return first ?? true;
}
