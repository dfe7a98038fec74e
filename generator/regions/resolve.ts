// Resolves a region to the agencies whose agreements reach people there, and answers the four
// questions trainers are asked: the sheriff, the city police, several agreements, what is pending.

import type { Model } from '../data/types.ts';
import { mapModels, MODEL_REACH } from '../data/types.ts';
import { countyByFips } from '../geo/counties.ts';
import type { Agency } from './agencies.ts';
import type { Region } from './catalog.ts';

export interface SheriffAnswer {
  county: { fips: string; name: string };
  agency: Agency | null; // the sheriff's office, when it has a signed or pending agreement
}

export interface RegionView {
  region: Region;
  agencies: Agency[]; // every agency reaching the region: local ones first, then statewide ones
  local: Agency[]; // placed in one of the region's counties, or named by the region
  statewide: Agency[]; // state agencies: their agreements reach every county of the state
  sheriffs: SheriffAnswer[]; // one per county of the region (none for an agency region)
  cityPolice: Agency[]; // city and town police among the local ones (not campus police, constables or county bodies)
  jail: Agency[]; // agencies whose JEM or WSO agreement works in a jail or prison that holds people from here
  field: Agency[]; // agencies whose TFM agreement reaches the street here: local ones, then statewide ones
  pending: Agency[]; // agencies with an agreement in ICE's pending list
  unplaced: Agency[]; // agencies of the region's state(s) that could not be put in a county: maybe here
  counts: { agencies: number; agreements: number; pendingAgreements: number; byModel: Record<Model, number> };
  severalAgreements: boolean; // more than one signed agreement reaches the region
}

const SHERIFF = /\bsheriff/i;

export function isSheriff(agency: Agency): boolean {
  return agency.type === 'county' && SHERIFF.test(agency.name);
}

export function resolveRegion(region: Region, agencies: Agency[]): RegionView {
  const counties = new Set(region.counties);
  const named = new Set(region.agencies);
  // State agencies reach every county of their state: the states whose counties the region covers.
  const states = new Set(
    region.kind === 'custom' ? region.counties.map((fips) => countyByFips(fips)?.state) : [region.state],
  );

  const local = agencies.filter(
    (agency) =>
      named.has(agency.key) ||
      (region.kind !== 'agency' &&
        agency.placement.reach === 'county' &&
        agency.placement.counties.some((fips) => counties.has(fips))),
  );
  const statewide =
    region.kind === 'agency'
      ? []
      : agencies.filter(
          (agency) => agency.placement.reach === 'state' && states.has(agency.state) && !named.has(agency.key),
        );
  const unplaced =
    region.kind === 'county' || region.kind === 'custom'
      ? agencies.filter(
          (agency) => agency.placement.reach === 'unplaced' && states.has(agency.state) && !named.has(agency.key),
        )
      : region.kind === 'state'
        ? agencies.filter((agency) => agency.placement.reach === 'unplaced' && agency.state === region.state)
        : [];
  const reaching = [...local, ...statewide];

  const sheriffs: SheriffAnswer[] =
    region.kind === 'agency'
      ? []
      : region.counties.map((fips) => {
          const county = countyByFips(fips);
          const candidates = local.filter(
            (agency) =>
              isSheriff(agency) && agency.placement.reach === 'county' && agency.placement.counties.includes(fips),
          );
          candidates.sort((a, b) => b.agreements.length - a.agreements.length);
          return { county: { fips, name: county?.name ?? fips }, agency: candidates[0] ?? null };
        });

  const byModel = mapModels(() => 0);
  let agreements = 0;
  let pendingAgreements = 0;
  for (const agency of reaching) {
    for (const agreement of agency.agreements) {
      byModel[agreement.model]++;
      agreements++;
    }
    pendingAgreements += agency.pending.length;
  }

  return {
    region,
    agencies: reaching,
    local,
    statewide,
    sheriffs,
    cityPolice: local.filter((agency) => agency.kind === 'police'),
    jail: reaching.filter((agency) => agency.agreements.some((agreement) => MODEL_REACH[agreement.model] === 'jail')),
    field: reaching.filter((agency) => agency.agreements.some((agreement) => MODEL_REACH[agreement.model] === 'field')),
    pending: reaching.filter((agency) => agency.pending.length > 0),
    unplaced,
    counts: {
      agencies: reaching.filter((agency) => agency.agreements.length > 0).length,
      agreements,
      pendingAgreements,
      byModel,
    },
    severalAgreements: agreements > 1,
  };
}
