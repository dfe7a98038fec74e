import { describe, expect, it } from 'vitest';
import { countiesOf } from '../../generator/geo/counties.ts';
import { STATES } from '../../generator/data/states.ts';
import { buildStateMap } from '../../generator/map/build-map.ts';
import { MAP_COLORS, type MapInput, type MapModel } from '../../generator/map/model.ts';
import { renderMapSvg } from '../../generator/map/render-svg.ts';
import { allElements, parseXml, type XmlElement } from './xml.ts';

/** The map built from `input`, written as the deck's SVG: the builder's decisions are checked in what a viewer gets. */
const renderStateMap = (input: MapInput) => renderMapSvg(buildStateMap(input));

const labels: MapInput['labels'] = {
  title: 'Texas: local 287(g) agreements',
  legendNone: 'No local agreement',
  legendModels: { JEM: 'Jail Enforcement Model', WSO: 'Warrant Service Officer', TFM: 'Task Force Model' },
  legendSeveral: 'Several models',
  legendRegion: 'Workshop region',
  legendMarker: 'Dot: a county too small to see',
  legendStatewide: 'State agencies with an agreement:',
  legendField: 'on the street, in every county',
  legendJail: 'only inside their own prisons or jails',
};
const texas: MapInput = {
  state: 'TX',
  counties: { '48201': ['JEM'], '48113': ['WSO'], '48029': ['TFM', 'JEM'], '48453': ['JEM', 'JEM'], '48245': [] },
  highlight: ['48201', '48157', '48339'],
  statewide: { field: ['TFM'], jail: [] },
  labels,
};

const NO_STATEWIDE: MapInput['statewide'] = { field: [], jail: [] };

function mapOf(input: Partial<MapInput> & { state: string }): XmlElement {
  return parseXml(renderStateMap({ counties: {}, highlight: [], statewide: NO_STATEWIDE, labels, ...input }));
}
function elements(svg: XmlElement, name: string): XmlElement[] {
  return allElements(svg).filter((element) => element.name === name);
}
function countyPaths(svg: XmlElement): Map<string, XmlElement> {
  return new Map(
    elements(svg, 'path')
      .filter((path) => path.attributes['data-fips'])
      .map((path) => [path.attributes['data-fips']!, path]),
  );
}
/** [minX, minY, maxX, maxY] of SVG path data made of M, L and Z commands, as d3-geo writes polygons. */
function pathBounds(d: string): [number, number, number, number] {
  expect(d).toMatch(/^(?:[ML]-?\d+(?:\.\d+)?,-?\d+(?:\.\d+)?|Z)+$/);
  const numbers = d.match(/-?\d+(?:\.\d+)?/g)!.map(Number);
  const xs = numbers.filter((_, index) => index % 2 === 0),
    ys = numbers.filter((_, index) => index % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}
function legendText(svg: XmlElement): string {
  return elements(svg, 'text')
    .map((text) => text.text)
    .join(' ');
}

describe('buildStateMap, written as SVG', () => {
  it('draws every county of every state and territory as one path, inside the image, with its name as a title', () => {
    for (const state of STATES) {
      const svg = mapOf({ state: state.code });
      const paths = countyPaths(svg);
      expect([...paths.keys()], state.code).toEqual(countiesOf(state.code).map((county) => county.fips));
      for (const county of countiesOf(state.code)) {
        const path = paths.get(county.fips)!;
        expect(
          path.children.map((child) => [child.name, child.text]),
          county.fips,
        ).toEqual([['title', county.name]]);
        const [x0, y0, x1, y1] = pathBounds(path.attributes.d!);
        expect(x0 >= 0 && y0 >= 0 && x1 <= 960 && y1 <= 600, `${county.fips} inside 960 x 600`).toBe(true);
      }
    }
  });

  it('has the expected number of counties for Texas, Guam, the Northern Mariana Islands and Alaska', () => {
    expect(countyPaths(mapOf({ state: 'TX' })).size).toBe(254);
    expect(countyPaths(mapOf({ state: 'GU' })).size).toBe(1);
    expect(countyPaths(mapOf({ state: 'MP' })).size).toBe(4);
    const alaska = countyPaths(mapOf({ state: 'AK' })).size;
    expect(alaska).toBeGreaterThanOrEqual(25);
    expect(alaska).toBeLessThanOrEqual(35);
  });

  it('keeps Alaska in one piece across the antimeridian and fills most of the map area', () => {
    const paths = [...countyPaths(mapOf({ state: 'AK' })).values()];
    const bounds = paths.map((path) => pathBounds(path.attributes.d!));
    const width = Math.max(...bounds.map((b) => b[2])) - Math.min(...bounds.map((b) => b[0]));
    const height = Math.max(...bounds.map((b) => b[3])) - Math.min(...bounds.map((b) => b[1]));
    expect(width).toBeGreaterThan(800);
    expect(height).toBeGreaterThan(400);
    // Aleutians West (which crosses 180°) is drawn at the west end of the chain, not split across the image.
    const aleutiansWest = pathBounds(paths.find((path) => path.attributes['data-fips'] === '02016')!.attributes.d!);
    expect(aleutiansWest[2] - aleutiansWest[0]).toBeLessThan(width / 2);
    const northSlope = pathBounds(paths.find((path) => path.attributes['data-fips'] === '02185')!.attributes.d!);
    expect(northSlope[2] - northSlope[0]).toBeGreaterThan(150);
  });

  it('fills each county by its local models: one model its color, two or more the several color, none gray', () => {
    const paths = countyPaths(parseXml(renderStateMap(texas)));
    const fill = (fips: string) => paths.get(fips)!.attributes.fill;
    expect(fill('48201')).toBe(MAP_COLORS.JEM);
    expect(fill('48113')).toBe(MAP_COLORS.WSO);
    expect(fill('48029')).toBe(MAP_COLORS.several);
    expect(fill('48453')).toBe(MAP_COLORS.JEM); // the same model twice is still one model
    expect(fill('48245')).toBe(MAP_COLORS.none);
    expect(fill('48001')).toBe(MAP_COLORS.none);
    const colored = [...paths.values()].filter((path) => path.attributes.fill !== MAP_COLORS.none);
    expect(colored.map((path) => path.attributes['data-fips']).sort()).toEqual(['48029', '48113', '48201', '48453']);
    const colors = new Set(Object.values(MAP_COLORS).map((color) => color.toLowerCase()));
    expect(colors.size).toBe(Object.values(MAP_COLORS).length);
  });

  it('outlines each highlighted county on top of the fills, with the county shape', () => {
    const svg = parseXml(renderStateMap(texas));
    const outlines = elements(svg, 'path').filter((path) => path.attributes['data-region']);
    expect(outlines.map((path) => path.attributes['data-region'])).toEqual(['48157', '48201', '48339']);
    const paths = countyPaths(svg);
    for (const outline of outlines)
      expect(outline.attributes.d).toBe(paths.get(outline.attributes['data-region']!)!.attributes.d);
    const outlineGroup = svg.children.find((child) => child.children.some((path) => path.attributes['data-region']))!;
    expect(outlineGroup.attributes).toMatchObject({ fill: 'none', stroke: MAP_COLORS.region });
    expect(svg.children.indexOf(outlineGroup)).toBeGreaterThan(
      svg.children.findIndex((child) => child.children.some((path) => path.attributes['data-fips'])),
    );
    expect(elements(mapOf({ state: 'TX' }), 'path').filter((path) => path.attributes['data-region'])).toEqual([]);
  });

  it('marks a county too small to see with a dot of its color when it has an agreement or is in the region', () => {
    const svg = mapOf({ state: 'VA', counties: { '51610': ['JEM'], '51059': ['TFM'] }, highlight: ['51685'] });
    const markers = elements(svg, 'circle').filter((circle) => circle.attributes['data-marker']);
    expect(markers.map((marker) => [marker.attributes['data-marker'], marker.attributes.fill])).toEqual([
      ['51610', MAP_COLORS.JEM],
      ['51685', MAP_COLORS.none],
    ]);
    expect(markers[0]!.children[0]!.text).toBe('Falls Church city');
  });

  it('explains the dots in the legend with a dot of its own, only on a map that has them', () => {
    const marked = mapOf({ state: 'VA', counties: { '51610': ['JEM'] } });
    const sample = elements(marked, 'circle').filter((circle) => !circle.attributes['data-marker']);
    expect(sample).toHaveLength(1);
    expect(legendText(marked)).toContain('Dot: a county too small to see');
    // The sample sits left of its label, on the label's line.
    const label = elements(marked, 'text').find((text) => text.text === 'Dot: a county too small to see')!;
    expect(Number(sample[0]!.attributes.cx)).toBeLessThan(Number(label.attributes.x));
    expect(Math.abs(Number(sample[0]!.attributes.cy) - Number(label.attributes.y))).toBeLessThan(18);

    // Texas has no county too small to see, and Virginia without an agreement in one has nothing to mark.
    for (const plain of [mapOf({ state: 'TX', counties: { '48201': ['JEM'] } }), mapOf({ state: 'VA' })]) {
      expect(elements(plain, 'circle')).toEqual([]);
      expect(legendText(plain)).not.toContain('Dot:');
    }
  });

  it('names each state model in the legend with where it works: jail models inside, Task Force on the street', () => {
    const text = legendText(mapOf({ state: 'TX', statewide: { field: ['TFM'], jail: ['JEM', 'WSO'] } }));
    expect(text).toContain('State agencies with an agreement:');
    expect(text).toContain('• Jail Enforcement Model: only inside their own prisons or jails');
    expect(text).toContain('• Warrant Service Officer: only inside their own prisons or jails');
    expect(text).toContain('• Task Force Model: on the street, in every county');
    const jailOnly = legendText(mapOf({ state: 'TX', statewide: { field: [], jail: ['JEM'] } }));
    expect(jailOnly).toContain('• Jail Enforcement Model: only inside their own prisons or jails');
    expect(jailOnly).not.toContain('on the street');
  });

  it('lists in the legend the colors on the map, the region and the statewide models', () => {
    const text = legendText(parseXml(renderStateMap(texas)));
    for (const label of [
      'Jail Enforcement Model',
      'Warrant Service Officer',
      'Several models',
      'No local agreement',
      'Workshop region',
      'State agencies with an agreement:',
      '• Task Force Model: on the street, in every county',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).not.toMatch(/(^|[^•] )Task Force Model/); // no TFM swatch: no county shows the TFM color
    const bare = legendText(
      mapOf({ state: 'TX', statewide: { field: [], jail: ['JEM'] }, labels: { ...labels, legendStatewide: null } }),
    );
    expect(bare).toBe(`${labels.title} No local agreement`);
    expect(legendText(mapOf({ state: 'TX', labels }))).not.toContain('State agencies');
  });

  it('keeps legend text at least 16 px high in a 960 px image and inside the image', () => {
    const svg = parseXml(
      renderStateMap({
        ...texas,
        labels: { ...labels, legendModels: { JEM: 'Modelo de cárcel '.repeat(6), WSO: 'W', TFM: 'T' } },
      }),
    );
    const legend = svg.children.find((child) => child.name === 'g' && child.attributes['font-size'])!;
    expect(Number(legend.attributes['font-size'])).toBeGreaterThanOrEqual(16);
    for (const text of elements(svg, 'text')) {
      expect(Number(text.attributes.y)).toBeLessThanOrEqual(600);
      expect(Number(text.attributes.x)).toBeGreaterThanOrEqual(0);
    }
  });

  it('escapes hostile labels everywhere so that they show as plain text and add no markup', () => {
    const hostile = [
      '<script>alert(1)</script>',
      `& " '`,
      '{{ x }}',
      ']]>',
      '</svg><svg onload="alert(1)">',
      '<!-- x -->',
    ];
    for (const text of hostile) {
      const input: MapInput = {
        ...texas,
        labels: {
          title: text,
          legendNone: text,
          legendSeveral: `${text} several`,
          legendRegion: `${text} region`,
          legendMarker: `${text} marker`,
          legendStatewide: `${text} statewide`,
          legendField: `${text} field`,
          legendJail: `${text} jail`,
          legendModels: { JEM: `${text} JEM`, WSO: `${text} WSO`, TFM: `${text} TFM` },
        },
      };
      const raw = renderStateMap(input);
      const svg = parseXml(raw);
      for (const element of allElements(svg)) {
        expect(element.name).toMatch(/^(svg|title|rect|text|g|path|circle)$/);
        for (const name of Object.keys(element.attributes)) {
          expect(name).toMatch(
            /^(xmlns|width|height|viewBox|role|aria-label|font-family|font-size|font-weight|x|y|cx|cy|r|fill|stroke|stroke-width|stroke-linejoin|d|data-fips|data-region|data-marker)$/,
          );
        }
      }
      expect(svg.attributes['aria-label']).toBe(text);
      expect(svg.children[0]).toMatchObject({ name: 'title', text });
      expect(legendText(svg).replace(/\s+/g, '')).toContain(`${text} JEM`.replace(/\s+/g, ''));
      if (/[<>&"']/.test(text)) expect(raw).not.toContain(text);
      expect(raw).not.toMatch(/<script|<!--|]]>|onload="/);
    }
  });

  it('gives the same string for the same input, whatever the order of counties and highlight', () => {
    const first = renderStateMap(texas);
    expect(renderStateMap(structuredClone(texas))).toBe(first);
    const reordered = Object.fromEntries(Object.entries(texas.counties).reverse()) as Record<string, MapModel[]>;
    expect(renderStateMap({ ...texas, counties: reordered, highlight: [...texas.highlight].reverse() })).toBe(first);
  });

  it('stays well under 250 KB for Texas, even with every county colored and highlighted', () => {
    const everything = Object.fromEntries(
      countiesOf('TX').map((county, index) => [
        county.fips,
        (['JEM', 'WSO', 'TFM'] as MapModel[]).slice(0, 1 + (index % 3)),
      ]),
    );
    expect(renderStateMap(texas).length).toBeLessThan(100_000);
    expect(
      Buffer.byteLength(renderStateMap({ ...texas, counties: everything, highlight: Object.keys(everything) })),
    ).toBeLessThan(250_000);
  });

  it('scales text and map with width and height', () => {
    const svg = mapOf({ state: 'TX', width: 1920, height: 1200 });
    expect(svg.attributes).toMatchObject({ width: '1920', height: '1200', viewBox: '0 0 1920 1200', role: 'img' });
    const bounds = [...countyPaths(svg).values()].map((path) => pathBounds(path.attributes.d!));
    expect(Math.max(...bounds.map((b) => b[3]))).toBeGreaterThan(1100);
  });

  it('throws for an unknown state, a county of another state and a size that is not a number of pixels', () => {
    for (const state of ['XX', 'Texas', 'tx', '48', ''])
      expect(() => renderStateMap({ ...texas, state })).toThrow(/unknown state code/);
    expect(() => renderStateMap({ ...texas, counties: { '06037': ['JEM'] } })).toThrow(/not counties of TX: 06037/);
    expect(() => renderStateMap({ ...texas, highlight: ['99999'] })).toThrow(/99999/);
    expect(() => renderStateMap({ ...texas, width: 0 })).toThrow(/width and height/);
    expect(() => renderStateMap({ ...texas, height: Number.NaN })).toThrow(/width and height/);
  });
});

describe('a state drawn for many counties in a row (kit batch)', () => {
  it('outlines only the county asked for each time, with the same county shapes as a first drawing', () => {
    const harris = renderStateMap({ ...texas, highlight: ['48201'] });
    const dallas = renderStateMap({ ...texas, highlight: ['48113'] });
    expect(renderStateMap({ ...texas, highlight: ['48201'] })).toBe(harris);
    const outlined = (svg: string) =>
      elements(parseXml(svg), 'path')
        .filter((path) => path.attributes['data-region'])
        .map((path) => path.attributes['data-region']);
    expect(outlined(harris)).toEqual(['48201']);
    expect(outlined(dallas)).toEqual(['48113']);
    const shapes = (svg: string) =>
      [...countyPaths(parseXml(svg))].map(([fips, path]) => `${fips} ${path.attributes.d}`);
    expect(shapes(dallas)).toEqual(shapes(harris));
    // A map of another size is projected into its own box, not given the shapes kept for the first.
    const square = renderStateMap({ ...texas, highlight: ['48201'], width: 600, height: 600 });
    expect(shapes(square)).not.toEqual(shapes(harris));
    expect(renderStateMap({ ...texas, highlight: ['48201'] })).toBe(harris);
  });
});

describe('the map model', () => {
  const isTenth = (value: number) => Object.is(Math.round(value * 10) / 10 + 0, value) && !Object.is(value, -0);

  it('holds every length rounded to 0.1 px and never -0, so that both writers draw the same numbers', () => {
    for (const state of ['TX', 'AK', 'VA']) {
      const map = buildStateMap({ ...texas, state, counties: {}, highlight: [], statewide: NO_STATEWIDE });
      const numbers = [
        map.width,
        map.height,
        map.title.size,
        map.border.width,
        map.legend.size,
        ...map.title.lines.flatMap((line) => [line.x, line.y]),
        ...map.counties.flatMap((county) => county.rings.flat(2)),
        ...map.markers.flatMap((marker) => [marker.cx, marker.cy, marker.r, marker.strokeWidth]),
        ...map.legend.entries.flatMap((entry) => [
          ...(entry.swatch ? [entry.swatch.x, entry.swatch.y, entry.swatch.side, entry.swatch.strokeWidth] : []),
          ...entry.lines.flatMap((line) => [line.x, line.y]),
        ]),
      ];
      expect(numbers.length).toBeGreaterThan(1000);
      expect(numbers.filter((value) => !isTenth(value))).toEqual([]);
    }
  });

  it('keeps each county as closed rings of at least three points, in FIPS order, named', () => {
    const map = buildStateMap(texas);
    expect(map.counties.map((county) => county.fips)).toEqual(countiesOf('TX').map((county) => county.fips));
    expect(map.counties.find((county) => county.fips === '48439')!.name).toBe('Tarrant County');
    for (const county of map.counties) {
      expect(county.rings.length, county.fips).toBeGreaterThan(0);
      for (const ring of county.rings) expect(ring.length, county.fips).toBeGreaterThanOrEqual(3);
    }
  });

  it('outlines the region by FIPS, and has no region for a whole-state map', () => {
    expect(buildStateMap(texas).region).toEqual({ fips: ['48157', '48201', '48339'], color: '#000000', width: 3 });
    expect(buildStateMap({ ...texas, highlight: [] }).region).toBeNull();
  });

  it('lists the legend as swatch entries, then the statewide note as an entry without a swatch', () => {
    const entries = buildStateMap(texas).legend.entries;
    expect(
      entries.map((entry) => [entry.swatch?.fill ?? null, entry.lines.map((line) => line.text).join(' ')]),
    ).toEqual([
      [MAP_COLORS.JEM, 'Jail Enforcement Model'],
      [MAP_COLORS.WSO, 'Warrant Service Officer'],
      [MAP_COLORS.several, 'Several models'],
      [MAP_COLORS.none, 'No local agreement'],
      ['none', 'Workshop region'],
      [null, 'State agencies with an agreement: • Task Force Model: on the street, in every county'],
    ]);
  });
});
