import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { precompressDir } from '../../server/precompress.ts';
import { makeSite, removeDir } from './http-client.ts';

describe('precompressDir', () => {
  it('writes .br and .gz for text files of at least 1 KiB that shrink, and nothing else', async () => {
    const js = `const x = ${JSON.stringify('abc '.repeat(1000))};`;
    const random = randomBytes(4096);
    const dir = makeSite({ 'assets/app-AbCd1234.js': js, 'index.html': 'tiny', 'assets/font-AbCd1234.woff2': random, 'noise.json': random });
    try {
      const report = await precompressDir(dir);
      expect(brotliDecompressSync(readFileSync(join(dir, 'assets/app-AbCd1234.js.br'))).toString()).toBe(js);
      expect(gunzipSync(readFileSync(join(dir, 'assets/app-AbCd1234.js.gz'))).toString()).toBe(js);
      expect(existsSync(join(dir, 'index.html.br'))).toBe(false);
      expect(existsSync(join(dir, 'assets/font-AbCd1234.woff2.br'))).toBe(false);
      expect(existsSync(join(dir, 'noise.json.gz'))).toBe(false);
      expect(report.files).toBe(2);
      expect(report.bytes).toBe(js.length + random.length);

      const before = statSync(join(dir, 'assets/app-AbCd1234.js.br')).mtimeMs;
      await precompressDir(dir);
      expect(statSync(join(dir, 'assets/app-AbCd1234.js.br')).mtimeMs).toBe(before);
      expect(existsSync(join(dir, 'assets/app-AbCd1234.js.br.br'))).toBe(false);
    } finally {
      removeDir(dir);
    }
  });
});
