/** Writes `.br` and `.gz` siblings of a build's text files once, so the server never compresses per request. */
import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import { assertNever } from './assert-never.ts';
import { isCompressible } from './content-types.ts';
import { ENCODINGS, type Encoding } from './encodings.ts';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** Files smaller than this gain less than a TCP packet. */
const MIN_SIZE = 1024;
/** A variant is kept only when it saves at least this fraction. */
const MIN_SAVING = 0.1;

/** What a precompress run did. */
export interface PrecompressReport {
  /** Compressible files considered. */
  files: number;
  /** Their total size in bytes. */
  bytes: number;
  /** Total size of the brotli variants now present. */
  brotliBytes: number;
  /** Total size of the gzip variants now present. */
  gzipBytes: number;
}

/** Compresses every compressible file of at least 1 KiB under `dir` (skipping variants that are already current). */
export async function precompressDir(dir: string): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, bytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && !ENCODINGS.some((enc) => e.name.endsWith(enc.suffix)) && isCompressible(e.name))
    .map((e) => join(e.parentPath, e.name));
  for (const file of files) {
    const stats = statSync(file);
    if (stats.size < MIN_SIZE) continue;
    report.files++;
    report.bytes += stats.size;
    let source: Buffer | null = null;
    for (const encoding of ENCODINGS) {
      const target = file + encoding.suffix;
      const existing = statSync(target, { throwIfNoEntry: false });
      let size = existing && existing.mtimeMs >= stats.mtimeMs ? existing.size : -1;
      if (size < 0) {
        source ??= await readFile(file);
        const packed = await compress(encoding, source);
        if (packed.length <= source.length * (1 - MIN_SAVING)) {
          await writeFile(target, packed);
          size = packed.length;
        } else {
          await rm(target, { force: true });
          size = 0;
        }
      }
      if (encoding.name === 'br') report.brotliBytes += size;
      else report.gzipBytes += size;
    }
  }
  return report;
}

// Brotli's top quality costs about 2.5 s per MB; on DuckDB's 34 MB WebAssembly that was 85 s of
// every build for 12% fewer bytes than quality 9 (5.2 against 5.9 MB), so files this large get quality 9.
const LARGE_FILE = 8 * 1024 * 1024;

function compress(encoding: Encoding, data: Buffer): Promise<Buffer> {
  switch (encoding.name) {
    case 'br':
      return brotli(data, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: data.length >= LARGE_FILE ? 9 : constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
        },
      });
    case 'gzip':
      return gz(data, { level: constants.Z_BEST_COMPRESSION });
    default:
      return assertNever(encoding.name);
  }
}
