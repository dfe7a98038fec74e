// Puts ops on a pdf-lib page and records where every piece of text went (TextBox) for the checks in tests.

import {
  beginText,
  endText,
  LineJoinStyle,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  setFillingRgbColor,
  setFontAndSize,
  setLineJoin,
  setTextMatrix,
  showText,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';
import { pathOperators, svgOperators } from './path-operators.ts';
import type { DocumentFonts } from './document.ts';
import { FONT_FAMILIES, type FontFamily } from './fonts.ts';
import type { Op } from './ops.ts';
import type { Rgb } from './style.ts';
import type { TextBox } from './types.ts';

const color = (value: Rgb | undefined) => (value ? rgb(value[0], value[1], value[2]) : undefined);

interface TextState {
  key: PDFName;
  size: number;
  color: Rgb;
}

type FontKeys = Partial<Record<FontFamily, { regular: PDFName; bold: PDFName }>>;

// The page's resource names for the fonts, made once per page: pdf-lib's drawText adds a new name for every call.
const fontKeys = new WeakMap<PDFPage, FontKeys>();

function fontKeysOf(page: PDFPage, fonts: DocumentFonts): FontKeys {
  let keys = fontKeys.get(page);
  if (!keys) {
    keys = {};
    // FONT_FAMILIES is the order document.ts embeds them in, so the page names them in the same order as before.
    for (const family of FONT_FAMILIES) {
      const embedded = fonts.families[family];
      if (!embedded) continue;
      keys[family] = {
        regular: page.node.newFontDictionary(embedded.regular.name, embedded.regular.ref),
        bold: page.node.newFontDictionary(embedded.bold.name, embedded.bold.ref),
      };
    }
    fontKeys.set(page, keys);
  }
  return keys;
}

/**
 * Draws `ops` with their origin at `x` and `top` (PDF points from the page's bottom-left corner; op y grows down).
 * Text boxes span the font's ascent to descent band.
 */
export function drawOps(
  page: PDFPage,
  pageNumber: number,
  ops: readonly Op[],
  origin: { x: number; top: number },
  fonts: DocumentFonts,
  boxes: TextBox[],
): void {
  const { measure } = fonts;
  let roundJoins = false;
  const joins = (round: boolean) => {
    if (round === roundJoins) return;
    page.pushOperators(setLineJoin(round ? LineJoinStyle.Round : LineJoinStyle.Miter));
    roundJoins = round;
  };
  // Consecutive texts go in one text object (q BT ... ET Q) that sets the font, size and color only when they change
  // and places each piece with its own text matrix: what pdf-lib's drawText writes, without its per-call work.
  const keys = fontKeysOf(page, fonts);
  let text: PDFOperator[] | null = null;
  let current: TextState | null = null; // what the open text object has set
  const endTexts = () => {
    if (!text) return;
    text.push(endText(), popGraphicsState());
    page.pushOperators(...text);
    text = null;
  };
  for (const op of ops) {
    if (op.kind !== 'text') endTexts();
    switch (op.kind) {
      case 'text': {
        const x = origin.x + op.x;
        const baseline = origin.top - op.baseline;
        if (!text) {
          text = [pushGraphicsState(), beginText()];
          current = null;
        }
        // Widens `current` back to its declared type: without the cast TypeScript infers the loop's assignments in a
        // circle (TS7022), while typescript-eslint sees the declared type and calls the cast unnecessary.
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
        const last = current as TextState | null;
        if (!last || op.color.some((part, index) => part !== last.color[index]))
          text.push(setFillingRgbColor(op.color[0], op.color[1], op.color[2]));
        text.push(setTextMatrix(1, 0, 0, 1, x, baseline));
        // A line mixing scripts is one run per font; each Tj moves the text position on by its glyphs' widths.
        let key = last?.key;
        let size = last?.size;
        for (const run of fonts.encode(op.text, op.bold)) {
          const family = keys[run.family] ?? keys.latin!;
          const runKey = op.bold ? family.bold : family.regular;
          if (runKey !== key || op.size !== size) text.push(setFontAndSize(runKey, op.size));
          key = runKey;
          size = op.size;
          text.push(showText(run.hex));
        }
        // An empty text sets no font; the color it set still holds.
        current = key && size !== undefined ? { key, size, color: op.color } : null;
        boxes.push({
          page: pageNumber,
          x,
          y: baseline - measure.descent * op.size,
          width: op.width,
          height: (measure.ascent + measure.descent) * op.size,
          text: op.text,
          size: op.size,
        });
        break;
      }
      case 'rect':
        joins(false);
        page.drawRectangle({
          x: origin.x + op.x,
          y: origin.top - op.y - op.height,
          width: op.width,
          height: op.height,
          color: color(op.fill),
          borderColor: color(op.stroke),
          borderWidth: op.stroke ? (op.lineWidth ?? 1) : 0,
        });
        break;
      case 'line':
        page.drawLine({
          start: { x: origin.x + op.x1, y: origin.top - op.y1 },
          end: { x: origin.x + op.x2, y: origin.top - op.y2 },
          thickness: op.lineWidth,
          color: color(op.color),
        });
        break;
      case 'path':
        if (!op.fill && !op.stroke) break;
        // County outlines meet at sharp angles; mitred joins would spike past them.
        joins(op.stroke !== undefined);
        page.pushOperators(...pathOperators(op, origin.x + op.x, origin.top - op.y));
        break;
      case 'svg':
        if (!op.fill && !op.stroke) break;
        joins(op.stroke !== undefined);
        page.pushOperators(...svgOperators(op, origin.x + op.x, origin.top - op.y));
        break;
      case 'circle':
        page.drawCircle({
          x: origin.x + op.cx,
          y: origin.top - op.cy,
          size: op.r,
          color: color(op.fill),
          borderColor: color(op.stroke),
          borderWidth: op.stroke ? (op.lineWidth ?? 1) : 0,
        });
        break;
    }
  }
  endTexts();
  joins(false);
}
