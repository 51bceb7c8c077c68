// Generates the extension icons (public/icon/<size>.png) without any dependency:
// a deep-teal rounded square with a small white network glyph (nodes joined by lines),
// rasterized with 4x4 supersampling and encoded as RGBA PNG by hand.
//
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';

const SIZES = [16, 32, 48, 96, 128];
const OUT_DIR = new URL('../public/icon/', import.meta.url);
const SUPERSAMPLE = 4;
const BACKGROUND = [0x0f, 0x76, 0x6e]; // #0f766e
const FOREGROUND = [0xff, 0xff, 0xff];

// Glyph in unit coordinates (0..1 across the icon): a triangle of nodes with one more node
// hanging off it, which reads as a small graph. At 16px the four-node glyph turns into a blob,
// so the tiny icon draws the triangle only, snapped to the pixel grid. Icons up to 32px use
// relatively bolder strokes so the glyph survives the downscale.
const NODES = [
  [0.28, 0.29], // top left
  [0.73, 0.39], // right
  [0.34, 0.73], // bottom left
  [0.75, 0.77], // bottom right (leaf)
];
const EDGES = [
  [0, 1],
  [0, 2],
  [1, 2],
  [1, 3],
];

function glyph(size) {
  if (size <= 16) {
    // Node centres on pixel centres, spread out so the triangle's hole stays visible.
    const nodes = [
      [4.5 / 16, 4.5 / 16],
      [12.5 / 16, 6.5 / 16],
      [5.5 / 16, 12.5 / 16],
    ];
    return { nodes, edges: EDGES.slice(0, 3), nodeRadius: 0.125, lineWidth: 0.09 };
  }
  const small = size <= 32;
  return { nodes: NODES, edges: EDGES, nodeRadius: small ? 0.125 : 0.1, lineWidth: small ? 0.1 : 0.065 };
}

const CORNER_RADIUS = 0.22;

/** Signed distance to a rounded square covering the unit square. */
function roundedSquare(x, y, r) {
  const qx = Math.abs(x - 0.5) - (0.5 - r);
  const qy = Math.abs(y - 0.5) - (0.5 - r);
  const outside = Math.hypot(Math.max(qx, 0), Math.max(qy, 0));
  return outside + Math.min(Math.max(qx, qy), 0) - r;
}

function segmentDistance(px, py, [ax, ay], [bx, by]) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function inGlyph(x, y, g) {
  for (const [nx, ny] of g.nodes) if (Math.hypot(x - nx, y - ny) <= g.nodeRadius) return true;
  for (const [a, b] of g.edges) {
    if (segmentDistance(x, y, g.nodes[a], g.nodes[b]) <= g.lineWidth / 2) return true;
  }
  return false;
}

/** Returns RGBA pixels (non-premultiplied) for a size x size icon. */
function render(size) {
  const g = glyph(size);
  const pixels = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let alpha = 0;
      const rgb = [0, 0, 0]; // premultiplied sum
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n) / size;
          const y = (py + (sy + 0.5) / n) / size;
          if (roundedSquare(x, y, CORNER_RADIUS) > 0) continue;
          const color = inGlyph(x, y, g) ? FOREGROUND : BACKGROUND;
          alpha += 1;
          for (let c = 0; c < 3; c++) rgb[c] += color[c];
        }
      }
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[i + c] = alpha ? Math.round(rgb[c] / alpha) : 0;
      pixels[i + 3] = Math.round((alpha / (n * n)) * 255);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    pixels.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = new URL(`${size}.png`, OUT_DIR);
  const png = encodePng(size, render(size));
  writeFileSync(file, png);
  console.log(`wrote public/icon/${size}.png (${png.length} bytes)`);
}
