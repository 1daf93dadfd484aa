/** Puts the numeric API (WASM core plus its TypeScript facades) into a session's scope. */
import { instantiateCore } from '../numeric/core.ts';
import { createNumericGlobals, numericDocs } from '../numeric/index.ts';
import type { Session } from './session.ts';

/** Instantiates core.wasm from its bytes and adds `special`, `random`, `Series`, `plot`, … with docs. */
export async function addNumericGlobals(session: Session, wasm: BufferSource): Promise<void> {
  const core = await instantiateCore(wasm);
  session.addGlobals({ ...createNumericGlobals(core, (value) => session.display(value)) }, numericDocs);
}
