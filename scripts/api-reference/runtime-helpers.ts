/**
 * The kernel's own helpers (display, html, md, …) as the kernel session adds them: read from the
 * object literal the Session constructor passes to `addGlobals`, with each one's signature from
 * the type checker and its one-line doc from the JSDoc of what it calls or names.
 */
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { ApiEntry } from '../../src/components/api-reference-types.ts';

const SESSION = fileURLToPath(new URL('../../worker/runtime/session.ts', import.meta.url));
const TSCONFIG = fileURLToPath(new URL('../../tsconfig.json', import.meta.url));

function compilerOptions(): ts.CompilerOptions {
  const config = ts.readConfigFile(TSCONFIG, (path) => ts.sys.readFile(path));
  return ts.parseJsonConfigFileContent(config.config, ts.sys, fileURLToPath(new URL('../..', import.meta.url))).options;
}

/** The argument of `this.addGlobals({...})` inside the Session constructor. */
function addGlobalsLiteral(source: ts.SourceFile): ts.ObjectLiteralExpression {
  let found: ts.ObjectLiteralExpression | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.expression.kind === ts.SyntaxKind.ThisKeyword &&
      node.expression.name.text === 'addGlobals' &&
      node.arguments[0] &&
      ts.isObjectLiteralExpression(node.arguments[0])
    ) {
      found = node.arguments[0];
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`no this.addGlobals({ … }) in ${SESSION}`);
  return found;
}

function firstLine(symbol: ts.Symbol | undefined, checker: ts.TypeChecker): string {
  if (!symbol) return '';
  return ts.displayPartsToString(symbol.getDocumentationComment(checker)).split('\n')[0]?.trim() ?? '';
}

/** The symbol whose JSDoc documents a helper: the function an arrow calls, or the declaration a name refers to. */
function documentedSymbol(property: ts.ObjectLiteralElementLike, checker: ts.TypeChecker): ts.Symbol | undefined {
  if (ts.isShorthandPropertyAssignment(property)) {
    const value = checker.getShorthandAssignmentValueSymbol(property);
    return value && value.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(value) : value;
  }
  if (!ts.isPropertyAssignment(property)) return undefined;
  const value = property.initializer;
  if (ts.isArrowFunction(value) && ts.isCallExpression(value.body)) {
    const declaration = checker.getResolvedSignature(value.body)?.getDeclaration();
    const name = declaration?.name;
    return name ? checker.getSymbolAtLocation(name) : undefined;
  }
  return undefined;
}

function signatureOf(name: string, value: ts.Node, checker: ts.TypeChecker): string {
  const type = checker.getTypeAtLocation(value);
  const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.WriteArrowStyleSignature;
  const construct = type.getConstructSignatures()[0];
  if (construct) return `new ${name}${checker.signatureToString(construct, undefined, flags).replace(/ => .*$/, '')}`;
  const call = type.getCallSignatures()[0];
  const text = call ? `${name}${checker.signatureToString(call, undefined, flags & ~ts.TypeFormatFlags.WriteArrowStyleSignature)}` : name;
  // The checker spells optional parameters `x?: T | undefined`; the `?` already says so.
  return text.replace(/(\?: [^,)]*?) \| undefined/g, '$1');
}

/** Every helper the session adds to the scope, in the order it adds them. */
export function runtimeHelpers(): ApiEntry[] {
  const program = ts.createProgram([SESSION], compilerOptions());
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(SESSION);
  if (!source) throw new Error(`cannot read ${SESSION}`);
  return addGlobalsLiteral(source).properties.flatMap((property) => {
    if (!property.name || !ts.isIdentifier(property.name)) return [];
    const name = property.name.text;
    const value = ts.isPropertyAssignment(property) ? property.initializer : property.name;
    return [{ name, signature: signatureOf(name, value, checker), doc: firstLine(documentedSymbol(property, checker), checker) }];
  });
}
