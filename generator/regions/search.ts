// Finds regions by what a trainer types: "harris", "Harris Co., TX", "St. Mary's Parish",
// "prince georges county maryland", with case, "County"/"Co.", apostrophes and small typos forgiven; and, when asked,
// by the name of a city or town ("Houston", "houston police tx"), as the county that holds it.

import { distance } from 'fastest-levenshtein';
import { normalizeKey } from '../data/normalize.ts';
import { findState } from '../data/states.ts';
import { peopleInPlacesOf, placesNamed, type Place } from '../geo/places.ts';
import type { Region } from './catalog.ts';

export interface Match {
  region: Region;
  score: number; // 100 = exact id or name; lower is looser
  place?: Place; // the city or town the query named, when region is the county holding it
}

export interface SearchOptions {
  state?: string; // USPS code: only regions of this state
  limit?: number; // at most this many matches (20)
  places?: boolean; // also match cities and towns by name, and list namesakes by people, most first
}

function words(text: string): string {
  return normalizeKey(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\b(county|conty|countey|cnty|co|parish|borough|census area)\b/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .replace(/\bfort\b/g, 'ft')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a name as typed, its "County" or "Parish" kept: what tells Allen Parish from Allen County. */
function namedWords(text: string): string {
  return normalizeKey(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .replace(/\bsaint\b/g, 'st')
    .trim();
}

// A region's name as words, worked out once per region: a search compares every region of the catalog.
const regionWords = new WeakMap<Region, { words: string; named: string }>();

function wordsOf(region: Region): { words: string; named: string } {
  let found = regionWords.get(region);
  if (!found) {
    const name = region.kind === 'state' ? region.name : region.name.replace(/,[^,]*$/, '');
    found = { words: words(name), named: namedWords(name) };
    regionWords.set(region, found);
  }
  return found;
}

/** Splits a trailing state ("…, TX", "… texas") off a query. */
function splitState(query: string): { text: string; state?: string } {
  const comma = /^(.*?),\s*([^,]+)$/.exec(query);
  if (comma) {
    const state = findState(comma[2]!);
    if (state) return { text: comma[1]!, state: state.code };
  }
  const parts = query.trim().split(/\s+/);
  for (let take = Math.min(3, parts.length - 1); take >= 1; take--) {
    const state = findState(parts.slice(-take).join(' '));
    if (state && (take > 1 || parts.at(-1)!.length === 2 || state.name.toLowerCase() === parts.at(-1)!.toLowerCase())) {
      return { text: parts.slice(0, -take).join(' '), state: state.code };
    }
  }
  return { text: query };
}

function scoreName(query: string, name: string): number {
  if (query === name) return 90;
  if (name.startsWith(`${query} `)) return 75;
  const nameWords = name.split(' ');
  const queryWords = query.split(' ');
  if (queryWords.every((word) => nameWords.includes(word))) return 60;
  // Two edits at most: a name whose length differs by more cannot be that close, and costs no distance().
  const cost = query.length >= 4 && Math.abs(query.length - name.length) <= 2 ? distance(query, name) : Infinity;
  if (cost <= (query.length >= 6 ? 2 : 1)) return 70 - cost * 5;
  const lead = name.slice(0, query.length + 1).trim();
  if (query.length >= 5 && distance(query, lead) <= 1) return 50;
  return 0;
}

/** Regions matching `query`, best first; `state` narrows to one state. */
export function searchRegions(regions: Region[], query: string, options: SearchOptions = {}): Match[] {
  const raw = query.trim();
  const byId = regions.find((region) => region.id === raw.toLowerCase());
  if (byId) return [{ region: byId, score: 100 }];
  const split = splitState(raw);
  const wholeState = findState(raw);
  // "Tarrant Co" ends like "…, Colorado" but means Tarrant County: read it so first, as Colorado only if no county
  // fits.
  if (!options.state && split.state === 'CO' && /\sco$/i.test(raw)) {
    const asCounty = matchRegions(regions, words(raw), undefined, wholeState, namedWords(raw));
    if (asCounty.some((match) => match.region.kind === 'county')) return rankMatches(asCounty, options);
  }
  // A state's whole name is that state, first, even when it ends with another's ("West Virginia" is not Virginia's
  // "west"); counties of that name follow it (New York County after New York).
  const text = wholeState ? raw : split.text;
  const state = options.state ?? (wholeState ? undefined : split.state);
  const matches = matchRegions(regions, words(text), state, wholeState, namedWords(text));
  if (options.places) matches.push(...matchPlaces(regions, text, state));
  return rankMatches(matches, options);
}

// "city of Houston", "Houston police department", "Houston PD": the place's name is the middle.
const PLACE_NAME = /^(?:(?:city|town|village|borough) of )?(.+?)( (?:police(?: department| dept)?|pd))?$/;

/**
 * The county regions holding a city or town named `text` (in `state` when given), each with that place. A name
 * that needed police words cut ("houston police") scores below an agency whose name holds them, so that ICE's
 * Houston Police Department (in Missouri) leads unless a state says otherwise. A place in a county the catalog
 * lacks is left out.
 */
function matchPlaces(regions: Region[], text: string, state: string | undefined): Match[] {
  const [, name, police] = PLACE_NAME.exec(normalizeKey(text)) ?? [];
  if (!name) return [];
  const counties = countyRegionsOf(regions);
  return placesNamed(state ?? null, name).flatMap((place) => {
    const region = counties.get(place.county);
    return region ? [{ region, score: police ? 72 : 92, place }] : [];
  });
}

// The county regions of a catalog by FIPS code, worked out once per catalog.
const countyRegions = new WeakMap<Region[], Map<string, Region>>();

function countyRegionsOf(regions: Region[]): Map<string, Region> {
  let found = countyRegions.get(regions);
  if (!found) {
    found = new Map(
      regions.filter((region) => region.kind === 'county').map((region) => [region.counties[0]!, region]),
    );
    countyRegions.set(regions, found);
  }
  return found;
}

/**
 * Every region whose name fits `text` (as `words` gives it), in `state` when given, with its score; a county whose
 * name is `named` word for word ("Allen Parish", as namedWords gives it) comes before its namesakes.
 */
function matchRegions(
  regions: Region[],
  text: string,
  state: string | undefined,
  wholeState: ReturnType<typeof findState>,
  named: string,
): Match[] {
  const matches: Match[] = [];
  for (const region of regions) {
    if (state && region.state !== state) continue;
    let score: number;
    if (region.kind === 'state') {
      score = wholeState?.code === region.state ? 100 : text ? scoreName(text, wordsOf(region).words) : 0;
    } else {
      if (!text) continue;
      const name = wordsOf(region);
      score = named !== '' && name.named === named ? 97 : scoreName(text, name.words);
    }
    if (score > 0)
      matches.push({
        region,
        score: region.kind === 'county' ? score + 2 : region.kind === 'agency' ? score - 2 : score,
      });
  }
  return matches;
}

/**
 * `matches` best first (score, then state, county, custom, agency; with `places`, counties and cities by people,
 * most first; then id), loose ones only when nothing fits well.
 */
function rankMatches(matches: Match[], { limit = 20, places = false }: SearchOptions): Match[] {
  const kindOrder = { state: 0, county: 1, custom: 2, agency: 3 } as const;
  const people = new Map(
    matches.map((match) => [
      match,
      !places || match.region.kind !== 'county'
        ? 0
        : (match.place?.population ?? peopleInPlacesOf(match.region.counties[0]!)),
    ]),
  );
  matches.sort(
    (a, b) =>
      b.score - a.score ||
      kindOrder[a.region.kind] - kindOrder[b.region.kind] ||
      people.get(b)! - people.get(a)! ||
      a.region.id.localeCompare(b.region.id),
  );
  const floor = (matches[0]?.score ?? 0) - 25;
  return matches.filter((match) => match.score >= floor).slice(0, limit);
}
