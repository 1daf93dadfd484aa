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
  const delimiterText = (options.delimiter ?? ',').charAt(0);
  const delimiter = delimiterText.charCodeAt(0);
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

  const emit = (fields: string[]): void => {
    row = fields;
    if (row.length === 1 && row[0] === '') {
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

  const endRow = (): void => {
    row.push(field);
    field = '';
    emit(row);
  };

  // Lines without any quote go straight into the columns, found with indexOf (far faster than a
  // character loop, and no array per row); a chunk's unfinished last line waits for the next chunk.
  let carry = '';
  const fastLines = (chunk: string): string => {
    const last = chunk.lastIndexOf('\n');
    let pos = 0;
    while (pos <= last && !done) {
      const nl = chunk.indexOf('\n', pos);
      const end = nl > pos && chunk.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
      if (width < 0 || end === pos) emit(chunk.slice(pos, end).split(delimiterText));
      else {
        let at = pos;
        for (let c = 0; c < width - 1; c++) {
          const d = chunk.indexOf(delimiterText, at);
          if (d < 0 || d >= end) throw new CsvError(options.source, line, `${c + 1} fields, expected ${width}`);
          (columns[c] as string[]).push(chunk.slice(at, d));
          at = d + 1;
        }
        const extra = chunk.indexOf(delimiterText, at);
        if (extra >= 0 && extra < end) throw new CsvError(options.source, line, `${chunk.slice(pos, end).split(delimiterText).length} fields, expected ${width}`);
        (columns[width - 1] as string[]).push(chunk.slice(at, end));
        rows++;
        if (rows >= limit) done = true;
      }
      line++;
      rowLine = line;
      pos = nl + 1;
    }
    return chunk.slice(last + 1);
  };

  for await (const piece of chunks) {
    const chunk = carry + piece;
    carry = '';
    const clean = !inQuotes && !afterQuote && !pendingCr && field === '' && row.length === 0;
    if (clean && chunk.indexOf('"') < 0) {
      carry = fastLines(chunk);
      if (done) break;
      continue;
    }
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
  if (carry !== '' && !done) emit((carry.endsWith('\r') ? carry.slice(0, -1) : carry).split(delimiterText));
  if (inQuotes) throw new CsvError(options.source, rowLine, `a quoted field in column ${row.length + 1} is never closed`);
  if (!done && (field !== '' || row.length > 0)) endRow();
  return { names: names ?? [], columns };
}
