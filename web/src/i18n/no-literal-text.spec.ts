import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every word a reader sees or hears comes from the locale files. This reads the components'
 * source and lists text written straight into JSX: element text, the attributes read out or
 * shown (aria-label, title, placeholder, alt...), and string literals rendered as children.
 */

const SRC = join(__dirname, '..');
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
// Not words of the interface: a URL scheme to type and the CSV columns the server reads.
const ALLOWED = new Set(['https://', 'email,name,country,post']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim());

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('gql') ? [] : sources(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** The literals an expression may render as it is: `'x'`, `a ? 'x' : y`, `a && 'x'`. */
function renderedLiterals(node: ts.Expression): ts.StringLiteralLike[] {
  if (ts.isStringLiteralLike(node)) return [node];
  if (ts.isParenthesizedExpression(node)) return renderedLiterals(node.expression);
  if (ts.isConditionalExpression(node)) return [...renderedLiterals(node.whenTrue), ...renderedLiterals(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    // `a && 'x'` shows 'x' only; `a || 'x'` and `a ?? 'x'` may show either side.
    if (node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) return renderedLiterals(node.right);
    if (node.operatorToken.kind === ts.SyntaxKind.BarBarToken || node.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) return [...renderedLiterals(node.left), ...renderedLiterals(node.right)];
  }
  return [];
}

function literalTexts(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${relative(SRC, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) found.push(`${where(node)} ${node.text.trim()}`);
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const value = node.initializer;
      const literals = ts.isStringLiteral(value) ? [value] : ts.isJsxExpression(value) && value.expression ? renderedLiterals(value.expression) : [];
      for (const literal of literals) if (hasWords(literal.text)) found.push(`${where(literal)} ${node.name.getText(source)}="${literal.text}"`);
    }
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const literal of renderedLiterals(node.expression)) if (hasWords(literal.text)) found.push(`${where(literal)} {'${literal.text}'}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('components', () => {
  it('write no visible or spoken text outside the locale files', () => {
    const files = sources(SRC);
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(literalTexts)).toEqual([]);
  });
});
