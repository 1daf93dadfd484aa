/** The data globals (Series, DataFrame on typed columns, readers) bound to the kernel's display and numeric core. */

import type { Display } from './series.ts';
import { DataFrame as DataFrameBase } from './frame.ts';
import type { NumpySum } from './pandas-math.ts';
import type { ShowProgress } from './progress.ts';
import { readCsvWith, type ReadCsvOptions } from './read-csv.ts';
import { readArrowWith, readJsonWith, readParquetWith, readText, type ReadJsonOptions } from './read-json.ts';
import { Series as SeriesBase } from './series.ts';
import type { Source } from './source.ts';

/** Everything the kernel puts in scope for data work. */
export interface DataGlobals {
  Series: typeof SeriesBase;
  DataFrame: typeof DataFrameBase;
  readCsv(source: Source, options?: ReadCsvOptions): Promise<DataFrameBase>;
  readJson(source: Source, options?: ReadJsonOptions): Promise<DataFrameBase>;
  readText(source: Source): Promise<string>;
  readParquet(source: Source, options?: { columns?: readonly string[] }): Promise<DataFrameBase>;
  readArrow(source: Source): Promise<DataFrameBase>;
}

/** Series and DataFrame subclasses (still named Series and DataFrame) bound to `display` and numpy's sum, and readers building them (showing progress through `show`). */
export function bindData(display: Display, numpySum: NumpySum, show?: ShowProgress): DataGlobals {
  const Series = class Series extends SeriesBase {
    static override display: Display | undefined = display;
    static override numpySum: NumpySum | undefined = numpySum;
  };
  const DataFrame = class DataFrame extends DataFrameBase {
    static override display: Display | undefined = display;
    static override Series: typeof SeriesBase = Series;
  };
  return {
    Series,
    DataFrame,
    readCsv: (source, options) => readCsvWith(DataFrame, source, options, show),
    readJson: (source, options) => readJsonWith(DataFrame, source, options),
    readText,
    readParquet: (source, options) => readParquetWith(DataFrame, source, options),
    readArrow: (source) => readArrowWith(DataFrame, source),
  };
}
