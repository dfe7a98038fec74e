// Where each agency of ICE's real 2026-05-18 list is placed, and what its agreements reach: issue 15's checks.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { allCounties, countyByFips } from '../../generator/geo/counties.ts';
import type { Agency } from '../../generator/regions/agencies.ts';
import { findRegionalNotInTable } from '../../generator/regions/agencies.ts';
import { isStatewide, kindOf, looksRegional } from '../../generator/regions/jurisdiction.ts';
import { loadRegionData, type RegionData } from '../../generator/regions/load.ts';
import { parseOverrides } from '../../generator/regions/overrides.ts';
import { resolveRegion, type RegionView } from '../../generator/regions/resolve.ts';
import { buildRegionSummary } from '../../generator/regions/summary.ts';
import { SHIPPED_DATA } from '../helpers.ts';

let data: RegionData;
beforeAll(async () => {
  data = await loadRegionData(SHIPPED_DATA);
});

const view = (id: string): RegionView => {
  const region = data.catalog.find((candidate) => candidate.id === id);
  if (!region) throw new Error(`no region ${id}`);
  return resolveRegion(region, data.agencies);
};
const names = (agencies: Agency[]) => agencies.map((agency) => agency.name);
const countyNames = (agency: Agency) =>
  agency.placement.reach === 'county' ? agency.placement.counties.map((fips) => countyByFips(fips)!.name) : [];
const agency = (state: string, name: string) => {
  const found = data.agencies.find((candidate) => candidate.state === state && candidate.name === name);
  if (!found) throw new Error(`no agency ${name}`);
  return found;
};
const regionOf = (fips: string) =>
  data.catalog.find((region) => region.kind === 'county' && region.counties[0] === fips)!;
/** The counties whose workshop lists the agency as local. */
const countiesHolding = (found: Agency) =>
  data.catalog
    .filter((region) => region.kind === 'county' && region.state === found.state)
    .filter((region) => resolveRegion(region, data.agencies).local.includes(found))
    .map((region) => countyByFips(region.counties[0]!)!.name);

describe('placing state agencies by their jurisdiction, not by TYPE alone', () => {
  it('puts Pensacola State College in its counties (Escambia, Santa Rosa), not in Miami-Dade', () => {
    const college = agency('FL', 'District Board of Trustees of Pensacola State College');
    expect(countyNames(college)).toEqual(['Escambia County', 'Santa Rosa County']);
    expect(names(view('fl/escambia-county').local)).toContain(college.name);
    expect(names(view('fl/miami-dade-county').agencies)).not.toContain(college.name);
    expect(college.kind).toBe('campus');
  });

  it("places the 20th Circuit's state attorney in that circuit's five counties, Lee among them", () => {
    const office = agency('FL', 'Office of the State Attorney, 20th Judicial Circuit');
    expect(countiesHolding(office).sort()).toEqual([
      'Charlotte County',
      'Collier County',
      'Glades County',
      'Hendry County',
      'Lee County',
    ]);
    expect(names(view('fl/miami-dade-county').agencies)).not.toContain(office.name);
  });

  it("puts the Sixth Circuit's state attorney in Pasco and Pinellas", () => {
    const office = agency('FL', 'Office of the State Attorney Sixth Judicial Circuit');
    expect(countiesHolding(office).sort()).toEqual(['Pasco County', 'Pinellas County']);
  });

  it("puts Arkansas's 16th Judicial District Drug Task Force in that district's counties only", () => {
    const force = agency('AR', '16th Judicial Distric Drug Task Force');
    expect(countiesHolding(force).sort()).toEqual([
      'Cleburne County',
      'Fulton County',
      'Independence County',
      'Izard County',
      'Stone County',
    ]);
    expect(names(view('ar/pulaski-county').agencies)).not.toContain(force.name);
  });

  it('keeps statewide agencies statewide when ICE names a headquarters county', () => {
    for (const [state, name] of [
      ['WY', 'Wyoming State Highway Patrol'],
      ['AR', 'Arkansas Department of Public Safety'],
      ['ID', 'Idaho State Police Department'],
    ] as const)
      expect(agency(state, name).placement).toEqual({ reach: 'state' });
    const wyoming = allCounties().filter((county) => county.state === 'WY');
    for (const county of wyoming) {
      const here = resolveRegion(regionOf(county.fips), data.agencies);
      expect(names(here.field)).toContain('Wyoming State Highway Patrol');
    }
  });

  it('tells each kind of agency by its name', () => {
    expect(kindOf("Tarrant County Sheriff's Office", 'county')).toBe('sheriff');
    expect(kindOf('Keller Police Department', 'municipal')).toBe('police');
    expect(kindOf('University of Florida Police Department', 'municipal')).toBe('campus');
    expect(kindOf('Sanford Airport Police Department', 'municipal')).toBe('airport');
    expect(kindOf('Bradley County Constable District 1', 'municipal')).toBe('constable');
    expect(kindOf("Parker County District Attorney's Office", 'county')).toBe('prosecutor');
    expect(kindOf('Florida Department of Corrections', 'state')).toBe('corrections');
    expect(kindOf('Southwest Virginia Regional Jail Authority', 'county')).toBe('corrections');
    expect(kindOf('16th Judicial Distric Drug Task Force', 'state')).toBe('task-force');
    expect(kindOf('Florida Highway Patrol', 'state')).toBe('state');
    expect(kindOf('Some County Marshal', 'county')).toBe('county');
  });

  it('decides statewide from the jurisdiction: statewide police stay, local state bodies and AGs as named', () => {
    expect(isStatewide('Idaho State Police Department', 'state')).toBe(true);
    expect(isStatewide('Florida Department of Corrections', 'state')).toBe(true);
    expect(isStatewide("Mississippi Attorney General's Office", 'state')).toBe(true);
    expect(isStatewide('District Board of Trustees of Pensacola State College', 'state')).toBe(false);
    expect(isStatewide('Office of the State Attorney, 20th Judicial Circuit', 'state')).toBe(false);
    expect(isStatewide('16th Judicial Distric Drug Task Force', 'state')).toBe(false);
    expect(isStatewide("Tarrant County Sheriff's Office", 'county')).toBe(false);
    expect(looksRegional('Office of The District Attorney - Eighth District')).toBe(true);
    expect(looksRegional('Northwest Regional Police Department')).toBe(true);
    expect(looksRegional('Bradley County Constable District 1')).toBe(false);
    expect(looksRegional('Keller Police Department')).toBe(false);
  });
});

describe('regional agencies from the sourced table in data/places.csv', () => {
  it("puts Virginia's regional jail authorities in the counties and cities they serve", () => {
    const rsw = agency('VA', 'Rappahannock, Shenandoah, Warren Regional Jail Authority');
    expect(countyNames(rsw)).toEqual(['Rappahannock County', 'Shenandoah County', 'Warren County']);
    const southwest = agency('VA', 'Southwest Virginia Regional Jail Authority');
    expect(countyNames(southwest)).toEqual(expect.arrayContaining(['Tazewell County', 'Wise County', 'Norton city']));
    expect(names(view('va/warren-county').jail)).toContain(rsw.name);
    expect(names(view('va/warren-county').field)).not.toContain(rsw.name);
  });

  it('gives every row a source and matches an agency on the list, so a misspelt row cannot sit unused', () => {
    const file = path.join(SHIPPED_DATA, 'places.csv');
    const text = readFileSync(file, 'utf8');
    const { overrides, problems } = parseOverrides(text, file);
    expect(problems).toEqual([]);
    const rows = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
    expect(rows.length).toBe(overrides.size);
    for (const row of rows) expect(row.SOURCE, row['LAW ENFORCEMENT AGENCY']).toMatch(/^https?:\/\/\S+$/);
    const keys = new Set(data.agencies.map((candidate) => candidate.key));
    for (const key of overrides.keys()) expect(keys, key).toContain(key);
  });

  it('leaves no agency that looks regional outside the table, and at most 3 unplaced nationally', () => {
    expect(names(findRegionalNotInTable(data.agencies, data.overrides))).toEqual([]);
    const unplaced = data.agencies.filter((candidate) => candidate.placement.reach === 'unplaced');
    expect(unplaced.length).toBeLessThanOrEqual(3);
  });

  it('reports an agency that looks regional when the table lacks it', () => {
    const without = new Map(data.overrides);
    without.delete('VA:southwest virginia regional jail authority');
    expect(names(findRegionalNotInTable(data.agencies, without))).toEqual([
      'Southwest Virginia Regional Jail Authority',
    ]);
  });
});

describe('places the gazetteer lacks, and campus police', () => {
  it("puts Indian Creek Village's police in Miami-Dade, as city police", () => {
    const miami = view('fl/miami-dade-county');
    expect(names(miami.cityPolice)).toContain('Indian Creek Village Department of Public Safety');
  });

  it('keeps campus police out of the city police answer', () => {
    const alachua = view('fl/alachua-county');
    expect(names(alachua.local)).toContain('University of Florida Police Department');
    expect(names(alachua.cityPolice)).not.toContain('University of Florida Police Department');
  });

  it('does not count constables as city or town police', () => {
    const bradley = view('tn/bradley-county');
    expect(bradley.local.some((candidate) => candidate.kind === 'constable')).toBe(true);
    expect(bradley.cityPolice.some((candidate) => candidate.kind === 'constable')).toBe(false);
  });
});

describe('reach, model by model', () => {
  it('lists the Florida Department of Corrections in every Florida county as the state prisons, not the street', () => {
    const florida = allCounties().filter((county) => county.state === 'FL');
    expect(florida).toHaveLength(67);
    for (const county of florida) {
      const here = resolveRegion(regionOf(county.fips), data.agencies);
      expect(names(here.jail)).toContain('Florida Department of Corrections');
      expect(names(here.field)).not.toContain('Florida Department of Corrections');
      expect(names(here.field)).toContain(
        'Florida Department of Highway Safety and Motor Vehicles, Division of Highway Patrol',
      );
    }
  });

  it('puts a sheriff with only a jail agreement (JEM) in the jail answer, not on the street', () => {
    const tarrant = view('tx/tarrant-county');
    expect(names(tarrant.jail)).toContain('Tarrant County Sheriff’s Office');
    expect(names(tarrant.field)).not.toContain('Tarrant County Sheriff’s Office');
  });
});

describe('the city question names big cities whose police are not on the list', () => {
  const summaryOf = (id: string) => buildRegionSummary(view(id), data.dataset, null, '2026-11-30');

  it('names Fort Worth and Arlington for Tarrant County, and no city whose police are on the list', () => {
    expect(summaryOf('tx/tarrant-county').answers.otherCities).toEqual(['Fort Worth', 'Arlington']);
    // Las Vegas is policed by the Las Vegas Metropolitan Police Department, which is on the list.
    expect(summaryOf('nv/clark-county').answers.otherCities).not.toContain('Las Vegas');
    // Miami's police (City of Miami Police Department) and Hialeah's are on the list.
    expect(summaryOf('fl/miami-dade-county').answers.otherCities).not.toContain('Miami');
  });

  it('names no unincorporated place (Kendall, Paradise) and nothing for a state', () => {
    expect(summaryOf('fl/miami-dade-county').answers.otherCities).not.toContain('Kendall');
    expect(summaryOf('nv/clark-county').answers.otherCities).not.toContain('Paradise');
    expect(summaryOf('tx').answers.otherCities).toEqual([]);
  });
});

describe("what a fresh tester found: ICE's TYPE and COUNTY read with care", () => {
  it('counts town police that ICE typed "County" as town police, and a county police department as not', () => {
    expect(names(view('wy/fremont-county').cityPolice)).toContain('Shoshoni Police Department');
    expect(names(view('va/orange-county').cityPolice)).toContain('Gordonsville Department of Public Safety');
    const stCharles = view('mo/st-charles-county');
    expect(names(stCharles.local)).toContain('Saint Charles County Police Department');
    expect(names(stCharles.cityPolice)).not.toContain('Saint Charles County Police Department');
    expect(kindOf('Northern York County Regional Police Department', 'municipal')).toBe('police');
    expect(kindOf('South Williamsport Borough Police Department', 'municipal')).toBe('police');
  });

  it("does not read a COUNTY that repeats the agency's name as a close county name (North County, not Worth)", () => {
    const cooperative = agency('MO', 'North County Police Cooperative');
    expect(countyNames(cooperative)).toEqual(['St. Louis County']);
    expect(names(view('mo/worth-county').local)).not.toContain(cooperative.name);
  });

  it("keeps a close spelling of COUNTY (ICE's typo) but marks it for a check", () => {
    expect(agency('FL', 'Port Saint Lucie Police Department').placement).toMatchObject({
      counties: ['12111'],
      check: 'ICE\'s COUNTY "St. Luice County" read as St. Lucie County',
    });
    expect(agency('LA', 'Olla Police Department').placement).not.toHaveProperty('check');
  });

  it('does not take a township for the borough of the same name', () => {
    expect(countyNames(agency('PA', "Sewickley Township Constable's Office"))).toEqual(['Westmoreland County']);
  });
});
