/**
 * One open notebook: the only code that applies model operations to it. Holds UI state (active
 * cell, mode), runs cells through the kernel client, applies kernel events, and autosaves.
 */
import type { Notebook, CellType, Output } from '../model/types.ts';
import {
  appendOutput,
  changeCellType,
  clearOutputs,
  createCell,
  deleteCells,
  insertCell,
  setExecutionCount,
  setSource,
  updateDisplay,
} from '../model/operations.ts';
import { toIpynb } from '../ipynb/index.ts';
import type { KernelClient, KernelEvent, KernelStatus } from '../kernel/index.ts';
import type { NotebookStorage } from '../storage/index.ts';
import { Autosaver, type SaveState } from './autosave.ts';

/** Whether a cell waits in the kernel queue or runs now. */
export type CellRunState = 'queued' | 'running';

/** Jupyter's two modes: keys drive the notebook (command) or go into a cell (edit). */
export type Mode = 'command' | 'edit';

/** What the store needs to open a notebook. */
export interface NotebookStoreInit {
  id: string;
  name: string;
  revision: number;
  notebook: Notebook;
  storage: NotebookStorage;
  kernel: KernelClient;
}

/** The state of one open notebook and every action a component may take on it. */
export class NotebookStore {
  readonly id: string;
  notebook: Notebook = $state.raw() as Notebook;
  name = $state('');
  activeId = $state<string | null>(null);
  mode = $state<Mode>('command');
  runStates = $state.raw<ReadonlyMap<string, CellRunState>>(new Map());
  kernelStatus = $state<KernelStatus>('starting');
  saveState = $state<SaveState>('saved');
  saveError = $state<string | null>(null);

  readonly #kernel: KernelClient;
  readonly #autosaver: Autosaver;
  /** The run whose events a cell accepts; events of older runs are stale and dropped. */
  readonly #currentRun = new Map<string, string>();
  readonly #unsubscribe: (() => void)[] = [];

  constructor(init: NotebookStoreInit) {
    this.id = init.id;
    this.notebook = init.notebook;
    this.name = init.name;
    this.activeId = init.notebook.cellOrder[0] ?? null;
    this.#kernel = init.kernel;
    this.kernelStatus = init.kernel.status;
    this.#autosaver = new Autosaver({
      revision: init.revision,
      save: (revision) => init.storage.save(this.id, toIpynb(this.notebook), revision),
      onState: (state, error) => {
        this.saveState = state;
        this.saveError = error;
      },
    });
    this.#unsubscribe.push(
      init.kernel.onStatus((status) => (this.kernelStatus = status)),
      init.kernel.onEvents((events) => this.#applyKernelEvents(events)),
    );
  }

  #apply(operation: (nb: Notebook) => Notebook): void {
    const next = operation(this.notebook);
    if (next === this.notebook) return;
    this.notebook = next;
    this.#autosaver.changed();
  }

  /** Makes `id` the active cell. */
  select(id: string): void {
    if (this.notebook.cells.has(id)) this.activeId = id;
  }

  /** Switches between command and edit mode. */
  setMode(mode: Mode): void {
    this.mode = mode;
  }

  /** Replaces a cell's text (every keystroke lands here). */
  setSource(id: string, source: string): void {
    this.#apply((nb) => setSource(nb, id, source));
  }

  /** Inserts a new cell below (or above) the active cell and makes it active. */
  insertCell(where: 'above' | 'below', type: CellType = 'code'): string {
    const cell = createCell(type);
    const at = this.activeId === null ? -1 : this.notebook.cellOrder.indexOf(this.activeId);
    const index = at < 0 ? this.notebook.cellOrder.length : where === 'below' ? at + 1 : at;
    this.#apply((nb) => insertCell(nb, index, cell));
    this.activeId = cell.id;
    return cell.id;
  }

  /** Deletes cells; the notebook always keeps at least one cell, as Jupyter does. */
  deleteCells(ids: readonly string[]): void {
    const order = this.notebook.cellOrder;
    const first = Math.min(...ids.map((id) => order.indexOf(id)).filter((i) => i >= 0));
    this.#apply((nb) => deleteCells(nb, ids));
    if (this.notebook.cellOrder.length === 0) this.#apply((nb) => insertCell(nb, 0, createCell('code')));
    const after = this.notebook.cellOrder;
    this.activeId = after[Math.min(first, after.length - 1)] ?? null;
  }

  /** Changes a cell's type (code / markdown / raw). */
  changeCellType(id: string, type: CellType): void {
    this.#apply((nb) => changeCellType(nb, id, type));
  }

  /** Sends a code cell to the kernel; markdown cells just render (the component shows them). */
  runCell(id: string): void {
    const cell = this.notebook.cells.get(id);
    if (!cell || cell.cell_type !== 'code') return;
    this.#apply((nb) => clearOutputs(nb, [id]));
    const { runId, done } = this.#kernel.execute({ cellId: id, source: cell.source });
    this.#currentRun.set(id, runId);
    this.#setRunState(id, 'queued');
    void done.finally(() => {
      if (this.#currentRun.get(id) === runId) this.#setRunState(id, undefined);
    });
  }

  /** Runs the active cell and moves to the next one, adding a cell at the end (Shift+Enter). */
  runAndAdvance(): void {
    const id = this.activeId;
    if (id === null) return;
    this.runCell(id);
    const order = this.notebook.cellOrder;
    const next = order[order.indexOf(id) + 1];
    if (next) this.activeId = next;
    else this.insertCell('below');
  }

  /** Asks the kernel to stop the running cell. */
  interrupt(): Promise<'interrupted' | 'restarted'> {
    return this.#kernel.interrupt();
  }

  /** Restarts the kernel: fresh state, counter back to 1. */
  async restartKernel(): Promise<void> {
    this.runStates = new Map();
    this.#currentRun.clear();
    await this.#kernel.restart();
  }

  /** Saves now (Ctrl+S) instead of waiting for the autosave delay. */
  saveNow(): Promise<void> {
    return this.#autosaver.flush();
  }

  /** Saves pending changes and stops the kernel (Close and Halt). */
  async close(): Promise<void> {
    await this.#autosaver.flush();
    for (const off of this.#unsubscribe) off();
    this.#kernel.shutdown();
  }

  #setRunState(id: string, state: CellRunState | undefined): void {
    const next = new Map(this.runStates);
    if (state) next.set(id, state);
    else next.delete(id);
    this.runStates = next;
  }

  #isCurrent(cellId: string, runId: string): boolean {
    return this.#currentRun.get(cellId) === runId;
  }

  #applyKernelEvents(events: readonly KernelEvent[]): void {
    for (const event of events) this.#applyKernelEvent(event);
  }

  #applyKernelEvent(event: KernelEvent): void {
    switch (event.type) {
      case 'status':
        this.kernelStatus = event.status;
        return;
      case 'execute_input':
        if (!this.#isCurrent(event.cellId, event.runId)) return;
        this.#setRunState(event.cellId, 'running');
        this.#apply((nb) => setExecutionCount(nb, event.cellId, event.executionCount));
        return;
      case 'output':
        if (this.#isCurrent(event.cellId, event.runId)) this.#apply((nb) => appendOutput(nb, event.cellId, event.output as Output));
        return;
      case 'update_display':
        this.#apply((nb) => updateDisplay(nb, event.displayId, event.data, event.metadata));
        return;
      case 'clear_output':
        if (this.#isCurrent(event.cellId, event.runId)) this.#apply((nb) => clearOutputs(nb, [event.cellId]));
        return;
      case 'done':
        if (this.#isCurrent(event.cellId, event.runId)) this.#setRunState(event.cellId, undefined);
        return;
      default: {
        const never: never = event;
        return never;
      }
    }
  }
}
