/**
 * JSON parsing that says where it broke. JSON.parse's messages differ between
 * browsers and rarely give a line, so on failure a small scanner walks the text
 * again and reports the first offending position as line and column (1-based).
 */

export type JsonProblem = 'empty' | 'unexpectedEnd' | 'unexpectedChar';

export type JsonResult =
  | { ok: true; value: unknown }
  | { ok: false; problem: JsonProblem; line: number; column: number; found: string };

export function parseJson(input: string): JsonResult {
  // Files saved by Windows tools often start with a byte order mark.
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: 'empty', line: 1, column: 1, found: '' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    const offset = firstErrorOffset(text);
    const { line, column } = lineColumn(text, offset);
    const atEnd = offset >= text.length;
    return { ok: false, problem: atEnd ? 'unexpectedEnd' : 'unexpectedChar', line, column, found: atEnd ? '' : String.fromCodePoint(text.codePointAt(offset)!) };
  }
}

/** 1-based line and column of an offset; a column counts characters, not bytes. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

class Stop {
  constructor(readonly offset: number) {}
}

/** Offset of the first character that makes the text invalid JSON (text.length if it ends early). */
export function firstErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Stop(i);
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const expect = (word: string) => {
    for (const ch of word) {
      if (text[i] !== ch) fail();
      i++;
    }
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const ch = text[i];
      if (ch === '"') {
        i++;
        return;
      }
      if (ch < ' ') fail();
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          i++;
          for (let k = 0; k < 4; k++) {
            if (!/[0-9a-fA-F]/.test(text[i] ?? '')) fail();
            i++;
          }
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? '') || i >= text.length) fail();
      }
      i++;
    }
    fail();
  };
  const number = () => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (/[1-9]/.test(text[i] ?? '')) while (/[0-9]/.test(text[i] ?? '')) i++;
    else fail();
    if (text[i] === '.') {
      i++;
      if (!/[0-9]/.test(text[i] ?? '')) fail();
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!/[0-9]/.test(text[i] ?? '')) fail();
      while (/[0-9]/.test(text[i] ?? '')) i++;
    }
  };
  const key = () => {
    ws();
    if (text[i] !== '"') fail();
    string();
    ws();
    if (text[i] !== ':') fail();
    i++;
  };
  const scalar = () => {
    const ch = text[i];
    if (ch === '"') return string();
    if (ch === 't') return expect('true');
    if (ch === 'f') return expect('false');
    if (ch === 'n') return expect('null');
    if (ch === '-' || /[0-9]/.test(ch ?? '')) return number();
    fail();
  };
  /**
   * One value, nested to any depth: the open arrays and objects are an explicit stack,
   * not recursion, so JSON nested 100,000 deep is scanned like any other text.
   */
  const value = (): void => {
    const open: ('{' | '[')[] = [];
    let needValue = true;
    for (;;) {
      if (needValue) {
        ws();
        const ch = text[i];
        if (ch === '{' || ch === '[') {
          i++;
          ws();
          if (text[i] === (ch === '{' ? '}' : ']')) {
            i++;
            needValue = false;
          } else {
            open.push(ch);
            if (ch === '{') key();
          }
          continue;
        }
        scalar();
        needValue = false;
        continue;
      }
      const top = open[open.length - 1];
      if (top === undefined) return;
      ws();
      if (text[i] === ',') {
        i++;
        if (top === '{') key();
        needValue = true;
      } else if (text[i] === (top === '{' ? '}' : ']')) {
        i++;
        open.pop();
      } else fail();
    }
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (e) {
    if (e instanceof Stop) return e.offset;
    throw e;
  }
  // JSON.parse refused what the scanner accepted (should not happen): point at the start.
  return 0;
}
