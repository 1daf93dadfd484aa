import { describe, expect, it } from 'vitest';
import {
  appendOutput,
  clearExecution,
  clearOutputs,
  displayIdOf,
  setExecutionCount,
  setOutputs,
  updateDisplay,
} from '../../src/model/operations.ts';
import type { CodeCell, Notebook, Output } from '../../src/model/types.ts';
import { code, markdown, notebookOf, snapshot } from './notebook-builder.ts';

const stdout = (text: string | string[]): Output => ({ output_type: 'stream', name: 'stdout', text });
const stderr = (text: string): Output => ({ output_type: 'stream', name: 'stderr', text });
const display = (id: string | undefined, text: string): Output => ({
  output_type: 'display_data',
  data: { 'text/plain': text },
  metadata: {},
  ...(id === undefined ? {} : { transient: { display_id: id } }),
});
const outputsOf = (nb: Notebook, id: string): readonly Output[] => (nb.cells.get(id) as CodeCell).outputs;

describe('appendOutput', () => {
  it('appends to the cell and leaves the input untouched', () => {
    const nb = notebookOf(code('a'));
    const before = snapshot(nb);
    const next = appendOutput(nb, 'a', display(undefined, '1'));
    expect(outputsOf(next, 'a')).toEqual([display(undefined, '1')]);
    expect(nb).toEqual(before);
  });

  it('merges a stream into the previous output when it is the same stream', () => {
    let nb = notebookOf(code('a'));
    nb = appendOutput(nb, 'a', stdout('one\n'));
    nb = appendOutput(nb, 'a', stdout(['two', '\n']));
    nb = appendOutput(nb, 'a', stderr('err\n'));
    nb = appendOutput(nb, 'a', stderr('more\n'));
    nb = appendOutput(nb, 'a', stdout('three\n'));
    expect(outputsOf(nb, 'a')).toEqual([stdout('one\ntwo\n'), stderr('err\nmore\n'), stdout('three\n')]);
  });

  it('keeps \\r and \\b verbatim (the renderer interprets them)', () => {
    let nb = notebookOf(code('a'));
    nb = appendOutput(nb, 'a', stdout('10%\r'));
    nb = appendOutput(nb, 'a', stdout('20%\rab\b'));
    expect(outputsOf(nb, 'a')).toEqual([stdout('10%\r20%\rab\b')]);
  });

  it('does not merge a stream across another output', () => {
    let nb = notebookOf(code('a'));
    nb = appendOutput(nb, 'a', stdout('x'));
    nb = appendOutput(nb, 'a', display(undefined, 'd'));
    nb = appendOutput(nb, 'a', stdout('y'));
    expect(outputsOf(nb, 'a')).toHaveLength(3);
  });

  it('ignores markdown cells and unknown ids', () => {
    const nb = notebookOf(markdown('m'));
    expect(appendOutput(nb, 'm', stdout('x'))).toBe(nb);
    expect(appendOutput(nb, 'zz', stdout('x'))).toBe(nb);
  });
});

describe('setOutputs / clearOutputs / clearExecution', () => {
  const ran = () => notebookOf(code('a', 'x', [stdout('1')], 1), code('b', 'y', [stdout('2')], 2), markdown('m'));

  it('setOutputs replaces the outputs', () => {
    const next = setOutputs(ran(), 'a', [display(undefined, 'z')]);
    expect(outputsOf(next, 'a')).toEqual([display(undefined, 'z')]);
  });

  it('clearOutputs clears the given cells, or all, and keeps counts', () => {
    const nb = ran();
    const one = clearOutputs(nb, ['a']);
    expect(outputsOf(one, 'a')).toEqual([]);
    expect(outputsOf(one, 'b')).toEqual([stdout('2')]);
    expect((one.cells.get('a') as CodeCell).execution_count).toBe(1);
    const all = clearOutputs(nb);
    expect(outputsOf(all, 'b')).toEqual([]);
    expect(outputsOf(nb, 'a')).toEqual([stdout('1')]);
    expect(clearOutputs(all)).toBe(all);
  });

  it('clearExecution clears outputs and counts', () => {
    const all = clearExecution(ran());
    for (const id of ['a', 'b']) expect(all.cells.get(id)).toMatchObject({ outputs: [], execution_count: null });
    expect(clearExecution(all)).toBe(all);
  });
});

describe('updateDisplay', () => {
  it('updates every output with the display id, in every cell, and nothing else', () => {
    const nb = notebookOf(
      code('a', '', [display('d1', 'old'), display('d2', 'other'), stdout('s')]),
      code('b', '', [display('d1', 'old too'), display(undefined, 'no id')]),
    );
    const before = snapshot(nb);
    const next = updateDisplay(nb, 'd1', { 'text/plain': 'new' }, { 'image/png': { width: 10 } });
    const updated = { output_type: 'display_data', data: { 'text/plain': 'new' }, metadata: { 'image/png': { width: 10 } }, transient: { display_id: 'd1' } };
    expect(outputsOf(next, 'a')).toEqual([updated, display('d2', 'other'), stdout('s')]);
    expect(outputsOf(next, 'b')).toEqual([updated, display(undefined, 'no id')]);
    expect(nb).toEqual(before);
  });

  it('updates execute_result outputs too, and returns the same notebook when no id matches', () => {
    const result: Output = { output_type: 'execute_result', execution_count: 3, data: { 'text/plain': '1' }, metadata: {}, transient: { display_id: 'r' } };
    const nb = notebookOf(code('a', '', [result]));
    expect(outputsOf(updateDisplay(nb, 'r', { 'text/plain': '2' }, {}), 'a')[0]).toEqual({ ...result, data: { 'text/plain': '2' } });
    expect(updateDisplay(nb, 'nope', {}, {})).toBe(nb);
  });

  it('reads the display id from transient only', () => {
    expect(displayIdOf(display('x', ''))).toBe('x');
    expect(displayIdOf({ output_type: 'display_data', data: {}, metadata: { display_id: 'x' } })).toBeUndefined();
    expect(displayIdOf({ output_type: 'display_data', data: {}, metadata: {}, transient: { display_id: 5 } })).toBeUndefined();
  });
});

describe('setExecutionCount', () => {
  it('sets the count of a code cell', () => {
    const nb = notebookOf(code('a'));
    const next = setExecutionCount(nb, 'a', 5);
    expect((next.cells.get('a') as CodeCell).execution_count).toBe(5);
    expect((nb.cells.get('a') as CodeCell).execution_count).toBeNull();
    expect(setExecutionCount(next, 'a', 5)).toBe(next);
  });
});
