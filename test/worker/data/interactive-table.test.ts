import { expect, it } from 'vitest';
import { DataFrame } from '../../../worker/data/frame.ts';
import { JUPYTER_DISPLAY, mimeBundleOf, SESSION_COLUMNS_MIME } from '../../../worker/runtime/mime.ts';

type Columns = { rows: number; index: { dtype: string; values: ArrayLike<unknown> }; columns: { name: string; dtype: string; values: ArrayLike<unknown> }[] };

it('a frame longer than pandas shows sends its columns, as they are, for the interactive table; a short one does not', () => {
  const x = Float64Array.from({ length: 1000 }, (_, i) => i / 2);
  const long = new DataFrame({ x });
  const bundle = (long as unknown as { [JUPYTER_DISPLAY](): Record<string, unknown> })[JUPYTER_DISPLAY]();
  const table = bundle[SESSION_COLUMNS_MIME] as Columns;
  expect(table.rows).toBe(1000);
  expect(table.columns.map((c) => [c.name, c.dtype])).toEqual([['x', 'float64']]);
  expect(table.index.values.length).toBe(1000);
  // Through the kernel's bundle conversion, the typed array is neither copied into JSON nor changed.
  const sent = mimeBundleOf(long).data[SESSION_COLUMNS_MIME] as unknown as Columns;
  expect(sent.columns[0]?.values).toBeInstanceOf(Float64Array);
  expect(Array.from(sent.columns[0]!.values as Float64Array)).toEqual(Array.from(x));
  expect(typeof mimeBundleOf(long).data['text/html']).toBe('string');

  const short = new DataFrame({ x: new Float64Array(10) });
  expect(SESSION_COLUMNS_MIME in mimeBundleOf(short).data).toBe(false);
});
