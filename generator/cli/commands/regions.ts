// `kit regions [QUERY]`: find a state, county or agency and the id that --region and configs accept.

import { KitError } from '../../errors.ts';
import { findState } from '../../data/states.ts';
import { loadRegionData } from '../../regions/load.ts';
import { suggestRegionId } from '../../regions/pick.ts';
import { searchRegions, type Match } from '../../regions/search.ts';
import { DATA_DIR_OPTION, dataDir, parse } from '../args.ts';
import type { CliIO } from '../io.ts';

const HELP = `Usage: kit regions [QUERY] [--state XX] [--json] [--data-dir DIR]

Finds regions by name, best match first: states ("texas"), counties ("tarrant county tx",
"St. Mary's Parish"), agencies ("fort myers police"), and cities and towns ("houston", "houston
police tx"), each as the county it lies in. Case, "County"/"Co.", apostrophes and small typos do
not matter. Namesakes come by people, most first. Without QUERY, --state lists that state's counties.
Use the printed id with --region or in a workshop config, e.g. region: tx/tarrant-county
`;

/** What a match is, for its line: "county", "agency", or "city in Harris County" for a place found by its name. */
function labelMatch({ region, place }: Match): string {
  return place ? `city in ${region.name.replace(/,[^,]*$/, '')}` : region.kind;
}

/** The name a match is listed under: the city's own ("Houston, Texas") for a place, else the region's. */
function nameMatch({ region, place }: Match): string {
  return place ? `${place.name}, ${findState(place.state)?.name ?? place.state}` : region.name;
}

export async function runRegions(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(
    argv,
    { state: { type: 'string' }, json: { type: 'boolean' }, limit: { type: 'string' }, ...DATA_DIR_OPTION },
    'kit regions',
  );
  if (values.help) return (io.stdout(HELP), 0);
  const state = values.state ? findState(values.state) : undefined;
  if (values.state && !state)
    throw new KitError('usage', `--state ${String(values.state)}: not a US state or territory.`, {
      hint: 'Use a two-letter code such as TX.',
    });
  const query = positionals.join(' ').trim();
  if (!query && !state)
    throw new KitError('usage', 'kit regions needs a QUERY or --state.', { hint: 'kit regions "tarrant county tx"' });
  const { catalog } = await loadRegionData(dataDir(values, io));
  const limit = values.limit ? Number(values.limit) : query ? 20 : 10_000;
  const matches = query
    ? searchRegions(catalog, query, { state: state?.code, limit, places: true })
    : catalog
        .filter((region) => region.state === state!.code && region.kind !== 'agency')
        .map((region): Match => ({ region, score: 100 }));
  if (values.json) {
    io.stdout(
      `${JSON.stringify(
        matches.map(({ region, score, place }) => ({
          id: region.id,
          kind: region.kind,
          name: region.name,
          state: region.state,
          score,
          ...(place && { place }),
        })),
        null,
        2,
      )}\n`,
    );
    return 0;
  }
  if (matches.length === 0) {
    const scope = state ? catalog.filter((region) => region.state === state.code) : catalog;
    io.stderr(
      `No region matches ${JSON.stringify(query)}${state ? ` in ${state.name}` : ''}.` +
        `${suggestRegionId(scope, query)} Try fewer words, or the state's two-letter code.\n`,
    );
    return 2;
  }
  const width = Math.max(...matches.map(({ region }) => region.id.length)) + 2;
  const labelWidth = Math.max(...matches.map((match) => labelMatch(match).length)) + 2;
  for (const match of matches)
    io.stdout(`${match.region.id.padEnd(width)}${labelMatch(match).padEnd(labelWidth)}${nameMatch(match)}\n`);
  return 0;
}
