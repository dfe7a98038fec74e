// Atoms for an svg block (a county map): the map's shapes drawn as vector paths, cropped to the shapes and scaled to
// the block's share of the column, with its title above and its legend below set again in the document's own type,
// so that every label is real text at 10 pt or more however small the map is drawn.

import { lineAtoms, lineMetrics, lineOps } from './lines.ts';
import type { Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK, type Rgb } from './style.ts';
import { parseSvg, pathBounds, type SvgItem } from './svg.ts';
import type { LayoutContext } from './text-blocks.ts';
import { wrapRuns } from './wrap.ts';

type Rect = Extract<SvgItem, { kind: 'rect' }>;
interface LegendEntry {
  swatch: Rect | null;
  text: string;
}

const MAX_HEIGHT_SHARE = 0.75; // of the frame, so that a map leaves room for its title and the start of its legend
const SIDE_LEGEND_SHARE = 0.6; // a map this narrow or narrower gets its legend and caption beside it, not below
const SIDE_GAP = 16;

/** The svg's texts sorted into the title (before the first legend swatch) and legend entries. */
export function readLegend(items: readonly SvgItem[]): { title: string; entries: LegendEntry[] } {
  const title: string[] = [];
  const entries: { swatch: Rect | null; lines: string[] }[] = [];
  let swatch: Rect | null = null;
  for (const item of items) {
    if (item.kind === 'rect' && !item.background) {
      swatch = item;
      entries.push({ swatch, lines: [] });
    } else if (item.kind === 'text') {
      const current = entries[entries.length - 1];
      if (!current && !swatch) title.push(item.text);
      else if (current && current.swatch && item.x >= current.swatch.x + current.swatch.width - 0.5)
        current.lines.push(item.text);
      // Text left of the swatches (the statewide note) starts a plain entry; a "• " line starts another.
      else if (current && !current.swatch && !item.text.startsWith('•')) current.lines.push(item.text);
      else entries.push({ swatch: null, lines: [item.text] });
    }
  }
  return {
    title: title.join(' '),
    entries: entries.map((entry) => ({ swatch: entry.swatch, text: entry.lines.join(' ') })),
  };
}

/** The drawing's shapes as ops fitted into `width` x `maxHeight` points, centred; returns their height. */
function mapOps(
  items: readonly SvgItem[],
  viewBox: { x: number; y: number; width: number; height: number },
  width: number,
  maxHeight: number,
  columnWidth: number,
): { ops: Op[]; height: number } {
  const shapes = items.filter(
    (item) =>
      item.kind === 'path' ||
      item.kind === 'circle' ||
      (item.kind === 'rect' && item.background && item.fill && item.fill.some((c) => c < 1)),
  );
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const shape of shapes) {
    const pad = shape.kind === 'text' || !shape.stroke ? 0 : shape.strokeWidth / 2;
    const bounds =
      shape.kind === 'path'
        ? pathBounds(shape.d)
        : shape.kind === 'circle'
          ? ([shape.cx - shape.r, shape.cy - shape.r, shape.cx + shape.r, shape.cy + shape.r] as const)
          : ([viewBox.x, viewBox.y, viewBox.x + viewBox.width, viewBox.y + viewBox.height] as const);
    const [x0, y0, x1, y1] = bounds ?? [viewBox.x, viewBox.y, viewBox.x + viewBox.width, viewBox.y + viewBox.height];
    box = [
      Math.min(box[0], x0 - pad),
      Math.min(box[1], y0 - pad),
      Math.max(box[2], x1 + pad),
      Math.max(box[3], y1 + pad),
    ];
  }
  if (!Number.isFinite(box[0]) || box[2] - box[0] <= 0 || box[3] - box[1] <= 0) return { ops: [], height: 0 };
  const scale = Math.min(width / (box[2] - box[0]), maxHeight / (box[3] - box[1]));
  const left = (columnWidth - (box[2] - box[0]) * scale) / 2 - box[0] * scale;
  const top = -box[1] * scale;
  const paint = (fill: Rgb | null, stroke: Rgb | null, strokeWidth: number) => ({
    ...(fill ? { fill } : {}),
    ...(stroke && strokeWidth > 0 ? { stroke, lineWidth: strokeWidth } : {}),
  });
  const ops: Op[] = [];
  for (const shape of shapes) {
    if (shape.kind === 'path')
      ops.push({
        kind: 'path',
        d: shape.d,
        x: left,
        y: top,
        scale,
        ...paint(shape.fill, shape.stroke, shape.strokeWidth),
      });
    if (shape.kind === 'circle') {
      ops.push({
        kind: 'circle',
        cx: left + shape.cx * scale,
        cy: top + shape.cy * scale,
        r: shape.r * scale,
        ...paint(shape.fill, shape.stroke, shape.strokeWidth * scale),
      });
    }
    if (shape.kind === 'rect') {
      ops.push({
        kind: 'rect',
        x: left + box[0] * scale,
        y: 0,
        width: (box[2] - box[0]) * scale,
        height: (box[3] - box[1]) * scale,
        ...paint(shape.fill, null, 0),
      });
    }
  }
  return { ops, height: (box[3] - box[1]) * scale };
}

export function svgAtoms(
  svg: string,
  widthShare: number,
  caption: string | undefined,
  ctx: LayoutContext,
  spaceBefore: number,
): Atom[] {
  const drawing = parseSvg(svg);
  const { title, entries } = readLegend(drawing.items);
  const { small, leading } = ctx.type;
  // A legend swatch is as high as the legend's type is large (10 pt on paper), with half that before its text.
  const swatchSize = small;
  const swatchGap = small / 2;
  const atoms: Atom[] = [];
  if (title) {
    const lines = wrapRuns([{ text: title, bold: true }], ctx.width, ctx.type.h3, ctx.measure);
    atoms.push(
      ...lineAtoms(lines, ctx.measure, { x: 0, size: ctx.type.h3, leading, spaceBefore, keepLast: true }).map(
        (atom) => ({ ...atom, keepWithNext: true }),
      ),
    );
  }
  const share = Number.isFinite(widthShare) ? Math.min(1, Math.max(0.1, widthShare)) : 1;
  if (share <= SIDE_LEGEND_SHARE)
    return [...atoms, sideBySide(drawing, entries, share, caption, ctx, atoms.length ? 4 : spaceBefore)];
  const map = mapOps(drawing.items, drawing.viewBox, share * ctx.width, ctx.height * MAX_HEIGHT_SHARE, ctx.width);
  if (map.height > 0)
    atoms.push({
      height: map.height,
      spaceBefore: atoms.length ? 4 : spaceBefore,
      keepWithNext: entries.length > 0,
      ops: map.ops,
    });

  // The legend in one column, or two when the column is wide.
  const { height: lineHeight, baseline } = lineMetrics(small, leading, ctx.measure);
  const swatches = entries.filter((entry) => entry.swatch);
  const columns = ctx.width >= 360 && swatches.length > 1 ? 2 : 1;
  const gap = 12;
  const entryWidth = (ctx.width - (columns - 1) * gap) / columns;
  for (let start = 0; start < swatches.length; start += columns) {
    const row = swatches.slice(start, start + columns);
    const ops: Op[] = [];
    let rows = 1;
    row.forEach((entry, column) => {
      const x = column * (entryWidth + gap);
      const swatch = entry.swatch!;
      const strokeWidth = swatch.stroke
        ? Math.min(2, (swatch.strokeWidth / Math.max(swatch.width, 1)) * swatchSize)
        : 0;
      const inset = strokeWidth / 2;
      const y = (lineHeight - swatchSize) / 2;
      ops.push({
        kind: 'rect',
        x: x + inset,
        y: y + inset,
        width: swatchSize - strokeWidth,
        height: swatchSize - strokeWidth,
        ...(swatch.fill ? { fill: swatch.fill } : {}),
        ...(swatch.stroke && strokeWidth > 0 ? { stroke: swatch.stroke, lineWidth: strokeWidth } : {}),
      });
      const lines = wrapRuns([{ text: entry.text }], entryWidth - swatchSize - swatchGap, small, ctx.measure);
      lines.forEach((line, index) =>
        ops.push(...lineOps(line, x + swatchSize + swatchGap, index * lineHeight, small, baseline, INK)),
      );
      rows = Math.max(rows, lines.length);
    });
    atoms.push({ height: rows * lineHeight, spaceBefore: start === 0 ? 6 : 3, keepWithNext: false, ops });
  }
  for (const entry of entries.filter((candidate) => !candidate.swatch)) {
    atoms.push(
      ...lineAtoms(wrapRuns([{ text: entry.text }], ctx.width, small, ctx.measure), ctx.measure, {
        x: 0,
        size: small,
        leading,
        spaceBefore: 3,
      }),
    );
  }
  if (caption)
    atoms.push(
      ...lineAtoms(wrapRuns([{ text: caption }], ctx.width, small, ctx.measure), ctx.measure, {
        x: 0,
        size: small,
        leading,
        spaceBefore: 6,
      }),
    );
  return atoms;
}

/** A narrow map with its legend and caption to its right, as one unbreakable atom. */
function sideBySide(
  drawing: ReturnType<typeof parseSvg>,
  entries: LegendEntry[],
  share: number,
  caption: string | undefined,
  ctx: LayoutContext,
  spaceBefore: number,
): Atom {
  const { small, leading } = ctx.type;
  // A legend swatch is as high as the legend's type is large (10 pt on paper), with half that before its text.
  const swatchSize = small;
  const swatchGap = small / 2;
  const { height: lineHeight, baseline } = lineMetrics(small, leading, ctx.measure);
  const mapWidth = share * ctx.width;
  const map = mapOps(drawing.items, drawing.viewBox, mapWidth, ctx.height * MAX_HEIGHT_SHARE, mapWidth);
  const x = mapWidth + SIDE_GAP;
  const width = ctx.width - x;
  const ops: Op[] = [...map.ops];
  let y = 0;
  for (const entry of entries) {
    const swatch = entry.swatch;
    const indent = swatch ? swatchSize + swatchGap : 0;
    if (swatch) {
      const strokeWidth = swatch.stroke
        ? Math.min(2, (swatch.strokeWidth / Math.max(swatch.width, 1)) * swatchSize)
        : 0;
      const inset = strokeWidth / 2;
      ops.push({
        kind: 'rect',
        x: x + inset,
        y: y + (lineHeight - swatchSize) / 2 + inset,
        width: swatchSize - strokeWidth,
        height: swatchSize - strokeWidth,
        ...(swatch.fill ? { fill: swatch.fill } : {}),
        ...(swatch.stroke && strokeWidth > 0 ? { stroke: swatch.stroke, lineWidth: strokeWidth } : {}),
      });
    }
    const lines = wrapRuns([{ text: entry.text }], width - indent, small, ctx.measure);
    lines.forEach((line, index) =>
      ops.push(...lineOps(line, x + indent, y + index * lineHeight, small, baseline, INK)),
    );
    y += lines.length * lineHeight + 2;
  }
  if (caption) {
    y += 4;
    const lines = wrapRuns([{ text: caption }], width, small, ctx.measure);
    lines.forEach((line, index) => ops.push(...lineOps(line, x, y + index * lineHeight, small, baseline, INK)));
    y += lines.length * lineHeight;
  }
  return { height: Math.max(map.height, y), spaceBefore, keepWithNext: false, ops };
}
