// Puts ops on a pdf-lib page and records where every piece of text went (TextBox) for the checks in tests.

import { LineJoinStyle, rgb, setLineJoin, type PDFPage } from 'pdf-lib';
import type { DocumentFonts } from './document.ts';
import type { Op } from './ops.ts';
import type { Rgb } from './style.ts';
import type { TextBox } from './types.ts';

const color = (value: Rgb | undefined) => (value ? rgb(value[0], value[1], value[2]) : undefined);

/**
 * Draws `ops` with their origin at `x` and `top` (PDF points from the page's bottom-left corner; op y grows down).
 * Text boxes span the font's ascent to descent band.
 */
export function drawOps(page: PDFPage, pageNumber: number, ops: readonly Op[], origin: { x: number; top: number }, fonts: DocumentFonts, boxes: TextBox[]): void {
  const { measure } = fonts;
  let roundJoins = false;
  const joins = (round: boolean) => {
    if (round === roundJoins) return;
    page.pushOperators(setLineJoin(round ? LineJoinStyle.Round : LineJoinStyle.Miter));
    roundJoins = round;
  };
  for (const op of ops) {
    switch (op.kind) {
      case 'text': {
        const x = origin.x + op.x;
        const baseline = origin.top - op.baseline;
        page.drawText(op.text, { x, y: baseline, size: op.size, font: op.bold ? fonts.bold : fonts.regular, color: color(op.color) });
        boxes.push({
          page: pageNumber, x, y: baseline - measure.descent * op.size, width: op.width,
          height: (measure.ascent + measure.descent) * op.size, text: op.text, size: op.size,
        });
        break;
      }
      case 'rect':
        joins(false);
        page.drawRectangle({
          x: origin.x + op.x, y: origin.top - op.y - op.height, width: op.width, height: op.height,
          color: color(op.fill), borderColor: color(op.stroke), borderWidth: op.stroke ? op.lineWidth ?? 1 : 0,
        });
        break;
      case 'line':
        page.drawLine({
          start: { x: origin.x + op.x1, y: origin.top - op.y1 }, end: { x: origin.x + op.x2, y: origin.top - op.y2 },
          thickness: op.lineWidth, color: color(op.color),
        });
        break;
      case 'path':
        if (!op.fill && !op.stroke) break;
        // County outlines meet at sharp angles; mitred joins would spike past them.
        joins(op.stroke !== undefined);
        page.drawSvgPath(op.d, {
          x: origin.x + op.x, y: origin.top - op.y, scale: op.scale,
          color: color(op.fill), borderColor: color(op.stroke), borderWidth: op.stroke ? op.lineWidth ?? 1 : 0,
        });
        break;
      case 'circle':
        page.drawCircle({
          x: origin.x + op.cx, y: origin.top - op.cy, size: op.r,
          color: color(op.fill), borderColor: color(op.stroke), borderWidth: op.stroke ? op.lineWidth ?? 1 : 0,
        });
        break;
    }
  }
  joins(false);
}
