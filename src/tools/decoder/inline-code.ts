/** Catalogue texts mark code with `backticks`; this splits them for rendering as <code>. */
export interface TextPart {
  code: boolean;
  text: string;
}

export function inlineCode(text: string): TextPart[] {
  return text
    .split('`')
    .map((part, i) => ({ code: i % 2 === 1, text: part }))
    .filter((part) => part.text !== '');
}
