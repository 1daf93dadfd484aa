// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { cellText, readFrameColumns, sortOrder } from '../../src/render/frame-columns.ts';
import { frameRenderer, ROW_HEIGHT } from '../../src/render/mime-frame.ts';
import { preferredMimeType } from '../../src/render/renderer-list.ts';
import { writeBundle } from '../../src/ipynb/mime-bundle.ts';

function table(rows: number) {
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) values[i] = (i * 7919) % rows;
  return {
    rows,
    index: { name: '', dtype: 'int64', values: Array.from({ length: rows }, (_, i) => i) },
    columns: [
      { name: 'x', dtype: 'float64', values },
      { name: 'label', dtype: 'object', values: Array.from({ length: rows }, (_, i) => `r${i}`) },
    ],
  };
}

function texts(host: HTMLElement, selector: string): string[] {
  return [...host.querySelectorAll(selector)].map((e) => e.textContent ?? '');
}

describe('the interactive DataFrame table', () => {
  it('is preferred over the HTML table, and never written to a file', () => {
    const bundle = { 'text/html': '<table></table>', 'text/plain': 'x', 'application/vnd.quire.columns': table(3) };
    expect(preferredMimeType(bundle, { trusted: false })).toBe('application/vnd.quire.columns');
    expect(Object.keys(writeBundle(bundle as never, (s) => s))).toEqual(['text/html', 'text/plain']);
  });

  it('draws a summary, typed headers and only the rows in view of a million', () => {
    const host = document.createElement('div');
    frameRenderer.render(host, table(1_000_000), {}, { trusted: false });
    expect(host.querySelector('.q-frame-summary')?.textContent).toBe('1,000,000 rows × 2 columns');
    expect(texts(host, '.q-frame-head .q-frame-name')).toEqual(['', 'x', 'label']);
    expect(texts(host, '.q-frame-head .q-frame-dtype')).toEqual(['int64', 'float64', 'object']);
    const body = host.querySelector<HTMLElement>('.q-frame-body')!;
    expect(body.style.height).toBe(`${1_000_000 * ROW_HEIGHT}px`);
    expect(body.children.length).toBeLessThan(100);
    expect(texts(host, '.q-frame-body .q-frame-row:first-child .q-frame-cell')).toEqual(['0', '0', 'r0']);
  });

  it('sorts by a header click: ascending, descending, then the frame order again', () => {
    const host = document.createElement('div');
    frameRenderer.render(host, table(10), {}, { trusted: false });
    const x = host.querySelectorAll<HTMLElement>('.q-frame-head .q-frame-cell')[1]!;
    const firstColumn = () => texts(host, '.q-frame-body .q-frame-row .q-frame-cell:nth-child(2)');
    const unsorted = firstColumn();
    x.click();
    expect(firstColumn()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(x.getAttribute('aria-sort')).toBe('ascending');
    x.click();
    expect(firstColumn()).toEqual(['9', '8', '7', '6', '5', '4', '3', '2', '1', '0']);
    x.click();
    expect(firstColumn()).toEqual(unsorted);
  });

  it('shows text only: markup in values stays text', () => {
    const host = document.createElement('div');
    const t = table(1);
    t.columns[1]!.values = ['<img src=x onerror=alert(1)>'];
    frameRenderer.render(host, t, {}, { trusted: false });
    expect(host.querySelector('img')).toBeNull();
    expect(host.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('refuses malformed tables', () => {
    expect(readFrameColumns({ rows: 2, index: { name: '', dtype: 'int64', values: [0] }, columns: [] })).toBeUndefined();
    expect(readFrameColumns('nope')).toBeUndefined();
    const host = document.createElement('div');
    frameRenderer.render(host, { rows: 1 }, {}, { trusted: false });
    expect(host.textContent).toBe('This table could not be shown.');
  });
});

describe('cells and sorting', () => {
  it('formats as pandas shows values', () => {
    expect(cellText(null)).toBe('None');
    expect(cellText(Number.NaN)).toBe('NaN');
    expect(cellText(3)).toBe('3');
    expect(cellText(0.1234567891)).toBe('0.123457');
    expect(cellText(new Date('2012-01-01T00:00:00Z'))).toBe('2012-01-01');
  });

  it('puts missing values last in both directions and keeps ties stable', () => {
    const column = [2, Number.NaN, 1, null, 2];
    expect([...sortOrder(column, false)]).toEqual([2, 0, 4, 1, 3]);
    expect([...sortOrder(column, true)]).toEqual([0, 4, 2, 1, 3]);
    expect([...sortOrder(['b', 'a', 'c'], false)]).toEqual([1, 0, 2]);
  });
});

describe('dates in the interactive table', () => {
  it('shows datetime64 columns (epoch milliseconds) as dates, NaT for a missing one', () => {
    const host = document.createElement('div');
    const table = {
      rows: 2,
      index: { name: '', dtype: 'int64', values: [0, 1] },
      columns: [{ name: 'day', dtype: 'datetime64[ns]', values: new Float64Array([Date.UTC(2012, 0, 1), Number.NaN]) }],
    };
    frameRenderer.render(host, table, {}, { trusted: false });
    expect(texts(host, '.q-frame-body .q-frame-row .q-frame-cell:nth-child(2)')).toEqual(['2012-01-01', 'NaT']);
  });
});
