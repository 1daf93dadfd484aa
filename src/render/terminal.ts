/** Terminal semantics for stream text: `\r` returns to the line start, `\b` steps back. */

// ANSI escape sequences (CSI … final byte, or OSC … BEL/ST) are kept whole and take no column.
const TOKEN = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\r\n|[\r\n\b]|[^\x1b\r\n\b]|\x1b/g;

/** Applies `\r` (overwrite from the line start, as progress bars expect) and `\b`; keeps ANSI codes. */
export function applyTerminalControls(text: string): string {
  if (!/[\r\b]/.test(text)) return text;
  const lines: string[] = [];
  let cells: string[] = [];
  let column = 0;
  let pending = '';
  // Codes written before the cursor moves apply from where it was: before the cell there, if any.
  const settle = (): void => {
    if (pending === '') return;
    if (column < cells.length) cells[column] = pending + (cells[column] ?? '');
    else cells.push(pending);
    pending = '';
  };
  const endLine = (): void => {
    settle();
    lines.push(cells.join(''));
    cells = [];
    column = 0;
  };
  for (const [token] of text.matchAll(TOKEN)) {
    if (token === '\n' || token === '\r\n') endLine();
    else if (token === '\r' || token === '\b') {
      settle();
      column = token === '\r' ? 0 : Math.max(0, column - 1);
    } else if (token.startsWith('\x1b')) pending += token;
    else {
      cells[column] = pending + token;
      pending = '';
      column += 1;
    }
  }
  settle();
  lines.push(cells.join(''));
  return lines.join('\n');
}
