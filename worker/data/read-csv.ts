/** readCsv: a CSV file into a DataFrame, typed like pandas read_csv. */

import type { Dtype } from './column.ts';
import { parseCsv, CsvError } from './csv-parse.ts';
import type { DataFrame } from './frame.ts';
import { DEFAULT_NA, FieldError, toColumn } from './infer.ts';
import { progressReporter, type ShowProgress } from './progress.ts';
import { openSource, textChunks, type Source } from './source.ts';

/** Options of readCsv (pandas read_csv's names in camelCase). */
export interface ReadCsvOptions {
  /** Field separator (default ","; "\t" for TSV). */
  delimiter?: string;
  /** 0: the first row names the columns (default); null: no header, columns 0, 1, …. */
  header?: 0 | null;
  /** Columns to parse as dates, or true for every column that looks like dates. */
  parseDates?: readonly string[] | boolean;
  /** Forced dtypes by column name. */
  dtype?: Record<string, Dtype>;
  /** Extra texts that mean "missing" (added to pandas' defaults such as "", "NA", "NaN", "null"). */
  naValues?: readonly string[];
  /** Only these columns. */
  usecols?: readonly string[];
  /** Only the first n rows. */
  nrows?: number;
  /** Called with (bytes read, total bytes) while reading (files of 8 MB and more also show a progress bar in the cell). */
  onProgress?: (read: number, total: number) => void;
}

/** The frame class a reader builds (the kernel's bound DataFrame). */
export type FrameKind = Pick<typeof DataFrame, 'fromColumns'>;

/**
 * Reads CSV text from a files-area name, URL or Blob, streaming it in chunks. A malformed row or
 * a field that does not fit a forced dtype rejects with `file:line: …`; no frame is made then.
 */
export async function readCsvWith(Frame: FrameKind, source: Source, options: ReadCsvOptions = {}, show?: ShowProgress): Promise<DataFrame> {
  const { blob, name } = await openSource(source);
  const bar = progressReporter(show, name, blob.size);
  const raw = await parseCsv(
    textChunks(blob, (n) => {
      bar?.(n);
      options.onProgress?.(n, blob.size);
    }),
    { delimiter: options.delimiter, header: options.header === null ? null : 0, nrows: options.nrows, source: name },
  );
  const na = new Set([...DEFAULT_NA, ...(options.naValues ?? [])]);
  const wanted = options.usecols ?? raw.names;
  for (const w of wanted) if (!raw.names.includes(w)) throw new Error(`${name}: no column ${JSON.stringify(w)} (columns: ${raw.names.join(', ')})`);
  const dates = options.parseDates;
  const columns = wanted.map((col) => {
    const fields = raw.columns[raw.names.indexOf(col)] as string[];
    const forced = options.dtype?.[col];
    const asDate = dates === true ? !forced && looksLikeDates(fields, na) : (dates || []).includes(col);
    try {
      return toColumn(fields, na, asDate && !forced, forced ?? (asDate && dates !== true ? 'datetime64[ns]' : undefined));
    } catch (error) {
      if (error instanceof FieldError) {
        const line = (options.header === null ? 1 : 2) + error.row;
        throw new CsvError(name, line, `column ${JSON.stringify(col)}: ${error.message}`);
      }
      throw error;
    }
  });
  return Frame.fromColumns(wanted, columns);
}

function looksLikeDates(fields: readonly string[], na: ReadonlySet<string>): boolean {
  const probe = fields.filter((f) => !na.has(f)).slice(0, 20);
  return probe.length > 0 && probe.every((f) => toColumn([f], na, true).dtype === 'datetime64[ns]' && !/^[+-]?\d+(\.\d*)?$/.test(f));
}
