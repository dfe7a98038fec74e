// Builds one state's map model: which counties hold local 287(g) agreements and of which model, the workshop's region
// outlined, a title on top and a legend beside or below the map. Pure: no disk, clock or randomness.

import type { FeatureCollection, Geometry } from 'geojson';
import { countiesOf } from '../geo/counties.ts';
import { STATES } from '../data/states.ts';
import { arrangeLegend, listLegend, wrapText, type Metrics, type Placed } from './legend.ts';
import { MAP_COLORS, type MapInput, type MapLegendEntry, type MapText, type StateMap } from './model.ts';
import { loadShapes, projectState, roundPx, type Box } from './project.ts';
import { fillCounties } from './tally.ts';

/** The legend's placed entries as the model keeps them: swatch corners and text baselines, rounded. */
function placeLegend(placed: Placed[], left: number, top: number, m: Metrics): MapLegendEntry[] {
  return placed.map(({ x, y, swatch, lines }) => {
    const textX = left + x + (swatch ? m.swatch + m.swatchGap : 0);
    const inset = swatch ? swatch.strokeWidth / 2 : 0;
    return {
      swatch: swatch
        ? {
            shape: swatch.shape,
            x: roundPx(left + x + inset),
            y: roundPx(top + y + inset),
            side: roundPx(m.swatch - swatch.strokeWidth),
            fill: swatch.fill,
            stroke: swatch.stroke,
            strokeWidth: roundPx(swatch.strokeWidth),
          }
        : null,
      lines: lines.map((text, index): MapText => ({
        x: roundPx(textX),
        y: roundPx(top + y + index * m.lineHeight + m.fontSize * 0.95),
        text,
      })),
    };
  });
}

/**
 * The state's map for `input`, projected into `input.width` x `input.height` px (default 960 x 600), the legend
 * placed where it leaves the map largest. Throws (a programming error, not a user's) for an unknown state, a
 * county not of that state, or a size that is not a positive number.
 */
export function buildStateMap(input: MapInput): StateMap {
  const state = STATES.find((candidate) => candidate.code === input.state);
  if (!state)
    throw new Error(
      `buildStateMap: unknown state code ${JSON.stringify(input.state)}; expected a USPS code such as "TX"`,
    );
  const width = input.width ?? 960;
  const height = input.height ?? 600;
  if (!(width > 0 && height > 0 && Number.isFinite(width) && Number.isFinite(height))) {
    throw new Error(`buildStateMap: width and height must be positive numbers of pixels, got ${width} x ${height}`);
  }
  const shapes = loadShapes(state.fips);
  const names = new Map(countiesOf(state.code).map((county) => [county.fips, county.name]));
  const unknown = [...Object.keys(input.counties), ...input.highlight].filter((fips) => !names.has(fips));
  if (unknown.length)
    throw new Error(`buildStateMap: not counties of ${state.code}: ${[...new Set(unknown)].join(', ')}`);

  const collection: FeatureCollection<Geometry> = { type: 'FeatureCollection', features: shapes };
  const fills = fillCounties(state.code, input.counties);
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
  // A county a few pixels across (Saipan, Kalawao, Virginia's small cities) would hide its color and outline, so a
  // dot of its color marks it when it has an agreement or is in the region, and the legend then explains the dot.
  // The entry takes room from the map, so the counties that need a dot are found again with it in place (and those
  // found first stay marked: a layout chosen with the entry may rarely draw the map a little larger).
  const layOut = (marked: boolean) => {
    const legend = listLegend(input, new Set(fills.values()), unit, marked);
    const layout = chooseLayout(
      legend,
      width,
      height,
      top,
      m,
      (box) => projectState(state.code, collection, box).scale,
    );
    const path = projectState(state.code, collection, layout.box);
    const small = shapes.filter((shape) => {
      const fips = String(shape.id);
      return (fills.get(fips) !== 'none' || highlighted.has(fips)) && path.area(shape) < (10 * unit) ** 2;
    });
    return { layout, path, small };
  };
  const first = layOut(false);
  const { layout, path, small } = first.small.length ? layOut(true) : first;
  const marked = shapes.filter((shape) => small.includes(shape) || first.small.includes(shape));

  return {
    state: state.code,
    width: roundPx(width),
    height: roundPx(height),
    title: {
      text: input.labels.title,
      size: roundPx(titleSize),
      color: MAP_COLORS.text,
      lines: titleLines.map((text, index) => ({
        x: roundPx(m.pad),
        y: roundPx(m.pad + titleSize + index * titleLine),
        text,
      })),
    },
    counties: shapes.map((shape) => {
      const fips = String(shape.id);
      return { fips, name: names.get(fips) ?? fips, fill: MAP_COLORS[fills.get(fips)!], rings: path.rings(shape) };
    }),
    border: { color: MAP_COLORS.border, width: roundPx(0.8 * unit) },
    region: highlighted.size
      ? {
          fips: shapes.map((shape) => String(shape.id)).filter((fips) => highlighted.has(fips)),
          color: MAP_COLORS.region,
          width: roundPx(3 * unit),
        }
      : null,
    markers: marked.map((shape) => {
      const fips = String(shape.id);
      const fill = fills.get(fips)!;
      const [cx, cy] = path.centroid(shape);
      const inRegion = highlighted.has(fips);
      return {
        fips,
        name: names.get(fips) ?? fips,
        cx: roundPx(cx),
        cy: roundPx(cy),
        r: roundPx(6 * unit),
        fill: MAP_COLORS[fill],
        stroke: inRegion ? MAP_COLORS.region : MAP_COLORS.text,
        strokeWidth: roundPx(inRegion ? 3 * unit : unit),
      };
    }),
    legend: {
      size: roundPx(m.fontSize),
      color: MAP_COLORS.text,
      entries: placeLegend(layout.placed, layout.left, layout.top, m),
    },
  };
}

interface Layout {
  box: Box; // where the map goes
  left: number; // the legend's corner
  top: number;
  placed: Placed[];
  height: number; // the legend's
}

/**
 * Where the map and `legend` go in `width` x `height` px below a title ending at `top`: the legend in one column on
 * the right, or in two or three columns below, whichever gives the largest `scaleOf` the map's box.
 */
function chooseLayout(
  legend: ReturnType<typeof listLegend>,
  width: number,
  height: number,
  top: number,
  m: Metrics,
  scaleOf: (box: Box) => number,
): Layout {
  const sideWidth = Math.min(300 * m.unit, width * 0.4);
  const side = arrangeLegend(legend, 1, sideWidth, m);
  const layouts: Layout[] = [
    {
      box: [
        [m.pad, top],
        [width - m.pad - sideWidth - m.gap, height - m.pad],
      ],
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
  const fits = (layout: Layout) => {
    const [[x0, y0], [x1, y1]] = layout.box;
    return x1 - x0 >= 1 && y1 - y0 >= 1 && layout.top + layout.height <= height - m.pad + 0.5;
  };
  return layouts
    .map((candidate) => ({ candidate, scale: fits(candidate) ? scaleOf(candidate.box) : 0 }))
    .reduce((best, next) => (next.scale > best.scale * 1.02 ? next : best)).candidate;
}
