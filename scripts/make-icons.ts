/**
 * Draws the app icons into public/ (run once with `npx tsx scripts/make-icons.ts`; the PNGs are
 * committed): a white "Q" ring with a tail on Quire's blue, full-bleed so it also works masked.
 */
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BLUE = [0x2f, 0x5d, 0x8a] as const;
const WHITE = [0xff, 0xff, 0xff] as const;

/** Whether the unit-square point (x, y) lies on the glyph: a ring plus a diagonal tail. */
function onGlyph(x: number, y: number): boolean {
  const r = Math.hypot(x - 0.5, y - 0.47);
  const ring = r > 0.17 && r < 0.25;
  // The tail: a thick segment from inside the ring's lower right, outwards.
  const t = ((x - 0.55) * 1 + (y - 0.55) * 1) / 2;
  const px = 0.55 + t;
  const py = 0.55 + t;
  const tail = t > 0 && t < 0.17 && Math.hypot(x - px, y - py) < 0.04;
  return ring || tail;
}

function crc32(bytes: Uint8Array): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** An RGB PNG of the icon at `size` pixels, 4×4 supersampled. */
function png(size: number): Buffer {
  const rows = Buffer.alloc(size * (size * 3 + 1));
  for (let j = 0; j < size; j++) {
    rows[j * (size * 3 + 1)] = 0;
    for (let i = 0; i < size; i++) {
      let hits = 0;
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) if (onGlyph((i + (sx + 0.5) / 4) / size, (j + (sy + 0.5) / 4) / size)) hits++;
      const a = hits / 16;
      for (let c = 0; c < 3; c++) rows[j * (size * 3 + 1) + 1 + i * 3 + c] = Math.round(BLUE[c]! * (1 - a) + WHITE[c]! * a);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())]);
}

for (const size of [192, 512]) writeFileSync(`public/icon-${size}.png`, png(size));
