/** A kernel in a Node worker thread: the real runtime exposed with comlink, as the Web Worker does. */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createKernelApi } from '../../../worker/runtime/kernel-api.ts';
import { addNumericGlobals } from '../../../worker/runtime/numeric-globals.ts';

if (!parentPort) throw new Error('kernel-thread must run in a worker thread');

// Built by `npm run build:wasm` (the unit-test script runs it first).
const WASM = new URL('../../../worker/numeric/build/core.wasm', import.meta.url);

expose(
  createKernelApi({
    async loadGlobals(session) {
      await addNumericGlobals(session, await readFile(WASM));
    },
    onUncaught(report) {
      process.on('uncaughtException', report);
      process.on('unhandledRejection', report);
    },
  }),
  nodeEndpoint(parentPort),
);
