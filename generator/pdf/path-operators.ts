// PDF path operators for a 'path' op (its polygons) or an 'svg' op (its SVG path, parsed once per path): the shape
// moved, scaled and flipped into page space, then filled and/or stroked, inside its own graphics state.

import {
  closePath,
  drawSvgPath,
  fill,
  fillAndStroke,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  rotateRadians,
  scale,
  setDashPattern,
  setFillingRgbColor,
  setLineWidth,
  setStrokingRgbColor,
  stroke,
  translate,
  type PDFOperator,
} from 'pdf-lib';
import type { Op } from './ops.ts';
import type { Rgb } from './style.ts';

/**
 * The operators that draw `op` with its origin at page point (x, y) (PDF points from the bottom-left corner): the op's
 * y grows down, so the scale flips it. They are the operators pdf-lib's drawSvgPath wrote for these shapes before
 * the kit drew them from coordinates, the no-op rotation and dash pattern included, so that the PDFs keep their bytes.
 */
export function pathOperators(op: Extract<Op, { kind: 'path' }>, x: number, y: number): PDFOperator[] {
  const shape: PDFOperator[] = [];
  for (const polygon of op.polygons) {
    polygon.forEach(([px, py], index) => shape.push(index === 0 ? moveTo(px, py) : lineTo(px, py)));
    shape.push(closePath());
  }
  return paintedOperators(op, x, y, op.scale, shape);
}

/** The SVG paths' shape operators (moves, lines, curves, closes), parsed once per path; at most this many paths. */
const svgShapes = new Map<string, PDFOperator[]>();
const MAX_SVG_SHAPES = 4000;

function svgShapeOf(d: string): PDFOperator[] {
  let shape = svgShapes.get(d);
  if (!shape) {
    // pdf-lib parses the path only inside drawSvgPath: unpainted at the origin, it writes q, cm, cm, cm, d, the shape,
    // h and Q, so the shape is what lies between the first five operators and the last two.
    shape = drawSvgPath(d, { x: 0, y: 0, scale: 1, color: undefined, borderColor: undefined, borderWidth: 0 }).slice(
      5,
      -2,
    );
    if (svgShapes.size >= MAX_SVG_SHAPES) svgShapes.delete(svgShapes.keys().next().value!);
    svgShapes.set(d, shape);
  }
  return shape;
}

/**
 * The operators that draw an 'svg' op with its origin at page point (x, y): the same operators pdf-lib's drawSvgPath
 * writes for it, with the path parsed once for every op that draws it. The operators are shared between pages and
 * documents, which pdf-lib allows since it never changes an operator once made.
 */
export function svgOperators(op: Extract<Op, { kind: 'svg' }>, x: number, y: number): PDFOperator[] {
  return paintedOperators(op, x, y, op.scale || 1, svgShapeOf(op.d));
}

function paintedOperators(
  op: { fill?: Rgb; stroke?: Rgb; lineWidth?: number },
  x: number,
  y: number,
  by: number,
  shape: readonly PDFOperator[],
): PDFOperator[] {
  const lineWidth = op.stroke ? (op.lineWidth ?? 1) : 0;
  const operators: PDFOperator[] = [pushGraphicsState(), translate(x, y), rotateRadians(0), scale(by, -by)];
  if (op.fill) operators.push(setFillingRgbColor(...op.fill));
  if (op.stroke) operators.push(setStrokingRgbColor(...op.stroke));
  if (lineWidth) operators.push(setLineWidth(lineWidth));
  operators.push(setDashPattern([], 0));
  for (const operator of shape) operators.push(operator);
  operators.push(op.fill && lineWidth ? fillAndStroke() : op.fill ? fill() : op.stroke ? stroke() : closePath());
  operators.push(popGraphicsState());
  return operators;
}
