// Draws the toolbar icon (a speech bubble with three dots on a rounded square) as PNGs.
// Run once when the design changes: `node scripts/make-icons.mjs`; the PNGs are committed.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// Shapes in a unit square; returns the colour at (x, y) or null.
const BLUE = [47, 140, 236];
const WHITE = [255, 255, 255];
function roundedRect(x, y, x0, y0, x1, y1, r) {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= x0 && x <= x1 && y >= y0 && y <= y1;
}
function shade(x, y) {
  if (!roundedRect(x, y, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  const dots = [0.33, 0.5, 0.67].some((dx) => (x - dx) ** 2 + (y - 0.44) ** 2 <= 0.055 ** 2);
  const bubble = roundedRect(x, y, 0.16, 0.2, 0.84, 0.68, 0.14);
  // the bubble's tail, a triangle below its left half
  const tail = y >= 0.66 && y <= 0.84 && x >= 0.28 && x <= 0.46 && x - 0.28 <= (0.84 - y) * 1.0;
  if (dots) return BLUE;
  if (bubble || tail) return WHITE;
  return BLUE;
}

mkdirSync('static/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) {
  const rgba = Buffer.alloc(size * size * 4);
  const samples = 4; // supersampling for smooth edges
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const c = shade((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!c) continue;
          acc[0] += c[0]; acc[1] += c[1]; acc[2] += c[2]; acc[3] += 255;
        }
      }
      const n = samples * samples;
      const covered = acc[3] / 255;
      const i = (py * size + px) * 4;
      rgba[i] = covered ? Math.round(acc[0] / covered) : 0;
      rgba[i + 1] = covered ? Math.round(acc[1] / covered) : 0;
      rgba[i + 2] = covered ? Math.round(acc[2] / covered) : 0;
      rgba[i + 3] = Math.round(acc[3] / n);
    }
  }
  writeFileSync(`static/icons/icon-${size}.png`, png(size, rgba));
}
console.log('icons written to static/icons/');
