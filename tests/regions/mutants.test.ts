// Written to kill the mutants Stryker found alive in placement, the region catalog, region answers and the
// region summary (npm run mutate -- regions): small made-up agencies with the expected answers typed out.

import { describe, expect, test } from 'vitest';
import { buildRegionSummary } from '../../generator/regions/summary.ts';
import type { Agreement, AgencyType, Dataset, Model, Snapshot } from '../../generator/data/types.ts';
import { buildAgencies, placeAgency, placesFromAgencyName, type Agency } from '../../generator/regions/agencies.ts';
import {
  agencyRegionId,
  buildCatalog,
  countyRegionId,
  stateRegionId,
  type Region,
} from '../../generator/regions/catalog.ts';
import { isSheriff, resolveRegion } from '../../generator/regions/resolve.ts';

let row = 2;
function agreement(
  state: string,
  agency: string,
  type: AgencyType,
  model: Model,
  county: string | null = null,
  signed: string | null = '2025-05-08',
): Agreement {
  const agencyKey = agency.toLowerCase();
  return {
    id: `${state}:${agencyKey}:${model}`,
    row: row++,
    state,
    agency,
    agencyKey,
    type,
    typeText: null,
    county,
    model,
    signed,
    signedText: null,
    moa: { status: 'linked', url: `https://www.ice.gov/${agencyKey.replace(/\W+/g, '-')}.pdf` },
    addendum: { status: 'none', url: null },
  };
}

function snapshot(kind: 'participating' | 'pending', asOf: string, file: string, agreements: Agreement[]): Snapshot {
  return {
    format: 1,
    kind,
    asOf,
    importedAt: '2026-11-28T00:00:00.000Z',
    source: { file, sha256: 'ab'.repeat(32), bytes: 1, sheet: null, format: 'csv' },
    rows: { read: agreements.length, agreements: agreements.length, rejected: 0, blank: 0 },
    rejected: [],
    warnings: [],
    agreements,
  };
}

const HARRIS = '48201';
const DALLAS = '48113';

const dataset: Dataset = {
  participating: snapshot('participating', '2026-05-18', 'participating-2026-05-18.csv', [
    agreement('TX', "Harris County Sheriff's Office", 'county', 'WSO', 'Harris'),
    agreement('TX', "Harris County Sheriff's Office", 'county', 'JEM', 'Harris'),
    agreement('TX', 'Harris County Constable Precinct 1', 'county', 'TFM', 'Harris'),
    agreement('TX', 'Dallas Police Department', 'municipal', 'TFM', 'Dallas'),
    agreement('TX', 'Texas Department of Public Safety', 'state', 'TFM'),
    agreement('TX', 'Nowhere Special Unit', 'other', 'JEM'),
    agreement('FL', 'Florida Highway Patrol', 'state', 'TFM'),
  ]),
  pending: snapshot('pending', '2026-05-18', 'pending-2026-05-18.csv', [
    agreement('TX', 'Dallas Police Department', 'municipal', 'JEM', null, null),
    agreement('TX', 'Dallas County Sheriff', 'county', 'TFM', 'Dallas', null),
  ]),
};

describe('placing agencies', () => {
  test("reads the place out of a police department's name, most specific first", () => {
    expect(placesFromAgencyName('City of Ft. Myers Police Department')).toEqual(['Ft. Myers']);
    expect(placesFromAgencyName('The Town of Davie Police Department')).toEqual(['Davie']);
    expect(placesFromAgencyName('Haines City Police Department')).toEqual(['Haines City', 'Haines']);
    expect(placesFromAgencyName('Pinellas Park (FL) Police Department')).toEqual(['Pinellas Park']);
    expect(placesFromAgencyName('Mesquite, Police Dept')).toEqual(['Mesquite']);
    expect(placesFromAgencyName('Odessa PD')).toEqual(['Odessa']);
    expect(placesFromAgencyName('Sheriff of Nowhere')).toEqual([]);
    expect(placesFromAgencyName('Mesquite , Police Department')).toEqual(['Mesquite']);
    expect(placesFromAgencyName('Paul, Park, Police Department')).toEqual(['Paul, Park']);
    expect(placesFromAgencyName('Haines  City Police Department')).toEqual(['Haines  City', 'Haines']);
    expect(placesFromAgencyName('Union City Heights Police Department')).toEqual(['Union City Heights']);
    expect(placesFromAgencyName('North City of Hope Police Department')).toEqual(['North City of Hope']);
    expect(placesFromAgencyName('The  City of Davie Police Department')).toEqual(['Davie']);
    expect(placesFromAgencyName('City  of Davie Police Department')).toEqual(['Davie']);
    expect(placesFromAgencyName('Pinellas Park(FL) Police Department')).toEqual(['Pinellas Park']);
    expect(placesFromAgencyName('Pinellas Park (FL)Police Department')).toEqual(['Pinellas Park']);
  });

  test('places by override, type, the only county, COUNTY, the name and the gazetteer, in that order', () => {
    const none = new Map();
    expect(
      placeAgency(
        'TX',
        'x',
        'X Police',
        'municipal',
        'Harris',
        new Map([['TX:x', { state: 'TX', agencyKey: 'x', counties: [DALLAS], source: null, file: 'places.csv' }]]),
      ),
    ).toEqual({ reach: 'county', counties: [DALLAS], method: 'table' });
    expect(
      placeAgency(
        'TX',
        'x',
        'X Police',
        'municipal',
        'Harris',
        new Map([['TX:x', { state: 'TX', agencyKey: 'x', counties: 'statewide', source: null, file: 'places.csv' }]]),
      ),
    ).toEqual({ reach: 'state' });
    expect(placeAgency('TX', 'x', 'Harris County Office', 'state', 'Harris', none)).toEqual({ reach: 'state' });
    expect(placeAgency('DC', 'x', 'Metropolitan Police', 'municipal', null, none)).toEqual({
      reach: 'county',
      counties: ['11001'],
      method: 'only-county',
    });
    expect(placeAgency('TX', 'x', 'Dallas County Sheriff', 'county', 'Harris', none)).toEqual({
      reach: 'county',
      counties: [HARRIS],
      method: 'county-column',
    });
    expect(placeAgency('TX', 'x', 'Dallas County Sheriff', 'county', 'Atlantis', none)).toEqual({
      reach: 'county',
      counties: [DALLAS],
      method: 'agency-name',
    });
    expect(placeAgency('TX', 'x', 'Atlantis County Sheriff', 'county', null, none)).toEqual({
      reach: 'unplaced',
      reason: 'no county given and none in the name',
    });
    expect(placeAgency('TX', 'x', 'Atlantis County Sheriff', 'county', 'Atlantis', none)).toEqual({
      reach: 'unplaced',
      reason: 'COUNTY "Atlantis" is not a county of TX',
    });
    expect(placeAgency('TX', 'x', 'Nowhere Unit', 'other', null, none)).toEqual({
      reach: 'unplaced',
      reason: 'agency type unknown and no county given',
    });
    expect(placeAgency('TX', 'x', 'Qqzzx Police Department', 'municipal', null, none)).toEqual({
      reach: 'unplaced',
      reason: 'no single place "Qqzzx" in the gazetteer',
    });
    expect(placeAgency('TX', 'x', 'Austin Police Department', 'municipal', null, none)).toEqual({
      reach: 'county',
      counties: ['48453'],
      method: 'gazetteer',
    });
  });

  test('groups agreements into agencies sorted by state then name, models in JEM, WSO, TFM order', () => {
    const agencies = buildAgencies(dataset);
    expect(
      agencies.map((agency) => [
        agency.key,
        agency.agreements.map((a) => a.model),
        agency.pending.map((a) => a.model),
        agency.placement.reach,
      ]),
    ).toEqual([
      ['FL:florida highway patrol', ['TFM'], [], 'state'],
      ['TX:dallas county sheriff', [], ['TFM'], 'county'],
      ['TX:dallas police department', ['TFM'], ['JEM'], 'county'],
      ['TX:harris county constable precinct 1', ['TFM'], [], 'county'],
      ["TX:harris county sheriff's office", ['JEM', 'WSO'], [], 'county'],
      ['TX:nowhere special unit', ['JEM'], [], 'unplaced'],
      ['TX:texas department of public safety', ['TFM'], [], 'state'],
    ]);
  });

  test('takes the COUNTY of a later row when the first had none', () => {
    const later: Dataset = {
      participating: snapshot('participating', '2026-05-18', 'p.csv', [
        agreement('TX', 'Odd Unit', 'other', 'JEM'),
        agreement('TX', 'Odd Unit', 'other', 'TFM', 'Dallas'),
      ]),
      pending: null,
    };
    expect(buildAgencies(later)[0]).toMatchObject({
      countyText: 'Dallas',
      placement: { reach: 'county', counties: [DALLAS], method: 'county-column' },
    });
    const pending: Dataset = {
      participating: snapshot('participating', '2026-05-18', 'p.csv', []),
      pending: snapshot('pending', '2026-05-18', 'q.csv', [
        agreement('TX', 'Odd Unit', 'other', 'TFM'),
        agreement('TX', 'Odd Unit', 'other', 'JEM'),
      ]),
    };
    expect(buildAgencies(pending)[0]!.pending.map((a) => a.model)).toEqual(['JEM', 'TFM']);
  });
});

// Built inside each test, not when the file is collected: Stryker switches a mutant on per test.
describe('the catalog and region answers', () => {
  let agencies: Agency[] = [];
  const byId = (id: string) => {
    agencies = buildAgencies(dataset);
    return buildCatalog(agencies).find((region) => region.id === id)!;
  };

  test('names regions by short readable ids, numbering agencies whose names collide', () => {
    expect(stateRegionId('TX')).toBe('tx');
    expect(countyRegionId('TX', 'Harris County')).toBe('tx/harris-county');
    expect(byId('tx')).toMatchObject({ kind: 'state', name: 'Texas', state: 'TX', agencies: [] });
    expect(byId('tx').counties).toHaveLength(254);
    expect(byId('tx/harris-county')).toEqual({
      id: 'tx/harris-county',
      kind: 'county',
      name: 'Harris County, Texas',
      state: 'TX',
      counties: [HARRIS],
      agencies: [],
    });
    expect(byId('tx/agency/harris-county-sheriffs-office')).toEqual({
      id: 'tx/agency/harris-county-sheriffs-office',
      kind: 'agency',
      name: "Harris County Sheriff's Office, Texas",
      state: 'TX',
      counties: [HARRIS],
      agencies: ["TX:harris county sheriff's office"],
    });
    expect(byId('tx/agency/nowhere-special-unit').counties).toEqual([]);
    const twins = buildCatalog([
      ...agencies,
      { ...agencies[1]!, key: 'TX:dallas county sheriff 2' },
      { ...agencies[1]!, key: 'TX:dallas county sheriff 3' },
    ]).filter((region) => region.id.startsWith('tx/agency/dallas-county-sheriff'));
    expect(twins.map((region) => [region.id, region.agencies])).toEqual([
      ['tx/agency/dallas-county-sheriff', ['TX:dallas county sheriff']],
      ['tx/agency/dallas-county-sheriff-2', ['TX:dallas county sheriff 2']],
      ['tx/agency/dallas-county-sheriff-3', ['TX:dallas county sheriff 3']],
    ]);
    expect(byId('tx/agency/dallas-county-sheriff')).toEqual({
      id: 'tx/agency/dallas-county-sheriff',
      kind: 'agency',
      name: 'Dallas County Sheriff, Texas',
      state: 'TX',
      counties: [DALLAS],
      agencies: ['TX:dallas county sheriff'],
    });
    expect(byId('fl/agency/florida-highway-patrol').counties).toEqual([]);
    expect(byId('tx').counties.slice(0, 2)).toEqual(['48001', '48003']);
    expect(byId('tx/anderson-county').agencies).toEqual([]);
    expect(agencyRegionId(agencies[0]!)).toBe('fl/agency/florida-highway-patrol');
  });

  test('answers for a county: its sheriff, city police, state agencies, what is pending and what may be there', () => {
    const view = resolveRegion(byId('tx/dallas-county'), agencies);
    expect(view.local.map((agency) => agency.name)).toEqual(['Dallas County Sheriff', 'Dallas Police Department']);
    expect(view.statewide.map((agency) => agency.name)).toEqual(['Texas Department of Public Safety']);
    expect(view.agencies.map((agency) => agency.name)).toEqual([
      'Dallas County Sheriff',
      'Dallas Police Department',
      'Texas Department of Public Safety',
    ]);
    expect(view.sheriffs.map((answer) => [answer.county, answer.agency?.name ?? null])).toEqual([
      [{ fips: DALLAS, name: 'Dallas County' }, 'Dallas County Sheriff'],
    ]);
    expect(view.cityPolice.map((agency) => agency.name)).toEqual(['Dallas Police Department']);
    expect(view.pending.map((agency) => agency.name)).toEqual(['Dallas County Sheriff', 'Dallas Police Department']);
    expect(view.unplaced.map((agency) => agency.name)).toEqual(['Nowhere Special Unit']);
    expect(view.counts).toEqual({
      agencies: 2,
      agreements: 2,
      pendingAgreements: 2,
      byModel: { JEM: 0, WSO: 0, TFM: 2 },
    });
    expect(view.severalAgreements).toBe(true);
  });

  test("picks the county's sheriff with the most agreements, and a constable is not a sheriff", () => {
    const view = resolveRegion(byId('tx/harris-county'), agencies);
    expect(view.sheriffs[0]!.agency!.name).toBe("Harris County Sheriff's Office");
    expect(isSheriff(agencies.find((agency) => agency.name.includes('Constable'))!)).toBe(false);
    expect(isSheriff({ ...agencies[1]!, type: 'municipal' })).toBe(false);
    expect(view.counts).toEqual({
      agencies: 3,
      agreements: 4,
      pendingAgreements: 0,
      byModel: { JEM: 1, WSO: 1, TFM: 2 },
    });
    // Given the weaker sheriff first, the one with more agreements still answers.
    const strong = agencies.find((agency) => agency.name === "Harris County Sheriff's Office")!;
    const weak = {
      ...strong,
      key: 'TX:harris county sheriff annex',
      name: 'Harris County Sheriff Annex',
      agreements: [strong.agreements[0]!],
    };
    expect(resolveRegion(byId('tx/harris-county'), [weak, strong]).sheriffs[0]!.agency!.name).toBe(
      "Harris County Sheriff's Office",
    );
  });

  test('an agency region is the agency alone: no sheriffs, statewide or unplaced agencies', () => {
    const view = resolveRegion(byId('tx/agency/dallas-police-department'), agencies);
    expect(view.agencies.map((agency) => agency.name)).toEqual(['Dallas Police Department']);
    expect([view.sheriffs, view.statewide, view.unplaced]).toEqual([[], [], []]);
    expect(view.counts).toEqual({
      agencies: 1,
      agreements: 1,
      pendingAgreements: 1,
      byModel: { JEM: 0, WSO: 0, TFM: 1 },
    });
    expect(view.severalAgreements).toBe(false);
    const pendingOnly = resolveRegion(byId('tx/agency/dallas-county-sheriff'), agencies);
    expect(pendingOnly.counts).toEqual({
      agencies: 0,
      agreements: 0,
      pendingAgreements: 1,
      byModel: { JEM: 0, WSO: 0, TFM: 0 },
    });
  });

  test('a state region lists its unplaced agencies; a custom region reaches the state agencies of its states', () => {
    expect(resolveRegion(byId('tx'), agencies).unplaced.map((agency) => agency.name)).toEqual(['Nowhere Special Unit']);
    expect(resolveRegion(byId('fl'), agencies).unplaced).toEqual([]);
    const custom: Region = {
      id: 'custom/two',
      kind: 'custom',
      name: 'Two counties',
      state: null,
      counties: [HARRIS, '12086'],
      agencies: ['TX:dallas police department'],
    };
    const view = resolveRegion(custom, agencies);
    expect(view.local.map((agency) => agency.name)).toEqual([
      'Dallas Police Department',
      'Harris County Constable Precinct 1',
      "Harris County Sheriff's Office",
    ]);
    expect(view.statewide.map((agency) => agency.name)).toEqual([
      'Florida Highway Patrol',
      'Texas Department of Public Safety',
    ]);
    expect(view.unplaced.map((agency) => agency.name)).toEqual(['Nowhere Special Unit']);
    expect(view.sheriffs.map((answer) => [answer.county.name, answer.agency?.name ?? null])).toEqual([
      ['Harris County', "Harris County Sheriff's Office"],
      ['Miami-Dade County', null],
    ]);
  });
});

describe('the region summary', () => {
  test("carries the data's date, files and freshness, and the answers as plain entries", () => {
    const agencies = buildAgencies(dataset);
    const dallas = buildCatalog(agencies).find((region) => region.id === 'tx/dallas-county')!;
    const summary = buildRegionSummary(resolveRegion(dallas, agencies), dataset, null, '2026-06-18');
    expect(summary.region).toEqual({
      id: 'tx/dallas-county',
      kind: 'county',
      name: 'Dallas County, Texas',
      state: 'TX',
      stateName: 'Texas',
      counties: 1,
    });
    expect(summary.data).toEqual({
      asOf: '2026-05-18',
      source: 'participating-2026-05-18.csv',
      sha256: 'ab'.repeat(32),
      pendingAsOf: '2026-05-18',
      pendingSource: 'pending-2026-05-18.csv',
      freshness: { ageDays: 31, stale: true, message: expect.stringContaining('from 2026-05-18, 31 days ago') },
    });
    expect(summary.answers.sheriffs).toEqual([
      { county: 'Dallas County', agency: 'Dallas County Sheriff', models: [], pendingModels: ['TFM'] },
    ]);
    expect(summary.answers.sheriffsWithAgreement).toBe(0);
    expect(summary.answers.severalAgreements).toBe(true);
    expect(summary.answers.cityPolice).toEqual([
      {
        name: 'Dallas Police Department',
        state: 'TX',
        type: 'municipal',
        kind: 'police',
        reach: 'county',
        county: 'Dallas County',
        placedBy: 'county-column',
        agreements: [
          {
            model: 'TFM',
            modelName: 'Task Force Model',
            signed: '2025-05-08',
            moaUrl: 'https://www.ice.gov/dallas-police-department.pdf',
            moaStatus: 'linked',
          },
        ],
        pending: [{ model: 'JEM', modelName: 'Jail Enforcement Model' }],
      },
    ]);
    expect(summary.agencies.map((entry) => [entry.name, entry.reach, entry.county, entry.placedBy])).toEqual([
      ['Dallas County Sheriff', 'county', 'Dallas County', 'county-column'],
      ['Dallas Police Department', 'county', 'Dallas County', 'county-column'],
      ['Texas Department of Public Safety', 'statewide', null, null],
    ]);
    expect(summary.unplaced.map((entry) => [entry.name, entry.reach, entry.county, entry.placedBy])).toEqual([
      ['Nowhere Special Unit', 'unplaced', null, null],
    ]);
    expect(summary.answers.pending.map((entry) => entry.name)).toEqual([
      'Dallas County Sheriff',
      'Dallas Police Department',
    ]);
    expect(summary.changes).toBeNull();
  });

  test('is fresh on day 30, has no pending files without a pending list, and counts sheriffs with an agreement', () => {
    const agencies = buildAgencies(dataset);
    const harris = buildCatalog(agencies).find((region) => region.id === 'tx/harris-county')!;
    const summary = buildRegionSummary(
      resolveRegion(harris, agencies),
      { ...dataset, pending: null },
      null,
      '2026-06-17',
    );
    expect(summary.data.freshness).toEqual({ ageDays: 30, stale: false, message: null });
    expect([summary.data.pendingAsOf, summary.data.pendingSource]).toEqual([null, null]);
    expect(summary.answers.sheriffs).toEqual([
      { county: 'Harris County', agency: "Harris County Sheriff's Office", models: ['JEM', 'WSO'], pendingModels: [] },
    ]);
    expect(summary.answers.sheriffsWithAgreement).toBe(1);
  });

  test('a county without a sheriff in the list, and a custom region spanning states', () => {
    const agencies = buildAgencies(dataset);
    const travis = buildCatalog(agencies).find((region) => region.id === 'tx/travis-county')!;
    const summary = buildRegionSummary(resolveRegion(travis, agencies), dataset, null, '2026-06-17');
    expect(summary.answers.sheriffs).toEqual([
      { county: 'Travis County', agency: null, models: [], pendingModels: [] },
    ]);
    const custom: Region = {
      id: 'custom/two',
      kind: 'custom',
      name: 'Two counties',
      state: null,
      counties: [HARRIS, '12086'],
      agencies: [],
    };
    expect(buildRegionSummary(resolveRegion(custom, agencies), dataset, null, '2026-06-17').region).toEqual({
      id: 'custom/two',
      kind: 'custom',
      name: 'Two counties',
      state: null,
      stateName: null,
      counties: 2,
    });
  });
});
