// Preparing a workshop: the sources loaded, the region resolved and summarized, and the view model built per
// language with its map. Nothing here renders a file or touches the output folder (build.ts does).

import type { ResolvedWorkshopConfig } from '../config/types.ts';
import type { CurriculumReport } from '../content/check.ts';
import { buildWorkshopContent, type WorkshopContent } from '../content/view.ts';
import { diffAgreements, type Diff } from '../data/diff.ts';
import { loadDataset } from '../data/store.ts';
import { buildMapFacts, buildMapInput } from '../map/input.ts';
import { buildStateMap } from '../map/build-map.ts';
import type { StateMap } from '../map/model.ts';
import { countMapCounties } from '../map/tally.ts';
import { buildAgencies } from '../regions/agencies.ts';
import type { Region } from '../regions/catalog.ts';
import type { RegionData } from '../regions/load.ts';
import { buildCustomRegion, pickRegion } from '../regions/pick.ts';
import { resolveRegion } from '../regions/resolve.ts';
import { buildRegionSummary, type RegionSummary } from '../regions/summary.ts';
import { loadWorkshopSources, sourcesMatch, type WorkshopSources } from './sources.ts';

/** What preparing needs: where the data is, the validated config, and today's date for the data's age. */
export interface PrepareOptions {
  dataDir: string;
  config: ResolvedWorkshopConfig;
  today: string; // ISO date, for the data's age
  fallbackToEnglish?: boolean; // show untranslated parts in English, marked, instead of refusing
  curriculumDir?: string;
  // the data and curriculum already loaded (a batch loads them once); used when they match dataDir, snapshot and
  // curriculumDir
  sources?: WorkshopSources;
}

/** A quiz a room can do in ten minutes; kit quiz --questions asks for more or fewer. */
export const DEFAULT_QUIZ_QUESTIONS = 12;

/** Everything a build renders from: the region, its summary, and the content per language. */
export interface PreparedWorkshop {
  region: Region;
  summary: RegionSummary;
  contents: WorkshopContent[];
  maps: Record<string, StateMap | null>; // the region map per language, null when the region has no state
  data: RegionData;
  changes: Diff | null;
  report: CurriculumReport;
}

/** Resolves the region and builds its content from the sources (loaded here unless the caller loaded them). */
export async function prepareWorkshop(options: PrepareOptions): Promise<PreparedWorkshop> {
  const { config, dataDir } = options;
  const wanted = { dataDir, snapshot: config.snapshot, curriculumDir: options.curriculumDir };
  const sources =
    options.sources && sourcesMatch(options.sources, wanted) ? options.sources : await loadWorkshopSources(wanted);
  const { data, report } = sources;
  const region = config.customRegion
    ? buildCustomRegion(data.catalog, config.customRegion)
    : pickRegion(data.catalog, config.region ?? '', undefined, 'region');
  const view = resolveRegion(region, data.agencies);

  let changes: Diff | null = null;
  if (config.compareTo) {
    const earlier = await loadDataset(dataDir, config.compareTo);
    const earlierView = resolveRegion(region, buildAgencies(earlier, data.overrides));
    changes = diffAgreements(
      earlierView.agencies.flatMap((agency) => agency.agreements),
      view.agencies.flatMap((agency) => agency.agreements),
      { from: earlier.participating.asOf, to: data.dataset.participating.asOf },
    );
  }

  const summary = buildRegionSummary(view, data.dataset, changes, options.today);
  // The map's facts are decided once; its note (in the content) and its drawing (per language) both come from them.
  const mapFacts = buildMapFacts(region, data.agencies);
  const mapTally = mapFacts && countMapCounties(mapFacts);
  const contents = config.languages.map((language) =>
    buildWorkshopContent({
      curriculum: sources.curriculum,
      language,
      report: report.languages.find((entry) => entry.language === language) ?? {
        language,
        name: language,
        missing: [],
        extra: [],
        stale: [],
        reviewed: false,
        complete: false,
      },
      fallback: options.fallbackToEnglish ?? false,
      config,
      summary,
      national: sources.national,
      earliest: sources.earliest,
      map: mapTally,
    }),
  );
  const maps: Record<string, StateMap | null> = {};
  for (const content of contents) {
    maps[content.language.code] = mapFacts ? buildStateMap(buildMapInput(mapFacts, content.ui)) : null;
  }
  return { region, summary, contents, maps, data, changes, report };
}
