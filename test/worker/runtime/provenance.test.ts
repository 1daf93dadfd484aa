import { afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { KernelEvent } from '../../../worker/protocol.ts';
import { addNumericGlobals } from '../../../worker/runtime/numeric-globals.ts';
import { createHarness, type Harness } from './session-harness.ts';

const packageVersion = (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
const wasm = readFileSync(new URL('../../../worker/numeric/build/core.wasm', import.meta.url));

let harness: Harness | undefined;
afterEach(() => harness?.close());

const doneOf = (events: KernelEvent[]) => events.find((event) => event.type === 'done');

describe('run provenance', () => {
  it("names Quire's version, the numeric core's build hash, the start and duration, and the seed once one is set", async () => {
    harness = createHarness();
    await addNumericGlobals(harness.session, wasm);
    const before = Date.now();
    const first = doneOf((await harness.run('1 + 1')).events);
    expect(first?.type === 'done' && first.provenance).toMatchObject({
      version: packageVersion,
      core: createHash('sha256').update(wasm).digest('hex').slice(0, 16),
    });
    const provenance = first?.type === 'done' ? first.provenance : undefined;
    expect(provenance?.seed).toBeUndefined();
    expect(Date.parse(provenance?.started ?? '')).toBeGreaterThanOrEqual(before - 1000);
    expect(provenance?.duration_ms).toBeGreaterThanOrEqual(0);

    const seeded = doneOf((await harness.run('random.seed(42); random.randn(3).length')).events);
    expect(seeded?.type === 'done' && seeded.provenance?.seed).toBe(42);
    const array = doneOf((await harness.run('random.seed([1, 2, 3])')).events);
    expect(array?.type === 'done' && array.provenance?.seed).toEqual([1, 2, 3]);
  });

  it('says "none" for the core of a session without the numeric API, and is sent after a failing cell too', async () => {
    harness = createHarness();
    const done = doneOf((await harness.run('throw new Error("x")')).events);
    expect(done?.type === 'done' && done.status).toBe('error');
    expect(done?.type === 'done' && done.provenance?.core).toBe('none');
  });
});
