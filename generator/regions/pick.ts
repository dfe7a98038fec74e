// Turns what a trainer wrote (an id, a name, a custom region in the config) into one region,
// or a clear error listing the candidates when the words fit several.

import { slugify } from '../data/normalize.ts';
import { KitError } from '../errors.ts';
import { didYouMean } from '../suggest.ts';
import type { CustomRegionOptions } from '../config/types.ts';
import type { Region, RegionKind } from './catalog.ts';
import { searchRegions } from './search.ts';

/**
 * For a query written as an id (`tx/tarant-county`): ` Did you mean "tx/tarrant-county"?` when one id is a typo away,
 * else ''.
 */
export function suggestRegionId(regions: Region[], query: string): string {
  const typed = query.trim().toLowerCase();
  if (!typed.includes('/')) return '';
  return didYouMean(
    typed,
    regions.map((region) => region.id),
  );
}

export function pickRegion(catalog: Region[], query: string, kinds?: RegionKind[], field = '--region'): Region {
  const allowed = catalog.filter((region) => !kinds || kinds.includes(region.kind));
  const matches = searchRegions(allowed, query, { limit: 8 });
  const [best, second] = matches;
  if (!best) {
    throw new KitError(
      'not-found',
      `${field}: no ${kinds ? kinds.join(' or ') : 'region'} matches ${JSON.stringify(query)}.` +
        suggestRegionId(allowed, query),
      {
        hint: 'Search with `kit regions WORDS` and use the id it prints, e.g. tx/tarrant-county.',
      },
    );
  }
  const clear = best.score === 100 || !second || (best.score >= 85 && second.score < best.score);
  if (!clear) {
    const list = matches.map((match) => `  ${match.region.id.padEnd(44)} ${match.region.name}`).join('\n');
    throw new KitError('bad-input', `${field}: ${JSON.stringify(query)} fits several regions:\n${list}`, {
      hint: 'Use one of these ids.',
    });
  }
  return best.region;
}

/** A custom region from the config: the union of its counties and agencies. */
export function buildCustomRegion(catalog: Region[], options: CustomRegionOptions): Region {
  const counties = options.counties.map((query, index) =>
    pickRegion(catalog, query, ['county'], `custom_region.counties[${index}]`),
  );
  const agencies = options.agencies.map((query, index) =>
    pickRegion(catalog, query, ['agency'], `custom_region.agencies[${index}]`),
  );
  const states = new Set([...counties, ...agencies].map((region) => region.state));
  return {
    id: `custom/${slugify(options.name)}`,
    kind: 'custom',
    name: options.name,
    state: states.size === 1 ? [...states][0]! : null,
    counties: [...new Set(counties.flatMap((region) => region.counties))],
    agencies: [...new Set(agencies.flatMap((region) => region.agencies))],
  };
}
