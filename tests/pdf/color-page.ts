// A PDF page rendered in colour by pdftoppm, for the slide PDF's checks of what colour a reader sees where; and a
// "#RRGGBB" written out as 0..255 channels by hand, so that the expected colour is not computed by the kit's code.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

const dir = mkdtempSync(path.join(os.tmpdir(), 'kit-color-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let count = 0;

export type Rgb255 = [number, number, number];

/**
 * Page `page` (1-based) of `file` at `dpi` (72: one pixel per point), as a function from a point (x, y from the
 * top-left corner, in pixels) to its colour.
 */
export function colorPage(
  file: string,
  page: number,
  dpi = 72,
): { width: number; height: number; at(x: number, y: number): Rgb255 } {
  const out = path.join(dir, `page-${++count}`);
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', file, out]);
  const bytes = readFileSync(`${out}.ppm`);
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 50).toString('latin1'))!;
  const [width, height] = [Number(header[1]), Number(header[2])];
  const data = bytes.subarray(header[0].length);
  return {
    width,
    height,
    at: (x, y) => {
      const offset = 3 * (Math.round(y) * width + Math.round(x));
      return [data[offset]!, data[offset + 1]!, data[offset + 2]!];
    },
  };
}

/** "#E69F00" as [230, 159, 0]. */
export function hexChannels(hex: string): Rgb255 {
  const channel = (start: number) => Number.parseInt(hex.slice(start, start + 2), 16);
  return [channel(1), channel(3), channel(5)];
}

/** Whether two colours differ by at most `tolerance` in every channel (a renderer rounds). */
export function sameColor(a: Rgb255, b: Rgb255, tolerance = 3): boolean {
  return a.every((channel, index) => Math.abs(channel - b[index]!) <= tolerance);
}
