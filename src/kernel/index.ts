/** The kernel client: the only code on the page that talks to the kernel worker. */
export { createKernelClient } from './kernel-client.ts';
export type { ExecuteHandle, ExecuteInput, KernelClient, KernelClientOptions, KernelNotice } from './types.ts';
export type {
  CompletionResult,
  FileHost,
  ExecuteStatus,
  InspectResult,
  KernelEvent,
  KernelInfo,
  KernelStatus,
} from '../../worker/protocol.ts';
