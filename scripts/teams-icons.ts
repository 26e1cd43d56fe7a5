/**
 * @module scripts/teams-icons: the Teams app icons, drawn in code and encoded as PNG (RGBA, no
 * dependency): 192x192 colour (white care cross on the accent colour) and 32x32 outline (the same
 * cross in white on a transparent background, as Teams requires).
 */
import { crc32, deflateSync } from 'node:zlib';

export const ACCENT = '#1F6F8B';

type Rgba = [number, number, number, number];

/** True inside a plus sign with rounded ends, for a point in unit coordinates (0..1). */
function inCross(x: number, y: number): boolean {
  const arm = 0.16; // half the width of an arm
  const reach = 0.34; // half the length of an arm
  const cx = Math.abs(x - 0.5);
  const cy = Math.abs(y - 0.5);
  return (cx <= arm && cy <= reach) || (cy <= arm && cx <= reach);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body) >>> 0);
  return Buffer.concat([length, body, crc]);
}

/** Encodes a square RGBA image whose pixel colour is `pixel(x, y)`. */
export function png(size: number, pixel: (x: number, y: number) => Rgba): Buffer {
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0 (none), then RGBA
    for (let x = 0; x < size; x++) row.set(pixel(x, y), 1 + x * 4);
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits, RGBA, deflate, no filter set, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (colour: string): Rgba => [1, 3, 5].map((i) => parseInt(colour.slice(i, i + 2), 16)).concat(255) as Rgba;
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

/** The 192x192 colour icon. */
export const colorIcon = () => png(192, (x, y) => (inCross((x + 0.5) / 192, (y + 0.5) / 192) ? WHITE : hex(ACCENT)));

/** The 32x32 outline icon: white and transparent only. */
export const outlineIcon = () => png(32, (x, y) => (inCross((x + 0.5) / 32, (y + 0.5) / 32) ? WHITE : CLEAR));
