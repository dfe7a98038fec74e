// Atoms for a QR code with its caption and web address beside it. The code is drawn as one filled path of row runs
// (not a square per module), which keeps the PDF small and leaves no seams between neighbouring modules.

import QRCode from 'qrcode';
import { lineMetrics, lineOps } from './lines.ts';
import type { Op, Polygon } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import { wordsOfUrl, wrapRuns, wrapWords, type Line } from './wrap.ts';

const QUIET = 4; // modules of white around the code, as the QR standard asks
const TARGET = 72; // points: an inch, quiet zone included
const MIN_MODULE = 1.6; // points: below this, phone cameras start to miss codes printed by office printers
const GAP = 6; // between the quiet zone and the text

// The same few web addresses recur on every page and document of a batch; their codes are made once (read-only).
const codes = new Map<string, { polygons: readonly Polygon[]; size: number }>();
const MAX_CODES = 256;

/**
 * The code's dark modules in module units: one rectangle per run of dark modules in a row; size: modules a side.
 * Remembered for the last 256 addresses; the result is shared, so it must not be changed.
 */
export function qrPolygons(url: string): { polygons: readonly Polygon[]; size: number } {
  let code = codes.get(url);
  if (!code) {
    code = encodeQrPolygons(url);
    if (codes.size >= MAX_CODES) codes.delete(codes.keys().next().value!);
    codes.set(url, code);
  }
  return code;
}

function encodeQrPolygons(url: string): { polygons: Polygon[]; size: number } {
  const matrix = QRCode.create(url, { errorCorrectionLevel: 'M' }).modules;
  const polygons: Polygon[] = [];
  for (let row = 0; row < matrix.size; row++) {
    for (let col = 0; col < matrix.size; col++) {
      if (!matrix.get(row, col)) continue;
      const start = col;
      while (col + 1 < matrix.size && matrix.get(row, col + 1)) col++;
      const length = col - start + 1;
      polygons.push([
        [start, row],
        [start + length, row],
        [start + length, row + 1],
        [start, row + 1],
      ]);
    }
  }
  return { polygons, size: matrix.size };
}

export function qrAtoms(url: string, caption: string, ctx: LayoutContext, spaceBefore: number): Atom[] {
  const { polygons, size: modules } = qrPolygons(url);
  const moduleSize = Math.max(TARGET / (modules + 2 * QUIET), MIN_MODULE);
  const side = moduleSize * (modules + 2 * QUIET);
  const quiet = QUIET * moduleSize;
  const code: Op = { kind: 'path', polygons, x: quiet, y: quiet, scale: moduleSize, fill: INK };

  // The text goes beside the code, or below it when the column is too narrow for that.
  const beside = ctx.width - side - GAP >= 110;
  const textX = beside ? side + GAP : 0;
  const textWidth = ctx.width - textX;
  const { body, small, leading } = ctx.type;
  const text: { line: Line; size: number }[] = [
    ...wrapRuns([{ text: caption }], textWidth, body, ctx.measure).map((line) => ({ line, size: body })),
    ...wrapWords(wordsOfUrl(url), textWidth, small, ctx.measure).map((line) => ({ line, size: small })),
  ];

  const head: Atom = { height: side, spaceBefore, keepWithNext: false, ops: [code] };
  const atoms: Atom[] = [head];
  let y = quiet; // the text starts level with the top of the code
  let below = !beside;
  for (const { line, size } of text) {
    const metrics = lineMetrics(size, leading, ctx.measure);
    if (!below && y + metrics.height <= side) {
      head.ops.push(...lineOps(line, textX, y, size, metrics.baseline));
      y += metrics.height;
    } else {
      below = true;
      // Lines that do not fit beside the code continue below it, at the same indent.
      atoms.push({
        height: metrics.height,
        spaceBefore: 0,
        keepWithNext: false,
        ops: lineOps(line, textX, 0, size, metrics.baseline),
      });
    }
  }
  // Keep the code with the first line of text that did not fit beside it.
  if (atoms.length > 1) head.keepWithNext = true;
  return atoms;
}
