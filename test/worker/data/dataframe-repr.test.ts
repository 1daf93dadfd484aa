// Expected strings follow pandas 2.x DataFrameFormatter/HTMLFormatter rules (display.max_rows 60,
// min_rows 10, max_columns 20), written out by hand, not taken from this code's output.
import { describe, expect, test } from 'vitest';
import { DataFrame } from '../../../worker/data/frame.ts';

const DISPLAY = Symbol.for('Jupyter.display');

function bundle(frame: DataFrame): Record<string, string> {
  return (frame as unknown as Record<symbol, () => Record<string, string>>)[DISPLAY]!();
}

const text = (frame: DataFrame): string => bundle(frame)['text/plain'] ?? '';
const html = (frame: DataFrame): string => bundle(frame)['text/html'] ?? '';
const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

describe('DataFrame text/plain like pandas', () => {
  test('right-aligned headers with a sign column, per-column decimals', () => {
    // pd.DataFrame({"A": [1.5, 2.0], "B": [-1.0, 3.25]})
    expect(text(new DataFrame({ A: [1.5, 2], B: [-1, 3.25] }))).toBe('     A     B\n0  1.5 -1.00\n1  2.0  3.25');
  });

  test('a header wider than its values', () => {
    // pd.DataFrame({"long name": [1.0]})
    expect(text(new DataFrame({ 'long name': [1] }))).toBe('   long name\n0        1.0');
  });

  test('over 60 rows: five and five rows, ".." under a narrow index, dimensions line', () => {
    // pd.DataFrame({"A": np.arange(100.0)})
    const expected = [
      '       A',
      '0    0.0',
      '1    1.0',
      '2    2.0',
      '3    3.0',
      '4    4.0',
      '..   ...',
      '95  95.0',
      '96  96.0',
      '97  97.0',
      '98  98.0',
      '99  99.0',
      '',
      '[100 rows x 1 columns]',
    ].join('\n');
    expect(text(new DataFrame({ A: range(100) }))).toBe(expected);
  });

  test('a date index and "..." under it when it is wider than three characters', () => {
    const start = Date.UTC(2000, 0, 1);
    const index = range(61).map((i) => new Date(start + i * 86_400_000));
    const lines = text(new DataFrame({ A: range(61) }, { index })).split('\n');
    expect(lines[0]).toBe('               A');
    expect(lines[1]).toBe('2000-01-01   0.0');
    expect(lines[6]).toBe('...          ...');
    expect(lines[11]).toBe('2000-03-01  60.0');
    expect(lines[13]).toBe('[61 rows x 1 columns]');
  });

  test('over 20 columns: ten and ten columns around a "..." column', () => {
    // pd.DataFrame([np.arange(25.0)]): integer column labels are left-justified to a common width
    // ("0 ", "15") before the header's leading space, so one-digit headers sit one place left.
    const frame = new DataFrame([range(25)]);
    const expected = [
      '    0    1    2    3    4    5    6    7    8    9   ...    15    16    17    18    19    20    21    22    23    24',
      '0  0.0  1.0  2.0  3.0  4.0  5.0  6.0  7.0  8.0  9.0  ...  15.0  16.0  17.0  18.0  19.0  20.0  21.0  22.0  23.0  24.0',
      '',
      '[1 rows x 25 columns]',
    ].join('\n');
    expect(text(frame)).toBe(expected);
  });

  test('an empty frame', () => {
    expect(text(new DataFrame({ A: [], B: [] }))).toBe('Empty DataFrame\nColumns: [A, B]\nIndex: []');
  });
});

describe('DataFrame text/html like pandas', () => {
  test('the notebook table of a small frame', () => {
    const expected = [
      '<div>',
      '<style scoped>',
      '    .dataframe tbody tr th:only-of-type {',
      '        vertical-align: middle;',
      '    }',
      '',
      '    .dataframe tbody tr th {',
      '        vertical-align: top;',
      '    }',
      '',
      '    .dataframe thead th {',
      '        text-align: right;',
      '    }',
      '</style>',
      '<table border="1" class="dataframe">',
      '  <thead>',
      '    <tr style="text-align: right;">',
      '      <th></th>',
      '      <th>A</th>',
      '      <th>B</th>',
      '    </tr>',
      '  </thead>',
      '  <tbody>',
      '    <tr>',
      '      <th>0</th>',
      '      <td>1.5</td>',
      '      <td>-1.00</td>',
      '    </tr>',
      '    <tr>',
      '      <th>1</th>',
      '      <td>2.0</td>',
      '      <td>3.25</td>',
      '    </tr>',
      '  </tbody>',
      '</table>',
      '</div>',
    ].join('\n');
    expect(html(new DataFrame({ A: [1.5, 2], B: [-1, 3.25] }))).toBe(expected);
  });

  test('a long frame: ten data rows, a "..." row, and the dimensions', () => {
    const out = html(new DataFrame({ A: range(1000), B: range(1000), C: range(1000), D: range(1000) }));
    expect(out.match(/<tr>/g)).toHaveLength(11);
    expect(out).toContain('    <tr>\n      <th>...</th>\n      <td>...</td>\n      <td>...</td>\n      <td>...</td>\n      <td>...</td>\n    </tr>');
    expect(out).toContain('<th>995</th>');
    expect(out).not.toContain('<th>5</th>');
    expect(out).toContain('<p>1000 rows × 4 columns</p>');
  });

  test('a wide frame gets a "..." column', () => {
    const out = html(new DataFrame([range(25)]));
    expect(out.match(/<th>/g)).toHaveLength(1 + 21 + 1);
    expect(out).toContain('      <th>9</th>\n      <th>...</th>\n      <th>15</th>');
    expect(out).toContain('<p>1 rows × 25 columns</p>');
  });

  test('labels are escaped', () => {
    const out = html(new DataFrame({ '<script>x</script>': [1] }, { index: ['"&"'] }));
    expect(out).toContain('<th>&lt;script&gt;x&lt;/script&gt;</th>');
    expect(out).toContain('<th>&quot;&amp;&quot;</th>');
    expect(out).not.toContain('<script>');
  });
});
