/**
 * One open notebook: the only code that applies model operations to it. Holds UI state (active
 * cell, mode), runs cells through the kernel client, applies kernel events, and autosaves.
 */
import { untrack } from 'svelte';
import type { Notebook, CellType, Output } from '../model/types.ts';
import type { QuireLanguage } from '../model/operations.ts';
import { foreignNotebookNotice, foreignRunNotice } from './foreign-kernel.ts';
import {
  appendOutput,
  changeCellType,
  clearExecution,
  clearOutputs,
  copyCells,
  createCell,
  deleteCells,
  insertCell,
  mergeCells,
  moveCells,
  addOutputImage,
  recordProvenance,
  isQuireLanguage,
  kernelDisplayName,
  notebookLanguage,
  setQuireKernel,
  withKernelMetadata,
  setAttachment,
  setCellMetadata,
  setExecutionCount,
  setSource,
  splitCell,
  updateDisplay,
} from '../model/operations.ts';
import type { Cell } from '../model/types.ts';
import { fromIpynbJson, serializeIpynb, toStoredIpynb } from '../ipynb/index.ts';
import type { CompletionResult, InspectResult, KernelClient, KernelEvent, KernelStatus } from '../kernel/index.ts';
import type { NotebookStorage } from '../storage/index.ts';
import { Autosaver, type SaveState } from './autosave.ts';
import { messageOf } from './error-message.ts';
import { NotebookEdits } from './notebook-edits.svelte.ts';
import { CellViews, type CellView } from './cell-views.svelte.ts';

export type { CellRunState, CellView } from './cell-views.svelte.ts';
export type { CellMatch, FindQuery, FindResult } from './notebook-edits.svelte.ts';

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
  /** The language the notebook declares, lower-cased ('typescript' when it declares none); a signal that changes only with it. */
  readonly language = $derived(notebookLanguage(this.notebook.metadata));
  /** For a notebook written for another kernel, what to tell the user about it; undefined for Quire's own. */
  readonly foreignNotice = $derived(isQuireLanguage(this.language) ? undefined : foreignNotebookNotice(kernelDisplayName(this.notebook.metadata)));
  /** The cell ids in order: a new array only when cells are added, removed or moved, never on a keystroke. */
  cellOrder: readonly string[] = $state.raw([]);
  readonly #views = new CellViews();
  name = $state('');
  #activeId = $state<string | null>(null);
  #anchorId = $state<string | null>(null);
  mode = $state<Mode>('command');
  lineNumbers = $state(false);
  /** Markdown cells shown as source (being edited) instead of rendered. */
  unrendered = $state.raw<ReadonlySet<string>>(new Set());
  /** Cells cut or copied (X / C), pasted with V / Shift+V. */
  clipboard = $state.raw<readonly Cell[]>([]);
  /** Deleted cells with their positions, newest last, for Z. */
  #deleted: { cells: readonly Cell[]; index: number }[] = [];
  /** Find and Replace, notebook metadata and cell tags. */
  readonly edits = new NotebookEdits(
    () => this.notebook,
    (operation) => this.#apply(operation),
  );
  kernelStatus = $state<KernelStatus>('starting');
  saveState = $state<SaveState>('saved');
  saveError = $state<string | null>(null);
  lastCheckpoint = $state<number | null>(null);
  /** A kernel event the user must know about (state lost, kernel died), or null. */
  kernelMessage = $state<string | null>(null);
  /** Whether the lost kernel state can be rebuilt by re-running cells. */
  canRebuild = $state(false);
  /** Another tab saved newer work: this tab must reload or save its version as a copy. */
  stale = $state(false);

  readonly #kernel: KernelClient;
  readonly #storage: NotebookStorage;
  readonly #autosaver: Autosaver;
  /** The run whose events a cell accepts; events of older runs are stale and dropped. */
  readonly #currentRun = new Map<string, string>();
  readonly #unsubscribe: (() => void)[] = [];

  constructor(init: NotebookStoreInit) {
    this.id = init.id;
    this.#setNotebook(init.notebook);
    this.name = init.name;
    this.activeId = init.notebook.cellOrder[0] ?? null;
    this.#kernel = init.kernel;
    this.#storage = init.storage;
    this.kernelStatus = init.kernel.status;
    this.#autosaver = new Autosaver({
      revision: init.revision,
      save: (revision) => init.storage.save(this.id, toStoredIpynb(this.notebook), revision),
      onState: (state, error) => {
        this.saveState = state;
        this.saveError = error;
      },
      onConflict: () => (this.stale = true),
    });
    this.#unsubscribe.push(
      init.kernel.onStatus((status) => this.#onStatus(status)),
      init.kernel.onEvents((events) => this.#applyKernelEvents(events)),
      init.storage.onChange((change) => {
        const newer = change.revision !== undefined && change.revision > this.#autosaver.revision;
        if (change.id === this.id && change.origin !== init.storage.instanceId && change.type === 'saved' && newer) this.stale = true;
      }),
      init.kernel.onNotice((notice) => {
        this.kernelMessage = notice.message;
        this.canRebuild = notice.cells > 0;
      }),
    );
  }

  #apply(operation: (nb: Notebook) => Notebook): void {
    const next = operation(this.notebook);
    if (next === this.notebook) return;
    this.#setNotebook(next);
    this.#autosaver.changed();
  }

  /** Applies a change that is no edit (derived from the document): saved with the next save, never shown as "unsaved". */
  #applyDerived(operation: (nb: Notebook) => Notebook): void {
    const next = operation(this.notebook);
    if (next === this.notebook) return;
    this.#setNotebook(next);
    this.#autosaver.derivedChanged();
  }

  /** Replaces the notebook value and tells only the cell views (and the order) that changed. */
  #setNotebook(next: Notebook): void {
    const previous = this.notebook as Notebook | undefined;
    this.notebook = next;
    this.#views.update(previous, next);
    if (next.cellOrder !== previous?.cellOrder) {
      this.cellOrder = next.cellOrder;
      // A move or insertion can change which cells lie between the anchor and the active cell.
      this.#syncSelection();
    }
  }

  /** The view state of cell `id`, or undefined when the notebook has no such cell. */
  cellView(id: string): CellView | undefined {
    return this.#views.get(id);
  }

  /** Makes `id` the active cell (and the whole selection, unless extending). */
  select(id: string, extend = false): void {
    if (!this.notebook.cells.has(id)) return;
    if (extend) this.anchorId ??= this.activeId;
    else this.anchorId = null;
    this.activeId = id;
  }

  /** The selected cell ids in notebook order (the active cell alone when nothing is extended). */
  get selectedIds(): string[] {
    const order = this.cellOrder;
    const a = this.activeId === null ? -1 : order.indexOf(this.activeId);
    if (a < 0) return [];
    const b = this.anchorId === null ? a : order.indexOf(this.anchorId);
    const [from, to] = b < 0 ? [a, a] : [Math.min(a, b), Math.max(a, b)];
    return order.slice(from, to + 1);
  }

  /** The active cell (where keys go); the whole selection unless extended. */
  get activeId(): string | null {
    return this.#activeId;
  }

  set activeId(id: string | null) {
    this.#activeId = id;
    this.#syncSelection();
  }

  /** The far end of a Shift+Up/Down selection; the active cell is the other end. */
  get anchorId(): string | null {
    return this.#anchorId;
  }

  set anchorId(id: string | null) {
    this.#anchorId = id;
    this.#syncSelection();
  }

  /** Tells the views whose active or selected state changed, and only those. */
  #syncSelection(): void {
    this.#views.select(untrack(() => this.selectedIds), this.#activeId);
  }

  /** Moves the active cell up or down by one (K/J, arrows); `extend` grows the selection. */
  selectRelative(delta: -1 | 1, extend = false): void {
    const order = this.notebook.cellOrder;
    const at = this.activeId === null ? 0 : order.indexOf(this.activeId);
    const next = order[Math.max(0, Math.min(order.length - 1, at + delta))];
    if (next) this.select(next, extend);
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
    if (type === 'markdown') this.setRendered(cell.id, false);
    this.activeId = cell.id;
    this.anchorId = null;
    return cell.id;
  }

  /** Deletes cells (Z brings them back); the notebook always keeps at least one cell, as Jupyter does. */
  deleteCells(ids: readonly string[] = this.selectedIds): void {
    const order = this.notebook.cellOrder;
    const first = Math.min(...ids.map((id) => order.indexOf(id)).filter((i) => i >= 0));
    if (!Number.isFinite(first)) return;
    this.#deleted.push({ cells: this.#cellsOf(ids), index: first });
    this.anchorId = null;
    this.#apply((nb) => deleteCells(nb, ids));
    if (this.notebook.cellOrder.length === 0) this.#apply((nb) => insertCell(nb, 0, createCell('code')));
    const after = this.notebook.cellOrder;
    this.activeId = after[Math.min(first, after.length - 1)] ?? null;
  }

  /** Restores the most recently deleted cells where they were (Z). */
  undoDelete(): void {
    const last = this.#deleted.pop();
    if (!last) return;
    this.#insertCells(last.cells, last.index, false);
  }

  /** Copies the selected cells to the notebook clipboard (C). */
  copy(): void {
    this.clipboard = this.#cellsOf(this.selectedIds);
  }

  /** Cuts the selected cells (X). */
  cut(): void {
    this.copy();
    this.deleteCells();
  }

  /** Pastes clipboard cells below or above the active cell, as fresh copies with new ids (V / Shift+V). */
  paste(where: 'above' | 'below'): void {
    if (this.clipboard.length === 0) return;
    const order = this.notebook.cellOrder;
    const at = this.activeId === null ? order.length - 1 : order.indexOf(this.activeId);
    this.#insertCells(this.clipboard, where === 'below' ? at + 1 : Math.max(0, at), true);
  }

  /** Moves the selected cells up or down by one place. */
  moveSelection(delta: -1 | 1): void {
    const ids = this.selectedIds;
    const order = this.notebook.cellOrder;
    const first = order.indexOf(ids[0] ?? '');
    if (first < 0) return;
    const to = first + delta;
    if (to < 0 || to + ids.length > order.length) return;
    this.#apply((nb) => moveCells(nb, ids, to));
  }

  /** Merges the selected cells, or the active cell with the one below (Shift+M). */
  merge(): void {
    let ids = this.selectedIds;
    if (ids.length === 1) {
      const order = this.notebook.cellOrder;
      const below = order[order.indexOf(ids[0] ?? '') + 1];
      if (!below) return;
      ids = [...ids, below];
    }
    this.#apply((nb) => mergeCells(nb, ids));
    this.activeId = ids[0] ?? null;
    this.anchorId = null;
  }

  /** Splits the active cell at the given offsets in its source (Ctrl+Shift+Minus). */
  split(offsets: readonly number[]): void {
    const id = this.activeId;
    if (id !== null) this.#apply((nb) => splitCell(nb, id, offsets));
  }

  /** Changes the selected cells' type (code / markdown / raw). */
  changeCellType(type: CellType, ids: readonly string[] = this.selectedIds): void {
    for (const id of ids) this.#apply((nb) => changeCellType(nb, id, type));
  }

  /** Shows or hides the outputs of the selected cells (O), kept in nbformat's `collapsed` metadata. */
  toggleOutputs(ids: readonly string[] = this.selectedIds): void {
    for (const id of ids) {
      const cell = this.notebook.cells.get(id);
      if (cell?.cell_type !== 'code') continue;
      this.#apply((nb) => setCellMetadata(nb, id, { ...cell.metadata, collapsed: cell.metadata['collapsed'] !== true }));
    }
  }

  /** Clears outputs and counts of the given cells (all cells when omitted). */
  clearOutputs(ids?: readonly string[]): void {
    this.#apply((nb) => clearExecution(nb, ids));
  }

  /** Completions from the kernel's live scope at `cursor` in `code` (Tab in a code cell). */
  complete(code: string, cursor: number): Promise<CompletionResult> {
    return this.#kernel.complete(code, cursor);
  }

  /** Signature and doc of the name at `cursor` (Shift+Tab), or null. */
  inspect(code: string, cursor: number): Promise<InspectResult | null> {
    return this.#kernel.inspect(code, cursor);
  }

  /** Stores a pasted or dropped image in a markdown cell and returns the `attachment:` name to reference. */
  addAttachment(id: string, name: string, mime: string, base64: string): string {
    const cell = this.notebook.cells.get(id);
    const taken = new Set(cell && cell.cell_type !== 'code' ? Object.keys(cell.attachments ?? {}) : []);
    let unique = name;
    for (let n = 1; taken.has(unique); n++) unique = name.replace(/(\.[^.]*)?$/, `-${n}$1`);
    this.#apply((nb) => setAttachment(nb, id, unique, mime, base64));
    return unique;
  }

  /**
   * Keeps a static PNG (a data: URL) beside a drawn figure so exports show it; ignores outputs
   * replaced meanwhile. The image is derived, not an edit: it goes with the next save.
   */
  addOutputImage(cellId: string, output: Output, pngDataUrl: string): void {
    const cell = this.notebook.cells.get(cellId);
    const index = cell?.cell_type === 'code' ? cell.outputs.indexOf(output) : -1;
    const base64 = pngDataUrl.replace(/^data:image\/png;base64,/, '');
    if (index >= 0) this.#applyDerived((nb) => addOutputImage(nb, cellId, index, base64));
  }

  /** Switches long outputs of the selected cells between scrolling and full height (Shift+O). */
  toggleOutputScroll(ids: readonly string[] = this.selectedIds): void {
    for (const id of ids) {
      const cell = this.notebook.cells.get(id);
      if (cell?.cell_type !== 'code') continue;
      this.#apply((nb) => setCellMetadata(nb, id, { ...cell.metadata, scrolled: cell.metadata['scrolled'] !== true }));
    }
  }

  #cellsOf(ids: readonly string[]): Cell[] {
    return ids.flatMap((id) => this.notebook.cells.get(id) ?? []);
  }

  #insertCells(cells: readonly Cell[], index: number, fresh: boolean): void {
    const copies = fresh ? copyCells(cells) : cells;
    copies.forEach((cell, i) => this.#apply((nb) => insertCell(nb, index + i, cell)));
    this.activeId = copies[0]?.id ?? this.activeId;
    this.anchorId = copies.length > 1 ? (copies[copies.length - 1]?.id ?? null) : null;
  }

  /** Sends a code cell to the kernel; a markdown cell renders. A foreign notebook's code is not sent: the cell says why. */
  runCell(id: string): void {
    const cell = this.notebook.cells.get(id);
    if (!cell) return;
    if (cell.cell_type === 'markdown') this.setRendered(id, true);
    if (cell.cell_type !== 'code') return;
    const language = this.language;
    if (!isQuireLanguage(language)) {
      this.#views.setNotice(id, foreignRunNotice(kernelDisplayName(this.notebook.metadata)));
      return;
    }
    this.#views.setNotice(id, undefined);
    this.#apply((nb) => clearOutputs(nb, [id]));
    const { runId, done } = this.#kernel.execute({ cellId: id, source: cell.source });
    this.#currentRun.set(id, runId);
    this.#views.setRunState(id, 'queued');
    void done.finally(() => {
      if (this.#currentRun.get(id) === runId) this.#views.setRunState(id, undefined);
    });
  }

  /** Runs the selected cells and stays (Ctrl+Enter). */
  runSelected(): void {
    for (const id of this.selectedIds) this.runCell(id);
    this.mode = 'command';
  }

  /** Runs the selected cells and selects the next one, adding a code cell at the end (Shift+Enter). */
  runAndAdvance(): void {
    const ids = this.selectedIds;
    const last = ids[ids.length - 1];
    if (last === undefined) return;
    for (const id of ids) this.runCell(id);
    const order = this.notebook.cellOrder;
    const next = order[order.indexOf(last) + 1];
    this.anchorId = null;
    if (next) {
      this.activeId = next;
      this.mode = 'command';
    } else {
      this.activeId = last;
      this.insertCell('below');
      this.mode = 'edit';
    }
  }

  /** Runs the selected cells and inserts a code cell below them (Alt+Enter). */
  runAndInsert(): void {
    const ids = this.selectedIds;
    for (const id of ids) this.runCell(id);
    this.activeId = ids[ids.length - 1] ?? this.activeId;
    this.anchorId = null;
    this.insertCell('below');
    this.mode = 'edit';
  }

  /** Runs every cell, or those above / from the active cell on (Run All, Run All Above / Below). */
  runAll(range: 'all' | 'above' | 'below' = 'all'): void {
    const order = this.notebook.cellOrder;
    const at = this.activeId === null ? 0 : Math.max(0, order.indexOf(this.activeId));
    const ids = range === 'all' ? order : range === 'above' ? order.slice(0, at) : order.slice(at);
    for (const id of ids) this.runCell(id);
  }

  /** Shows a markdown cell rendered (true) or as its source for editing (false). */
  setRendered(id: string, rendered: boolean): void {
    if (this.unrendered.has(id) !== rendered) return;
    const next = new Set(this.unrendered);
    if (rendered) next.delete(id);
    else next.add(id);
    this.unrendered = next;
  }

  /** Asks the kernel to stop the running cell; without cross-origin isolation that costs the kernel's state. */
  async interrupt(): Promise<void> {
    const how = await this.#kernel.interrupt();
    if (how === 'restarted') this.#views.clearRunStates();
  }

  /** Re-runs, in order, the cells whose kernel state was lost (offered after an interrupt restart or a death). */
  rebuildKernelState(): void {
    this.kernelMessage = null;
    this.canRebuild = false;
    for (const { cellId, runId, done } of this.#kernel.rebuild()) {
      this.#currentRun.set(cellId, runId);
      this.#views.setRunState(cellId, 'queued');
      void done.finally(() => {
        if (this.#currentRun.get(cellId) === runId) this.#views.setRunState(cellId, undefined);
      });
    }
  }

  /** Restarts the kernel: fresh state, counter back to 1. */
  async restartKernel(): Promise<void> {
    this.kernelMessage = null;
    this.canRebuild = false;
    this.#views.clearRunStates();
    this.#currentRun.clear();
    await this.#kernel.restart();
  }

  /** Saves now (Ctrl+S) instead of waiting for the autosave delay. */
  saveNow(): Promise<void> {
    return this.#autosaver.flush();
  }

  /**
   * For a page that is going away: keeps unsaved changes synchronously, since the save `saveNow`
   * starts is cut off when the page unloads; the next start stores them.
   */
  keepUnsaved(): void {
    if (this.saveState === 'saved') return;
    this.#storage.keepUnsaved(this.id, toStoredIpynb(this.notebook), this.#autosaver.revision);
  }

  /** Saves and records a checkpoint to revert to (Save and Checkpoint, Ctrl+S); true when both worked. */
  async saveCheckpoint(): Promise<boolean> {
    await this.#autosaver.flush();
    if (this.saveState === 'error') return false;
    const checkpoint = await this.#storage.createCheckpoint(this.id);
    this.lastCheckpoint = checkpoint.created;
    return true;
  }

  /** Reads when the latest checkpoint was made, for "Last Checkpoint" beside the title. */
  async loadLastCheckpoint(): Promise<void> {
    const [latest] = await this.#storage.listCheckpoints(this.id);
    this.lastCheckpoint ??= latest?.created ?? null;
  }

  /** Renames the notebook; storage keeps names unique and the `.ipynb` extension. */
  async rename(name: string): Promise<void> {
    const summary = await this.#storage.rename(this.id, name);
    this.name = summary.name;
  }

  /** The notebook as nbformat 4.5 JSON text, as Jupyter writes it (with Quire's kernelspec when it declares none). */
  exportIpynb(): string {
    return serializeIpynb(withKernelMetadata(this.notebook));
  }


  /** Switches the notebook to one of Quire's kernels (Kernel ▸ Change Kernel, Convert): a foreign notebook's own kernelspec is kept aside. */
  setKernel(language: QuireLanguage): void {
    this.#apply((nb) => setQuireKernel(nb, language));
  }

  /** Stops the kernel; the next run starts a fresh one (Kernel ▸ Shutdown). */
  shutdownKernel(): void {
    this.#views.clearRunStates();
    this.#currentRun.clear();
    this.#kernel.shutdown();
  }

  /** Saves pending changes and stops the kernel (Close and Halt). */
  async close(): Promise<void> {
    await this.#autosaver.flush();
    for (const off of this.#unsubscribe) off();
    this.#kernel.shutdown();
  }

  #onStatus(status: KernelStatus): void {
    this.kernelStatus = status;
    if (status === 'dead') {
      this.#views.clearRunStates();
      this.#currentRun.clear();
    }
  }

  /** Drops this tab's version and loads what another tab saved. */
  async reloadFromStorage(): Promise<void> {
    const stored = await this.#storage.get(this.id);
    if (!stored) return;
    this.#replace(stored.content, stored.revision);
    this.name = stored.name;
    this.stale = false;
  }

  /** Saves, then stores a copy named "<name>-Copy1" (File ▸ Make a Copy…); returns its id, or null with `saveError` set. */
  async makeCopy(): Promise<string | null> {
    await this.#autosaver.flush();
    try {
      return (await this.#storage.duplicate(this.id)).id;
    } catch (error) {
      this.saveError = `Could not make a copy: ${messageOf(error)}`;
      return null;
    }
  }

  /** Keeps this tab's version as a new notebook (the stale tab's way out); returns the new id. */
  async saveAsCopy(): Promise<string> {
    const copy = await this.#storage.create(this.name.replace(/\.ipynb$/, '-Copy.ipynb'), toStoredIpynb(this.notebook));
    return copy.id;
  }

  #replace(content: unknown, revision: number): void {
    this.#setNotebook(fromIpynbJson(content).notebook);
    this.#autosaver.rebase(revision);
    this.activeId = this.notebook.cellOrder[0] ?? null;
    this.anchorId = null;
  }

  /** Replaces the notebook with its latest checkpoint (File ▸ Revert to Checkpoint). */
  async revertToCheckpoint(): Promise<boolean> {
    const [latest] = await this.#storage.listCheckpoints(this.id);
    if (!latest) return false;
    await this.#autosaver.flush();
    await this.#storage.restoreCheckpoint(this.id, latest.id);
    const stored = await this.#storage.get(this.id);
    if (!stored) return false;
    this.#replace(stored.content, stored.revision);
    return true;
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
        this.#onStatus(event.status);
        return;
      case 'execute_input':
        if (!this.#isCurrent(event.cellId, event.runId)) return;
        this.#views.setRunState(event.cellId, 'running');
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
        if (!this.#isCurrent(event.cellId, event.runId)) return;
        this.#views.setRunState(event.cellId, undefined);
        if (event.provenance) {
          const provenance = { ...event.provenance };
          this.#apply((nb) => recordProvenance(nb, event.cellId, provenance));
        }
        return;
      default: {
        const never: never = event;
        return never;
      }
    }
  }
}
