/**
 * The import rules of DESIGN.md ("Imports allowed"), checked by test/architecture/import-rules.test.ts
 * and usable from the command line: npx depcruise src worker server --config .dependency-cruiser.cjs
 *
 * Layers named in DESIGN.md may only import the layers it lists for them. Folders it does not
 * name (src/sw, src/demos, src/styles) are not restricted, and main.ts / App.svelte are the
 * composition root, free to wire everything.
 */

/** A rule that forbids `from` to import anything outside `allowed` (its own folder included). */
function onlyImports(name, comment, from, allowed) {
  return { name, comment, severity: 'error', from: { path: from }, to: { path: '^(src|worker|server)/', pathNot: allowed } };
}

module.exports = {
  forbidden: [
    onlyImports('model-imports-nothing', 'src/model imports no other folder of the project, not even types.', '^src/model/', '^src/model/'),
    {
      name: 'model-no-runtime-packages',
      comment: 'src/model is pure: no package or Node built-in at run time (type-only nbformat types are fine).',
      severity: 'error',
      from: { path: '^src/model/' },
      to: { pathNot: '^(src|worker|server)/', dependencyTypesNot: ['type-only'] },
    },
    onlyImports('ipynb-imports-model', 'src/ipynb (the format boundary) builds on src/model only.', '^src/ipynb/', '^src/(ipynb|model)/'),
    {
      name: 'ipynb-no-runtime-packages',
      comment: 'src/ipynb runs in Node tests and the page alike: no packages at run time.',
      severity: 'error',
      from: { path: '^src/ipynb/' },
      to: { dependencyTypes: ['npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'core'], dependencyTypesNot: ['type-only'] },
    },
    onlyImports(
      'store-imports-model-ipynb-storage-kernel',
      'src/store applies operations: model, ipynb, storage, kernel (not views, renderers or the worker).',
      '^src/store/',
      '^src/(store|model|ipynb|storage|kernel|demos|sw)/',
    ),
    {
      name: 'components-import-store-render-editor',
      comment: 'src/components show state and call the store; they may name the document types, nothing else of the model, and load the exporters.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^(src|worker|server)/', pathNot: ['^src/(components|store|render|editor|export|sw|styles)/', '^src/model/types\\.ts$'] },
    },
    onlyImports(
      'export-imports-model-ipynb-render',
      'src/export turns a notebook value into files for other tools: model, ipynb (formats) and render (the same drawing as the app).',
      '^src/export/',
      '^src/(export|model|ipynb|render)/',
    ),
    {
      name: 'components-model-types-only',
      comment: 'src/components may import the document types from src/model/types.ts, never operations.',
      severity: 'error',
      from: { path: '^src/components/' },
      to: { path: '^src/model/', dependencyTypesNot: ['type-only'] },
    },
    onlyImports('kernel-imports-protocol', 'src/kernel talks to the worker through worker/protocol.ts only.', '^src/kernel/', ['^src/kernel/', '^worker/protocol\\.ts$']),
    {
      name: 'kernel-protocol-types-only',
      comment: 'worker/protocol.ts is a type-only contract: import it with `import type`.',
      severity: 'error',
      from: { path: '^src/' },
      to: { path: '^worker/protocol\\.ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'protocol-from-kernel-only',
      comment: 'Only src/kernel knows the worker protocol.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/kernel/' },
      to: { path: '^worker/' },
    },
    onlyImports('worker-imports-its-own', 'worker/ runs user code and never imports the page (src/) or the server.', '^worker/', '^worker/'),
    onlyImports(
      'numeric-is-a-leaf',
      'worker/numeric (the WASM core and its facades) imports nothing else of the project but the runtime MIME symbol; worker/data builds on it, not the other way round.',
      '^worker/numeric/',
      ['^worker/numeric/', '^worker/runtime/mime\\.ts$'],
    ),
    onlyImports(
      'data-imports-numeric',
      'worker/data (frames, readers, writers) builds on worker/numeric and the runtime MIME symbol only.',
      '^worker/data/',
      ['^worker/(data|numeric)/', '^worker/runtime/mime\\.ts$'],
    ),
    {
      name: 'server-imports-node-and-runtime-deps',
      comment: 'server/ uses Node built-ins and its static-file library (a runtime dependency) only.',
      severity: 'error',
      from: { path: '^server/' },
      to: { pathNot: '^server/', dependencyTypesNot: ['core', 'npm'] },
    },
    onlyImports('storage-imports-model-types', 'src/storage knows IndexedDB (through idb) and the model types, nothing else.', '^src/storage/', ['^src/storage/', '^src/model/types\\.ts$']),
    {
      name: 'storage-model-types-only',
      comment: 'src/storage may import the document types, never operations.',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: '^src/model/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'storage-packages-idb-only',
      comment: 'src/storage uses idb and no other package.',
      severity: 'error',
      from: { path: '^src/storage/' },
      to: { path: 'node_modules/', pathNot: 'node_modules/idb/' },
    },
    {
      name: 'idb-in-storage-only',
      comment: 'Only src/storage knows IndexedDB.',
      severity: 'error',
      from: { path: '^(src|worker)/', pathNot: '^src/storage/' },
      to: { path: 'node_modules/idb/' },
    },
    {
      name: 'render-no-store-storage-kernel',
      comment: 'src/render turns MIME bundles into DOM; it never reaches the store, storage or the kernel.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^(src/(store|storage|kernel|components)/|worker/|server/)' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^worker/numeric/assembly/' },
    tsPreCompilationDeps: true,
    combinedDependencies: false,
  },
};
