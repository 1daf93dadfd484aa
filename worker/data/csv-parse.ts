/** A streaming RFC 4180 CSV tokenizer: text chunks in, raw string fields per column out. */

/** What the tokenizer needs to know. */
export interface CsvParseOptions {
  /** Field separator (default ","). */
  delimiter?: string;
  /** Row number of the header, or null for none (columns named 0, 1, …). */
  header?: 0 | null;
  /** Stop after this many data rows. */
  nrows?: number;
  /** Name used in error messages (a file name, or "<blob>"). */
  source: string;
}

/** The header and the raw fields of every column. */
export interface RawTable {
  names: string[];
  columns: string[][];
}

/** A CSV problem at a line of the input, reported as `file:line: message`. */
export class CsvError extends Error {
  constructor(source: string, line: number, message: string) {
    super(`${source}:${line}: ${message}`);
    this.name = 'CsvError';
  }
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

/**
 * Tokenizes the chunks as they arrive (a quoted field may span chunks and lines); a row with the
 * wrong number of fields or an unclosed quote throws a CsvError naming the line where it starts.
 */
export async function parseCsv(chunks: AsyncIterable<string>, options: CsvParseOptions): Promise<RawTable> {
  const delimiter = (options.delimiter ?? ',').charCodeAt(0);
  const limit = options.nrows ?? Infinity;
  let names: string[] | undefined = options.header === null ? undefined : undefined;
  let columns: string[][] = [];
  let width = -1;
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let rowLine = 1;
  let rows = 0;
  let done = false;
  let pendingCr = false;

  const endRow = (): void => {
    row.push(field);
    field = '';
    if (row.length === 1 && row[0] === '' ) {
      row = [];
      return; // blank lines are skipped, as pandas does
    }
    if (width < 0) {
      width = row.length;
      columns = Array.from({ length: width }, () => []);
      if (options.header !== null) {
        names = row;
        row = [];
        return;
      }
      names = row.map((_, i) => String(i));
    }
    if (row.length !== width) throw new CsvError(options.source, rowLine, `${row.length} fields, expected ${width}`);
    for (let c = 0; c < width; c++) (columns[c] as string[]).push(row[c] as string);
    row = [];
    rows++;
    if (rows >= limit) done = true;
  };

  for await (const chunk of chunks) {
    let start = 0;
    const n = chunk.length;
    for (let i = 0; i < n && !done; i++) {
      const ch = chunk.charCodeAt(i);
      if (pendingCr) {
        pendingCr = false;
        if (ch === LF) {
          start = i + 1;
          continue;
        }
      }
      if (inQuotes) {
        if (ch === QUOTE) {
          field += chunk.slice(start, i);
          inQuotes = false;
          afterQuote = true;
          start = i + 1;
        } else if (ch === LF) line++;
        continue;
      }
      if (ch === QUOTE) {
        if (afterQuote) field += '"'; // a doubled quote inside a quoted field
        else field += chunk.slice(start, i);
        inQuotes = true;
        afterQuote = false;
        start = i + 1;
      } else if (ch === delimiter) {
        field += chunk.slice(start, i);
        row.push(field);
        field = '';
        afterQuote = false;
        start = i + 1;
      } else if (ch === LF || ch === CR) {
        field += chunk.slice(start, i);
        afterQuote = false;
        endRow();
        line++;
        rowLine = line;
        pendingCr = ch === CR;
        start = i + 1;
      } else if (afterQuote) {
        throw new CsvError(options.source, line, `unexpected character after a closing quote in field ${row.length + 1}`);
      }
    }
    if (done) break;
    field += chunk.slice(start);
  }
  if (inQuotes) throw new CsvError(options.source, rowLine, `a quoted field in column ${row.length + 1} is never closed`);
  if (!done && (field !== '' || row.length > 0)) endRow();
  return { names: names ?? [], columns };
}
