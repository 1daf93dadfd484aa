/** Parquet in (hyparquet, reading only the byte ranges it needs from a Blob) and out (hyparquet-writer). */

import { parquetMetadataAsync, parquetReadObjects, type AsyncBuffer } from 'hyparquet';
import { parquetWriteBuffer, type ColumnSource } from 'hyparquet-writer';
import { columnFrom, type Column } from './column.ts';

/** A Blob as hyparquet's AsyncBuffer: byte ranges read on demand, so only the needed row groups and columns are read. */
function blobBuffer(blob: Blob): AsyncBuffer {
  return { byteLength: blob.size, slice: (start, end) => blob.slice(start, end).arrayBuffer() };
}

/** The columns of a Parquet file (or only `usecols`); INT32/INT64 → int64, FLOAT/DOUBLE → float64, timestamps → datetime. */
export async function columnsFromParquet(blob: Blob, usecols?: readonly string[]): Promise<{ names: string[]; columns: Column[] }> {
  const file = blobBuffer(blob);
  const metadata = await parquetMetadataAsync(file);
  const leaves = metadata.schema.slice(1).filter((e) => e.num_children === undefined);
  const names = usecols ? [...usecols] : leaves.map((e) => e.name);
  const rows = await parquetReadObjects({ file, metadata, columns: names });
  const columns = names.map((name) => {
    const element = leaves.find((e) => e.name === name);
    if (!element) throw new Error(`no column ${JSON.stringify(name)} in the Parquet file (columns: ${leaves.map((e) => e.name).join(', ')})`);
    const values = rows.map((r) => {
      const v: unknown = r[name];
      return typeof v === 'bigint' ? Number(v) : v;
    });
    const integral = element.type === 'INT32' || element.type === 'INT64';
    return columnFrom(values, integral ? 'int64' : 'float64');
  });
  return { names, columns };
}

/** Named columns as Parquet bytes: int64 → INT64, float64 → DOUBLE, dates → TIMESTAMP, booleans → BOOLEAN, strings → STRING. */
export function columnsToParquet(names: readonly string[], columns: readonly Column[]): ArrayBuffer {
  const columnData = names.map((name, i): ColumnSource => {
    const column = columns[i] as Column;
    switch (column.dtype) {
      case 'float64':
        return { name, data: column.values, type: 'DOUBLE' };
      case 'int64':
        return { name, data: BigInt64Array.from(column.values, (v) => BigInt(v)), type: 'INT64' };
      case 'datetime64[ns]':
        return { name, data: Array.from(column.values, (t) => (Number.isNaN(t) ? null : new Date(t))), type: 'TIMESTAMP' };
      case 'bool':
        return { name, data: column.values as (boolean | null)[], type: 'BOOLEAN' };
      case 'object':
        return { name, data: column.values.map((v) => (v === null ? null : String(v))), type: 'STRING' };
      default: {
        const never: never = column;
        return never;
      }
    }
  });
  return parquetWriteBuffer({ columnData });
}
