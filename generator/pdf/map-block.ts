// Atoms for a map block (the region map): the map model's county shapes drawn as PDF paths, cropped to the shapes
// and scaled to the block's share of the column, with its title above and its legend below set again in the
// document's own type, so that every label is real text at 10 pt or more however small the map is drawn.

import type { MapColor, MapSwatch, StateMap } from '../map/model.ts';
import { lineAtoms, lineMetrics, lineOps } from './lines.ts';
import type { Op } from './ops.ts';
import type { Atom } from './paginate.ts';
import { INK, type Rgb } from './style.ts';
import type { LayoutContext } from './text-blocks.ts';
import { wrapRuns } from './wrap.ts';

interface LegendEntry {
  swatch: MapSwatch | null;
  text: string;
}

const MAX_HEIGHT_SHARE = 0.75; // of the frame, so that a map leaves room for its title and the start of its legend
const SIDE_LEGEND_SHARE = 0.6; // a map this narrow or narrower gets its legend and caption beside it, not below
const SIDE_GAP = 16;

/** A model color ("#RRGGBB") as 0..1 RGB; null for "none". */
function rgbOf(color: MapColor): Rgb | null {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!hex) return null;
  return [parseInt(hex[1]!, 16) / 255, parseInt(hex[2]!, 16) / 255, parseInt(hex[3]!, 16) / 255];
}

const nonEmpty = (lines: readonly { text: string }[]) => lines.map((line) => line.text).filter(Boolean);

/**
 * The map's title and legend entries as print sets them: an entry's wrapped lines joined again with spaces, and
 * the statewide note split into its heading and one entry per "• model" line.
 */
export function readLegend(map: StateMap): { title: string; entries: LegendEntry[] } {
  const entries: LegendEntry[] = [];
  for (const entry of map.legend.entries) {
    if (entry.swatch) {
      entries.push({ swatch: entry.swatch, text: nonEmpty(entry.lines).join(' ') });
      continue;
    }
    const notes: string[][] = [];
    for (const line of nonEmpty(entry.lines)) {
      if (notes.length === 0 || line.startsWith('•')) notes.push([line]);
      else notes[notes.length - 1]!.push(line);
    }
    entries.push(...notes.map((lines) => ({ swatch: null, text: lines.join(' ') })));
  }
  return { title: nonEmpty(map.title.lines).join(' '), entries };
}

/** Every text the map prints, in drawing order, for subsetting the fonts and checking glyph coverage. */
export function mapText(map: StateMap): string {
  return [...nonEmpty(map.title.lines), ...map.legend.entries.flatMap((entry) => nonEmpty(entry.lines))].join('');
}

/** The map's shapes (counties, region outlines, markers) as ops fitted into `width` x `maxHeight` points, centred. */
function mapOps(map: StateMap, width: number, maxHeight: number, columnWidth: number): { ops: Op[]; height: number } {
  const border = rgbOf(map.border.color);
  const outline = map.region && rgbOf(map.region.color);
  const data = new Map(map.counties.map((county) => [county.fips, county.rings]));
  // Bounds in map pixels, each shape widened by half its stroke.
  let box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (x0: number, y0: number, x1: number, y1: number, pad: number) => {
    box = [
      Math.min(box[0], x0 - pad),
      Math.min(box[1], y0 - pad),
      Math.max(box[2], x1 + pad),
      Math.max(box[3], y1 + pad),
    ];
  };
  const ringsBox = (rings: StateMap['counties'][number]['rings'], pad: number) => {
    for (const ring of rings) for (const [x, y] of ring) extend(x, y, x, y, pad);
  };
  const counties = map.counties.filter((county) => county.rings.length > 0);
  const outlined = (map.region?.fips ?? []).map((fips) => data.get(fips) ?? []).filter((rings) => rings.length > 0);
  for (const county of counties) ringsBox(county.rings, border ? map.border.width / 2 : 0);
  for (const rings of outlined) ringsBox(rings, outline ? map.region!.width / 2 : 0);
  for (const marker of map.markers) {
    const pad = rgbOf(marker.stroke) ? marker.strokeWidth / 2 : 0;
    extend(marker.cx - marker.r, marker.cy - marker.r, marker.cx + marker.r, marker.cy + marker.r, pad);
  }
  if (!Number.isFinite(box[0]) || box[2] - box[0] <= 0 || box[3] - box[1] <= 0) return { ops: [], height: 0 };
  const scale = Math.min(width / (box[2] - box[0]), maxHeight / (box[3] - box[1]));
  const left = (columnWidth - (box[2] - box[0]) * scale) / 2 - box[0] * scale;
  const top = -box[1] * scale;
  const paint = (fill: Rgb | null, stroke: Rgb | null, strokeWidth: number) => ({
    ...(fill ? { fill } : {}),
    ...(stroke && strokeWidth > 0 ? { stroke, lineWidth: strokeWidth } : {}),
  });
  const shape = (polygons: StateMap['counties'][number]['rings']): Op & { kind: 'path' } => ({
    kind: 'path',
    polygons,
    x: left,
    y: top,
    scale,
  });
  const ops: Op[] = [
    ...counties.map((county) => ({
      ...shape(county.rings),
      ...paint(rgbOf(county.fill), border, map.border.width),
    })),
    ...outlined.map((rings) => ({ ...shape(rings), ...paint(null, outline, map.region!.width) })),
    ...map.markers.map((marker): Op => ({
      kind: 'circle',
      cx: left + marker.cx * scale,
      cy: top + marker.cy * scale,
      r: marker.r * scale,
      ...paint(rgbOf(marker.fill), rgbOf(marker.stroke), marker.strokeWidth * scale),
    })),
  ];
  return { ops, height: (box[3] - box[1]) * scale };
}

/**
 * The print swatch for a map swatch, a square or a dot `size` points across, its outline scaled from the map's and at
 * most 2 pt.
 */
function swatchOp(swatch: MapSwatch, x: number, y: number, size: number): Op {
  const fill = rgbOf(swatch.fill),
    stroke = rgbOf(swatch.stroke);
  const strokeWidth = stroke ? Math.min(2, (swatch.strokeWidth / Math.max(swatch.side, 1)) * size) : 0;
  const inset = strokeWidth / 2;
  if (swatch.shape === 'dot')
    return {
      kind: 'circle',
      cx: x + size / 2,
      cy: y + size / 2,
      r: size / 2 - inset,
      ...(fill ? { fill } : {}),
      ...(stroke && strokeWidth > 0 ? { stroke, lineWidth: strokeWidth } : {}),
    };
  return {
    kind: 'rect',
    x: x + inset,
    y: y + inset,
    width: size - strokeWidth,
    height: size - strokeWidth,
    ...(fill ? { fill } : {}),
    ...(stroke && strokeWidth > 0 ? { stroke, lineWidth: strokeWidth } : {}),
  };
}

/**
 * A map block's atoms: the title (kept with the map), the map `widthShare` of the column wide (0.1..1), then the
 * legend and the caption below it; a map at most 0.6 of the column has its legend and caption beside it instead.
 */
export function mapAtoms(
  map: StateMap,
  widthShare: number,
  caption: string | undefined,
  ctx: LayoutContext,
  spaceBefore: number,
): Atom[] {
  const { title, entries } = readLegend(map);
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
    return [...atoms, sideBySide(map, entries, share, caption, ctx, atoms.length ? 4 : spaceBefore)];
  const drawn = mapOps(map, share * ctx.width, ctx.height * MAX_HEIGHT_SHARE, ctx.width);
  if (drawn.height > 0)
    atoms.push({
      height: drawn.height,
      spaceBefore: atoms.length ? 4 : spaceBefore,
      keepWithNext: entries.length > 0,
      ops: drawn.ops,
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
      ops.push(swatchOp(entry.swatch!, x, (lineHeight - swatchSize) / 2, swatchSize));
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
  map: StateMap,
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
  const drawn = mapOps(map, mapWidth, ctx.height * MAX_HEIGHT_SHARE, mapWidth);
  const x = mapWidth + SIDE_GAP;
  const width = ctx.width - x;
  const ops: Op[] = [...drawn.ops];
  let y = 0;
  for (const entry of entries) {
    const swatch = entry.swatch;
    const indent = swatch ? swatchSize + swatchGap : 0;
    if (swatch) ops.push(swatchOp(swatch, x, y + (lineHeight - swatchSize) / 2, swatchSize));
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
  return { height: Math.max(drawn.height, y), spaceBefore, keepWithNext: false, ops };
}
