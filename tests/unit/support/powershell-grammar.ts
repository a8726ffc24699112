/**
 * A real PowerShell grammar for tests: tree-sitter-powershell loaded into
 * web-tree-sitter. parsePowerShell() returns the syntax tree; stringLiterals() lists
 * every string literal in it, so a test can prove that a user value stands in exactly
 * one literal.
 */
import { createRequire } from 'node:module';
import { Language, Parser, type Node, type Tree } from 'web-tree-sitter';

const require = createRequire(import.meta.url);
let parser: Parser | null = null;

async function getParser(): Promise<Parser> {
  if (parser) return parser;
  await Parser.init();
  const language = await Language.load(require.resolve('tree-sitter-powershell/tree-sitter-powershell.wasm'));
  parser = new Parser();
  parser.setLanguage(language);
  return parser;
}

export async function parsePowerShell(script: string): Promise<Tree> {
  const tree = (await getParser()).parse(script);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}

/** Nodes that are syntax errors or missing tokens, with their positions, for messages. */
export function syntaxErrors(tree: Tree): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.isError || n.isMissing) out.push(`${n.type} at ${n.startPosition.row + 1}:${n.startPosition.column + 1}: ${n.text.slice(0, 40)}`);
    for (const c of n.children) if (c) visit(c);
  };
  visit(tree.rootNode);
  return out;
}

/** The text of every string literal node (verbatim, quotes included). */
export function stringLiterals(tree: Tree): string[] {
  const out: string[] = [];
  const visit = (n: Node) => {
    if (n.type.endsWith('string_literal') && !n.children.some((c) => c?.type.endsWith('string_literal'))) out.push(n.text);
    else for (const c of n.children) if (c) visit(c);
  };
  visit(tree.rootNode);
  return out;
}
