// The region summary's view model: plain JSON holding every decision (order, labels, dates), from
// which the Markdown summary and later outputs are rendered.

import type { Diff } from '../data/diff.ts';
import { checkFreshness, type Freshness } from '../data/freshness.ts';
import { MODEL_NAMES, type Dataset, type Model } from '../data/types.ts';
import { countyByFips } from '../geo/counties.ts';
import { STATES } from '../data/states.ts';
import { placeKey } from '../geo/gazetteer.ts';
import { largestPlacesIn } from '../geo/places.ts';
import { placesFromAgencyName, type Agency } from './agencies.ts';
import type { RegionView } from './resolve.ts';

export interface AgreementEntry {
  model: Model;
  modelName: string;
  signed: string | null;
  moaUrl: string | null;
  moaStatus: string;
}

export interface AgencyEntry {
  name: string;
  state: string;
  type: Agency['type'];
  kind: Agency['kind']; // sheriff, police, campus, prosecutor, corrections...
  reach: 'county' | 'statewide' | 'unplaced';
  county: string | null; // the names of the counties it serves, joined by ", " (one for most agencies)
  placedBy: string | null; // how the county was found
  agreements: AgreementEntry[];
  pending: { model: Model; modelName: string }[];
}

export interface RegionSummary {
  region: { id: string; kind: string; name: string; state: string | null; stateName: string | null; counties: number };
  data: {
    asOf: string;
    source: string;
    sha256: string;
    pendingAsOf: string | null;
    pendingSource: string | null;
    freshness: Freshness;
  };
  counts: RegionView['counts'];
  answers: {
    sheriffs: { county: string; agency: string | null; models: Model[]; pendingModels: Model[] }[];
    sheriffsWithAgreement: number;
    signedSheriffs: { county: string; agency: string; models: Model[] }[]; // the sheriffs with a signed agreement
    cityPolice: AgencyEntry[];
    otherCities: string[]; // a county's big cities whose police are not on ICE's lists (at most 2), for "such as"
    jail: AgencyEntry[]; // JEM or WSO: inside jails and prisons; local ones first, then the state's prisons
    field: AgencyEntry[]; // TFM: on the street; local ones first, then statewide ones
    severalAgreements: boolean;
    pending: AgencyEntry[];
  };
  agencies: AgencyEntry[];
  unplaced: AgencyEntry[];
  changes: Diff | null;
}

// A city named as an example of police not on ICE's list must have police of its own. GeoNames does not tell a city
// from an unincorporated place (Kendall, Florida; Paradise, Nevada), so only county seats of 100,000 people or more
// and places of 300,000 or more are named: those are cities.
const SEAT_AT_LEAST = 100_000;
const CITY_AT_LEAST = 300_000;

/**
 * For a county region, its largest cities (at most 2, largest first) whose police are not among the county's city
 * police on ICE's lists: Tarrant County's Fort Worth and Arlington. Empty for other regions.
 */
function findBigCitiesNotListed(view: RegionView): string[] {
  if (view.region.kind !== 'county') return [];
  // A place is listed when a local agency's name is the place's ("City of Miami Police Department") or starts with it
  // ("Las Vegas Metropolitan Police Department" polices Las Vegas).
  const listed = new Set(view.local.flatMap((agency) => placesFromAgencyName(agency.name).map(placeKey)));
  const names = view.local.map((agency) => placeKey(agency.name));
  return largestPlacesIn(view.region.counties[0]!, 20)
    .filter((place) => (place.seat && place.population >= SEAT_AT_LEAST) || place.population >= CITY_AT_LEAST)
    .filter((place) => {
      const key = placeKey(place.name);
      return !listed.has(key) && !names.some((name) => name.startsWith(`${key} `));
    })
    .slice(0, 2)
    .map((place) => place.name);
}

function entry(agency: Agency): AgencyEntry {
  const placement = agency.placement;
  return {
    name: agency.name,
    state: agency.state,
    type: agency.type,
    kind: agency.kind,
    reach: placement.reach === 'state' ? 'statewide' : placement.reach,
    county:
      placement.reach === 'county'
        ? placement.counties.map((fips) => countyByFips(fips)?.name ?? fips).join(', ')
        : null,
    placedBy: placement.reach === 'county' ? placement.method : null,
    agreements: agency.agreements.map((agreement) => ({
      model: agreement.model,
      modelName: MODEL_NAMES[agreement.model],
      signed: agreement.signed,
      moaUrl: agreement.moa.url,
      moaStatus: agreement.moa.status,
    })),
    pending: agency.pending.map((agreement) => ({ model: agreement.model, modelName: MODEL_NAMES[agreement.model] })),
  };
}

export function buildRegionSummary(
  view: RegionView,
  dataset: Dataset,
  changes: Diff | null,
  today: string,
): RegionSummary {
  const state = STATES.find((candidate) => candidate.code === view.region.state);
  const sheriffs = view.sheriffs.map((answer) => ({
    county: answer.county.name,
    agency: answer.agency?.name ?? null,
    models: answer.agency?.agreements.map((agreement) => agreement.model) ?? [],
    pendingModels: answer.agency?.pending.map((agreement) => agreement.model) ?? [],
  }));
  return {
    region: {
      id: view.region.id,
      kind: view.region.kind,
      name: view.region.name,
      state: view.region.state,
      stateName: state?.name ?? null,
      counties: view.region.counties.length,
    },
    data: {
      asOf: dataset.participating.asOf,
      source: dataset.participating.source.file,
      sha256: dataset.participating.source.sha256,
      pendingAsOf: dataset.pending?.asOf ?? null,
      pendingSource: dataset.pending?.source.file ?? null,
      freshness: checkFreshness(dataset.participating.asOf, today),
    },
    counts: view.counts,
    answers: {
      sheriffs,
      sheriffsWithAgreement: sheriffs.filter((answer) => answer.models.length > 0).length,
      signedSheriffs: sheriffs.flatMap((answer) =>
        answer.agency && answer.models.length > 0
          ? [{ county: answer.county, agency: answer.agency, models: answer.models }]
          : [],
      ),
      cityPolice: view.cityPolice.map(entry),
      otherCities: findBigCitiesNotListed(view),
      jail: view.jail.map(entry),
      field: view.field.map(entry),
      severalAgreements: view.severalAgreements,
      pending: view.pending.map(entry),
    },
    agencies: view.agencies.map(entry),
    unplaced: view.unplaced.map(entry),
    changes,
  };
}
