// GET /api/search?q=TEXT&limit=20: the kit's region search (with cities and towns), each match with its counts.

import { Hono } from 'hono';
import { findState } from '../../data/states.ts';
import type { Model } from '../../data/types.ts';
import { resolveRegion } from '../../regions/resolve.ts';
import { searchRegions, type Match } from '../../regions/search.ts';
import type { Agency } from '../../regions/agencies.ts';
import type { RegionDataCache } from '../region-data.ts';

export interface SearchMatch {
  id: string;
  name: string;
  kind: 'state' | 'county' | 'agency' | 'custom' | 'city';
  state: string | null;
  place?: string; // for a city: the county it is in ("Tarrant County, Texas"), whose id is `id`
  agreements: number;
  agencies: number;
  byModel: Record<Model, number>;
}

/** A match as the page lists it: a city under its own name with the county holding it, and the region's counts. */
export function describeMatch({ region, place }: Match, agencies: Agency[]): SearchMatch {
  const { counts } = resolveRegion(region, agencies);
  const base = {
    id: region.id,
    state: region.state,
    agreements: counts.agreements,
    agencies: counts.agencies,
    byModel: counts.byModel,
  };
  if (place)
    return {
      ...base,
      kind: 'city',
      name: `${place.name}, ${findState(place.state)?.name ?? place.state}`,
      place: region.name,
    };
  return { ...base, kind: region.kind, name: region.name };
}

export function searchRoutes(regions: RegionDataCache): Hono {
  return new Hono().get('/api/search', async (c) => {
    const query = (c.req.query('q') ?? '').trim().slice(0, 200);
    const asked = Number(c.req.query('limit') ?? 20);
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, 100) : 20;
    if (!query) return c.json({ matches: [] });
    const { catalog, agencies } = await regions.get();
    const matches = searchRegions(catalog, query, { limit, places: true });
    return c.json({ matches: matches.map((match) => describeMatch(match, agencies)) });
  });
}
