// Renders one state's county map as a standalone SVG: which counties hold local 287(g) agreements and of which model,
// with the workshop's region outlined. Pure: no disk, clock or randomness, so the same input gives the same string.

import { createRequire } from 'node:module';
import { geoBounds, geoConicEqualArea, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countiesOf } from '../geo/counties.ts';
import { STATES } from '../data/states.ts';

const require = createRequire(import.meta.url);

export type MapModel = 'JEM' | 'WSO' | 'TFM';
export interface MapLabels {
  title: string;
  legendNone: string;
  legendModels: Record<MapModel, string>;
  legendSeveral: string;
  legendRegion: string;
  legendStatewide: string | null;
}
export interface MapInput {
  state: string; // USPS code, e.g. "TX"
  counties: Record<string, MapModel[]>; // county FIPS -> models held by local agencies there; unlisted = none
  highlight: string[]; // county FIPS of the workshop's region, outlined; empty for a whole-state region
  statewide: MapModel[]; // models held by the state's own agencies: named in the legend only
  labels: MapLabels; // localized text, escaped here
  width?: number; // px, default 960
  height?: number; // px, default 600
}

const MODELS: readonly MapModel[] = ['JEM', 'WSO', 'TFM'];
/** Okabe-Ito colors, told apart with any common color-vision deficiency; "none" is a light gray. */
export const MAP_COLORS = {
  JEM: '#E69F00',
  WSO: '#56B4E9',
  TFM: '#009E73',
  several: '#CC79A7',
  none: '#DDDDDD',
  border: '#FFFFFF',
  region: '#000000',
  text: '#1A1A1A',
} as const;
// Low-latitude islands look right in Mercator; a conic equal-area projection would bend them needlessly.
const MERCATOR_STATES = new Set(['HI', 'AS', 'GU', 'MP', 'PR', 'VI']);
const FONT = "'Noto Sans', 'DejaVu Sans', Arial, Helvetica, sans-serif";

type Fill = MapModel | 'several' | 'none';
type Box = [[number, number], [number, number]];
interface Swatch {
  fill: string;
  stroke: string;
  strokeWidth: number;
  text: string;
}
interface Placed {
  x: number;
  y: number;
  swatch?: Swatch;
  lines: string[];
} // x, y relative to the legend's corner
interface Metrics {
  unit: number;
  pad: number;
  gap: number;
  fontSize: number;
  lineHeight: number;
  swatch: number;
  swatchGap: number;
}

let shapesByState: Map<string, Feature<Geometry>[]> | undefined;

function loadShapes(stateFips: string): Feature<Geometry>[] {
  if (!shapesByState) {
    const topology = require('us-atlas/counties-10m.json') as Topology<{ counties: GeometryCollection }>;
    const all = feature(topology, topology.objects.counties) as FeatureCollection<Geometry>;
    shapesByState = new Map();
    for (const shape of [...all.features].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
      const key = String(shape.id).slice(0, 2);
      shapesByState.set(key, [...(shapesByState.get(key) ?? []), shape]);
    }
  }
  return shapesByState.get(stateFips) ?? [];
}

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
// Characters XML 1.0 forbids anywhere (controls, lone surrogates, U+FFFE/FFFF) would make the document unreadable.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(/[&<>"']/g, (char) => XML_ENTITIES[char]!);
}

/** Rounds a pixel value to 0.1 so that the output is small and stable. */
function px(value: number): string {
  return String(Math.round(value * 10) / 10);
}

/** Rough width in px of `text` in a sans-serif font: wide scripts take a full em, everything else ~0.6 em. */
function textWidth(text: string, size: number): number {
  let ems = 0;
  for (const char of text) ems += char.codePointAt(0)! >= 0x2e80 ? 1 : 0.6;
  return ems * size;
}

/** Greedy word wrap into lines no wider than `width`; a word too long for a line is cut. */
function wrapText(text: string, width: number, size: number): string[] {
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

function fillOf(models: readonly MapModel[] | undefined): Fill {
  const distinct = [...new Set(models ?? [])];
  return distinct.length === 0 ? 'none' : distinct.length === 1 ? distinct[0]! : 'several';
}

/** A projection for the state, centered on its own meridian so that Alaska's Aleutians stay in one piece. */
function buildProjection(state: string, shapes: FeatureCollection<Geometry>): GeoProjection {
  const [[west, south], [east, north]] = geoBounds(shapes);
  const span = (east - west + 360) % 360; // geoBounds gives west > east across the antimeridian
  const center = ((west + span / 2 + 540) % 360) - 180;
  if (MERCATOR_STATES.has(state)) return geoMercator().rotate([-center, 0]);
  const sixth = (north - south) / 6;
  return geoConicEqualArea()
    .rotate([-center, 0])
    .parallels([south + sixth, north - sixth]);
}

interface Projected {
  scale: number;
  d: (shape: Feature<Geometry>) => string;
  area: (shape: Feature<Geometry>) => number;
  centroid: (shape: Feature<Geometry>) => [number, number];
}

// A batch draws each state's map for every county in it, and often in the same box: the fitted projection and
// the county paths are kept for the last few states and boxes instead of being projected again.
const projected = new Map<string, Projected>();
const PROJECTIONS_KEPT = 24;

/** The state's shapes projected into `box`: the projection's scale and each county's path, area and centroid. */
function projectState(state: string, collection: FeatureCollection<Geometry>, box: Box): Projected {
  const key = `${state} ${box.flat().join(' ')}`;
  let entry = projected.get(key);
  if (!entry) {
    const projection = buildProjection(state, collection).fitExtent(box, collection);
    const path = geoPath(projection).digits(1);
    const memo = <T>(compute: (shape: Feature<Geometry>) => T) => {
      const values = new Map<string, T>();
      return (shape: Feature<Geometry>): T => {
        const id = String(shape.id);
        if (!values.has(id)) values.set(id, compute(shape));
        return values.get(id)!;
      };
    };
    entry = {
      scale: projection.scale(),
      d: memo((shape) => path(shape) ?? ''),
      area: memo((shape) => path.area(shape)),
      centroid: memo((shape) => path.centroid(shape)),
    };
    if (projected.size >= PROJECTIONS_KEPT) projected.delete(projected.keys().next().value!);
    projected.set(key, entry);
  }
  return entry;
}

/** The legend's entries: a swatch per color seen on the map and the region outline, then the statewide models. */
function listLegend(
  input: MapInput,
  used: Set<Fill>,
  unit: number,
): { swatches: Swatch[]; statewide?: { heading: string; items: string[] } } {
  const labels = input.labels;
  const entry = (fill: string, text: string, stroke = fill, strokeWidth = 0): Swatch => ({
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
  const models = MODELS.filter((model) => input.statewide.includes(model));
  if (labels.legendStatewide === null || models.length === 0) return { swatches };
  return {
    swatches,
    statewide: { heading: labels.legendStatewide, items: models.map((model) => `• ${labels.legendModels[model]}`) },
  };
}

/**
 * Places the legend in `columns` columns of `columnWidth` px: swatches row by row, then the statewide models across
 * the full width (one per line in a single column, run together in several).
 */
function arrangeLegend(
  legend: ReturnType<typeof listLegend>,
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

function renderLegend(placed: Placed[], left: number, top: number, m: Metrics): string[] {
  const out = [`<g font-size="${px(m.fontSize)}" fill="${MAP_COLORS.text}">`];
  for (const { x, y, swatch, lines } of placed) {
    if (swatch) {
      const inset = swatch.strokeWidth / 2,
        side = px(m.swatch - swatch.strokeWidth);
      out.push(
        `<rect x="${px(left + x + inset)}" y="${px(top + y + inset)}" width="${side}" height="${side}" fill="${swatch.fill}" stroke="${swatch.stroke}" stroke-width="${px(swatch.strokeWidth)}"/>`,
      );
    }
    const textX = left + x + (swatch ? m.swatch + m.swatchGap : 0);
    lines.forEach((line, index) => {
      out.push(
        `<text x="${px(textX)}" y="${px(top + y + index * m.lineHeight + m.fontSize * 0.95)}">${escapeXml(line)}</text>`,
      );
    });
  }
  out.push('</g>');
  return out;
}

/**
 * The state's counties as an SVG document string: fills by the local agreement models in each county, the region
 * outlined, a title on top and a legend beside or below the map, whichever leaves the map larger.
 */
export function renderStateMap(input: MapInput): string {
  const state = STATES.find((candidate) => candidate.code === input.state);
  if (!state)
    throw new Error(
      `renderStateMap: unknown state code ${JSON.stringify(input.state)}; expected a USPS code such as "TX"`,
    );
  const width = input.width ?? 960;
  const height = input.height ?? 600;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new Error(`renderStateMap: width and height must be positive numbers of pixels, got ${width} x ${height}`);
  }
  const shapes = loadShapes(state.fips);
  const names = new Map(countiesOf(state.code).map((county) => [county.fips, county.name]));
  const unknown = [...Object.keys(input.counties), ...input.highlight].filter((fips) => !names.has(fips));
  if (unknown.length)
    throw new Error(`renderStateMap: not counties of ${state.code}: ${[...new Set(unknown)].join(', ')}`);

  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: shapes };
  const fills = new Map(shapes.map((shape) => [String(shape.id), fillOf(input.counties[String(shape.id)])]));
  const highlighted = new Set(input.highlight);
  const unit = Math.min(width / 960, height / 600);
  const m: Metrics = {
    unit,
    pad: 16 * unit,
    gap: 16 * unit,
    fontSize: 18 * unit,
    lineHeight: 23 * unit,
    swatch: 22 * unit,
    swatchGap: 10 * unit,
  };
  const titleSize = 28 * unit,
    titleLine = 34 * unit;
  const titleLines = wrapText(input.labels.title, width - 2 * m.pad, titleSize);
  const top = m.pad + titleLines.length * titleLine + m.gap / 2;

  // The legend goes in a column on the right or in two or three columns below, whichever leaves the map largest.
  const legend = listLegend(input, new Set(fills.values()), unit);
  const sideWidth = Math.min(300 * unit, width * 0.4);
  const side = arrangeLegend(legend, 1, sideWidth, m);
  const layouts = [
    {
      box: [
        [m.pad, top],
        [width - m.pad - sideWidth - m.gap, height - m.pad],
      ] as Box,
      left: width - m.pad - sideWidth,
      top,
      ...side,
    },
  ];
  for (const columns of [2, 3]) {
    const below = arrangeLegend(legend, columns, (width - 2 * m.pad - (columns - 1) * m.gap) / columns, m);
    const legendTop = height - m.pad - below.height;
    layouts.push({
      box: [
        [m.pad, top],
        [width - m.pad, legendTop - m.gap],
      ],
      left: m.pad,
      top: legendTop,
      ...below,
    });
  }
  const scaleOf = (layout: (typeof layouts)[number]) => {
    const [[x0, y0], [x1, y1]] = layout.box;
    if (x1 - x0 < 1 || y1 - y0 < 1 || layout.top + layout.height > height - m.pad + 0.5) return 0;
    return projectState(state.code, collection, layout.box).scale;
  };
  const layout = layouts
    .map((candidate) => ({ candidate, scale: scaleOf(candidate) }))
    .reduce((best, next) => (next.scale > best.scale * 1.02 ? next : best)).candidate;

  const path = projectState(state.code, collection, layout.box);
  const title = escapeXml(input.labels.title);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${px(width)}" height="${px(height)}" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-label="${title}" font-family="${FONT}">`,
    `<title>${title}</title>`,
    `<rect width="100%" height="100%" fill="#FFFFFF"/>`,
  ];
  titleLines.forEach((line, index) => {
    out.push(
      `<text x="${px(m.pad)}" y="${px(m.pad + titleSize + index * titleLine)}" font-size="${px(titleSize)}" font-weight="bold" fill="${MAP_COLORS.text}">${escapeXml(line)}</text>`,
    );
  });
  out.push(`<g stroke="${MAP_COLORS.border}" stroke-width="${px(0.8 * unit)}" stroke-linejoin="round">`);
  for (const shape of shapes) {
    const fips = String(shape.id);
    out.push(
      `<path data-fips="${fips}" fill="${MAP_COLORS[fills.get(fips)!]}" d="${path.d(shape)}"><title>${escapeXml(names.get(fips) ?? fips)}</title></path>`,
    );
  }
  out.push('</g>');
  if (highlighted.size) {
    out.push(`<g fill="none" stroke="${MAP_COLORS.region}" stroke-width="${px(3 * unit)}" stroke-linejoin="round">`);
    for (const shape of shapes)
      if (highlighted.has(String(shape.id))) out.push(`<path data-region="${String(shape.id)}" d="${path.d(shape)}"/>`);
    out.push('</g>');
  }
  // A county a few pixels across (Saipan, Kalawao, Virginia's small cities) would hide its color and outline, so a
  // dot of its color marks it when it has an agreement or is in the region.
  for (const shape of shapes) {
    const fips = String(shape.id);
    const fill = fills.get(fips)!;
    if ((fill === 'none' && !highlighted.has(fips)) || path.area(shape) >= (10 * unit) ** 2) continue;
    const [cx, cy] = path.centroid(shape);
    const stroke = highlighted.has(fips)
      ? `stroke="${MAP_COLORS.region}" stroke-width="${px(3 * unit)}"`
      : `stroke="${MAP_COLORS.text}" stroke-width="${px(unit)}"`;
    out.push(
      `<circle data-marker="${fips}" cx="${px(cx)}" cy="${px(cy)}" r="${px(6 * unit)}" fill="${MAP_COLORS[fill]}" ${stroke}><title>${escapeXml(names.get(fips) ?? fips)}</title></circle>`,
    );
  }
  out.push(...renderLegend(layout.placed, layout.left, layout.top, m), '</svg>', '');
  return out.join('\n');
}
