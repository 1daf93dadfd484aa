import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseOptions, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const config = createRequire(import.meta.url)(`${ROOT}.dependency-cruiser.cjs`) as { forbidden: IForbiddenRuleType[]; options: ICruiseOptions };

/** Cruises src/, worker/ and server/ under `baseDir` with the project's rules. */
async function cruiseTree(baseDir: string): Promise<ICruiseResult> {
  const result = await cruise(['src', 'worker', 'server'], { ...config.options, baseDir, validate: true, ruleSet: { forbidden: config.forbidden } });
  if (typeof result.output === 'string') throw new Error('dependency-cruiser returned text, expected a result object');
  return result.output;
}

/** One line per violation: "rule: from → to", sorted, so a failure reads as a list. */
function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to.replace(/^(\.\.\/)+/, '')}`).sort();
}

describe('import rules of DESIGN.md', () => {
  it('hold in src/, worker/ and server/', { timeout: 120_000 }, async () => {
    const result = await cruiseTree(ROOT);
    const sources = result.modules.map((module) => module.source);
    // The cruise must really have seen the code (including Svelte components), or passing means nothing.
    expect(sources).toContain('src/model/operations.ts');
    expect(sources).toContain('src/ipynb/index.ts');
    expect(sources.some((source) => /^src\/components\/.+\.svelte$/.test(source))).toBe(true);
    expect(sources.some((source) => source.startsWith('worker/'))).toBe(true);
    expect(sources.some((source) => source.startsWith('server/'))).toBe(true);
    expect(violations(result)).toEqual([]);
  });

  it('catch each kind of violation in a tree built to break them', { timeout: 60_000 }, async () => {
    const result = await cruiseTree(fileURLToPath(new URL('../fixtures/architecture/', import.meta.url)));
    expect(violations(result)).toEqual([
      'components-import-store-render-editor: src/components/View.ts → src/storage/db.ts',
      'components-model-types-only: src/components/View.ts → src/model/types.ts',
      'data-imports-numeric: worker/data/frame.ts → worker/runtime.ts',
      'export-imports-model-ipynb-render: src/export/exporter.ts → src/store/thing.ts',
      'idb-in-storage-only: src/render/renderer.ts → node_modules/idb/build/index.cjs',
      'ipynb-imports-model: src/ipynb/index.ts → src/storage/db.ts',
      'ipynb-no-runtime-packages: src/ipynb/index.ts → node_modules/comlink/dist/umd/comlink.js',
      'kernel-imports-protocol: src/kernel/client.ts → worker/runtime.ts',
      'kernel-protocol-types-only: src/kernel/bad-client.ts → worker/protocol.ts',
      'model-imports-nothing: src/model/notebook.ts → src/store/thing.ts',
      'model-no-runtime-packages: src/model/pure.ts → fs',
      'numeric-is-a-leaf: worker/numeric/leaf.ts → worker/data/frame.ts',
      'protocol-from-kernel-only: src/editor/completion.ts → worker/protocol.ts',
      'render-no-store-storage-kernel: src/render/renderer.ts → src/kernel/client.ts',
      'server-imports-node-and-runtime-deps: server/main.ts → src/ipynb/index.ts',
      'storage-imports-model-types: src/storage/cache.ts → src/store/thing.ts',
      'storage-model-types-only: src/storage/db.ts → src/model/types.ts',
      'storage-packages-idb-only: src/storage/db.ts → node_modules/comlink/dist/umd/comlink.js',
      'store-imports-model-ipynb-storage-kernel: src/store/thing.ts → src/render/renderer.ts',
      'worker-imports-its-own: worker/runtime.ts → src/model/types.ts',
    ]);
  });

  it('name every rule in the config once, and the broken tree breaks every rule', async () => {
    const names = config.forbidden.map((rule) => rule.name);
    expect(new Set(names).size).toBe(names.length);
    const broken = new Set((await cruiseTree(fileURLToPath(new URL('../fixtures/architecture/', import.meta.url)))).summary.violations.map((v) => v.rule.name));
    expect(names.filter((name) => !broken.has(name ?? ''))).toEqual([]);
  });
});
