import { afterEach, describe, expect, it } from 'vitest';
import { fromIpynb, serializeIpynb } from '../../src/ipynb/index.ts';
import { fixtureText, schemaErrors } from './fixture-files.ts';

const hostile = `{
 "nbformat": 4, "nbformat_minor": 5,
 "metadata": {"__proto__": {"polluted": "metadata"}, "constructor": {"prototype": {"polluted": "ctor"}}},
 "cells": [
  {"id": "__proto__", "cell_type": "code", "source": "p", "metadata": {"__proto__": {"polluted": "cell"}},
   "outputs": [{"output_type": "display_data", "data": {"__proto__": {"polluted": "data"}, "text/plain": "x"}, "metadata": {}}],
   "execution_count": null},
  {"id": "constructor", "cell_type": "markdown", "source": "c", "metadata": {},
   "attachments": {"__proto__": {"image/png": "AAAA"}}},
  {"id": "hasOwnProperty", "cell_type": "raw", "source": "h", "metadata": {}}
 ]
}`;

afterEach(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe('hostile notebooks', () => {
  it('the public XSS sample imports and exports a valid notebook', () => {
    const text = fixtureText('xss/xss-public-sample.ipynb');
    const { notebook } = fromIpynb(text);
    expect(notebook.cellOrder.length).toBe((JSON.parse(text) as { cells: unknown[] }).cells.length);
    expect(schemaErrors(JSON.parse(serializeIpynb(notebook)))).toEqual([]);
  });

  it('cell ids __proto__ and constructor are ordinary ids', () => {
    const { notebook, notices } = fromIpynb(hostile);
    expect(notices).toEqual([]);
    expect(notebook.cellOrder).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(notebook.cells.get('__proto__')?.source).toBe('p');
    expect(notebook.cells.get('constructor')?.source).toBe('c');
    expect(notebook.cells.get('hasOwnProperty')?.source).toBe('h');
  });

  it('__proto__ keys stay plain data through import and export', () => {
    const { notebook } = fromIpynb(hostile);
    expect(Object.hasOwn(notebook.metadata, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(notebook.metadata)).toBe(Object.prototype);
    const back = JSON.parse(serializeIpynb(notebook)) as { metadata: object; cells: { id: string; metadata: object; attachments?: object; outputs?: { data: object }[] }[] };
    expect(back.cells.map((cell) => cell.id)).toEqual(['__proto__', 'constructor', 'hasOwnProperty']);
    expect(Object.getOwnPropertyDescriptor(back.metadata, '__proto__')?.value).toEqual({ polluted: 'metadata' });
    expect(Object.getOwnPropertyDescriptor(back.cells[0]!.metadata, '__proto__')?.value).toEqual({ polluted: 'cell' });
    expect(Object.getOwnPropertyDescriptor(back.cells[0]!.outputs![0]!.data, '__proto__')?.value).toEqual({ polluted: 'data' });
    expect(Object.getOwnPropertyDescriptor(back.cells[1]!.attachments!, '__proto__')?.value).toEqual({ 'image/png': 'AAAA' });
  });

  it('a v3 notebook with __proto__ keys upgrades without polluting anything', () => {
    const v3 = '{"nbformat": 3, "metadata": {"__proto__": {"polluted": 1}}, "worksheets": [{"cells": [{"cell_type": "code", "input": "x", "metadata": {"__proto__": {"polluted": 2}}, "outputs": [{"output_type": "pyout", "__proto__": {"polluted": 3}, "text": "t", "metadata": {}}]}]}]}';
    const { notebook } = fromIpynb(v3);
    expect(Object.hasOwn(notebook.metadata, '__proto__')).toBe(true);
    expect(notebook.cellOrder).toHaveLength(1);
  });
});
