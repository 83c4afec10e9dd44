// The extension's toolbar icon, drawn in code so the repository holds no binary: a speech
// bubble with a wavy underline, rendered with 4×4 supersampling and written as a PNG.
import { Buffer } from 'node:buffer';
import { deflateSync } from 'node:zlib';

const BUBBLE = [0x0b, 0x5d, 0x3b];
const WAVE = [0xff, 0xb3, 0x80];

/** Coverage of the shape at (x, y) in a unit square: 0 outside, 1 inside. */
function shape(x, y) {
  // Rounded bubble body, plus a small tail at the bottom left.
  const r = 0.2;
  const [l, t, rt, b] = [0.06, 0.1, 0.94, 0.78];
  const cx = Math.min(Math.max(x, l + r), rt - r);
  const cy = Math.min(Math.max(y, t + r), b - r);
  const inBody = (x - cx) ** 2 + (y - cy) ** 2 <= r * r && x >= l && x <= rt && y >= t && y <= b;
  const inTail = y >= b - 0.02 && y <= 0.95 && x >= 0.18 && x <= 0.18 + (0.95 - y) * 0.9 && x <= 0.42;
  if (!inBody && !inTail) return null;
  // A wavy line across the bubble, as under a flagged phrase.
  const wave = 0.5 + 0.06 * Math.sin((x - 0.16) * Math.PI * 5);
  const inWave = x >= 0.2 && x <= 0.8 && Math.abs(y - wave) <= 0.055;
  return inWave ? WAVE : BUBBLE;
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type, data) {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A size×size RGBA PNG of the icon. */
export function iconPng(size) {
  const S = 4;
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shape((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      if (a > 0) row.set([r / a, g / a, b / a, (255 * a) / (S * S)].map(Math.round), 1 + px * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
