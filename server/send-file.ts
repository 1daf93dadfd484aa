/** Sends one file: precompressed variant, ETag/Last-Modified validation, HEAD and a single Range. */
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { assertNever } from './assert-never.ts';
import { parseByteRange } from './byte-range.ts';
import { contentTypeFor, isCompressible } from './content-types.ts';
import { acceptedEncodings, type Encoding } from './encodings.ts';
import type { FoundFile } from './file-lookup.ts';
import { BASE_HEADERS, cacheControlFor, cspFor } from './headers.ts';
import type { LookupCache } from './lookup-cache.ts';

interface Variant {
  encoding: Encoding;
  file: FoundFile;
}

/** Answers a GET or HEAD for `file`, served as `relative` (which decides type, policy and caching). */
export async function sendFile(req: IncomingMessage, res: ServerResponse, cache: LookupCache, relative: string, file: FoundFile): Promise<void> {
  const compressible = isCompressible(relative);
  // A range addresses the identity bytes, so ranged requests never get a compressed body.
  const variant = compressible && !req.headers.range ? await pickVariant(cache, file, req.headers['accept-encoding']) : null;
  const body = variant?.file ?? file;
  const etag = `"${body.stats.size.toString(16)}-${Math.floor(body.stats.mtimeMs).toString(16)}${variant ? `-${variant.encoding.name}` : ''}"`;
  const headers: OutgoingHttpHeaders = {
    ...BASE_HEADERS,
    'content-security-policy': cspFor(relative),
    'cache-control': cacheControlFor(relative),
    'content-type': contentTypeFor(relative),
    etag,
    'last-modified': file.stats.mtime.toUTCString(),
  };
  if (compressible) headers.vary = 'Accept-Encoding';
  if (variant) headers['content-encoding'] = variant.encoding.name;
  else headers['accept-ranges'] = 'bytes';

  if (notModified(req, etag, file.stats.mtime)) {
    res.writeHead(304, headers).end();
    return;
  }

  const size = body.stats.size;
  let start = 0;
  let end = size - 1;
  let status = 200;
  if (!variant && ifRangeHolds(req, etag, file.stats.mtime)) {
    const range = parseByteRange(req.headers.range, size);
    switch (range.kind) {
      case 'whole':
        break;
      case 'unsatisfiable':
        res.writeHead(416, { ...headers, 'content-range': `bytes */${size}`, 'content-length': 0 }).end();
        return;
      case 'range':
        ({ start, end } = range);
        status = 206;
        headers['content-range'] = `bytes ${start}-${end}/${size}`;
        break;
      default:
        return assertNever(range);
    }
  }
  const length = Math.max(0, end - start + 1);
  headers['content-length'] = length;
  const whole = req.method === 'HEAD' || length === 0 ? null : await cache.body(body);
  if (whole && whole.length === size) {
    res.writeHead(status, headers).end(whole.subarray(start, end + 1));
    return;
  }
  res.writeHead(status, headers);
  if (req.method === 'HEAD' || length === 0) {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(body.path, { start, end }), res);
  } catch {
    // The client went away or the file vanished mid-read; the socket is already torn down.
    res.destroy();
  }
}

/** The first accepted precompressed sibling (`x.js.br`, `x.js.gz`) that is inside the root and not older than the file. */
async function pickVariant(cache: LookupCache, file: FoundFile, acceptEncoding: string | undefined): Promise<Variant | null> {
  for (const encoding of acceptedEncodings(acceptEncoding)) {
    const found = await cache.find(file.path + encoding.suffix);
    if (found && found.stats.mtimeMs >= file.stats.mtimeMs) return { encoding, file: found };
  }
  return null;
}

/** RFC 9110 §13.2.2: If-None-Match (weak comparison) wins over If-Modified-Since. */
function notModified(req: IncomingMessage, etag: string, mtime: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  return !Number.isNaN(since) && Math.floor(mtime.getTime() / 1000) <= Math.floor(since / 1000);
}

/** If-Range: the range applies only when the validator still matches (strong ETag or exact date). */
function ifRangeHolds(req: IncomingMessage, etag: string, mtime: Date): boolean {
  const ifRange = req.headers['if-range'];
  if (typeof ifRange !== 'string') return ifRange === undefined;
  if (ifRange.startsWith('"')) return ifRange === etag;
  return Date.parse(ifRange) === Math.floor(mtime.getTime() / 1000) * 1000;
}
