// Model badges: a model's name in bold black on the model's colour (design/palette.ts), in a box with rounded corners,
// as the deck, the map and the handout colour the models; for the slide PDF's answer cards and agency tables.

import { MODEL_COLORS, ON_MODEL_COLOR, rgbOf } from '../design/palette.ts';
import { roundedBoxOp } from './icon.ts';
import { lineMetrics, lineOps } from './lines.ts';
import type { Op } from './ops.ts';
import type { LayoutContext } from './text-blocks.ts';
import type { ModelBadge } from './types.ts';
import { wrapRuns } from './wrap.ts';

const ON_MODEL = rgbOf(ON_MODEL_COLOR);
const RADIUS = 4; // points

/**
 * `badges` in the small size, side by side while they fit `width` points, then on the next row (a name wider than
 * `width` wraps inside its badge): ops from (0, 0) and the height they take (a row is a line of the small size high).
 */
export function modelBadgeOps(
  badges: readonly ModelBadge[],
  width: number,
  ctx: LayoutContext,
): { ops: Op[]; height: number } {
  const size = ctx.type.small;
  const { height: lineHeight, baseline } = lineMetrics(size, ctx.type.leading, ctx.measure);
  const padX = 0.4 * size;
  const gap = 0.3 * size;
  const ops: Op[] = [];
  let x = 0;
  let y = 0; // top of the current row of badges
  let rowHeight = 0;
  for (const badge of badges) {
    const text = wrapRuns([{ text: badge.text, bold: true }], width - 2 * padX, size, ctx.measure);
    const boxWidth = Math.max(0, ...text.map((line) => line.width)) + 2 * padX;
    const boxHeight = Math.max(1, text.length) * lineHeight;
    if (x > 0 && x + boxWidth > width) {
      x = 0;
      y += rowHeight + gap;
      rowHeight = 0;
    }
    ops.push(roundedBoxOp(x, y, boxWidth, boxHeight, RADIUS, { fill: rgbOf(MODEL_COLORS[badge.model]) }));
    text.forEach((line, index) =>
      ops.push(...lineOps(line, x + padX, y + index * lineHeight, size, baseline, ON_MODEL)),
    );
    x += boxWidth + gap;
    rowHeight = Math.max(rowHeight, boxHeight);
  }
  return { ops, height: y + rowHeight };
}
