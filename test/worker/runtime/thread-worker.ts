/**
 * Runs the kernel in a Node worker thread and presents it as a DOM `Worker` (message/error
 * events, postMessage, terminate), so the page client can be tested against a real thread.
 */
import { Worker as ThreadWorker } from 'node:worker_threads';

type Listener = (event: { data?: unknown; message?: string; preventDefault(): void }) => void;

/** Starts `kernel-thread.ts` (tsx registered by `thread-boot.mjs`) and adapts it to the DOM Worker shape. */
export function spawnThreadKernel(): Worker {
  const thread = new ThreadWorker(new URL('./thread-boot.mjs', import.meta.url), {
    workerData: { entry: new URL('./kernel-thread.ts', import.meta.url).href },
  });
  const wrapped = new Map<Listener, (value: unknown) => void>();
  const adapter = {
    postMessage(message: unknown, transfer?: Transferable[]) {
      thread.postMessage(message, transfer as never);
    },
    addEventListener(type: string, listener: Listener) {
      const handler =
        type === 'error'
          ? (error: unknown) => listener({ message: error instanceof Error ? error.message : String(error), preventDefault() {} })
          : (data: unknown) => listener({ data, preventDefault() {} });
      wrapped.set(listener, handler);
      thread.on(type === 'error' ? 'error' : 'message', handler);
    },
    removeEventListener(type: string, listener: Listener) {
      const handler = wrapped.get(listener);
      if (handler) thread.off(type === 'error' ? 'error' : 'message', handler);
    },
    terminate() {
      void thread.terminate();
    },
    /** Test hook: the thread itself (to simulate a crash). */
    thread,
  };
  return adapter as unknown as Worker;
}
