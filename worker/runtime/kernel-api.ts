/** The comlink-exposed kernel API over one `Session` (the worker entry only exposes this). */
import type { FileHost, KernelApi, KernelEventSink, KernelInitOptions } from '../protocol.ts';
import { setFileAccess } from '../data/file-access.ts';
import { KERNEL_INFO } from './kernel-info.ts';
import { Session } from './session.ts';

/** Environment hooks: how the numeric API is loaded and where uncaught errors come from. */
export interface KernelApiDeps {
  /** Adds the numeric globals to a new session (e.g. instantiates the WASM core). */
  loadGlobals?(session: Session, options: KernelInitOptions): Promise<void>;
  /** Subscribes `report` to this realm's uncaught errors and unhandled rejections. */
  onUncaught?(report: (error: unknown) => void): void;
}

/**
 * How events reach the page: on the BroadcastChannel the page named, when it named one (the page
 * receives those without Chromium's after-input deferral of worker messages), else through `sink`.
 */
function eventSender(sink: KernelEventSink, channelName: string | undefined): KernelEventSink {
  if (channelName !== undefined && typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(channelName);
    return (events) => channel.postMessage(events);
  }
  // A comlink proxy returns a promise; a closed page must not become an unhandled rejection.
  return (events) => void Promise.resolve(sink(events)).catch(() => undefined);
}

/** Creates the API; the session starts with `init`. */
export function createKernelApi(deps: KernelApiDeps = {}): KernelApi {
  let session: Session | null = null;
  const need = (): Session => {
    if (!session) throw new Error('kernel not initialised: call init first');
    return session;
  };
  return {
    async init(sink: KernelEventSink, options: KernelInitOptions, files?: FileHost) {
      if (files) setFileAccess(files);
      const send = eventSender(sink, options.eventChannel);
      const created = new Session({ sink: send, interruptFlag: options.interruptBuffer ? new Int32Array(options.interruptBuffer) : null });
      session = created;
      deps.onUncaught?.((error) => created.reportUncaught(error));
      try {
        await deps.loadGlobals?.(created, options);
      } catch (error) {
        created.noticeNextRun(`The numeric API could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      }
      return KERNEL_INFO;
    },
    async execute(request) {
      await need().execute(request);
    },
    async complete(code, cursor) {
      return need().complete(code, cursor);
    },
    async inspect(code, cursor) {
      return need().inspect(code, cursor);
    },
    async interrupt(executionNumber) {
      session?.interrupt(executionNumber);
    },
    async ping() {},
  };
}
