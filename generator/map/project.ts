// A state's counties projected into a box of pixels: the county shapes of us-atlas, a projection fitted to the box,
// and each county's rings, area and centroid. Pure (the shapes are read once from the installed package).

import { createRequire } from 'node:module';
import { geoBounds, geoConicEqualArea, geoMercator, geoPath, type GeoContext, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MapPoint, MapRing } from './model.ts';

const require = createRequire(import.meta.url);
type CountiesTopology = Topology<{ counties: GeometryCollection }>;

/** Whether `value` (us-atlas's counties-10m.json) is a TopoJSON topology with a `counties` geometry collection. */
function isCountiesTopology(value: unknown): value is CountiesTopology {
  if (typeof value !== 'object' || value === null || !('type' in value) || value.type !== 'Topology') return false;
  if (!('objects' in value) || typeof value.objects !== 'object' || value.objects === null) return false;
  const counties: unknown = 'counties' in value.objects ? value.objects.counties : undefined;
  return (
    typeof counties === 'object' && counties !== null && 'type' in counties && counties.type === 'GeometryCollection'
  );
}

/** [[left, top], [right, bottom]] in px. */
export type Box = [[number, number], [number, number]];

// Low-latitude islands look right in Mercator; a conic equal-area projection would bend them needlessly.
const MERCATOR_STATES = new Set(['HI', 'AS', 'GU', 'MP', 'PR', 'VI']);

let shapesByState: Map<string, Feature<Geometry>[]> | undefined;

/** The county shapes of the state with FIPS code `stateFips` ("48"), sorted by county FIPS; empty when none. */
export function loadShapes(stateFips: string): Feature<Geometry>[] {
  if (!shapesByState) {
    const topology: unknown = require('us-atlas/counties-10m.json');
    if (!isCountiesTopology(topology))
      throw new Error('loadShapes: us-atlas/counties-10m.json has no county collection; reinstall it with npm ci.');
    const all = feature(topology, topology.objects.counties) as FeatureCollection<Geometry>;
    shapesByState = new Map();
    for (const shape of [...all.features].sort((a, b) => String(a.id).localeCompare(String(b.id)))) {
      const key = String(shape.id).slice(0, 2);
      shapesByState.set(key, [...(shapesByState.get(key) ?? []), shape]);
    }
  }
  return shapesByState.get(stateFips) ?? [];
}

/** `value` rounded to 0.1, the precision the map is written in; never -0, which would print as "-0" in a PDF. */
export function roundPx(value: number): number {
  return Math.round(value * 10) / 10 + 0;
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

/**
 * A d3-geo path context that keeps each ring as points rounded to 0.1 px. A county is a polygon, so d3 calls
 * moveTo, lineTo… and closePath for each ring; an open line or a point (arc) would mean another kind of data.
 */
function collectRings(draw: (context: GeoContext) => void): MapRing[] {
  const rings: MapPoint[][] = [];
  let ring: MapPoint[] | null = null;
  draw({
    moveTo(x, y) {
      if (ring) throw new Error('collectRings: a county ring was not closed');
      ring = [[roundPx(x), roundPx(y)]];
    },
    lineTo(x, y) {
      ring!.push([roundPx(x), roundPx(y)]);
    },
    closePath() {
      rings.push(ring!);
      ring = null;
    },
    arc() {
      throw new Error('collectRings: a county shape is a point, not a polygon');
    },
    beginPath() {},
  });
  if (ring) throw new Error('collectRings: a county ring was not closed');
  return rings;
}

/** The state's shapes projected into a box: the projection's scale, and each county's rings, area and centroid. */
export interface Projected {
  scale: number;
  rings: (shape: Feature<Geometry>) => MapRing[]; // px, rounded to 0.1
  area: (shape: Feature<Geometry>) => number; // px², unrounded
  centroid: (shape: Feature<Geometry>) => [number, number]; // px, unrounded
}

// A batch draws each state's map for every county in it, and often in the same box: the fitted projection and
// the county rings are kept for the last few states and boxes instead of being projected again.
const projected = new Map<string, Projected>();
const PROJECTIONS_KEPT = 24;

/** The state's shapes (`collection`, all of one state) projected into `box`. */
export function projectState(state: string, collection: FeatureCollection<Geometry>, box: Box): Projected {
  const key = `${state} ${box.flat().join(' ')}`;
  let entry = projected.get(key);
  if (!entry) {
    const projection = buildProjection(state, collection).fitExtent(box, collection);
    const measure = geoPath(projection);
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
      rings: memo((shape) => collectRings((context) => geoPath(projection, context)(shape))),
      area: memo((shape) => measure.area(shape)),
      centroid: memo((shape) => measure.centroid(shape)),
    };
    if (projected.size >= PROJECTIONS_KEPT) projected.delete(projected.keys().next().value!);
    projected.set(key, entry);
  }
  return entry;
}
