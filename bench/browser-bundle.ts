/**
 * Builds the page-side bench code with Vite's build API into two IIFE scripts: the probe (an init
 * script, before the app on every navigation) and the tools (`QuireBench`, evaluated on demand).
 * Both are evaluated through the DevTools protocol, so the app's CSP does not apply to them.
 */
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import type { Page } from 'playwright-core';

/** The two page-side scripts as JavaScript source. */
export interface BenchScripts {
  probe: string;
  tools: string;
}

async function bundle(entry: string, name: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      lib: { entry: fileURLToPath(new URL(entry, import.meta.url)), name, formats: ['iife'] },
      write: false,
      minify: false,
      target: 'es2022',
    },
  });
  const results = (Array.isArray(output) ? output : [output]) as Rolldown.RolldownOutput[];
  const chunk = results.flatMap((r) => r.output).find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`vite built no chunk for ${entry}`);
  return chunk.code;
}

/** Bundles the probe and the tools. */
export async function buildBenchScripts(): Promise<BenchScripts> {
  return { probe: await bundle('./browser-probe.ts', 'QuireProbe'), tools: await bundle('./browser-tools.ts', 'QuireBench') };
}

/** Evaluates the tools in `page` unless this document already has them. */
export async function injectTools(page: Page, scripts: BenchScripts): Promise<void> {
  if (await page.evaluate(() => 'QuireBench' in globalThis)) return;
  await page.evaluate(scripts.tools);
}
