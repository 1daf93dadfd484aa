/** The kernel round-trip measurement shared by the Node and the in-page benchmarks. */
import type { KernelClient } from '../src/kernel/index.ts';

/**
 * Times `runs` executions of `1+1` through `client`, from the request to the execute_result
 * arriving on the calling thread, after 50 warm-ups. Returns the times sorted, in ms.
 */
export async function timeRoundTrips(client: KernelClient, runs: number): Promise<number[]> {
  let resultAt = 0;
  client.onEvents((events) => {
    if (events.some((e) => e.type === 'output' && e.output.output_type === 'execute_result')) resultAt = performance.now();
  });
  for (let i = 0; i < 50; i++) await client.execute({ cellId: 'bench', source: '1+1' }).done;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await client.execute({ cellId: 'bench', source: '1+1' }).done;
    times.push(resultAt - start);
  }
  return times.sort((a, b) => a - b);
}
