import ts from 'typescript';

// Jest provides it; the web's types leave Node out on purpose, and ts.sys does the file reading.
declare const __dirname: string;

/**
 * Every word a reader sees or hears comes from the locale files. This reads the components'
 * source and lists text written straight into JSX: element text, the attributes read out or
 * shown (aria-label, title, placeholder, alt...), and string literals rendered as children.
 */

const SRC = ts.sys.resolvePath(`${__dirname}/..`);
const SPOKEN_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'aria-valuetext', 'aria-roledescription', 'title', 'placeholder', 'alt', 'label']);
// Not words of the interface: a URL scheme to type and the CSV columns the server reads.
const ALLOWED = new Set(['https://', 'email,name,country,post']);
const hasWords = (text: string) => /\p{L}{2,}/u.test(text) && !ALLOWED.has(text.trim());

function sources(): string[] {
  return ts.sys.readDirectory(SRC, ['.tsx'], ['gql', 'gql-admin']);
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
  const source = ts.createSourceFile(file, ts.sys.readFile(file) ?? '', ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const where = (node: ts.Node) => `${file.slice(SRC.length + 1)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
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
    const files = sources();
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap(literalTexts)).toEqual([]);
  });
});
