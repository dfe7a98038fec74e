import { describe, expect, it } from 'vitest';
import {
  joinPlaces,
  largestPlacesIn,
  loadPlaces,
  peopleInPlacesOf,
  placesNamed,
  readGazetteerPoints,
  readPopulatedCities,
  type GazetteerPoint,
  type PopulatedCity,
} from '../../generator/geo/places.ts';

const point = (name: string, admin1: string, admin2: string, lat: number, lng: number): GazetteerPoint => ({
  name,
  country: 'US',
  admin1,
  admin2,
  lat: String(lat),
  lng: String(lng),
});
const city = (name: string, adminCode: string, population: number, lat: number, lng: number): PopulatedCity => ({
  name,
  country: 'US',
  adminCode,
  population,
  loc: { coordinates: [lng, lat] },
});

describe('the place-population index', () => {
  it('kept in the cache holds exactly what joining the two packages gives', () => {
    const order = (places: { name: string; state: string; county: string; population: number; seat: boolean }[]) =>
      places.map((place) => `${place.state}|${place.county}|${place.name}|${place.population}|${place.seat}`).sort();
    const fresh = joinPlaces(readGazetteerPoints(), readPopulatedCities());
    expect(fresh.length).toBeGreaterThan(16_000);
    expect(order(loadPlaces())).toEqual(order(fresh));
  }, 30_000);

  it('gives Houston, Texas its county and its people, and every Houston largest first', () => {
    const [houston] = placesNamed('TX', 'Houston');
    expect(houston).toMatchObject({ name: 'Houston', state: 'TX', county: '48201' });
    expect(houston!.population).toBeGreaterThan(2_000_000);
    const everywhere = placesNamed(null, 'Houston');
    // GeoNames' Houstons of 1,000 or more: Texas's city, then Mississippi's, Alaska's, Missouri's, Pennsylvania's.
    expect(everywhere.map((place) => place.state)).toEqual(['TX', 'MS', 'AK', 'MO', 'PA']);
    expect(placesNamed('MO', 'Houston').map((place) => place.county)).toEqual(['29215']);
    expect(placesNamed('TX', 'Ft. Worth').map((place) => place.name)).toEqual(['Fort Worth']);
    expect(placesNamed('TX', 'Atlantis')).toEqual([]);
  });

  it("names Tarrant County's largest places, Fort Worth and Arlington", () => {
    expect(largestPlacesIn('48439', 2).map((place) => place.name)).toEqual(['Fort Worth', 'Arlington']);
    expect(largestPlacesIn('48439', 0)).toEqual([]);
    expect(largestPlacesIn('99999', 3)).toEqual([]);
    const all = largestPlacesIn('48439', 1000);
    expect(all.length).toBeGreaterThan(10);
    expect(all.every((place, index) => index === 0 || all[index - 1]!.population >= place.population)).toBe(true);
  });

  it("adds up a county's places: Harris County, Texas, outnumbers Houston County, Texas", () => {
    expect(peopleInPlacesOf('48201')).toBeGreaterThan(3_000_000);
    expect(peopleInPlacesOf('48225')).toBeLessThan(30_000);
    expect(peopleInPlacesOf('99999')).toBe(0);
  });

  it('joins each city to the nearest gazetteer point of its name, or to a renamed point where it stands', () => {
    const places = joinPlaces(
      [
        point('Springfield', 'IL', '167', 39.8, -89.64),
        point('Springfield', 'IL', '001', 39.95, -91.4),
        point('Utqiagvik', 'AK', '185', 71.29, -156.79),
        point('DeForest', 'WI', '025', 43.25, -89.34),
        point('Lonely', 'TX', '201', 29.7, -95.4),
        point('Paris', 'FR', '75', 48.85, 2.35),
      ],
      [
        city('Springfield', 'IL', 114_000, 39.81, -89.65),
        city('Springfield', 'IL', 2_000, 39.9, -91.45),
        city('Barrow', 'AK', 4_384, 71.29, -156.79),
        city('De Forest', 'WI', 8_936, 43.26, -89.35),
        city('Lonely', 'TX', 5_000, 31, -97), // 2° from the gazetteer's Lonely: another place
        { ...city('Paris', 'TX', 25_000, 48.85, 2.35), country: 'FR' },
      ],
    );
    expect(places.sort((a, b) => a.name.localeCompare(b.name) || a.county.localeCompare(b.county))).toEqual([
      { name: 'DeForest', state: 'WI', county: '55025', population: 8_936, seat: false },
      { name: 'Springfield', state: 'IL', county: '17001', population: 2_000, seat: false },
      { name: 'Springfield', state: 'IL', county: '17167', population: 114_000, seat: false },
      { name: 'Utqiagvik', state: 'AK', county: '02185', population: 4_384, seat: false },
    ]);
  });

  it('joins one gazetteer point to one city: a second entry of the same place is left out', () => {
    const places = joinPlaces(
      [point('Hot Springs', 'AR', '051', 34.5, -93.05)],
      [city('Hot Springs', 'AR', 35_635, 34.5, -93.05), city('Hot Springs National Park', 'AR', 35_193, 34.51, -93.05)],
    );
    expect(places).toEqual([{ name: 'Hot Springs', state: 'AR', county: '05051', population: 35_635, seat: false }]);
  });

  it("marks a seat of government from GeoNames' feature code: Fort Worth is Tarrant County's, Arlington not", () => {
    const seats = joinPlaces(
      [point('Fort Worth', 'TX', '439', 32.73, -97.32), point('Arlington', 'TX', '439', 32.74, -97.11)],
      [
        { ...city('Fort Worth', 'TX', 833_319, 32.73, -97.32), featureCode: 'PPLA2' },
        { ...city('Arlington', 'TX', 388_125, 32.74, -97.11), featureCode: 'PPL' },
      ],
    );
    expect(seats.map((place) => [place.name, place.seat])).toEqual([
      ['Fort Worth', true],
      ['Arlington', false],
    ]);
    expect(largestPlacesIn('48439', 1)[0]).toMatchObject({ name: 'Fort Worth', seat: true });
  });
});
