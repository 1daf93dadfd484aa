/** Signatures and one-line docs of dateRange, Series, DataFrame and plot (and their members) for the kernel's inspect. */

type Docs = Record<string, { signature: string; doc: string }>;

const sig = (signature: string, doc: string): { signature: string; doc: string } => ({ signature, doc });

const SERIES: Docs = {
  Series: sig(
    'new Series(values: ArrayLike<number>, { index?: Label[], name?: string })',
    'A labelled float64 column like pandas.Series; a Float64Array is used as is, not copied.',
  ),
  'Series.values': sig('series.values: Float64Array', 'The values.'),
  'Series.index': sig('series.index: (number | string | Date)[]', 'Row labels: 0, 1, … unless an index was given.'),
  'Series.name': sig('series.name: string | undefined', 'Name shown in the repr and in plot legends.'),
  'Series.length': sig('series.length: number', 'Number of values.'),
  'Series.cumsum': sig('series.cumsum(): Series', 'Cumulative sum; NaN entries stay NaN and are skipped (pandas cumsum).'),
  'Series.head': sig('series.head(n = 5): Series', 'The first n values (all but the last -n when n < 0).'),
  'Series.tail': sig('series.tail(n = 5): Series', 'The last n values (all but the first -n when n < 0).'),
  'Series.sum': sig('series.sum(): number', 'Sum of the non-NaN values.'),
  'Series.mean': sig('series.mean(): number', 'Mean of the non-NaN values.'),
  'Series.std': sig('series.std(ddof = 1): number', 'Sample standard deviation of the non-NaN values (ddof = 1 as pandas; 0 as numpy).'),
  'Series.min': sig('series.min(): number', 'Smallest non-NaN value.'),
  'Series.max': sig('series.max(): number', 'Largest non-NaN value.'),
  'Series.toArray': sig('series.toArray(): number[]', 'The values as a plain array.'),
  'Series.figureX': sig('series.figureX(): Label[] | Float64Array', 'x values of a plot: the index, or 0, 1, … as a Float64Array when none was given.'),
  'Series.figure': sig('series.figure(options?: PlotOptions): Figure', 'The figure plot() would show, without showing it (display(fig) shows it).'),
  'Series.plot': sig(
    'series.plot({ title?, xlabel?, ylabel?, mode?, name?, showlegend?, width?, height?, layout? }): void',
    'Shows a line plot of the values against the index (a date index gives a date axis).',
  ),
};

const FRAME: Docs = {
  DataFrame: sig(
    'new DataFrame(data: Record<string, ArrayLike<number>> | number[][] | Float64Array[] | object[] | { rows, cols, data }, { index?: Label[], columns?: Label[] })',
    'Float64 columns sharing one index, like pandas.DataFrame; random.randn(rows, cols) gives a matrix it takes.',
  ),
  'DataFrame.shape': sig('frame.shape: [rows: number, columns: number]', 'Number of rows and columns.'),
  'DataFrame.length': sig('frame.length: number', 'Number of rows.'),
  'DataFrame.columns': sig('frame.columns: (number | string | Date)[]', 'Column labels.'),
  'DataFrame.index': sig('frame.index: (number | string | Date)[]', 'Row labels: 0, 1, … unless an index was given.'),
  'DataFrame.get': sig('frame.get(column: Label): Series', 'One column as a Series named after it (sharing its values).'),
  'DataFrame.col': sig('frame.col(column: Label): Series', 'Same as frame.get(column).'),
  'DataFrame.cumsum': sig('frame.cumsum(): DataFrame', 'Cumulative sum of every column; NaN entries stay NaN and are skipped.'),
  'DataFrame.head': sig('frame.head(n = 5): DataFrame', 'The first n rows (all but the last -n when n < 0).'),
  'DataFrame.tail': sig('frame.tail(n = 5): DataFrame', 'The last n rows (all but the first -n when n < 0).'),
  'DataFrame.sum': sig('frame.sum(): Series', 'Sum of each column (NaN skipped), indexed by column.'),
  'DataFrame.mean': sig('frame.mean(): Series', 'Mean of each column (NaN skipped), indexed by column.'),
  'DataFrame.std': sig('frame.std(ddof = 1): Series', 'Sample standard deviation of each column (NaN skipped).'),
  'DataFrame.min': sig('frame.min(): Series', 'Smallest value of each column.'),
  'DataFrame.max': sig('frame.max(): Series', 'Largest value of each column.'),
  'DataFrame.figure': sig('frame.figure(options?: PlotOptions): Figure', 'The figure plot() would show, without showing it.'),
  'DataFrame.plot': sig(
    'frame.plot({ title?, xlabel?, ylabel?, mode?, showlegend?, width?, height?, layout? }): void',
    'Shows one line per column against the index, with a legend (a date index gives a date axis).',
  ),
};

const FUNCTIONS: Docs = {
  dateRange: sig(
    'dateRange(start: string | Date, periods: number, freq = "D"): Date[]',
    'periods UTC dates from start every freq (D, B, h, min, s, W[-MON…], M/ME, MS, Y/YE, YS, with a multiple like "2h"), as pandas date_range.',
  ),
  plot: sig(
    'plot(y) | plot(x, y, options?) | plot([trace, …], layout?) | plot(seriesOrFrame, options?): void',
    'Shows a plotly line figure at once (also mid-cell); traces and layout are plotly.js objects.',
  ),
};

/** Docs of dateRange, plot, Series and DataFrame, keyed by global name or "Class.member". */
export const frameDocs: Docs = { ...FUNCTIONS, ...SERIES, ...FRAME };
