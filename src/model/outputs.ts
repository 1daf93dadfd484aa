/**
 * Operations on code cell outputs and execution counts. Display ids live where the kernel puts
 * them, in the output's `transient.display_id` (as in Jupyter's messaging protocol); nbformat
 * forbids `transient` in files, so `toIpynb` leaves it out and saved outputs lose their display id.
 */
import { updateCells } from './replace-cells.ts';
import type { Cell, CodeCell, MimeBundle, Notebook, Output } from './types.ts';

function updateCodeCells(nb: Notebook, update: (cell: CodeCell) => CodeCell, ids?: readonly string[]): Notebook {
  return updateCells(nb, (cell: Cell) => (cell.cell_type === 'code' ? update(cell) : cell), ids);
}

/** The display id of an output (`transient.display_id`), or undefined. */
export function displayIdOf(output: Output): string | undefined {
  const transient = output['transient'];
  if (typeof transient !== 'object' || transient === null || Array.isArray(transient)) return undefined;
  const id: unknown = (transient as { display_id?: unknown }).display_id;
  return typeof id === 'string' ? id : undefined;
}

/** Text of a stream output as one string (nbformat allows a list of lines). */
export function streamText(text: unknown): string {
  if (typeof text === 'string') return text;
  return Array.isArray(text) ? text.join('') : '';
}

/** Replaces the outputs of code cell `id`. */
export function setOutputs(nb: Notebook, id: string, outputs: readonly Output[]): Notebook {
  return updateCodeCells(nb, (cell) => (cell.outputs === outputs ? cell : { ...cell, outputs }), [id]);
}

/**
 * Removes the outputs of the code cells `ids` (all when omitted) and keeps their counts, as the
 * kernel's clear_output does; `clearExecution` also resets the counts.
 */
export function clearOutputs(nb: Notebook, ids?: readonly string[]): Notebook {
  return updateCodeCells(nb, (cell) => (cell.outputs.length === 0 ? cell : { ...cell, outputs: [] }), ids);
}

/** Removes outputs and counts of the code cells `ids` (all when omitted), as Jupyter's "Clear All Outputs". */
export function clearExecution(nb: Notebook, ids?: readonly string[]): Notebook {
  return updateCodeCells(
    nb,
    (cell) => (cell.outputs.length === 0 && cell.execution_count === null ? cell : { ...cell, outputs: [], execution_count: null }),
    ids,
  );
}

/**
 * Appends `output` to code cell `id`. A stream output following a stream of the same name is
 * merged into it (text kept verbatim: `\r` and `\b` are the renderer's business).
 */
export function appendOutput(nb: Notebook, id: string, output: Output): Notebook {
  return updateCodeCells(nb, (cell) => ({ ...cell, outputs: withOutput(cell.outputs, output) }), [id]);
}

function withOutput(outputs: readonly Output[], output: Output): Output[] {
  const last = outputs[outputs.length - 1];
  if (last && output.output_type === 'stream' && last.output_type === 'stream' && last['name'] === output['name']) {
    const merged: Output = { ...last, text: streamText(last['text']) + streamText(output['text']) };
    return [...outputs.slice(0, -1), merged];
  }
  return [...outputs, output];
}

/** Replaces data and metadata of every display_data / execute_result output whose display id is `displayId`. */
export function updateDisplay(nb: Notebook, displayId: string, data: MimeBundle, metadata: MimeBundle): Notebook {
  return updateCodeCells(nb, (cell) => {
    let changed = false;
    const outputs = cell.outputs.map((output) => {
      const updatable = output.output_type === 'display_data' || output.output_type === 'execute_result';
      if (!updatable || displayIdOf(output) !== displayId) return output;
      changed = true;
      return { ...output, data, metadata };
    });
    return changed ? { ...cell, outputs } : cell;
  });
}

/** Sets the execution count (In [n]) of code cell `id`. */
export function setExecutionCount(nb: Notebook, id: string, count: number | null): Notebook {
  return updateCodeCells(nb, (cell) => (cell.execution_count === count ? cell : { ...cell, execution_count: count }), [id]);
}
