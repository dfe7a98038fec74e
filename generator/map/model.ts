// The region map as plain data: a state's counties projected once into a box of pixels, with their fills, the
// region's outlines, markers for counties too small to see, the title and the legend. build-map.ts makes it; the
// deck's SVG (render-svg.ts) and print's PDF path operators (pdf/map-block.ts) are two writers of the same model.
// A leaf module: types and the palette only, so that pdf/ can read the model without importing the map's code.

import type { MapStatewide, MapTally } from '../content/map-note.ts';
import { MODEL_COLORS, NONE_COLOR, SEVERAL_COLOR } from '../design/palette.ts';

export type { MapStatewide, MapTally };
export type MapModel = 'JEM' | 'WSO' | 'TFM';

/** Localized text of the map; plain text (each writer escapes it for its own format). */
export interface MapLabels {
  title: string;
  legendNone: string;
  legendModels: Record<MapModel, string>;
  legendSeveral: string;
  legendRegion: string;
  legendMarker: string; // the dot over a county too small to see
  legendStatewide: string | null; // heading of the state agencies' note; null leaves the note out
  legendField: string; // after a model's name in that note: where a state agency's field agreement works
  legendJail: string; // after a model's name in that note: where a state agency's jail agreement works
}

/** What a region map shows apart from its words (map/input.ts builds it from the region and the agreements). */
export interface MapFacts {
  state: string; // USPS code, e.g. "TX"
  counties: Record<string, MapModel[]>; // county FIPS -> models held by local agencies there; unlisted = none
  highlight: string[]; // county FIPS of the workshop's region, outlined; empty for a whole-state region
  statewide: MapStatewide; // models held by the state's own agencies: not colored, named in the legend only
}

/** What a region map shows, with its words in the workshop's language. */
export interface MapInput extends MapFacts {
  labels: MapLabels;
  width?: number; // px, default 960
  height?: number; // px, default 600
}

/** The kit's model colours (design/palette.ts), and the map's own: borders, the region's outline, its text. */
export const MAP_COLORS = {
  ...MODEL_COLORS,
  several: SEVERAL_COLOR,
  none: NONE_COLOR,
  border: '#FFFFFF',
  region: '#000000',
  text: '#1A1A1A',
} as const;

/** A color as "#RRGGBB", or "none" for no paint. */
export type MapColor = string;

/** A point in the map's pixels, y down. */
export type MapPoint = readonly [x: number, y: number];
/** A closed polygon ring: move to the first point, lines to the others, close (SVG "M…L…Z"). */
export type MapRing = readonly MapPoint[];

/** A county's shape: its rings in drawing order (islands, holes), filled with the color of its local models. */
export interface MapCounty {
  fips: string;
  name: string;
  fill: MapColor;
  rings: MapRing[]; // empty when the projection leaves nothing of it
}

/** A dot over a county a few pixels across, so that its color and outline stay visible. */
export interface MapMarker {
  fips: string;
  name: string;
  cx: number;
  cy: number;
  r: number;
  fill: MapColor;
  stroke: MapColor;
  strokeWidth: number;
}

/** One line of text, x at its start and y at its baseline. */
export interface MapText {
  x: number;
  y: number;
  text: string;
}

/**
 * A legend's sample, outlined with `stroke` when strokeWidth > 0 (x, y: its top-left corner): a color square, or a
 * dot as round as the square is wide (the sample of a marker).
 */
export interface MapSwatch {
  shape: 'square' | 'dot';
  x: number;
  y: number;
  side: number;
  fill: MapColor;
  stroke: MapColor;
  strokeWidth: number;
}

/** A legend entry: a swatch with its label, or (swatch null) the statewide note, as wrapped lines. */
export interface MapLegendEntry {
  swatch: MapSwatch | null;
  lines: MapText[];
}

/**
 * A state's map ready to write. Every length is in the map's pixels and already rounded to 0.1 px, the precision
 * both writers print, so that the SVG and the PDF draw the very same numbers.
 */
export interface StateMap {
  state: string; // USPS code
  width: number;
  height: number;
  title: { text: string; size: number; color: MapColor; lines: MapText[] }; // text: as given; lines: wrapped, bold
  counties: MapCounty[]; // by FIPS
  border: { color: MapColor; width: number }; // the line between counties
  // The workshop's counties, outlined with their rings, by FIPS; null for a whole-state region.
  region: { fips: string[]; color: MapColor; width: number } | null;
  markers: MapMarker[];
  legend: { size: number; color: MapColor; entries: MapLegendEntry[] }; // size: the font size
}
