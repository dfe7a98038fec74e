// Drawing operations as plain data, in points from the top-left corner of whatever holds them (y grows downward),
// so that layout stays pure and the same ops can be placed in any column of any page.

import type { Rgb } from './style.ts';

/** A closed polygon: move to the first point, lines to the others, close. Units are the op's own (see `scale`). */
export type Polygon = readonly (readonly [x: number, y: number])[];

export type Op =
  | { kind: 'text'; x: number; baseline: number; text: string; size: number; bold: boolean; width: number; color: Rgb }
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill?: Rgb; stroke?: Rgb; lineWidth?: number }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number; color: Rgb }
  // Polygons in their own units (y down) whose origin sits at (x, y), scaled by `scale`; lineWidth is in those units
  | {
      kind: 'path';
      polygons: readonly Polygon[];
      x: number;
      y: number;
      scale: number;
      fill?: Rgb;
      stroke?: Rgb;
      lineWidth?: number;
    }
  | { kind: 'circle'; cx: number; cy: number; r: number; fill?: Rgb; stroke?: Rgb; lineWidth?: number }
  // An SVG path (design/icons.ts, or a shape such as a rounded box) whose user space (y down) has its origin at
  // (x, y), scaled by `scale`: an icon of the 24-unit grid drawn `size` points wide has scale size / 24.
  | { kind: 'svg'; d: string; x: number; y: number; scale: number; fill?: Rgb; stroke?: Rgb; lineWidth?: number };

/** `op` moved by (dx, dy). */
export function moveOp(op: Op, dx: number, dy: number): Op {
  switch (op.kind) {
    case 'text':
      return { ...op, x: op.x + dx, baseline: op.baseline + dy };
    case 'rect':
      return { ...op, x: op.x + dx, y: op.y + dy };
    case 'line':
      return { ...op, x1: op.x1 + dx, y1: op.y1 + dy, x2: op.x2 + dx, y2: op.y2 + dy };
    case 'path':
    case 'svg':
      return { ...op, x: op.x + dx, y: op.y + dy };
    case 'circle':
      return { ...op, cx: op.cx + dx, cy: op.cy + dy };
  }
}

export function moveOps(ops: readonly Op[], dx: number, dy: number): Op[] {
  return ops.map((op) => moveOp(op, dx, dy));
}
