import { afterAll, describe, expect, test } from 'vitest';
import type { KernelEvent } from '../../../worker/protocol.ts';
import { createHarness, resultText, streamText } from './session-harness.ts';

// One session per realm: a session installs console/display on the global object.
const h = createHarness({ docs: { 'special.jv': { signature: 'jv(v: number, x: number): number', doc: 'Bessel J' } } });
afterAll(() => h.close());

describe('execution', () => {
  test('counts start at 1 and rise per run; events come in order with done last', async () => {
    const first = await h.run('"a"');
    const second = await h.run('"b"');
    const kinds = (events: KernelEvent[]) => events.map((e) => (e.type === 'output' ? e.output.output_type : e.type === 'status' ? e.status : e.type));
    expect(kinds(first.events)).toEqual(['busy', 'execute_input', 'execute_result', 'done', 'idle']);
    expect(first.events[1]).toMatchObject({ type: 'execute_input', executionCount: 1 });
    expect(second.events[1]).toMatchObject({ type: 'execute_input', executionCount: 2 });
    expect(second.outputs[0]).toMatchObject({ output_type: 'execute_result', execution_count: 2 });
    expect(second.events.at(-2)).toMatchObject({ type: 'done', status: 'ok', executionCount: 2 });
  });

  test('a quick run reaches the page as one batch, from busy to idle', async () => {
    const from = h.batches.length;
    await h.run('1 + 1');
    expect(h.batches.slice(from).map((batch) => batch.length)).toEqual([5]);
  });

  test('an error ends the run with status error', async () => {
    const { status, events } = await h.run('throw new RangeError("bad")');
    expect(status).toBe('error');
    expect(events.find((e) => e.type === 'done')).toMatchObject({ status: 'error' });
  });

  test('a thrown non-error value is reported as Uncaught', async () => {
    const { outputs } = await h.run('throw { code: 7 }');
    expect(outputs[0]).toMatchObject({ output_type: 'error', ename: 'Uncaught', evalue: '{ code: 7 }' });
  });
});

describe('console', () => {
  test('log/info/debug go to stdout, warn/error to stderr, formatted like Node', async () => {
    const { outputs } = await h.run('console.log("a", 1, { b: [2] }); console.info("%s=%d", "n", 4.5); console.debug("%i%%", 7.9); console.warn("w"); console.error(new Error("e"))');
    expect(streamText(outputs, 'stdout')).toBe("a 1 { b: [ 2 ] }\nn=4.5\n7%\n");
    // Errors print as `Name: message` (Node would add the stack).
    expect(streamText(outputs, 'stderr')).toBe('w\nError: e\n');
  });

  test('a loop of writes arrives as stdout stream text, in order (merging is timed: see event-batcher tests)', async () => {
    const { outputs } = await h.run('for (let i = 0; i < 5; i++) console.log(i)');
    expect(outputs.every((o) => o.output_type === 'stream' && o.name === 'stdout')).toBe(true);
    expect(streamText(outputs, 'stdout')).toBe('0\n1\n2\n3\n4\n');
  });

  test('console.table gives an escaped HTML table and a text table', async () => {
    const { outputs } = await h.run('console.table([{ name: "<script>", n: 1 }, { name: "b&c", n: 2 }])');
    expect(outputs).toHaveLength(1);
    const data = (outputs[0] as { data: Record<string, string> }).data;
    expect(data['text/html']).toBe(
      '<table><thead><tr><th>(index)</th><th>name</th><th>n</th></tr></thead><tbody>' +
        '<tr><th>0</th><td>&#39;&#60;script&#62;&#39;</td><td>1</td></tr>' +
        '<tr><th>1</th><td>&#39;b&#38;c&#39;</td><td>2</td></tr></tbody></table>',
    );
    expect(data['text/html']).not.toContain('<script>');
    expect(data['text/plain']).toBe(
      [
        '┌─────────┬────────────┬───┐',
        '│ (index) │ name       │ n │',
        '├─────────┼────────────┼───┤',
        "│ 0       │ '<script>' │ 1 │",
        "│ 1       │ 'b&c'      │ 2 │",
        '└─────────┴────────────┴───┘',
      ].join('\n'),
    );
  });

  test('output written after the cell ended (timers) goes to the last cell', async () => {
    const { events } = await h.run('setTimeout(() => console.log("later"), 5); "now"');
    const runId = events[1]?.type === 'execute_input' ? events[1].runId : '';
    const lateOutputs = () => h.events.filter((e) => e.type === 'output' && e.runId === runId && e.output.output_type === 'stream');
    await h.until(() => lateOutputs().length > 0);
    const late = lateOutputs();
    expect(late).toMatchObject([{ output: { name: 'stdout', text: 'later\n' } }]);
  });
});

describe('rich output', () => {
  test('display shows rich helpers and Jupyter.display bundles', async () => {
    const source = [
      'display(html`<b>${1 + 1}</b>`)',
      'display(md`# T`)',
      'display(svg`<svg></svg>`)',
      'display({ [Symbol.for("Jupyter.display")]() { return { "text/html": "<i>x</i>", "text/plain": "x" } } })',
    ].join('\n');
    const { outputs } = await h.run(source);
    expect(outputs.map((o) => (o as { data: unknown }).data)).toEqual([
      { 'text/html': '<b>2</b>', 'text/plain': '<b>2</b>' },
      { 'text/markdown': '# T', 'text/plain': '# T' },
      { 'image/svg+xml': '<svg></svg>', 'text/plain': '<svg></svg>' },
      { 'text/html': '<i>x</i>', 'text/plain': 'x' },
    ]);
    expect(outputs.every((o) => o.output_type === 'display_data')).toBe(true);
  });

  test('bundle values become plain JSON: typed arrays as arrays, functions dropped', async () => {
    const source = 'display({ [Symbol.for("Jupyter.display")]: () => ({ "application/vnd.plotly.v1+json": { data: [{ y: new Float64Array([1, 2]), f() {} }] } }) })';
    const { outputs } = await h.run(source);
    expect((outputs[0] as { data: Record<string, unknown> }).data['application/vnd.plotly.v1+json']).toEqual({ data: [{ y: [1, 2] }] });
    expect(() => structuredClone(outputs)).not.toThrow();
  });

  test('a result with a Jupyter.display method is shown with its bundle', async () => {
    const { outputs } = await h.run('({ [Symbol.for("Jupyter.display")]: () => ({ "text/markdown": "**b**" }) })');
    expect(outputs[0]).toMatchObject({ output_type: 'execute_result', data: { 'text/markdown': '**b**' } });
  });

  test('display with an id can be updated in place, and clearOutput clears', async () => {
    const { events } = await h.run('display(1, { id: "p" }); updateDisplay("p", 2); display(3, { id: "p", update: true }); clearOutput()');
    const shown = events.filter((e) => e.type !== 'status' && e.type !== 'execute_input' && e.type !== 'done');
    expect(shown).toMatchObject([
      { type: 'output', output: { output_type: 'display_data', data: { 'text/plain': '1' }, transient: { display_id: 'p' } } },
      { type: 'update_display', displayId: 'p', data: { 'text/plain': '2' } },
      { type: 'update_display', displayId: 'p', data: { 'text/plain': '3' } },
      { type: 'clear_output', wait: false },
    ]);
  });

  test('undefined shows nothing; display(undefined) still shows "undefined"', async () => {
    expect((await h.run('void 0')).outputs).toEqual([]);
    expect(resultText((await h.run('null')).outputs)).toBe('null');
  });
});

describe('uncaught errors', () => {
  test('an error thrown later from a timer is reported on the last cell', async () => {
    const { events } = await h.run('"started"');
    const runId = events[1]?.type === 'execute_input' ? events[1].runId : '';
    h.session.reportUncaught(new TypeError('from a timer'));
    const reported = h.events.filter((e) => e.type === 'output' && e.runId === runId && e.output.output_type === 'error');
    expect(reported).toMatchObject([{ output: { ename: 'TypeError', evalue: 'from a timer' } }]);
  });
});

describe('introspection', () => {
  test('completes globals and object members', async () => {
    await h.run('const cmpSpecial = { j0: Math.sin, j1: Math.cos, jn: Math.tan, y0: Math.abs }');
    const members = h.session.complete('cmpSpecial.j', 'cmpSpecial.j'.length);
    expect(members).toEqual({ matches: ['j0', 'j1', 'jn'], cursorStart: 11, cursorEnd: 12 });
    expect(h.session.complete('cmpSpe', 6).matches).toEqual(['cmpSpecial']);
    await h.run('const cmpList = [1]');
    expect(h.session.complete('x = cmpList.fil', 15).matches).toEqual(['fill', 'filter']);
  });

  test('inspects user functions and documented names', async () => {
    const local = h;
    local.session.addGlobals({ special: { jv: () => 0 } });
    await local.run('function insF(a: number, b = 2) {\n  return a + b\n}');
    expect(local.session.inspect('insF(1)', 2)).toEqual({ name: 'insF', signature: 'function insF(a, b = 2)', doc: '' });
    expect(local.session.inspect('special.jv(0, 5)', 9)).toEqual({ name: 'special.jv', signature: 'jv(v: number, x: number): number', doc: 'Bessel J' });
    expect(local.session.inspect('nothingHere', 3)).toBeNull();
    expect(local.session.inspect('special.jv(0, 5)', 14)?.name).toBe('special.jv');
    expect(local.session.inspect('insF(special.jv(0, 5), 2)', 23)?.name).toBe('insF');
  });
});
