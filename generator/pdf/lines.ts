// Turning wrapped lines into drawing ops and atoms: where the baseline sits in a line box, and how a paragraph's lines
// keep together (no first line alone at the foot of a column, no last line alone at the head of the next).

import type { Measure } from './measure.ts';
import type { Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK, type Rgb } from './style.ts';
import type { Line } from './wrap.ts';

/**
 * A line box `leading` x `size` high with the glyphs' ascent-to-descent band centred in it; `overshoot` is how far
 * that band reaches beyond the box at top and bottom (Noto's band is 1.362 em, for stacked Vietnamese accents).
 */
export function lineMetrics(
  size: number,
  leading: number,
  measure: Measure,
): { height: number; baseline: number; overshoot: number } {
  const height = leading * size;
  const band = (measure.ascent + measure.descent) * size;
  return { height, baseline: (height - band) / 2 + measure.ascent * size, overshoot: Math.max(0, (band - height) / 2) };
}

/** Text ops for one line whose box has its top-left corner at (x, top). */
export function lineOps(line: Line, x: number, top: number, size: number, baseline: number, color: Rgb = INK): Op[] {
  return line.segments.map((segment) => ({
    kind: 'text' as const,
    x: x + segment.x,
    baseline: top + baseline,
    text: segment.text,
    size,
    bold: segment.bold,
    width: segment.width,
    color,
  }));
}

export interface LinesOptions {
  x: number; // indent of every line
  size: number;
  leading: number;
  spaceBefore: number; // above the first line
  lineGap?: number; // extra space above every other line
  first?: Op[]; // drawn with the first line (a bullet or a number), relative to its box
  keepLast?: boolean; // the last line keeps with what follows (a heading)
  color?: Rgb;
  item?: number; // of the list the lines belong to (0 for a paragraph), for the atoms' roles
}

/**
 * One atom per line, chained so that a paragraph never leaves a single line at either end of a column: the first
 * line keeps with the second and the last but one with the last, so a break leaves two lines or more on each side and
 * a paragraph of two or three lines moves whole.
 */
export function lineAtoms(lines: readonly Line[], measure: Measure, options: LinesOptions): Atom[] {
  const { height, baseline } = lineMetrics(options.size, options.leading, measure);
  const count = lines.length;
  return lines.map((line, index) => ({
    height,
    spaceBefore: index === 0 ? options.spaceBefore : (options.lineGap ?? 0),
    // The first line holds to the second, the last but one to the last.
    keepWithNext:
      (index === count - 1 && options.keepLast === true) ||
      (count >= 2 && index === 0) ||
      (count >= 3 && index === count - 2),
    role: { kind: 'line' as const, item: options.item ?? 0, line: index, lines: count },
    ops: [
      ...(index === 0 ? (options.first ?? []) : []),
      ...lineOps(line, options.x, 0, options.size, baseline, options.color),
    ],
  }));
}
