/** Kernel worker entry: exposes the kernel API with comlink, nothing else. */
import { expose } from 'comlink';
import { createKernelApi } from './runtime/kernel-api.ts';
import { workerHooks } from './runtime/worker-hooks.ts';

expose(createKernelApi(workerHooks()));
