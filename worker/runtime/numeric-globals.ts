/** Puts the numeric API (WASM core plus its TypeScript facades) into a session's scope. */
import { instantiateCore } from '../numeric/core.ts';
import { createNumericGlobals, numericDocs } from '../numeric/index.ts';
import { buildHash } from './provenance.ts';
import type { Session } from './session.ts';

/**
 * Instantiates core.wasm from its bytes and adds `special`, `random`, `Series`, `plot`, … with
 * docs; the session learns the core's build hash and follows `random.seed` for provenance.
 */
export async function addNumericGlobals(session: Session, wasm: BufferSource): Promise<void> {
  const [core, hash] = await Promise.all([instantiateCore(wasm), buildHash(wasm)]);
  const globals = createNumericGlobals(core, (value) => session.display(value));
  let lastSeed: number | number[] | undefined;
  const { random } = globals;
  const seed = random.seed.bind(random);
  random.seed = (s?: number | ArrayLike<number>) => {
    seed(s);
    lastSeed = s === undefined || s === null ? undefined : typeof s === 'number' ? s : Array.from(s);
  };
  session.addGlobals({ ...globals }, numericDocs);
  session.setCoreFacts({ core: hash, seed: () => lastSeed });
}
