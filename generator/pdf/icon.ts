// Ops for the kit's icons (design/icons.ts) and for boxes with rounded corners, both as SVG paths.

import { ICON_GRID, iconPath, type IconName } from '../design/icons.ts';
import type { Op } from './ops.ts';
import type { Rgb } from './style.ts';

/** The op that draws icon `name` `size` points square with its top-left corner at (x, y) (points, y down). */
export function iconOp(name: IconName, x: number, y: number, size: number, fill: Rgb): Op {
  return { kind: 'svg', d: iconPath(name), x, y, scale: size / ICON_GRID, fill };
}

/**
 * The SVG path of a `width` x `height` box (points) with corners rounded to `radius`, its top-left corner at the
 * origin; the radius is cut to half the shorter side.
 */
export function roundedBoxPath(width: number, height: number, radius: number): string {
  const r = Math.max(0, Math.min(radius, width / 2, height / 2));
  const n = (value: number) => Number(value.toFixed(3));
  return [
    `M${n(r)} 0`,
    `H${n(width - r)}`,
    `A${n(r)} ${n(r)} 0 0 1 ${n(width)} ${n(r)}`,
    `V${n(height - r)}`,
    `A${n(r)} ${n(r)} 0 0 1 ${n(width - r)} ${n(height)}`,
    `H${n(r)}`,
    `A${n(r)} ${n(r)} 0 0 1 0 ${n(height - r)}`,
    `V${n(r)}`,
    `A${n(r)} ${n(r)} 0 0 1 ${n(r)} 0`,
    'Z',
  ].join(' ');
}

/** The op of a rounded box at (x, y) (points, y down), filled and/or outlined. */
export function roundedBoxOp(
  x: number,
  y: number,
  width: number,
  height: number,
  radius: number,
  paint: { fill?: Rgb; stroke?: Rgb; lineWidth?: number },
): Op {
  return { kind: 'svg', d: roundedBoxPath(width, height, radius), x, y, scale: 1, ...paint };
}
