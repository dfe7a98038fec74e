import { beforeAll, describe, expect, it } from 'vitest';
import { importList } from '../../generator/data/import.ts';
import { computeStats } from '../../generator/data/stats.ts';
import { buildAgencies } from '../../generator/regions/agencies.ts';
import { buildCatalog } from '../../generator/regions/catalog.ts';
import { loadRegionData, type RegionData } from '../../generator/regions/load.ts';
import { buildCustomRegion, pickRegion } from '../../generator/regions/pick.ts';
import { resolveRegion } from '../../generator/regions/resolve.ts';
import { SHIPPED_DATA } from '../helpers.ts';

let data: RegionData;
beforeAll(async () => {
  data = await loadRegionData(SHIPPED_DATA);
});

const region = (id: string) => {
  const found = data.catalog.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no region ${id}`);
  return found;
};

describe('the region catalog', () => {
  it('has every state and territory and every county, including counties without any local agreement', () => {
    const states = data.catalog.filter((candidate) => candidate.kind === 'state');
    const counties = data.catalog.filter((candidate) => candidate.kind === 'county');
    expect(states.map((state) => state.id)).toEqual(expect.arrayContaining(['tx', 'gu', 'mp', 'pr', 'dc']));
    expect(states).toHaveLength(56);
    expect(counties.length).toBeGreaterThan(3200);
    expect(counties.filter((county) => county.state === 'TX')).toHaveLength(254);
    expect(region('va/richmond-city').name).toBe('Richmond city, Virginia');
    expect(region('va/richmond-county').name).toBe('Richmond County, Virginia');
  });

  it('gives every agency in the snapshot a region of its own with a unique id', () => {
    const agencies = data.catalog.filter((candidate) => candidate.kind === 'agency');
    expect(agencies).toHaveLength(data.agencies.length);
    expect(new Set(data.catalog.map((candidate) => candidate.id)).size).toBe(data.catalog.length);
    // ICE's names are all in Latin letters: none of their ids carries the hash a name in another script gets.
    expect(agencies.filter((agency) => /-[0-9a-f]{6}$/.test(agency.id))).toEqual([]);
    expect(region('tx/agency/keller-police-department').kind).toBe('agency');
  });

  it('gives agencies named in another script ids that keep them apart and show their Latin words', async () => {
    const importedAt = '2026-11-30T00:00:00.000Z';
    const header = 'STATE,LAW ENFORCEMENT AGENCY,TYPE,COUNTY,SUPPORT TYPE,SIGNED,MOA';
    const rows = [
      'TEXAS,東京都警視庁 Police Department,Municipality,Tarrant County,Task Force Model,2026-01-02,link',
      'TEXAS,大阪府警察 Police Department,Municipality,Tarrant County,Task Force Model,2026-01-02,link',
    ];
    const participating = await importList({
      file: 'cjk.csv',
      bytes: Buffer.from([header, ...rows].join('\n')),
      kind: 'participating',
      asOf: '2026-11-29',
      importedAt,
    });
    const ids = buildCatalog(buildAgencies({ participating, pending: null }))
      .filter((candidate) => candidate.kind === 'agency')
      .map((candidate) => candidate.id);
    expect(ids.sort()).toEqual(['tx/agency/police-department-3fd4b2', 'tx/agency/police-department-77b54d']);
  });
});

describe('resolving a county', () => {
  it('answers for a county whose sheriff has no agreement but whose city police and state agencies do', () => {
    const view = resolveRegion(region('tx/harris-county'), data.agencies);
    expect(view.sheriffs).toHaveLength(1);
    expect(view.sheriffs[0]!.agency).toBeNull();
    expect(view.cityPolice.map((agency) => agency.name)).toContain('Southside Place Police Department');
    expect(view.statewide.map((agency) => agency.name)).toContain(
      'Texas Department of Public Safety - Texas Highway Patrol',
    );
    expect(view.statewide.every((agency) => agency.state === 'TX' && agency.type === 'state')).toBe(true);
    expect(view.severalAgreements).toBe(true);
  });

  it('finds the sheriff and its models where the sheriff has an agreement', () => {
    const view = resolveRegion(region('tx/tarrant-county'), data.agencies);
    const sheriff = view.sheriffs[0]!.agency!;
    expect(sheriff.name).toMatch(/^Tarrant County Sheriff/);
    expect(sheriff.agreements.map((agreement) => agreement.model)).toEqual(['JEM']);
    expect(view.agencies.every((agency) => agency.state === 'TX')).toBe(true);
  });

  it('includes pending agreements from the pending list current with the snapshot', () => {
    const view = resolveRegion(region('ar/franklin-county'), data.agencies);
    const sheriff = view.sheriffs[0]!.agency!;
    expect(sheriff.name).toBe("Franklin County Sheriff's Office");
    expect(sheriff.pending.map((agreement) => agreement.model).sort()).toEqual(['TFM', 'WSO']);
    expect(view.pending).toContain(sheriff);
  });

  it('places a municipal agency whose COUNTY ICE left as #N/A through the gazetteer', () => {
    const fortMyers = data.agencies.find((agency) => agency.name === 'Fort Myers Police Department')!;
    expect(fortMyers.countyText).toBeNull();
    expect(fortMyers.placement).toEqual({ reach: 'county', counties: ['12071'], method: 'gazetteer' });
    expect(resolveRegion(region('fl/lee-county'), data.agencies).cityPolice).toContain(fortMyers);
  });

  it('lists the agencies that cannot be placed instead of dropping them', () => {
    // A town police department no gazetteer and no table knows, added to ICE's real list.
    const participating = data.dataset.participating;
    const nowhere = {
      ...participating.agreements.find((agreement) => agreement.state === 'FL' && agreement.type === 'municipal')!,
      agency: 'Zzyzx Springs Police Department',
      agencyKey: 'zzyzx springs police department',
      county: null,
    };
    const agencies = buildAgencies(
      { participating: { ...participating, agreements: [...participating.agreements, nowhere] }, pending: null },
      data.overrides,
    );
    const unplaced = agencies.filter((agency) => agency.placement.reach === 'unplaced');
    expect(unplaced.map((agency) => agency.name)).toEqual(['Zzyzx Springs Police Department']);
    const florida = resolveRegion(region('fl/alachua-county'), agencies);
    expect(florida.unplaced.length).toBe(unplaced.filter((agency) => agency.state === 'FL').length);
    const placedOrListed = agencies.filter((agency) => agency.placement.reach !== 'unplaced').length + unplaced.length;
    expect(placedOrListed).toBe(agencies.length);
  });

  it('uses the overrides file for agencies the gazetteer cannot place', () => {
    const uf = data.agencies.find((agency) => agency.name === 'University of Florida Police Department')!;
    expect(uf.placement).toEqual({ reach: 'county', counties: ['12001'], method: 'table' });
  });
});

describe('resolving a state, an agency and a custom region', () => {
  it('counts for a state region equal the snapshot counts for that state', () => {
    const view = resolveRegion(region('tx'), data.agencies);
    const stats = computeStats(data.dataset.participating, { byState: true }).byState!.TX!;
    expect(view.counts.agreements).toBe(stats.total.agreements);
    expect(view.counts.byModel.JEM).toBe(stats.models.JEM.agreements);
    expect(view.counts.byModel.TFM).toBe(stats.models.TFM.agreements);
    expect(view.sheriffs).toHaveLength(254);
  });

  it('resolves a single agency to itself', () => {
    const agencyRegion = pickRegion(data.catalog, 'tarrant county sheriff', ['agency']);
    const view = resolveRegion(agencyRegion, data.agencies);
    expect(view.agencies).toHaveLength(1);
    expect(view.agencies[0]!.name).toMatch(/^Tarrant County Sheriff/);
    expect(view.sheriffs).toEqual([]);
  });

  it('resolves a custom region to the union of its counties and agencies, with each state agency once', () => {
    const custom = buildCustomRegion(data.catalog, {
      name: 'North Texas network',
      counties: ['tx/tarrant-county', 'Dallas County, TX'],
      agencies: ['Fort Myers Police Department'],
    });
    expect(custom.id).toBe('custom/north-texas-network');
    expect(custom.state).toBeNull();
    const view = resolveRegion(custom, data.agencies);
    const tarrant = resolveRegion(region('tx/tarrant-county'), data.agencies);
    const dallas = resolveRegion(region('tx/dallas-county'), data.agencies);
    const names = view.agencies.map((agency) => agency.key);
    expect(new Set(names).size).toBe(names.length);
    for (const agency of [...tarrant.agencies, ...dallas.agencies]) expect(names).toContain(agency.key);
    expect(names).toContain('FL:fort myers police department');
    // in the config's order
    expect(view.sheriffs.map((answer) => answer.county.name)).toEqual(['Tarrant County', 'Dallas County']);
    // State agencies come with the counties' states; naming one Florida agency does not bring in Florida's.
    expect(view.statewide.length).toBeGreaterThan(0);
    expect(view.statewide.every((agency) => agency.state === 'TX')).toBe(true);
  });
});
