import { afterAll, describe, expect, test } from 'vitest';
import type { IError } from '@jupyterlab/nbformat';
import { compileCell, CellSyntaxError } from '../../../worker/runtime/compile.ts';
import { createHarness, resultText } from './session-harness.ts';

const h = createHarness({ modules: { mod: { default: 'd', answer: 42 } } });
afterAll(() => h.close());

function errorOf(outputs: readonly { output_type: string }[]): IError {
  const error = outputs.find((o) => o.output_type === 'error');
  if (!error) throw new Error('no error output');
  return error as IError;
}

describe('declarations persist across cells', () => {
  test('const, let, var, function and class are visible to later cells', async () => {
    await h.run('const rwA: number = 1; let rwB = 2; var rwC = 3;\nfunction rwF(n: number): number { return n * 10 }\nclass RwK { v = 7 }');
    const { status, outputs } = await h.run('[rwA, rwB, rwC, rwF(4), new RwK().v]');
    expect(status).toBe('ok');
    expect(resultText(outputs)).toBe('[ 1, 2, 3, 40, 7 ]');
  });

  test('re-running a const cell works (no "already declared")', async () => {
    expect((await h.run('const rwAgain = 1')).status).toBe('ok');
    expect((await h.run('const rwAgain = 2')).status).toBe('ok');
    expect(resultText((await h.run('rwAgain')).outputs)).toBe('2');
  });

  test('destructuring patterns with defaults and rest', async () => {
    await h.run('const { rwP, rwQ: [rwR, ...rwS], rwT = 9 } = { rwP: 1, rwQ: [2, 3, 4] } as any');
    expect(resultText((await h.run('[rwP, rwR, rwS, rwT]')).outputs)).toBe('[ 1, 2, [ 3, 4 ], 9 ]');
  });

  test('let without a value resets, var without a value keeps', async () => {
    await h.run('let rwL = 5; var rwV = 6');
    await h.run('let rwL; var rwV');
    expect(resultText((await h.run('[rwL, rwV]')).outputs)).toBe('[ undefined, 6 ]');
  });

  test('a function may be called before its declaration in the same cell', async () => {
    expect(resultText((await h.run('rwHoist()\nfunction rwHoist() { return "up" }')).outputs)).toBe(undefined);
    expect(resultText((await h.run('const rwUse = rwHoist2(); function rwHoist2() { return "up" }\nrwUse')).outputs)).toBe("'up'");
  });

  test('closures from an earlier cell see later re-assignments', async () => {
    await h.run('let rwCount = 1; const rwGet = () => rwCount');
    await h.run('rwCount = 5');
    expect(resultText((await h.run('rwGet()')).outputs)).toBe('5');
  });

  test('var in loop heads and nested blocks lands in the kept scope, as in a script', async () => {
    await h.run('for (var rwI = 0; rwI < 3; rwI++) {}\nif (true) var rwIf = "yes";\nfor (var rwKey in { k: 1 }) {}\n{ var { rwD } = { rwD: 4 } }\nfunction rwLocal() { var rwHidden = 1 }');
    expect(resultText((await h.run('[rwI, rwIf, rwKey, rwD, typeof rwHidden]')).outputs)).toBe("[ 3, 'yes', 'k', 4, 'undefined' ]");
  });

  test('a declaration may shadow a read-only global of the worker (like self.name)', async () => {
    Object.defineProperty(Object.getPrototypeOf(globalThis) as object, 'rwWorkerName', { get: () => '', configurable: true });
    await h.run('const rwWorkerName = "Ada"');
    expect(resultText((await h.run('rwWorkerName')).outputs)).toBe("'Ada'");
  });

  test('block-scoped declarations inside blocks stay local', async () => {
    await h.run('{ const rwInner = 1 }');
    expect(errorOf((await h.run('rwInner')).outputs).ename).toBe('ReferenceError');
  });
});

describe('results and await', () => {
  test('the last expression is the result; a trailing declaration gives none', async () => {
    expect(resultText((await h.run('1 + 1')).outputs)).toBe('2');
    expect((await h.run('const rwNone = 3')).outputs).toEqual([]);
    expect((await h.run('undefined')).outputs).toEqual([]);
  });

  test('an expression followed by a comment still counts as last', async () => {
    expect(resultText((await h.run('"a" + "b" // note')).outputs)).toBe("'ab'");
  });

  test('a cell that is an object literal shows the object', async () => {
    expect(resultText((await h.run('{ a: 1, b: [2] }')).outputs)).toBe('{ a: 1, b: [ 2 ] }');
  });

  test('top-level await, and a promise result is shown, not awaited', async () => {
    const waited = await h.run('const rwW = await new Promise<number>((r) => setTimeout(() => r(42), 5)); rwW');
    expect(resultText(waited.outputs)).toBe('42');
    expect(resultText((await h.run('Promise.resolve(1)')).outputs)).toBe('Promise { <unknown> }');
  });

  test('a sequence expression as the last statement returns its last value', async () => {
    expect(resultText((await h.run('1, 2, 3')).outputs)).toBe('3');
  });

  test('types are stripped: interfaces, generics, casts, enums', async () => {
    const source = 'interface P { x: number }\nenum Color { Red, Green }\nconst rwPt: P = { x: 1 } as P;\nfunction id<T>(v: T): T { return v }\n[id<number>(rwPt.x), Color.Green]';
    expect(resultText((await h.run(source)).outputs)).toBe('[ 1, 1 ]');
  });

  test('built-in modules can be imported and bind like declarations', async () => {
    const { outputs } = await h.run('import q, { answer as rwAns } from "mod";\nimport * as rwNs from "mod";\n[q, rwAns, rwNs.answer]');
    expect(resultText(outputs)).toBe("[ 'd', 42, 42 ]");
    h.session.addGlobals({ rwNumeric: 7 });
    const own = await h.run('import { rwNumeric as rwSeven, display as rwDisplay } from "quire";\n[rwSeven, typeof rwDisplay]');
    expect(resultText(own.outputs)).toBe("[ 7, 'function' ]");
  });
});

describe('line mapping', () => {
  test('a runtime error points at the line and column the user wrote', async () => {
    const { status, outputs } = await h.run('const rwOk: string = "x";\nfunction rwBad(n: number): number {\n  return n + rwMissing;\n}\nrwBad(1)');
    expect(status).toBe('error');
    const error = errorOf(outputs);
    expect(error.ename).toBe('ReferenceError');
    expect(error.evalue).toBe('rwMissing is not defined');
    const count = (outputs.length, h.events.filter((e) => e.type === 'execute_input').at(-1));
    const n = count?.type === 'execute_input' ? count.executionCount : -1;
    expect(error.traceback[1]).toBe(`    at rwBad (In [${n}]:3:14)`);
    expect(error.traceback[2]).toBe(`    at In [${n}]:5:1`);
    expect(error.traceback.slice(-2)).toEqual(['3 |   return n + rwMissing;', '  |              ^']);
  });

  test('a function from an earlier cell maps to that cell', async () => {
    await h.run('// defines\nfunction rwThrows(): never {\n  throw new TypeError("boom")\n}');
    const defined = h.events.filter((e) => e.type === 'execute_input').at(-1);
    const { outputs } = await h.run('rwThrows()');
    const n = defined?.type === 'execute_input' ? defined.executionCount : -1;
    const error = errorOf(outputs);
    expect(error.traceback[0]).toBe('TypeError: boom');
    expect(error.traceback[1]).toBe(`    at rwThrows (In [${n}]:3:9)`);
  });

  test('type annotations before the error on the same line do not shift the column', async () => {
    const { outputs } = await h.run('const rwT1: Array<number> = [1]; rwT1.nope()');
    expect(errorOf(outputs).traceback[1]).toMatch(/:1:39\)?$/);
  });

  test('a TypeScript syntax error names line and column as written', () => {
    expect(() => compileCell('const a = 1;\nlet b: = 2;', { instrument: false })).toThrow(CellSyntaxError);
    try {
      compileCell('const a = 1;\nlet b: = 2;', { instrument: false });
    } catch (error) {
      expect((error as CellSyntaxError).position).toEqual({ line: 2, column: 8 });
    }
  });

  test('an error only the JavaScript parser finds maps back past stripped types', () => {
    const line2 = 'let rwB: Array<string> = [], rwDup = 1; let rwDup = 2;';
    try {
      compileCell(`const x = 1;\n${line2}`, { instrument: false });
      throw new Error('no syntax error');
    } catch (error) {
      expect(error).toBeInstanceOf(CellSyntaxError);
      expect((error as CellSyntaxError).reason).toMatch(/already been declared/);
      expect((error as CellSyntaxError).position).toEqual({ line: 2, column: line2.lastIndexOf('rwDup') + 1 });
    }
  });

  test('a syntax error becomes an error output with the caret under the column', async () => {
    const { status, outputs } = await h.run('const rwS1 = 1;\nconst rwS2 = (1 + ;');
    expect(status).toBe('error');
    const error = errorOf(outputs);
    expect(error.ename).toBe('SyntaxError');
    expect(error.evalue).toMatch(/\(line 2, column 19\)$/);
    expect(error.traceback.slice(-2)).toEqual(['2 | const rwS2 = (1 + ;', '  |                   ^']);
  });

  test('instrumentation keeps every line where it was', () => {
    const source = 'for (let i = 0; i < 3; i++)\n  total += i\nwhile (x) y()\nconst f = (a) => a\nfunction g() {\n  "use strict"; return 1 }';
    const body = compileCell(source, { instrument: true }).body;
    expect(body.split('\n')).toHaveLength(source.split('\n').length);
    expect(body).toContain('"use strict";__quire.c();');
    expect(body.match(/__quire\.c\(\)/g)).toHaveLength(4);
  });
});
