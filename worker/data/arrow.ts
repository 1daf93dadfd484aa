/** Arrow IPC in and out (through Arquero, whose Arrow layer is Flechette): how frames cross to SQL and to .arrow files. */

import { fromArrow, table, toArrowIPC } from 'arquero';
import { int64 } from '@uwdata/flechette';
import { columnFrom, type Column } from './column.ts';

/** Arrow IPC bytes (stream or file format) into named columns; ints → int64, floats → float64, timestamps/dates → datetime. */
export function columnsFromArrow(bytes: Uint8Array | ArrayBuffer): { names: string[]; columns: Column[] } {
  const dt = fromArrow(bytes instanceof ArrayBuffer ? new Uint8Array(bytes) : bytes);
  const names = dt.columnNames();
  const columns = names.map((name): Column => {
    const column = dt.column(name) as unknown as { type?: { typeId?: number }; toArray?: () => ArrayLike<unknown> } & ArrayLike<unknown>;
    const values = Array.from(column.toArray ? column.toArray() : Array.from({ length: dt.numRows() }, (_, i) => dt.get(name, i)), (v) => (typeof v === 'bigint' ? Number(v) : v));
    // Flechette type ids: 2 Int, 3 Float
    const typeId = column.type?.typeId;
    if (typeId === 3) return { dtype: 'float64', values: Float64Array.from(values, (v) => (typeof v === 'number' ? v : NaN)) };
    return columnFrom(values, typeId === 2 ? 'int64' : 'float64');
  });
  return { names, columns };
}

/** Named columns as Arrow IPC bytes (stream format): int64 as Arrow int64, dates as timestamps, strings as utf8. */
export function columnsToArrow(names: readonly string[], columns: readonly Column[]): Uint8Array {
  const data: Record<string, unknown[] | Float64Array> = {};
  const types: Record<string, ReturnType<typeof int64>> = {};
  names.forEach((name, i) => {
    const column = columns[i] as Column;
    if (column.dtype === 'datetime64[ns]') data[name] = Array.from(column.values, (t) => (Number.isNaN(t) ? null : new Date(t)));
    else if (column.dtype === 'int64') {
      data[name] = Array.from(column.values);
      types[name] = int64();
    } else data[name] = column.values;
  });
  return toArrowIPC(table(data), { types }) as Uint8Array;
}
