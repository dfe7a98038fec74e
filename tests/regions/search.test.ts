import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionData, type RegionData } from '../../generator/regions/load.ts';
import { pickRegion } from '../../generator/regions/pick.ts';
import { searchRegions } from '../../generator/regions/search.ts';
import { expectKitError, SHIPPED_DATA } from '../helpers.ts';

let data: RegionData;
beforeAll(async () => {
  data = await loadRegionData(SHIPPED_DATA);
});

const best = (query: string) => searchRegions(data.catalog, query)[0]?.region.id;

describe('searching regions', () => {
  it.each([
    ['tarrant county tx', 'tx/tarrant-county'],
    ['TARRANT CO., TX', 'tx/tarrant-county'],
    ['Tarrant, Texas', 'tx/tarrant-county'],
    ['tarrant county texas', 'tx/tarrant-county'],
    ['tarrnat county tx', 'tx/tarrant-county'],
    ['hariss county tx', 'tx/harris-county'],
    ["prince george's county, md", 'md/prince-georges-county'],
    ['prince georges county maryland', 'md/prince-georges-county'],
    ['St. Mary Parish, LA', 'la/st-mary-parish'],
    ['saint mary parish louisiana', 'la/st-mary-parish'],
    ['texas', 'tx'],
    ['TX', 'tx'],
    ['tx/harris-county', 'tx/harris-county'],
    ['lake conty fl', 'fl/lake-county'],
    ['fort myers police department', 'fl/agency/fort-myers-police-department'],
    ['ft. myers police', 'fl/agency/fort-myers-police-department'],
  ])('finds %s as %s', (query, id) => {
    expect(best(query)).toBe(id);
  });

  it('reads a trailing "co" after a county name as County, and as Colorado only when no county fits', () => {
    for (const query of ['tarrant co', 'Tarrant Co', 'Tarrant Co.']) {
      expect(
        searchRegions(data.catalog, query).map((match) => match.region.id),
        query,
      ).toEqual(['tx/tarrant-county', 'tx/agency/tarrant-county-sheriffs-office']);
    }
    expect(best('weld co')).toBe('co/weld-county');
    // No county is called "Sheriff's Office": "co" is Colorado, whose only agency on ICE's list is Teller County's
    // sheriff.
    const inColorado = searchRegions(data.catalog, "sheriff's office co");
    expect(inColorado.map((match) => match.region.id)).toEqual(['co/agency/teller-county-sheriffs-office']);
    expect(best('CO')).toBe('co');
  });

  it('lists every candidate, best first, when a name fits several regions', () => {
    const ids = searchRegions(data.catalog, 'harris county').map((match) => match.region.id);
    expect(ids.slice(0, 2).sort()).toEqual(['ga/harris-county', 'tx/harris-county']);
    expect(() => pickRegion(data.catalog, 'harris county')).toThrowError(
      /fits several regions:[\s\S]*ga\/harris-county[\s\S]*tx\/harris-county/,
    );
  });

  it('narrows to one state with the state option', () => {
    const matches = searchRegions(data.catalog, 'washington county', { state: 'OR' });
    expect(matches[0]!.region.id).toBe('or/washington-county');
    expect(matches.every((match) => match.region.state === 'OR')).toBe(true);
  });

  it('says plainly when nothing matches', () => {
    expect(searchRegions(data.catalog, 'atlantis county zz')).toEqual([]);
    try {
      pickRegion(data.catalog, 'qqqqq county');
      expect.unreachable();
    } catch (error) {
      const kitError = expectKitError(error);
      expect(kitError.code).toBe('not-found');
      expect(kitError.hint).toMatch(/kit regions/);
    }
  });
});

describe('every official name finds its own region', () => {
  it('finds each state and territory by its name, first', () => {
    const states = data.catalog.filter((region) => region.kind === 'state');
    expect(states.length).toBeGreaterThanOrEqual(50);
    const wrong = states.filter((region) => best(region.name) !== region.id).map((region) => region.name);
    expect(wrong).toEqual([]);
    expect(best('west virginia')).toBe('wv');
    expect(best('District of Columbia')).toBe('dc');
  });

  it('finds each county by its name with its state, first, and by its name alone among its namesakes', () => {
    const counties = data.catalog.filter((region) => region.kind === 'county');
    expect(counties.length).toBeGreaterThan(3000);
    const wrong: string[] = [];
    for (const region of counties) {
      if (best(region.name) !== region.id) wrong.push(region.name);
      const alone = region.name.replace(/,[^,]*$/, '');
      const first = searchRegions(data.catalog, alone)[0]?.region.name.replace(/,[^,]*$/, '');
      if (first !== alone) wrong.push(`${alone} (first: ${first})`);
    }
    expect(wrong).toEqual([]);
  }, 180_000); // about 6,500 searches, each over the whole catalog

  it('tells a parish from a county of the same name by the word typed', () => {
    expect(best('Allen Parish')).toBe('la/allen-parish');
    expect(best('Allen County')).not.toBe('la/allen-parish');
    expect(best('Cameron County, Texas')).toBe('tx/cameron-county');
    expect(best('Cameron Parish')).toBe('la/cameron-parish');
  });
});
