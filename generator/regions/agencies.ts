// Groups a dataset's agreements into agencies (one agency, several models) and places each agency:
// statewide, in one county, or unplaced (listed, never dropped).

import { cleanText, normalizeKey } from '../data/normalize.ts';
import type { Agreement, AgencyType, Dataset, Model } from '../data/types.ts';
import { countiesOf, countyKey, findCounty } from '../geo/counties.ts';
import { countyOfPlace } from '../geo/gazetteer.ts';
import { isStatewide, kindOf, looksRegional, type AgencyKind } from './jurisdiction.ts';

export type Placement =
  | { reach: 'state' }
  | {
      reach: 'county';
      counties: string[]; // county FIPS codes the agency serves: one for most, several for a regional agency
      method: 'table' | 'county-column' | 'agency-name' | 'gazetteer' | 'only-county';
      check?: string; // why a person should check it: ICE's COUNTY matched only a close spelling
    }
  | { reach: 'unplaced'; reason: string };

/** A row of the placement table (places.csv): the counties this agency serves, or statewide. */
export interface PlaceOverride {
  state: string;
  agencyKey: string;
  counties: string[] | 'statewide'; // county FIPS codes
  source: string | null; // where the counties come from (a URL), as the table gives it
  file: string; // the places.csv the row is in: the kit's or the data folder's own
}

export interface Agency {
  key: string; // `${state}:${agencyKey}`
  state: string;
  name: string; // published name (the first spelling seen)
  type: AgencyType;
  kind: AgencyKind; // sheriff, city police, campus police, prosecutor, corrections...
  countyText: string | null; // ICE's COUNTY text
  placement: Placement;
  agreements: Agreement[]; // participating, sorted by model
  pending: Agreement[]; // in the pending list, sorted by model
}

const MODEL_ORDER: Record<Model, number> = { JEM: 0, WSO: 1, TFM: 2 };
const byModel = (a: Agreement, b: Agreement) => MODEL_ORDER[a.model] - MODEL_ORDER[b.model];

/**
 * The places a municipal agency's name may refer to, most specific first:
 * "City of Ft. Myers Police Department" -> ["Ft. Myers"], "Haines City Police Department" -> ["Haines City", "Haines"],
 * "Sewickley Township Constable's Office" -> ["Sewickley Township"] (a township is not the borough of its name).
 */
export function placesFromAgencyName(name: string): string[] {
  const text = cleanText(name)
    .replace(/^(the\s+)?(city|town|village|borough|township)\s+of\s+/i, '')
    .replace(/\s*\(.*?\)\s*/g, ' ');
  const match =
    /^(.+?)\s+(police|marshal|department of public safety|public safety|dept\b|pd\b|law enforcement|constable)/i.exec(
      text,
    );
  if (!match) return [];
  const place = match[1]!.replace(/,$/, '').trim();
  // "Haines City" may be the gazetteer's "Haines"; a "Borough" is the borough itself, but a Pennsylvania
  // township is not the borough of the same name
  // ("Sewickley Township" is in Westmoreland County, the borough of Sewickley in Allegheny County).
  const shorter = place.replace(/\s+(city|town|village|borough)$/i, '');
  return shorter === place ? [place] : [place, shorter];
}

const COUNTY_IN_NAME = /^(.+?)\s+(county|parish|borough)\b/i;

export function placeAgency(
  state: string,
  agencyKey: string,
  name: string,
  type: AgencyType,
  countyText: string | null,
  overrides: Map<string, PlaceOverride>,
): Placement {
  const override = overrides.get(`${state}:${agencyKey}`);
  if (override)
    return override.counties === 'statewide'
      ? { reach: 'state' }
      : { reach: 'county', counties: override.counties, method: 'table' };
  if (isStatewide(name, type)) return { reach: 'state' };
  const counties = countiesOf(state);
  if (counties.length === 1) return { reach: 'county', counties: [counties[0]!.fips], method: 'only-county' };
  if (countyText) {
    const county = findCounty(state, countyText);
    const exact = county?.key.replace(/\s+/g, '') === countyKey(countyText).replace(/\s+/g, ''); // LaSalle, La Salle
    // A close spelling is ICE's typo ("Pulaksi County") unless the cell repeats the agency's own name: the "North
    // County Police Cooperative" with COUNTY "North County" is in St. Louis County, not Worth County.
    if (county && (exact || !normalizeKey(name).includes(normalizeKey(countyText))))
      return exact
        ? { reach: 'county', counties: [county.fips], method: 'county-column' }
        : {
            reach: 'county',
            counties: [county.fips],
            method: 'county-column',
            check: `ICE's COUNTY "${countyText}" read as ${county.name}`,
          };
  }
  const named = COUNTY_IN_NAME.exec(name);
  if (named) {
    // A close spelling counts only when it starts alike ("Berrian" for Berrien): the "North County Police
    // Cooperative" is not in Worth County.
    const county = findCounty(state, named[1]!);
    const key = countyKey(named[1]!);
    const exact = county && (county.key === key || county.key === `${key} city`);
    if (county && (exact || county.key[0] === key[0]))
      return exact
        ? { reach: 'county', counties: [county.fips], method: 'agency-name' }
        : {
            reach: 'county',
            counties: [county.fips],
            method: 'agency-name',
            check: `the name's "${named[1]!} County" read as ${county.name}`,
          };
  }
  // "Metro Police Authority of Genesee County": a county named anywhere in the name.
  const lower = name.toLowerCase();
  const inName = countiesOf(state).filter((county) => lower.includes(county.name.toLowerCase()));
  if (inName.length === 1) return { reach: 'county', counties: [inName[0]!.fips], method: 'agency-name' };
  const places = placesFromAgencyName(name);
  for (const place of places) {
    const fips = countyOfPlace(state, place);
    if (fips) return { reach: 'county', counties: [fips], method: 'gazetteer' };
  }
  if (type === 'state' && !countyText)
    return { reach: 'unplaced', reason: 'a state agency with a local jurisdiction, and no county given' };
  if (type === 'other' && !countyText) return { reach: 'unplaced', reason: 'agency type unknown and no county given' };
  return {
    reach: 'unplaced',
    reason: countyText
      ? `COUNTY "${countyText}" is not a county of ${state}`
      : places.length > 0
        ? `no single place "${places[0]}" in the gazetteer`
        : 'no county given and none in the name',
  };
}

/** Every agency in the dataset (participating and pending), placed, sorted by state then name. */
export function buildAgencies(dataset: Dataset, overrides: Map<string, PlaceOverride> = new Map()): Agency[] {
  const agencies = new Map<string, Agency>();
  const add = (agreement: Agreement, pending: boolean) => {
    const key = `${agreement.state}:${agreement.agencyKey}`;
    let agency = agencies.get(key);
    if (!agency) {
      agency = {
        key,
        state: agreement.state,
        name: agreement.agency,
        type: agreement.type,
        kind: kindOf(agreement.agency, agreement.type),
        countyText: agreement.county,
        placement: { reach: 'unplaced', reason: '' },
        agreements: [],
        pending: [],
      };
      agencies.set(key, agency);
    }
    agency.countyText ??= agreement.county;
    (pending ? agency.pending : agency.agreements).push(agreement);
  };
  for (const agreement of dataset.participating.agreements) add(agreement, false);
  for (const agreement of dataset.pending?.agreements ?? []) add(agreement, true);
  for (const agency of agencies.values()) {
    agency.agreements.sort(byModel);
    agency.pending.sort(byModel);
    agency.placement = placeAgency(
      agency.state,
      normalizeKey(agency.name),
      agency.name,
      agency.type,
      agency.countyText,
      overrides,
    );
  }
  return [...agencies.values()].sort((a, b) => a.state.localeCompare(b.state) || a.name.localeCompare(b.name));
}

/**
 * The agencies whose name reads as serving several counties (a judicial circuit, a regional jail or police department)
 * that the placement table does not list: their counties are only what ICE's COUNTY column or the name says, which
 * may be one county of several. A name that names one county ("Lebanon County Regional Police Department") is that
 * county's. `kit data stats` prints them so the table can be completed.
 */
export function findRegionalNotInTable(agencies: Agency[], overrides: Map<string, PlaceOverride>): Agency[] {
  return agencies.filter((agency) => {
    if (overrides.has(agency.key) || !looksRegional(agency.name)) return false;
    const name = agency.name.toLowerCase();
    return !countiesOf(agency.state).some((county) => name.includes(county.name.toLowerCase()));
  });
}
