// The map's text layout in pixels: a rough width of text, greedy word wrap, and the legend's entries placed in one
// column beside the map or in several below it. Positions here are unrounded; build-map.ts rounds what it keeps.

import { MODEL_REACH } from '../data/types.ts';
import { MAP_COLORS, type MapInput, type MapModel } from './model.ts';

export type Fill = MapModel | 'several' | 'none';

const MODELS: readonly MapModel[] = ['JEM', 'WSO', 'TFM'];

/** The legend's sizes in px, all proportional to `unit` (1 for a 960 x 600 map). */
export interface Metrics {
  unit: number;
  pad: number;
  gap: number;
  fontSize: number;
  lineHeight: number;
  swatch: number;
  swatchGap: number;
}

export interface Swatch {
  shape: 'square' | 'dot';
  fill: string;
  stroke: string;
  strokeWidth: number;
  text: string;
}

/** An entry placed in the legend: x, y relative to the legend's corner. */
export interface Placed {
  x: number;
  y: number;
  swatch?: Swatch;
  lines: string[];
}

/**
 * The legend's entries before placing: a swatch per color seen on the map, the region, the markers' dot, then the
 * statewide note.
 */
export interface Legend {
  swatches: Swatch[];
  statewide?: { heading: string; items: string[] };
}

/** Rough width in px of `text` in a sans-serif font: wide scripts take a full em, everything else ~0.6 em. */
function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return ems * size;
}

/** Greedy word wrap into lines no wider than `width` px at font size `size`; a word too long for a line is cut. */
export function wrapText(text: string, width: number, size: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (let word of text.split(/\s+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (textWidth(joined, size) <= width) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    while (textWidth(word, size) > width && [...word].length > 1) {
      const chars = [...word];
      let cut = 1;
      while (cut < chars.length - 1 && textWidth(chars.slice(0, cut + 1).join(''), size) <= width) cut++;
      lines.push(chars.slice(0, cut).join(''));
      word = chars.slice(cut).join('');
    }
    line = word;
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}

/** The fill of a county whose local agencies hold `models`: the model's own, 'several', or 'none'. */
export function fillOf(models: readonly MapModel[] | undefined): Fill {
  const distinct = [...new Set(models ?? [])];
  return distinct.length === 0 ? 'none' : distinct.length === 1 ? distinct[0]! : 'several';
}

/**
 * The legend's entries for the fills `used` on the map, with the dot's when `marked` (the map marks a county too small
 * to see); `unit` scales the outlines of the swatches. The state agencies' note names each model with where it works.
 */
export function listLegend(input: MapInput, used: Set<Fill>, unit: number, marked = false): Legend {
  const labels = input.labels;
  const entry = (fill: string, text: string, stroke = fill, strokeWidth = 0, shape: Swatch['shape'] = 'square') => ({
    shape,
    fill,
    stroke,
    strokeWidth,
    text,
  });
  const swatches: Swatch[] = [];
  for (const model of MODELS) if (used.has(model)) swatches.push(entry(MAP_COLORS[model], labels.legendModels[model]));
  if (used.has('several')) swatches.push(entry(MAP_COLORS.several, labels.legendSeveral));
  if (used.has('none')) swatches.push(entry(MAP_COLORS.none, labels.legendNone, '#999999', unit));
  if (input.highlight.length) swatches.push(entry('none', labels.legendRegion, MAP_COLORS.region, 3 * unit));
  if (marked) swatches.push(entry('#FFFFFF', labels.legendMarker, MAP_COLORS.text, unit, 'dot'));
  const reach = { field: labels.legendField, jail: labels.legendJail };
  const models = MODELS.filter((model) => input.statewide[MODEL_REACH[model]].includes(model));
  if (labels.legendStatewide === null || models.length === 0) return { swatches };
  return {
    swatches,
    statewide: {
      heading: labels.legendStatewide,
      items: models.map((model) => `• ${labels.legendModels[model]}: ${reach[MODEL_REACH[model]]}`),
    },
  };
}

/**
 * Places the legend in `columns` columns of `columnWidth` px: swatches row by row, then the statewide models across
 * the full width (one per line in a single column, run together in several). Returns the legend's height in px.
 */
export function arrangeLegend(
  legend: Legend,
  columns: number,
  columnWidth: number,
  m: Metrics,
): { placed: Placed[]; height: number } {
  const placed: Placed[] = [];
  const rowGap = m.lineHeight * 0.45;
  let y = 0;
  for (let row = 0; row < legend.swatches.length; row += columns) {
    let rowHeight = m.swatch;
    legend.swatches.slice(row, row + columns).forEach((swatch, column) => {
      const lines = wrapText(swatch.text, columnWidth - m.swatch - m.swatchGap, m.fontSize);
      placed.push({ x: column * (columnWidth + m.gap), y, swatch, lines });
      rowHeight = Math.max(rowHeight, lines.length * m.lineHeight);
    });
    y += rowHeight + rowGap;
  }
  if (legend.statewide) {
    const fullWidth = columns * columnWidth + (columns - 1) * m.gap;
    const { heading, items } = legend.statewide;
    const lines =
      columns === 1
        ? [heading, ...items].flatMap((text) => wrapText(text, fullWidth, m.fontSize))
        : wrapText([heading, ...items].join(' '), fullWidth, m.fontSize);
    placed.push({ x: 0, y, lines });
    y += lines.length * m.lineHeight + rowGap;
  }
  return { placed, height: Math.max(0, y - rowGap) };
}
