/** Puts the numeric API (WASM core plus its TypeScript facades) and the data API (Series, DataFrame, readers) into a session's scope. */
import { bindData } from '../data/index.ts';
import { dataDocs } from '../data/docs.ts';
import { bundleValue } from '../data/progress.ts';
import { instantiateCore } from '../numeric/core.ts';
import { createNumericGlobals, numericDocs } from '../numeric/index.ts';
import { buildHash } from './provenance.ts';
import type { Session } from './session.ts';

/** Every documented kernel global and member (numeric and data), for inspect and the API reference. */
export const kernelDocs: Record<string, { signature: string; doc: string }> = { ...numericDocs, ...dataDocs };

/**
 * Instantiates core.wasm from its bytes and adds `special`, `random`, `Series`, `DataFrame`,
 * `readCsv`, `plot`, … with docs; the session learns the core's build hash and follows
 * `random.seed` for provenance.
 */
export async function addNumericGlobals(session: Session, wasm: BufferSource): Promise<void> {
  const [core, hash] = await Promise.all([instantiateCore(wasm), buildHash(wasm)]);
  const display = (value: unknown): void => session.display(value);
  const numeric = createNumericGlobals(core, display);
  let lastSeed: number | number[] | undefined;
  const { random } = numeric;
  const seed = random.seed.bind(random);
  random.seed = (s?: number | ArrayLike<number>) => {
    seed(s);
    lastSeed = s === undefined || s === null ? undefined : typeof s === 'number' ? s : Array.from(s);
  };
  const progress = (bundle: Record<string, string>, id: string, update: boolean): void => session.display(bundleValue(bundle), { id, update });
  session.addGlobals({ ...numeric, ...bindData(display, numeric.sum, progress) }, kernelDocs);
  session.setCoreFacts({ core: hash, seed: () => lastSeed });
}
