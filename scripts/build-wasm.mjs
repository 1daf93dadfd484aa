// Compiles the AssemblyScript numeric core (worker/numeric/assembly) to worker/numeric/build/core.wasm.
// Skips the compile when the output is newer than every source file.
import asc from 'assemblyscript/asc';
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const srcDir = 'worker/numeric/assembly';
const outFile = 'worker/numeric/build/core.wasm';

const newestSource = Math.max(...readdirSync(srcDir).map((f) => statSync(join(srcDir, f)).mtimeMs), statSync('scripts/build-wasm.mjs').mtimeMs);
let outTime = 0;
try { outTime = statSync(outFile).mtimeMs; } catch { /* not built yet */ }
if (outTime > newestSource && !process.argv.includes('--force')) process.exit(0);

mkdirSync('worker/numeric/build', { recursive: true });
const { error, stderr } = await asc.main([
  join(srcDir, 'index.ts'),
  '--outFile', outFile,
  '--textFile', outFile.replace(/\.wasm$/, '.wat'),
  '--optimizeLevel', '3',
  '--shrinkLevel', '0',
  '--converge',
  '--noAssert',
  '--runtime', 'minimal',
  '--exportRuntime',
  '--enable', 'simd',
  '--initialMemory', '2',
]);
if (error) {
  console.error(stderr.toString());
  console.error('WASM build failed:', error.message);
  process.exit(1);
}
console.log(`built ${outFile}`);
