// PDF path operators for a 'path' op: its polygons moved, scaled and flipped into page space, then filled and/or
// stroked, inside their own graphics state.

import {
  closePath,
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

/**
 * The operators that draw `op` with its origin at page point (x, y) (PDF points from the bottom-left corner): the op's
 * y grows down, so the scale flips it. They are the operators pdf-lib's drawSvgPath wrote for these shapes before
 * the kit drew them from coordinates, the no-op rotation and dash pattern included, so that the PDFs keep their bytes.
 */
export function pathOperators(op: Extract<Op, { kind: 'path' }>, x: number, y: number): PDFOperator[] {
  const lineWidth = op.stroke ? (op.lineWidth ?? 1) : 0;
  const operators: PDFOperator[] = [pushGraphicsState(), translate(x, y), rotateRadians(0), scale(op.scale, -op.scale)];
  if (op.fill) operators.push(setFillingRgbColor(...op.fill));
  if (op.stroke) operators.push(setStrokingRgbColor(...op.stroke));
  if (lineWidth) operators.push(setLineWidth(lineWidth));
  operators.push(setDashPattern([], 0));
  for (const polygon of op.polygons) {
    polygon.forEach(([px, py], index) => operators.push(index === 0 ? moveTo(px, py) : lineTo(px, py)));
    operators.push(closePath());
  }
  operators.push(op.fill && lineWidth ? fillAndStroke() : op.fill ? fill() : op.stroke ? stroke() : closePath());
  operators.push(popGraphicsState());
  return operators;
}
