import { beforeAll, describe, expect, it } from 'vitest';
import { loadRegionData, type RegionData } from '../../generator/regions/load.ts';
import { pickRegion } from '../../generator/regions/pick.ts';
import { searchRegions, type Match } from '../../generator/regions/search.ts';
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
  it('finds each state and territory by its name, first, with cities and towns among the candidates or not', () => {
    const states = data.catalog.filter((region) => region.kind === 'state');
    expect(states.length).toBeGreaterThanOrEqual(50);
    const wrong = states
      .filter(
        (region) =>
          best(region.name) !== region.id ||
          searchRegions(data.catalog, region.name, { places: true })[0]?.region.id !== region.id,
      )
      .map((region) => region.name);
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
      // Alone, as `kit regions` searches, where cities and towns of that name are candidates too.
      const alone = region.name.replace(/,[^,]*$/, '');
      const [first] = searchRegions(data.catalog, alone, { places: true });
      const firstName = first?.place ? `city ${first.place.name}` : first?.region.name.replace(/,[^,]*$/, '');
      if (firstName !== alone) wrong.push(`${alone} (first: ${firstName})`);
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

describe('finding a city or town by its name, as the county that holds it', () => {
  const search = (query: string, state?: string) => searchRegions(data.catalog, query, { places: true, state });
  const describeMatch = ({ region, place }: Match) => (place ? `${region.id} city ${place.name}` : region.id);

  it('finds Houston, Texas, in Harris County first, before the smaller counties and towns named Houston', () => {
    const matches = search('Houston');
    expect(matches[0]!.region.id).toBe('tx/harris-county');
    expect(matches[0]!.place).toMatchObject({ name: 'Houston', state: 'TX', county: '48201' });
    const described = matches.map(describeMatch);
    for (const county of ['al', 'ga', 'mn', 'tn', 'tx'])
      expect(described, county).toContain(`${county}/houston-county`);
    expect(described).toContain('mo/texas-county city Houston');
    expect(described).toContain('mo/agency/houston-police-department');
  });

  it('prefers Texas for "houston police" when the query or the state option says so', () => {
    // No state: ICE's only Houston Police Department (Missouri's) leads, Houston, Texas, next.
    expect(search('houston police').slice(0, 2).map(describeMatch)).toEqual([
      'mo/agency/houston-police-department',
      'tx/harris-county city Houston',
    ]);
    for (const matches of [
      search('houston police tx'),
      search('Houston Police Department, Texas'),
      search('houston police', 'TX'),
    ]) {
      expect(describeMatch(matches[0]!)).toBe('tx/harris-county city Houston');
      expect(matches.every((match) => match.region.state === 'TX')).toBe(true);
    }
    expect(search('houston tx').map(describeMatch)[0]).toBe('tx/harris-county city Houston');
  });

  it('lists a city that shares its name with counties beside them, each as what it is', () => {
    const described = search('Orange').map(describeMatch);
    expect(described).toEqual(
      expect.arrayContaining([
        'ca/orange-county',
        'ca/orange-county city Orange',
        'fl/orange-county',
        'tx/orange-county',
        'tx/orange-county city Orange',
        'nj/essex-county city Orange',
      ]),
    );
    // Orange County, California, with Anaheim and Santa Ana, before its city of Orange.
    expect(described.indexOf('ca/orange-county')).toBeLessThan(described.indexOf('ca/orange-county city Orange'));
  });

  it('lists namesake counties by people, most first, and leaves cities out unless asked', () => {
    expect(search('harris county').map(describeMatch)).toEqual(['tx/harris-county', 'ga/harris-county']);
    expect(searchRegions(data.catalog, 'Houston').some((match) => match.place)).toBe(false);
    expect(searchRegions(data.catalog, 'fort worth')).toEqual([]);
    expect(search('fort worth').map(describeMatch)).toEqual(['tx/tarrant-county city Fort Worth']);
  });
});
