// The map's facts from the real 2026-05-18 list, and the note's count checked against the map as drawn: the count of
// colored counties and of counties is read back from the built map's county fills, not from the tally's own code.

import { beforeAll, describe, expect, it } from 'vitest';
import { countiesOf } from '../../generator/geo/counties.ts';
import { buildStateMap } from '../../generator/map/build-map.ts';
import { buildMapFacts, buildMapInput } from '../../generator/map/input.ts';
import { MAP_COLORS } from '../../generator/map/model.ts';
import { countMapCounties } from '../../generator/map/tally.ts';
import type { Agency } from '../../generator/regions/agencies.ts';
import type { Region } from '../../generator/regions/catalog.ts';
import { loadWorkshopSources, type WorkshopSources } from '../../generator/workshop/sources.ts';
import { SHIPPED_DATA } from '../helpers.ts';

let sources: WorkshopSources;
beforeAll(async () => {
  sources = await loadWorkshopSources({ dataDir: SHIPPED_DATA, snapshot: null });
  expect(sources.data.dataset.participating.asOf).toBe('2026-05-18');
}, 60_000);

const regionOf = (id: string): Region => sources.data.catalog.find((region) => region.id === id)!;
const agencyNamed = (state: string, name: RegExp): Agency =>
  sources.data.agencies.find((agency) => agency.state === state && name.test(agency.name))!;

describe('the map facts of a region', () => {
  it("keep a state prison system's jail agreement apart from state agencies' Task Force agreements", () => {
    const corrections = agencyNamed('FL', /^Florida Department of Corrections$/);
    expect(corrections.placement.reach).toBe('state');
    expect(corrections.agreements.map((agreement) => agreement.model)).toEqual(['JEM']);
    const facts = buildMapFacts(regionOf('fl/miami-dade-county'), sources.data.agencies)!;
    expect(facts.statewide).toEqual({ field: ['TFM'], jail: ['JEM'] });
    // Arkansas's Department of Corrections holds a jail and a warrant service agreement: both inside its prisons.
    expect(buildMapFacts(regionOf('ar'), sources.data.agencies)!.statewide).toEqual({
      field: ['TFM'],
      jail: ['JEM', 'WSO'],
    });
    // Virginia has no state agency with an agreement on this list: nothing statewide at all.
    expect(buildMapFacts(regionOf('va'), sources.data.agencies)!.statewide).toEqual({ field: [], jail: [] });
  });

  it("put the Wyoming Highway Patrol's Task Force agreement on the street in every county, not in one county", () => {
    const patrol = agencyNamed('WY', /Highway Patrol/);
    expect(patrol.placement.reach).toBe('state');
    const facts = buildMapFacts(regionOf('wy/sweetwater-county'), sources.data.agencies)!;
    expect(facts.statewide.field).toEqual(['TFM']);
    expect(facts.highlight).toEqual(['56037']);
  });

  it('color every county an agency serves, and leave a county-placed agency out of the statewide models', () => {
    const sheriff = agencyNamed('TX', /^Tarrant County Sheriff/);
    const regional: Agency = {
      ...sheriff,
      key: 'TX:test-regional',
      placement: { reach: 'county', counties: ['48001', '48003'], method: 'table' },
      agreements: sheriff.agreements.map((agreement) => ({ ...agreement, model: 'TFM' as const })),
    };
    const facts = buildMapFacts(regionOf('tx/tarrant-county'), [regional])!;
    expect(facts.counties).toEqual({ '48001': ['TFM'], '48003': ['TFM'] });
    expect(facts.statewide).toEqual({ field: [], jail: [] });
    expect(countMapCounties(facts)).toEqual({ local: 2, drawn: 254, statewide: { field: [], jail: [] } });
  });
});

describe("the map note's count", () => {
  it('is the number of counties the built map colors and draws, for a county, a state and every kind of state', () => {
    const seen: Record<string, [number, number]> = {};
    for (const id of ['tx/tarrant-county', 'fl', 'va', 'wy/laramie-county', 'hi', 'nh']) {
      const facts = buildMapFacts(regionOf(id), sources.data.agencies)!;
      const map = buildStateMap(buildMapInput(facts, {}));
      const colored = map.counties.filter((county) => county.fill !== MAP_COLORS.none).length;
      const tally = countMapCounties(facts);
      expect([tally.local, tally.drawn], id).toEqual([colored, map.counties.length]);
      expect(tally.drawn, id).toBe(countiesOf(facts.state).length);
      seen[id] = [tally.local, tally.drawn];
    }
    // A county region counts its whole state, as the map draws it; Florida has a local agreement in every county.
    expect(seen['tx/tarrant-county']![1]).toBe(254);
    expect(seen.fl).toEqual([67, 67]);
    expect(seen.hi).toEqual([0, 5]);
  });
});
