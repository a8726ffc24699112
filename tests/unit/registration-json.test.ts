import { describe, expect, it } from 'vitest';
import { lineColumn, parseJson } from '../../src/tools/registration/json';

describe('parseJson', () => {
  it('parses valid JSON, also with a byte order mark', () => {
    expect(parseJson('\uFEFF{"a": [1, 2.5e3, true, null, "x\\u00e4"]}')).toEqual({ ok: true, value: { a: [1, 2500, true, null, 'xä'] } });
  });

  it('reports an empty paste', () => {
    expect(parseJson('  \n')).toMatchObject({ ok: false, problem: 'empty' });
  });

  it('gives line and column of a missing comma', () => {
    const text = '{\n  "appId": "x"\n  "name": "y"\n}';
    expect(parseJson(text)).toEqual({ ok: false, problem: 'unexpectedChar', line: 3, column: 3, found: '"' });
  });

  it('gives line and column of a trailing comma', () => {
    const text = '{\r\n\t"a": [1, 2,],\r\n}';
    expect(parseJson(text)).toEqual({ ok: false, problem: 'unexpectedChar', line: 2, column: 13, found: ']' });
  });

  it('says when the text ends too early (a cut-off copy)', () => {
    expect(parseJson('{"a": {"b": "c"}')).toMatchObject({ ok: false, problem: 'unexpectedEnd', line: 1, column: 17 });
    expect(parseJson('{"a": "unterminated')).toMatchObject({ ok: false, problem: 'unexpectedEnd' });
  });

  it('points at single quotes, comments and bad escapes', () => {
    expect(parseJson("{'a': 1}")).toMatchObject({ line: 1, column: 2, found: "'" });
    expect(parseJson('{\n// note\n"a": 1}')).toMatchObject({ line: 2, column: 1, found: '/' });
    expect(parseJson('["\\x"]')).toMatchObject({ line: 1, column: 4, found: 'x' });
    expect(parseJson('[01]')).toMatchObject({ line: 1, column: 3, found: '1' });
    expect(parseJson('{} {}')).toMatchObject({ line: 1, column: 4, found: '{' });
  });

  it('counts columns in characters, not code units', () => {
    expect(lineColumn('"😀" x', 5)).toEqual({ line: 1, column: 5 });
  });
});
