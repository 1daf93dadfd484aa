/** readJson (records or NDJSON), readParquet, readArrow and readText. */

import { columnsFromArrow } from './arrow.ts';
import { columnFrom } from './column.ts';
import { columnsFromParquet } from './parquet.ts';
import type { DataFrame } from './frame.ts';
import type { FrameKind } from './read-csv.ts';
import { openSource, type Source } from './source.ts';

/** Options of readJson. */
export interface ReadJsonOptions {
  /** One JSON record per line (NDJSON); default: guessed from the text. */
  lines?: boolean;
}

/** The whole text of a files-area name, URL or Blob. */
export async function readText(source: Source): Promise<string> {
  return (await openSource(source)).blob.text();
}

/** Reads an array of records (`[{…}, …]`), an object of columns, or NDJSON into a DataFrame; bad JSON names the file and line. */
export async function readJsonWith(Frame: FrameKind, source: Source, options: ReadJsonOptions = {}): Promise<DataFrame> {
  const { blob, name } = await openSource(source);
  const text = await blob.text();
  const ndjson = options.lines ?? !/^\s*[[{]/.test(text) ? true : options.lines ?? (/^\s*\{/.test(text) && /\}\s*\n\s*\{/.test(text));
  let records: Record<string, unknown>[];
  if (ndjson) {
    records = [];
    text.split('\n').forEach((line, i) => {
      if (line.trim() === '') return;
      try {
        records.push(JSON.parse(line) as Record<string, unknown>);
      } catch (error) {
        throw new Error(`${name}:${i + 1}: ${(error as Error).message}`);
      }
    });
  } else {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      const at = /position (\d+)/.exec((error as Error).message);
      const line = at ? text.slice(0, Number(at[1])).split('\n').length : 1;
      throw new Error(`${name}:${line}: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) {
      const columns = parsed as Record<string, unknown[]>;
      const names = Object.keys(columns);
      return Frame.fromColumns(names, names.map((n) => columnFrom(Object.values(columns[n] ?? {}), 'int64')));
    }
    records = parsed as Record<string, unknown>[];
  }
  const names = [...new Set(records.flatMap((r) => Object.keys(r)))];
  return Frame.fromColumns(names, names.map((n) => columnFrom(records.map((r) => r[n] ?? null), 'int64')));
}

/** Reads a Parquet file (only `columns`, when given) into a DataFrame; a file that is not Parquet names itself. */
export async function readParquetWith(Frame: FrameKind, source: Source, options: { columns?: readonly string[] } = {}): Promise<DataFrame> {
  const { blob, name } = await openSource(source);
  try {
    const { names, columns } = await columnsFromParquet(blob, options.columns);
    return Frame.fromColumns(names, columns);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}

/** Reads an Arrow IPC file or stream into a DataFrame. */
export async function readArrowWith(Frame: FrameKind, source: Source): Promise<DataFrame> {
  const { blob, name } = await openSource(source);
  try {
    const { names, columns } = columnsFromArrow(new Uint8Array(await blob.arrayBuffer()));
    return Frame.fromColumns(names, columns);
  } catch (error) {
    throw new Error(`${name}: ${(error as Error).message}`);
  }
}
