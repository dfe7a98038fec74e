// Every region a trainer can ask for: each state and territory, each county in them, each agency,
// and the custom regions a workshop config defines. Ids are short and readable: `tx`,
// `tx/harris-county`, `tx/agency/harris-county-sheriffs-office`, `custom/<slug>`.

import { slugify } from '../data/normalize.ts';
import { allCounties } from '../geo/counties.ts';
import { STATES } from '../data/states.ts';
import type { Agency } from './agencies.ts';

export type RegionKind = 'state' | 'county' | 'agency' | 'custom';

export interface Region {
  id: string;
  kind: RegionKind;
  name: string; // "Harris County, Texas"
  state: string | null; // USPS code; null for a custom region spanning states
  counties: string[]; // county FIPS codes the region covers (all of a state's for a state)
  agencies: string[]; // agency keys named directly (agency and custom regions)
}

export function stateRegionId(state: string): string {
  return state.toLowerCase();
}

export function countyRegionId(state: string, countyName: string): string {
  return `${state.toLowerCase()}/${slugify(countyName)}`;
}

export function agencyRegionId(agency: Agency): string {
  return `${agency.state.toLowerCase()}/agency/${slugify(agency.name)}`;
}

/** Every state, county and agency region, in a stable order. */
export function buildCatalog(agencies: Agency[]): Region[] {
  const counties = allCounties();
  const regions: Region[] = [];
  for (const state of STATES) {
    const own = counties.filter((county) => county.state === state.code);
    if (own.length === 0) continue;
    regions.push({
      id: stateRegionId(state.code),
      kind: 'state',
      name: state.name,
      state: state.code,
      counties: own.map((county) => county.fips),
      agencies: [],
    });
    for (const county of own) {
      regions.push({
        id: countyRegionId(state.code, county.name),
        kind: 'county',
        name: `${county.name}, ${state.name}`,
        state: state.code,
        counties: [county.fips],
        agencies: [],
      });
    }
  }
  const stateNames = new Map(STATES.map((state) => [state.code, state.name]));
  const taken = new Set(regions.map((region) => region.id));
  for (const agency of agencies) {
    let id = agencyRegionId(agency);
    for (let n = 2; taken.has(id); n++) id = `${agencyRegionId(agency)}-${n}`;
    taken.add(id);
    const counties = agency.placement.reach === 'county' ? agency.placement.counties : [];
    regions.push({
      id,
      kind: 'agency',
      name: `${agency.name}, ${stateNames.get(agency.state)}`,
      state: agency.state,
      counties,
      agencies: [agency.key],
    });
  }
  return regions;
}
