// comlink ships node-adapter.d.ts next to node-adapter.mjs; TypeScript looks for .d.mts.
declare module 'comlink/dist/esm/node-adapter.mjs' {
  export { default } from 'comlink/dist/esm/node-adapter';
}
