/** Choosing a precompressed representation from Accept-Encoding. */

/** A content coding Quire keeps precompressed files for, with the file suffix that holds it. */
export interface Encoding {
  name: 'br' | 'gzip';
  suffix: '.br' | '.gz';
}

/** Preferred first: brotli is smaller than gzip. */
export const ENCODINGS: readonly Encoding[] = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
];

/** The codings the client accepts (q > 0), from the ones Quire has, in Quire's preference order. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  if (!header) return [];
  const quality = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';').map((s) => s.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    quality.set(name, q ? Number(q.slice(2)) : 1);
  }
  return ENCODINGS.filter((e) => (quality.get(e.name) ?? quality.get('*') ?? 0) > 0);
}
