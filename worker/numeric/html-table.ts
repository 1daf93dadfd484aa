/** pandas' notebook `text/html` table (`DataFrame._repr_html_`) from a TableView, every text escaped. */

import type { TableView } from './table-view.ts';

const STYLE = `<style scoped>
    .dataframe tbody tr th:only-of-type {
        vertical-align: middle;
    }

    .dataframe tbody tr th {
        vertical-align: top;
    }

    .dataframe thead th {
        text-align: right;
    }
</style>`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);
}

function cell(tag: 'th' | 'td', text: string): string {
  return `      <${tag}>${escapeHtml(text.trim())}</${tag}>`;
}

/** Inserts '...' at the column gap of one row's cells. */
function withColumnGap(texts: string[], view: TableView): string[] {
  if (view.colGap === undefined) return texts;
  return [...texts.slice(0, view.colGap), '...', ...texts.slice(view.colGap)];
}

function row(label: string, values: string[], view: TableView): string {
  return ['    <tr>', cell('th', label), ...withColumnGap(values, view).map((v) => cell('td', v)), '    </tr>'].join('\n');
}

/** The HTML table pandas shows in a notebook, "..." rows/columns and "n rows × m columns" when cut. */
export function frameHtml(view: TableView): string {
  const header = ['    <tr style="text-align: right;">', '      <th></th>'];
  for (const label of withColumnGap(view.columns, view)) header.push(cell('th', label));
  header.push('    </tr>');
  const body: string[] = [];
  view.index.forEach((label, r) => {
    if (r === view.rowGap) {
      body.push(row('...', view.cells.map(() => '...'), view));
    }
    body.push(
      row(
        label,
        view.cells.map((col) => col[r] ?? ''),
        view,
      ),
    );
  });
  const truncated = view.rowGap !== undefined || view.colGap !== undefined;
  return [
    '<div>',
    STYLE,
    '<table border="1" class="dataframe">',
    '  <thead>',
    ...header,
    '  </thead>',
    '  <tbody>',
    ...body,
    '  </tbody>',
    '</table>',
    ...(truncated ? [`<p>${view.rows} rows × ${view.cols} columns</p>`] : []),
    '</div>',
  ].join('\n');
}
