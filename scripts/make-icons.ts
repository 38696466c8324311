// Draws the extension icons (public/icon/{16,32,48,128}.png) with no dependency: shapes as signed
// distance functions, 4x4 supersampling for anti-aliasing, PNG written with node:zlib.
// Run: npx tsx scripts/make-icons.ts (the PNGs are committed; rerun only to change the design).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

const SIZES = [16, 32, 48, 128] as const;
const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SAMPLES = 4;

const INDIGO_TOP: RGBA = [99, 102, 241, 255];
const INDIGO_BOTTOM: RGBA = [55, 48, 163, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GLASS: RGBA = [255, 255, 255, 70];
const AMBER: RGBA = [251, 191, 36, 255];

// Geometry in unit coordinates (0..1 across the icon).
const LENS = { x: 0.43, y: 0.43, r: 0.22, ring: 0.075 };
const HANDLE = { x0: 0.6, y0: 0.6, x1: 0.8, y1: 0.8, half: 0.055 };

function roundedSquare(x: number, y: number): number {
  const half = 0.5, radius = 0.22;
  const qx = Math.abs(x - 0.5) - (half - radius);
  const qy = Math.abs(y - 0.5) - (half - radius);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

function segment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

function over(dst: RGBA, src: RGBA): RGBA {
  const a = src[3] / 255, b = dst[3] / 255, out = a + b * (1 - a);
  if (out === 0) return [0, 0, 0, 0];
  const mix = (i: number) => (src[i]! * a + dst[i]! * b * (1 - a)) / out;
  return [mix(0), mix(1), mix(2), out * 255];
}

/** Colour of one sample point: background square, glass, a rising "impact" mark, ring, handle. */
function sample(x: number, y: number): RGBA {
  let c: RGBA = [0, 0, 0, 0];
  if (roundedSquare(x, y) > 0) return c;
  c = INDIGO_TOP.map((v, i) => v + (INDIGO_BOTTOM[i]! - v) * y) as RGBA; // vertical gradient
  const d = Math.hypot(x - LENS.x, y - LENS.y);
  if (d < LENS.r) c = over(c, GLASS);
  // An upward stroke inside the glass: action -> impact.
  if (segment(x, y, 0.33, 0.51, 0.52, 0.34) < 0.04 && d < LENS.r) c = over(c, AMBER);
  if (Math.abs(d - LENS.r) < LENS.ring / 2) c = over(c, WHITE);
  if (segment(x, y, HANDLE.x0, HANDLE.y0, HANDLE.x1, HANDLE.y1) < HANDLE.half) c = over(c, WHITE);
  return c;
}

function render(size: number): Buffer {
  const rows: Buffer[] = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (None), then RGBA pixels
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = sample((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          // Premultiplied accumulation so transparent samples do not darken the edges.
          r += s[0] * s[3]; g += s[1] * s[3]; b += s[2] * s[3]; a += s[3];
        }
      }
      const n = SAMPLES * SAMPLES, o = 1 + px * 4;
      row[o] = a ? Math.round(r / a) : 0;
      row[o + 1] = a ? Math.round(g / a) : 0;
      row[o + 2] = a ? Math.round(b / a) : 0;
      row[o + 3] = Math.round(a / n);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(width: number, height: number, raw: Buffer): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `${size}.png`);
  writeFileSync(file, render(size));
  console.log(file);
}
