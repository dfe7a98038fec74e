// Atoms for the blocks that are only text: headings, paragraphs, bullet and numbered lists, and the ruled notice box.

import type { Measure } from './measure.ts';
import { lineAtoms, lineMetrics, lineOps } from './lines.ts';
import type { Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK, type Typography } from './style.ts';
import type { Run } from './types.ts';
import { wrapRuns, type Line } from './wrap.ts';

export interface LayoutContext {
  width: number; // of the column, points
  height: number; // of the column frame, points
  measure: Measure;
  type: Typography;
}

const HEADING_SPACE: Record<1 | 2 | 3, number> = { 1: 1, 2: 0.9, 3: 0.8 }; // space above, in ems of the heading

export function headingAtoms(level: 1 | 2 | 3, text: string, ctx: LayoutContext): Atom[] {
  const size = ctx.type[`h${level}`];
  const lines = wrapRuns([{ text, bold: true }], ctx.width, size, ctx.measure);
  // Lines of a heading stay together and with the block below.
  const color = ctx.type.accent ? { color: ctx.type.accent } : {};
  return lineAtoms(lines, ctx.measure, {
    x: 0,
    size,
    leading: ctx.type.leading,
    spaceBefore: HEADING_SPACE[level] * size,
    keepLast: true,
    ...color,
  }).map((atom) => ({ ...atom, keepWithNext: true, role: { kind: 'heading' as const } }));
}

/** A paragraph's lines; `keepWithNext`: a run-in title, whose last line keeps with the block after it. */
export function paragraphAtoms(
  runs: readonly Run[],
  ctx: LayoutContext,
  spaceBefore: number,
  small = false,
  keepWithNext = false,
): Atom[] {
  const size = small ? ctx.type.small : ctx.type.body;
  return lineAtoms(wrapRuns(runs, ctx.width, size, ctx.measure), ctx.measure, {
    x: 0,
    size,
    leading: ctx.type.leading,
    spaceBefore,
    keepLast: keepWithNext,
  });
}

/** What marks a list item: text ('•', '3.') or an empty shape to mark with a pen, drawn as a path (no font needed). */
export type Marker = string | { shape: 'circle' | 'square' };

const SHAPE_SIDE = 0.8; // of the body size: a circle's diameter, a square's side
const SHAPE_LINE = 0.8; // points

/** The ops of `marker` with its right edge at `right` in a line box whose baseline is at `baseline`. */
function markerOps(marker: Marker, width: number, right: number, baseline: number, size: number): Op[] {
  if (typeof marker === 'string')
    return [{ kind: 'text', x: right - width, baseline, text: marker, size, bold: false, width, color: INK }];
  // Centred on the height of a capital letter, so it sits level with the item's first line.
  const side = SHAPE_SIDE * size;
  const middle = baseline - 0.36 * size;
  const paint = { stroke: INK, lineWidth: SHAPE_LINE };
  return marker.shape === 'circle'
    ? [{ kind: 'circle', cx: right - side / 2, cy: middle, r: side / 2, ...paint }]
    : [{ kind: 'rect', x: right - side, y: middle - side / 2, width: side, height: side, ...paint }];
}

/**
 * A list with a hanging indent: the marker in a gutter, every line of the item aligned after it; `small` in the small
 * size.
 */
export function listAtoms(
  items: readonly Run[][],
  markers: readonly Marker[],
  ctx: LayoutContext,
  spaceBefore: number,
  small = false,
): Atom[] {
  const { leading, itemGap } = ctx.type;
  const body = small ? ctx.type.small : ctx.type.body;
  const { baseline } = lineMetrics(body, leading, ctx.measure);
  const markerWidths = markers.map((marker) =>
    typeof marker === 'string' ? ctx.measure.width(marker, false, body) : SHAPE_SIDE * body,
  );
  const gutter = Math.max(...markerWidths, 0);
  const markerRight = Math.max(gutter, body * 0.45) + body * 0.35; // bullets sit slightly in; numbers align right
  const indent = markerRight + body * 0.6;
  return items.flatMap((runs, index) => {
    const marker = markerOps(markers[index]!, markerWidths[index]!, markerRight, baseline, body);
    const lines = wrapRuns(runs, ctx.width - indent, body, ctx.measure);
    if (lines.length === 0) lines.push({ segments: [], width: 0 });
    return lineAtoms(lines, ctx.measure, {
      x: indent,
      size: body,
      leading,
      spaceBefore: index === 0 ? spaceBefore : itemGap,
      first: marker,
      item: index,
    });
  });
}

/** `count` bullets, or empty circles or squares to mark. */
export function bulletMarkers(count: number, marker: 'bullet' | 'circle' | 'square' = 'bullet'): Marker[] {
  return Array.from({ length: count }, () => (marker === 'bullet' ? '•' : { shape: marker }));
}

export function numberMarkers(count: number, start = 1): string[] {
  return Array.from({ length: count }, (_, index) => `${start + index}.`);
}

const NOTICE_RULE = 1;

/**
 * Text in a box ruled at 1 pt (`small`: in the small size). The box moves to the next frame whole when it fits one; a
 * notice taller than a frame is split into boxes by lines.
 */
export function noticeAtoms(runs: readonly Run[], ctx: LayoutContext, spaceBefore: number, small = false): Atom[] {
  const { leading } = ctx.type;
  const body = small ? ctx.type.small : ctx.type.body;
  const pad = body * 0.6;
  const inset = NOTICE_RULE + pad;
  const lines = wrapRuns(runs, ctx.width - 2 * inset, body, ctx.measure);
  const { height: lineHeight, baseline } = lineMetrics(body, leading, ctx.measure);
  const perBox = Math.max(1, Math.floor((ctx.height - 2 * inset) / lineHeight));
  const atoms: Atom[] = [];
  for (let start = 0; start < Math.max(lines.length, 1); start += perBox) {
    const chunk: Line[] = lines.slice(start, start + perBox);
    const height = chunk.length * lineHeight + 2 * inset;
    const half = NOTICE_RULE / 2;
    atoms.push({
      height,
      spaceBefore: start === 0 ? spaceBefore : 0,
      keepWithNext: false,
      ops: [
        {
          kind: 'rect',
          x: half,
          y: half,
          width: ctx.width - NOTICE_RULE,
          height: height - NOTICE_RULE,
          stroke: INK,
          lineWidth: NOTICE_RULE,
        },
        ...chunk.flatMap((line, index) => lineOps(line, inset, inset + index * lineHeight, body, baseline)),
      ],
    });
  }
  return atoms;
}
