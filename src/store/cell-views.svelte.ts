/**
 * Per-cell view state for one open notebook. The cell value, its run state and its place in the
 * selection are signals of their own, so a keystroke (a new value of one cell) or a move of the
 * selection re-renders the cells concerned, not every cell of the notebook.
 */
import type { Cell, Notebook } from '../model/types.ts';

/** Whether a code cell waits in the kernel's queue or runs now. */
export type CellRunState = 'queued' | 'running';

/** One cell as the view shows it. */
export class CellView {
  cell: Cell = $state.raw() as Cell;
  runState = $state<CellRunState | undefined>(undefined);
  active = $state(false);
  selected = $state(false);
  /** A message shown with the cell and never saved (e.g. why a foreign-language cell did not run). */
  notice = $state<string | undefined>(undefined);

  constructor(cell: Cell) {
    this.cell = cell;
  }
}

/** The views of every cell, updated only where something changed. */
export class CellViews {
  readonly #views = new Map<string, CellView>();
  /** The cells whose views show them selected, and the one shown active. */
  #selected = new Set<string>();
  #active: string | null = null;

  /** The view of cell `id`, or undefined when the notebook has no such cell. */
  get(id: string): CellView | undefined {
    return this.#views.get(id);
  }

  /** Follows a new notebook value: new views for new cells, new values for changed ones, none for removed ones. */
  update(previous: Notebook | undefined, next: Notebook): void {
    if (next.cells !== previous?.cells) {
      for (const [id, cell] of next.cells) {
        const view = this.#views.get(id);
        if (!view) this.#views.set(id, this.#newView(id, cell));
        else if (view.cell !== cell) view.cell = cell;
      }
    }
    if (next.cellOrder !== previous?.cellOrder) {
      for (const id of this.#views.keys()) if (!next.cells.has(id)) this.#views.delete(id);
    }
  }

  /** Shows `selectedIds` selected and `activeId` active, touching only the views whose flags change. */
  select(selectedIds: readonly string[], activeId: string | null): void {
    const selected = new Set(selectedIds);
    for (const id of this.#selected) if (!selected.has(id)) this.#setFlag(id, 'selected', false);
    for (const id of selected) if (!this.#selected.has(id)) this.#setFlag(id, 'selected', true);
    this.#selected = selected;
    if (activeId === this.#active) return;
    if (this.#active !== null) this.#setFlag(this.#active, 'active', false);
    if (activeId !== null) this.#setFlag(activeId, 'active', true);
    this.#active = activeId;
  }

  /** Sets (or clears, with undefined) the run state of cell `id`. */
  setRunState(id: string, state: CellRunState | undefined): void {
    const view = this.#views.get(id);
    if (view) view.runState = state;
  }

  /** Shows (or clears, with undefined) a notice on cell `id`. */
  setNotice(id: string, notice: string | undefined): void {
    const view = this.#views.get(id);
    if (view) view.notice = notice;
  }

  /** Clears every run state (the kernel restarted, died or was shut down). */
  clearRunStates(): void {
    for (const view of this.#views.values()) view.runState = undefined;
  }

  /** A view for a cell new to the notebook (or back after an undone delete), with its current flags. */
  #newView(id: string, cell: Cell): CellView {
    const view = new CellView(cell);
    view.active = this.#active === id;
    view.selected = this.#selected.has(id);
    return view;
  }

  #setFlag(id: string, flag: 'active' | 'selected', on: boolean): void {
    const view = this.#views.get(id);
    if (view) view[flag] = on;
  }
}
