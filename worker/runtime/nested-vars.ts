/**
 * `var` declared inside top-level blocks and loop heads (`for (var i = 0; …)`) belongs to the
 * script scope in plain JavaScript; in a cell it must land in the kept scope too.
 */
import type { Node, Pattern, VariableDeclaration } from 'acorn';
import { base, recursive, type RecursiveVisitors } from 'acorn-walk';
import type MagicString from 'magic-string';
import { HELPER } from './helper.ts';
import { patternNames } from './pattern-names.ts';

const skip = (): void => undefined;

/** Rewrites nested `var` declarations of a top-level statement into assignments; returns their names. */
export function rewriteNestedVars(statement: Node, edits: MagicString): string[] {
  const names: string[] = [];
  const rewrite = (node: VariableDeclaration, mode: Mode): void => {
    for (const declarator of node.declarations) names.push(...patternNames(declarator.id));
    rewriteVar(node, edits, mode);
  };
  const head = (declaration: Node | null | undefined, mode: Mode): boolean => {
    if (declaration?.type !== 'VariableDeclaration' || (declaration as VariableDeclaration).kind !== 'var') return false;
    rewrite(declaration as VariableDeclaration, mode);
    return true;
  };
  const visitors: RecursiveVisitors<null> = {
    FunctionDeclaration: skip,
    FunctionExpression: skip,
    ArrowFunctionExpression: skip,
    ClassDeclaration: skip,
    ClassExpression: skip,
    VariableDeclaration(node) {
      if (node.kind === 'var') rewrite(node, 'statement');
    },
    ForStatement(node, state, walk) {
      if (!head(node.init, 'for-init') && node.init) walk(node.init, state);
      if (node.test) walk(node.test, state);
      if (node.update) walk(node.update, state);
      walk(node.body, state);
    },
    ForInStatement(node, state, walk) {
      if (!head(node.left, 'for-left')) walk(node.left, state);
      walk(node.right, state);
      walk(node.body, state);
    },
    ForOfStatement(node, state, walk) {
      if (!head(node.left, 'for-left')) walk(node.left, state);
      walk(node.right, state);
      walk(node.body, state);
    },
  };
  recursive(statement, null, visitors, base);
  return names;
}

function initialValue(id: Pattern): string {
  return id.type === 'Identifier' ? ` = ${HELPER}.scope[${JSON.stringify(id.name)}]` : '';
}

/** Where a `var` stands: a statement, a `for (…;` head, or the left side of for-in/of. */
type Mode = 'statement' | 'for-init' | 'for-left';

/** `var a = 1, b;` → `void (a = 1, b = __quire.scope["b"]);` (safe as an `if` body too). */
function rewriteVar(node: VariableDeclaration, edits: MagicString, mode: Mode): void {
  const first = node.declarations[0];
  if (!first) return;
  edits.overwrite(node.start, first.start, mode === 'statement' ? 'void (' : '');
  for (const declarator of node.declarations) {
    if (!declarator.init && mode !== 'for-left') edits.appendLeft(declarator.id.end, initialValue(declarator.id));
  }
  if (mode !== 'statement') return;
  const code = edits.original;
  const closeAt = code[node.end - 1] === ';' ? node.end - 1 : node.end;
  edits.appendLeft(closeAt, ')');
}
