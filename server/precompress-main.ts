/** `node build/server/precompress-main.js [dir]`: the post-build step writing .br/.gz next to dist/'s files. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressDir } from './precompress.ts';

const dir = process.argv[2] ? resolve(process.argv[2]) : join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist');
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

precompressDir(dir).then(
  (r) => console.log(`precompressed ${r.files} files in ${dir}: ${kib(r.bytes)} → brotli ${kib(r.brotliBytes)}, gzip ${kib(r.gzipBytes)}`),
  (error: unknown) => {
    console.error(`precompress failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
