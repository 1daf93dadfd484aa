/**
 * Rewrites a cell (plain JavaScript, types already stripped) so that it can run as the body of an
 * async function while its top-level declarations land in the kept global scope.
 * Every edit stays on the line it replaces, so line numbers survive; columns are mapped back
 * through the magic-string source map.
 */
import { parse, type ImportDeclaration, type ModuleDeclaration, type Program, type Statement, type VariableDeclaration } from 'acorn';
import MagicString from 'magic-string';
import { instrumentLoopsAndFunctions } from './instrument.ts';
import { HELPER } from './helper.ts';
import { rewriteNestedVars } from './nested-vars.ts';
import { patternNames } from './pattern-names.ts';

/** A rewritten cell: the function body to evaluate and the edit record for mapping positions. */
export interface RewrittenCell {
  /** Body of `async function (__quire) { … }`. */
  body: string;
  /** True when the last statement is an expression whose value the body returns as `[value]`. */
  hasResult: boolean;
  /** The edits, for a source map from `body` back to the input. */
  edits: MagicString;
}

/** A syntax error with its offset in the rewritten input (0-based). */
export class RewriteSyntaxError extends SyntaxError {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'SyntaxError';
  }
}

/** Options for the rewrite. */
export interface RewriteOptions {
  /** Insert `__quire.c()` interrupt checks in every loop body and function entry. */
  instrument: boolean;
}

/** Parses `code` and rewrites it; throws `RewriteSyntaxError` for invalid input. */
export function rewriteCell(code: string, options: RewriteOptions): RewrittenCell {
  const program = parseCell(code);
  const edits = new MagicString(code);
  if (options.instrument) instrumentLoopsAndFunctions(program, edits);
  const hoisted: string[] = [];
  const declared = new Set<string>();
  const statements = program.body;
  const last = statements[statements.length - 1];
  for (const statement of statements) rewriteStatement(statement, edits, { hoisted, declared, code });
  let hasResult = false;
  if (last?.type === 'ExpressionStatement') {
    // Statement bounds, not the expression's: parentheses around it are part of the statement.
    edits.prependRight(last.start, 'return [(');
    edits.appendLeft(code[last.end - 1] === ';' ? last.end - 1 : last.end, ')]');
    hasResult = true;
  }
  const names = declared.size > 0 ? `${HELPER}.declare(${JSON.stringify([...declared])});` : '';
  if (names || hoisted.length > 0) edits.prependLeft(0, names + hoisted.join(''));
  return { body: edits.toString(), hasResult, edits };
}

function parseCell(code: string): Program {
  try {
    return parse(code, { ecmaVersion: 'latest', sourceType: 'module', allowAwaitOutsideFunction: true });
  } catch (error) {
    if (error instanceof SyntaxError && typeof (error as { pos?: unknown }).pos === 'number') {
      const message = error.message.replace(/ \(\d+:\d+\)$/, '');
      throw new RewriteSyntaxError(message, (error as unknown as { pos: number }).pos);
    }
    throw error;
  }
}

/** What rewriting the top-level statements collects. */
interface Collected {
  /** Statements run first: global copies of hoisted function declarations. */
  hoisted: string[];
  /** Every name the cell declares in the kept scope. */
  declared: Set<string>;
  code: string;
}

function rewriteStatement(node: Statement | ModuleDeclaration, edits: MagicString, collected: Collected): void {
  const { hoisted, declared, code } = collected;
  switch (node.type) {
    case 'VariableDeclaration':
      for (const declarator of node.declarations) for (const name of patternNames(declarator.id)) declared.add(name);
      rewriteVariables(node, edits, code);
      return;
    case 'FunctionDeclaration':
      declared.add(node.id.name);
      // The declaration stays (so it is hoisted within the cell); the global copy is made first.
      hoisted.push(`${HELPER}.scope[${JSON.stringify(node.id.name)}] = ${node.id.name};`);
      return;
    case 'ClassDeclaration':
      if (!node.id) return;
      declared.add(node.id.name);
      edits.prependRight(node.start, `;${HELPER}.scope[${JSON.stringify(node.id.name)}] = `);
      edits.appendLeft(node.end, ';');
      return;
    case 'ImportDeclaration':
      for (const specifier of node.specifiers) declared.add(specifier.local.name);
      edits.overwrite(node.start, node.end, importAssignment(node));
      return;
    case 'ExportNamedDeclaration':
      if (!node.declaration) throw new RewriteSyntaxError('export lists are not supported in a cell', node.start);
      edits.remove(node.start, node.declaration.start);
      rewriteStatement(node.declaration, edits, collected);
      return;
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
      throw new RewriteSyntaxError('export default / export * are not supported in a cell', node.start);
    default:
      for (const name of rewriteNestedVars(node, edits)) declared.add(name);
      return;
  }
}

/** `const a = 1, {b} = o;` → `;(a = 1, {b} = o);` — sloppy-mode assignments create globals. */
function rewriteVariables(node: VariableDeclaration, edits: MagicString, code: string): void {
  if (node.kind === 'using' || node.kind === 'await using') {
    throw new RewriteSyntaxError(`top-level '${node.kind}' is not supported in a cell`, node.start);
  }
  const first = node.declarations[0];
  if (!first) return;
  edits.overwrite(node.start, first.start, ';(');
  for (const declarator of node.declarations) {
    if (declarator.init) continue;
    if (declarator.id.type !== 'Identifier') continue;
    const name = declarator.id.name;
    // `var x;` keeps an existing value, as re-running a script would; `let x;` resets it.
    edits.appendLeft(declarator.id.end, node.kind === 'var' ? ` = ${HELPER}.scope[${JSON.stringify(name)}]` : ' = void 0');
  }
  const closeAt = code[node.end - 1] === ';' ? node.end - 1 : node.end;
  edits.appendLeft(closeAt, ')');
  if (closeAt === node.end) edits.appendLeft(node.end, ';');
}

/** `import d, {a as b} from 'm'` → `;({default: d, a: b} = await __quire.import('m'));` */
function importAssignment(node: ImportDeclaration): string {
  const source = JSON.stringify(node.source.value);
  const load = `await ${HELPER}.import(${source})`;
  const namespace = node.specifiers.find((s) => s.type === 'ImportNamespaceSpecifier');
  const named = node.specifiers.flatMap((s) => {
    switch (s.type) {
      case 'ImportDefaultSpecifier':
        return [`default: ${s.local.name}`];
      case 'ImportSpecifier':
        return [`${s.imported.type === 'Identifier' ? s.imported.name : JSON.stringify(s.imported.value)}: ${s.local.name}`];
      case 'ImportNamespaceSpecifier':
        return [];
      default: {
        const never: never = s;
        return never;
      }
    }
  });
  if (namespace) {
    const rest = named.length > 0 ? ` ({${named.join(', ')}} = ${namespace.local.name});` : '';
    return `;${namespace.local.name} = ${load};${rest}`;
  }
  if (named.length === 0) return `;${load};`;
  return `;({${named.join(', ')}} = ${load});`;
}
