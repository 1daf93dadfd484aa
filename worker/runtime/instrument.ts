/** Inserts interrupt checks into every loop body and function entry of a parsed cell. */
import type { BlockStatement, Expression, Node, Program, Statement } from 'acorn';
import { simple } from 'acorn-walk';
import type MagicString from 'magic-string';
import { HELPER } from './helper.ts';

const CHECK = `${HELPER}.c();`;

/** Adds the helper's check call at the start of each loop body and function body (same line, no newline). */
export function instrumentLoopsAndFunctions(program: Program, edits: MagicString): void {
  const loopBody = (node: { body: Statement }): void => checkStatement(node.body, edits);
  simple(program, {
    WhileStatement: loopBody,
    DoWhileStatement: loopBody,
    ForStatement: loopBody,
    ForInStatement: loopBody,
    ForOfStatement: loopBody,
    FunctionDeclaration: (node) => checkBlock(node.body, edits),
    FunctionExpression: (node) => checkBlock(node.body, edits),
    ArrowFunctionExpression: (node) => {
      if (node.body.type === 'BlockStatement') checkBlock(node.body, edits);
      else checkExpression(node.body, edits);
    },
  });
}

function checkStatement(body: Statement, edits: MagicString): void {
  if (body.type === 'BlockStatement') {
    checkBlock(body, edits);
    return;
  }
  edits.prependRight(body.start, `{${CHECK}`);
  edits.appendLeft(body.end, '}');
}

/** Inserts after any directive prologue so `"use strict"` stays a directive. */
function checkBlock(block: BlockStatement, edits: MagicString): void {
  let at = block.start + 1;
  for (const statement of block.body) {
    if (statement.type !== 'ExpressionStatement' || !('directive' in statement) || !statement.directive) break;
    at = (statement as Node).end;
  }
  edits.appendLeft(at, CHECK);
}

function checkExpression(body: Expression, edits: MagicString): void {
  edits.prependRight(body.start, `(${CHECK.slice(0, -1)}, `);
  edits.appendLeft(body.end, ')');
}
