/** A kernel in a Node worker thread: the real runtime exposed with comlink, as the Web Worker does. */
import { parentPort } from 'node:worker_threads';
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { createKernelApi } from '../../../worker/runtime/kernel-api.ts';

if (!parentPort) throw new Error('kernel-thread must run in a worker thread');

expose(
  createKernelApi({
    onUncaught(report) {
      process.on('uncaughtException', report);
      process.on('unhandledRejection', report);
    },
  }),
  nodeEndpoint(parentPort),
);
