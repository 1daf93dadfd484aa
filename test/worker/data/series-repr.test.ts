// Expected strings are pandas 2.x reprs (display.precision 6, max_rows 60, min_rows 10), written out
// from pandas' SeriesFormatter/FloatArrayFormatter rules, not from this code's output.
import { describe, expect, test } from 'vitest';
import { dateRange } from '../../../worker/numeric/date-range.ts';
import { Series } from '../../../worker/data/series.ts';

const DISPLAY = Symbol.for('Jupyter.display');

function bundle(series: Series): Record<string, string> {
  return (series as unknown as Record<symbol, () => Record<string, string>>)[DISPLAY]!();
}

const text = (series: Series): string => bundle(series)['text/plain'] ?? '';

describe('Series text/plain like pandas', () => {
  test('common decimals, right-aligned values, 4 spaces after a one-character index', () => {
    // pd.Series([1.5, 2.0, 3.25])
    expect(text(new Series([1.5, 2.0, 3.25]))).toBe('0    1.50\n1    2.00\n2    3.25\ndtype: float64');
  });

  test('sign column, name in the footer', () => {
    // pd.Series([-1.0, 0.5], name="x")
    expect(text(new Series([-1, 0.5], { name: 'x' }))).toBe('0   -1.0\n1    0.5\nName: x, dtype: float64');
  });

  test('six decimals when needed, NaN as "NaN"', () => {
    // pd.Series([1/3, np.nan, 2.0])
    expect(text(new Series([1 / 3, NaN, 2]))).toBe('0    0.333333\n1         NaN\n2    2.000000\ndtype: float64');
  });

  test('ties round half to even on the exact binary value, as Python formats', () => {
    // 0.0078125 = 1/128 and 0.0234375 = 3/128 sit exactly halfway at six decimals.
    expect(text(new Series([0.0078125, 0.0234375]))).toBe('0    0.007812\n1    0.023438\ndtype: float64');
  });

  test('scientific notation when a value would print as zero', () => {
    // pd.Series([1e-7, 1.0])
    expect(text(new Series([1e-7, 1]))).toBe('0    1.000000e-07\n1    1.000000e+00\ndtype: float64');
  });

  test('scientific notation when large values make the column too wide', () => {
    // pd.Series([123456789.123, 1.0]): " 123456789.123" is 14 > 12 characters.
    expect(text(new Series([123456789.123, 1]))).toBe('0    1.234568e+08\n1    1.000000e+00\ndtype: float64');
  });

  test('large values that stay narrow keep fixed notation', () => {
    // pd.Series([10000000.5, 1.0])
    expect(text(new Series([10000000.5, 1]))).toBe('0    10000000.5\n1           1.0\ndtype: float64');
  });

  test('negative zero and infinities', () => {
    // pd.Series([-0.0, np.inf, -np.inf])
    expect(text(new Series([-0, Infinity, -Infinity]))).toBe('0   -0.0\n1    inf\n2   -inf\ndtype: float64');
  });

  test('60 rows are shown in full', () => {
    const lines = text(new Series(Array.from({ length: 60 }, (_, i) => i))).split('\n');
    expect(lines).toHaveLength(61);
    expect(lines[0]).toBe('0      0.0');
    expect(lines[59]).toBe('59    59.0');
    expect(lines[60]).toBe('dtype: float64');
  });

  test('over 60 rows: first and last five, a centred "..." row and the length', () => {
    // pd.Series(np.arange(100.0))
    const expected = [
      '0      0.0',
      '1      1.0',
      '2      2.0',
      '3      3.0',
      '4      4.0',
      '      ... ',
      '95    95.0',
      '96    96.0',
      '97    97.0',
      '98    98.0',
      '99    99.0',
      'Length: 100, dtype: float64',
    ].join('\n');
    expect(text(new Series(Array.from({ length: 100 }, (_, i) => i)))).toBe(expected);
  });

  test('the shown rows alone decide the number format', () => {
    // pd.Series([0.5] * 5 + [1e-9] * 90 + [0.25] * 5): the tiny values are cut, so no scientific notation.
    const values = [...Array(5).fill(0.5), ...Array(90).fill(1e-9), ...Array(5).fill(0.25)];
    const lines = text(new Series(values)).split('\n');
    expect(lines[0]).toBe('0     0.50');
    expect(lines[5]).toBe('      ... ');
    expect(lines[10]).toBe('99    0.25');
  });

  test('a date index prints as dates', () => {
    // pd.Series([1.0, 2.0], index=pd.DatetimeIndex(["2000-01-01", "2000-01-02"]))
    const index = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 0, 2))];
    expect(text(new Series([1, 2], { index }))).toBe('2000-01-01    1.0\n2000-01-02    2.0\ndtype: float64');
  });

  test('a dateRange index adds "Freq:" to the footer, also after head() and cumsum()', () => {
    // pd.Series([1.0, 2.0, 3.0], index=pd.date_range("2000-01-01", periods=3, freq="h"), name="x").head(2)
    const s = new Series([1, 2, 3], { index: dateRange('2000-01-01', 3, 'h'), name: 'x' });
    const expected = '2000-01-01 00:00:00    1.0\n2000-01-01 01:00:00    2.0\nFreq: h, Name: x, dtype: float64';
    expect(text(s.cumsum().head(2))).toBe(expected.replace('2.0', '3.0'));
  });

  test('a date index with times prints date and time', () => {
    const index = [new Date(Date.UTC(2000, 0, 1)), new Date(Date.UTC(2000, 0, 1, 1))];
    expect(text(new Series([1, 2], { index }))).toBe('2000-01-01 00:00:00    1.0\n2000-01-01 01:00:00    2.0\ndtype: float64');
  });

  test('text labels are left-aligned', () => {
    // pd.Series([1.0, 2.0], index=["a", "bbb"])
    expect(text(new Series([1, 2], { index: ['a', 'bbb'] }))).toBe('a      1.0\nbbb    2.0\ndtype: float64');
  });

  test('an empty Series', () => {
    expect(text(new Series([], { name: 'e' }))).toBe('Series([], Name: e, dtype: float64)');
  });
});

describe('Series text/html', () => {
  test('a table with the name as header and escaped labels', () => {
    const html = bundle(new Series([1.5], { index: ['<i>'], name: 'a&b' }))['text/html'] ?? '';
    expect(html).toContain('<th>a&amp;b</th>');
    expect(html).toContain('<th>&lt;i&gt;</th>');
    expect(html).toContain('<td>1.5</td>');
    expect(html).not.toContain('<i>');
  });

  test('long series are cut like frames', () => {
    const html = bundle(new Series(new Float64Array(100)))['text/html'] ?? '';
    expect(html.match(/<tr>/g)).toHaveLength(11);
    expect(html).toContain('<th>...</th>');
    expect(html).toContain('<p>100 rows × 1 columns</p>');
  });
});
