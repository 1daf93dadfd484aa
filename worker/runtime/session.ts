/**
 * One kernel session: runs cells in the kept global scope, numbers executions, turns console
 * calls, displays, results and errors into nbformat outputs, and honours interrupts.
 */
import type { IMimeBundle } from '@jupyterlab/nbformat';
import type { CompletionResult, ExecuteRequest, ExecuteStatus, InspectResult, KernelEventSink } from '../protocol.ts';
import { expandSqlMagic } from '../sql/sql-magic.ts';
import { runProvenance, type CoreFacts } from './provenance.ts';
import { CellSyntaxError, compileCell } from './compile.ts';
import { createConsole } from './console.ts';
import { EventBatcher, type BatcherOptions } from './event-batcher.ts';
import type { CellHelper } from './helper.ts';
import { InterruptError } from './interrupt-error.ts';
import { createInterruptCheck, type InterruptCheck } from './interrupt-check.ts';
import { complete, inspectAt, type DocTable } from './introspect.ts';
import { html, md, mimeBundleOf, svg, toJsonBundle, type MimeOutput } from './mime.ts';
import { errorOutput, syntaxErrorOutput, wrapCell, type RanCell } from './traceback.ts';

/** How a session is set up. */
export interface SessionOptions {
  sink: KernelEventSink;
  /** Int32 flag: the page writes the execution number of the cell to stop into slot 0. */
  interruptFlag?: Int32Array | null;
  /** The kept scope; the global object, so that sloppy-mode assignments land in it. */
  scope?: Record<string, unknown>;
  /** Built-in modules for `import … from "name"`. */
  modules?: Readonly<Record<string, unknown>>;
  /** Docs for `inspect`, keyed by dotted name. */
  docs?: DocTable;
  batcher?: Partial<BatcherOptions>;
  /** While a cell computes, a status event is sent at least this often (a heartbeat). */
  pulseMs?: number;
}

/** Options of `display(value, options)`. */
export interface DisplayOptions {
  /** Display id, so `updateDisplay(id, value)` can replace the output later. */
  id?: string;
  /** With `id`: replace the existing display instead of adding one. */
  update?: boolean;
  /** Output metadata (e.g. image size). */
  metadata?: IMimeBundle;
  /** `value` already is a MIME bundle. */
  raw?: boolean;
}

interface RunRef {
  runId: string;
  cellId: string;
}

/** `import { special, display } from "quire"` gives the kernel's own globals. */
export const BUILTIN_MODULE = 'quire';

/** Cells kept for mapping tracebacks of functions they defined. */
const KEPT_CELLS = 500;

type CellFunction = (helper: CellHelper) => Promise<unknown[] | undefined>;

/** A running kernel session over one global scope. */
export class Session {
  readonly scope: Record<string, unknown>;
  readonly #batcher: EventBatcher;
  readonly #interrupt: InterruptCheck;
  readonly #modules: Readonly<Record<string, unknown>>;
  readonly #docs: Record<string, { signature: string; doc: string }>;
  readonly #helper: CellHelper;
  readonly #cells = new Map<number, RanCell>();
  readonly #pulseMs: number;
  #count = 0;
  #seq = 0;
  #lastPulse = 0;
  #run: RunRef | null = null;
  #last: RunRef | null = null;
  #stopAwait: ((error: InterruptError) => void) | null = null;
  #notices: string[] = [];
  #coreFacts: CoreFacts | undefined;
  /** Exports of the built-in module "quire": every global the kernel adds. */
  readonly #builtins: Record<string, unknown> = {};

  constructor(options: SessionOptions) {
    this.scope = options.scope ?? (globalThis as unknown as Record<string, unknown>);
    this.#batcher = new EventBatcher(options.sink, options.batcher);
    this.#interrupt = createInterruptCheck(options.interruptFlag ?? null, () => this.#pulse());
    this.#modules = options.modules ?? {};
    this.#docs = { ...options.docs };
    this.#pulseMs = options.pulseMs ?? 1000;
    this.#helper = {
      scope: this.scope,
      declare: (names) => {
        for (const name of names) claimName(this.scope, name);
      },
      c: this.#interrupt.check,
      import: (specifier) => this.#import(specifier),
    };
    this.scope.console = createConsole({
      write: (name, text) => this.#stream(name, text),
      display: (output) => this.#displayOutput(output),
      clear: () => this.clearOutput(),
    });
    this.addGlobals({
      display: (value: unknown, opts?: DisplayOptions) => this.display(value, opts),
      updateDisplay: (id: string, value: unknown, opts?: DisplayOptions) => this.display(value, { ...opts, id, update: true }),
      clearOutput: (wait?: boolean) => this.clearOutput(wait),
      html,
      md,
      svg,
      InterruptError,
    });
  }

  /** Adds globals (and their docs) to the scope, e.g. the numeric API. */
  addGlobals(globals: Readonly<Record<string, unknown>>, docs: DocTable = {}): void {
    Object.assign(this.scope, globals);
    Object.assign(this.#builtins, globals);
    Object.assign(this.#docs, docs);
  }

  /** Tells the session about its numeric core, for each run's provenance. */
  setCoreFacts(facts: CoreFacts): void {
    this.#coreFacts = facts;
  }

  /** Writes `text` to stderr at the start of the next run (e.g. a startup problem). */
  noticeNextRun(text: string): void {
    this.#notices.push(text);
  }

  /** Shows `value` as display_data (or updates the display with `id`). */
  display(value: unknown, options: DisplayOptions = {}): void {
    const target = this.#run ?? this.#last;
    if (!target) return;
    const shown: MimeOutput = options.raw ? { data: toJsonBundle(value as Record<string, unknown>), metadata: {} } : mimeBundleOf(value);
    const metadata = toJsonBundle({ ...shown.metadata, ...options.metadata });
    if (options.update && options.id !== undefined) {
      this.#batcher.push({ type: 'update_display', runId: target.runId, displayId: options.id, data: shown.data, metadata });
      return;
    }
    this.#displayOutput({ data: shown.data, metadata }, options.id);
  }

  /** Clears the running cell's outputs (`wait`: when the next output arrives, as Jupyter does). */
  clearOutput(wait = false): void {
    const target = this.#run ?? this.#last;
    if (target) this.#batcher.push({ type: 'clear_output', runId: target.runId, cellId: target.cellId, wait });
  }

  /** Runs one cell to the end; all its events, `done` last, are flushed before this resolves. */
  async execute(request: ExecuteRequest): Promise<ExecuteStatus> {
    const executionCount = ++this.#count;
    const startedAt = Date.now();
    const started = performance.now();
    const run = { runId: request.runId, cellId: request.cellId };
    this.#run = run;
    this.#last = run;
    this.#interrupt.begin(executionCount);
    this.#batcher.queue({ type: 'status', status: 'busy' });
    this.#batcher.queue({ type: 'execute_input', ...run, executionCount });
    for (const notice of this.#notices.splice(0)) this.#stream('stderr', `${notice}\n`);
    let status: ExecuteStatus = 'ok';
    try {
      const result = await this.#evaluate(request.source, executionCount);
      if (result !== undefined && result[0] !== undefined) {
        const { data, metadata } = mimeBundleOf(result[0]);
        this.#batcher.queue({ type: 'output', ...run, output: { output_type: 'execute_result', execution_count: executionCount, data, metadata } });
      }
    } catch (error) {
      status = 'error';
      const output = error instanceof CellSyntaxError ? syntaxErrorOutput(error, request.source) : errorOutput(error, (seq) => this.#cells.get(seq));
      this.#batcher.queue({ type: 'output', ...run, output });
    } finally {
      this.#run = null;
      this.#stopAwait = null;
      this.#interrupt.end();
    }
    const provenance = runProvenance(this.#coreFacts, startedAt, performance.now() - started);
    this.#batcher.queue({ type: 'done', ...run, status, executionCount, provenance });
    this.#batcher.queue({ type: 'status', status: 'idle' });
    this.#batcher.flush();
    return status;
  }

  /** Stops run number `executionCount` if it is waiting on a promise (busy loops see the shared flag). */
  interrupt(executionCount: number): void {
    if (executionCount === this.#count) this.#stopAwait?.(new InterruptError());
  }

  /** Reports an error thrown outside any cell run (timer, unhandled rejection) on the last cell. */
  reportUncaught(error: unknown): void {
    const target = this.#run ?? this.#last;
    if (!target) return;
    this.#batcher.push({ type: 'output', ...target, output: errorOutput(error, (seq) => this.#cells.get(seq)) });
    this.#batcher.flush();
  }

  /** Completions from the live scope. */
  complete(code: string, cursor: number): CompletionResult {
    return complete(this.scope, code, cursor);
  }

  /** Signature and doc of the name under the cursor. */
  inspect(code: string, cursor: number): InspectResult | null {
    return inspectAt(this.scope, this.#docs, code, cursor);
  }

  /** The cell's result boxed in an array, so a promise result is shown rather than awaited. */
  async #evaluate(source: string, executionCount: number): Promise<unknown[] | undefined> {
    const compiled = compileCell(expandSqlMagic(source), { instrument: true });
    const seq = ++this.#seq;
    this.#cells.set(seq, { executionCount, compiled });
    this.#cells.delete(seq - KEPT_CELLS);
    // Indirect eval: global, sloppy-mode code, so plain assignments create globals.
    const fn = (0, eval)(wrapCell(compiled.body, seq)) as CellFunction;
    const stopped = new Promise<never>((_, reject) => (this.#stopAwait = reject));
    const result = await Promise.race([fn.call(this.scope, this.#helper), stopped]);
    return compiled.hasResult ? result : undefined;
  }

  #pulse(): void {
    const now = performance.now();
    if (now - this.#lastPulse < this.#pulseMs) return;
    this.#lastPulse = now;
    this.#batcher.push({ type: 'status', status: 'busy' });
    this.#batcher.flush();
  }

  async #import(specifier: string): Promise<unknown> {
    if (Object.hasOwn(this.#modules, specifier)) return this.#modules[specifier];
    if (specifier === BUILTIN_MODULE) return { ...this.#builtins };
    return import(/* @vite-ignore */ specifier);
  }

  #stream(name: 'stdout' | 'stderr', text: string): void {
    const target = this.#run ?? this.#last;
    if (target) this.#batcher.stream(target.runId, target.cellId, name, text);
  }

  #displayOutput(output: MimeOutput, displayId?: string): void {
    const target = this.#run ?? this.#last;
    if (!target) return;
    const transient = displayId === undefined ? {} : { transient: { display_id: displayId } };
    this.#batcher.push({ type: 'output', ...target, output: { output_type: 'display_data', data: output.data, metadata: output.metadata, ...transient } });
  }
}

/** Gives `scope` its own writable `name` unless plain assignment would already create or update one. */
function claimName(scope: object, name: string): void {
  const own = Object.getOwnPropertyDescriptor(scope, name);
  if (own ? 'value' in own && own.writable === true : !(name in scope)) return;
  if (own && !own.configurable) return;
  if (!own) {
    let proto: object | null = Object.getPrototypeOf(scope) as object | null;
    let inherited: PropertyDescriptor | undefined;
    while (proto && !inherited) {
      inherited = Object.getOwnPropertyDescriptor(proto, name);
      proto = Object.getPrototypeOf(proto) as object | null;
    }
    if (inherited && 'value' in inherited && inherited.writable) return;
  }
  Object.defineProperty(scope, name, { value: undefined, writable: true, enumerable: true, configurable: true });
}
