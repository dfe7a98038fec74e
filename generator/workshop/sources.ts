// What every build of one data folder reads before it looks at a region: the placed agencies, the
// curriculum and its check, the national figures and the earliest list. A batch loads these once and
// builds every region from them; a single build loads them itself.

import { listSnapshots, readSnapshot } from '../data/store.ts';
import { computeStats, type Stats } from '../data/stats.ts';
import { checkCurriculum, type CurriculumReport } from '../content/check.ts';
import { loadCurriculum } from '../content/load.ts';
import type { Curriculum } from '../content/types.ts';
import { KitError } from '../errors.ts';
import { CURRICULUM_DIR } from '../paths.ts';
import { loadRegionData, type RegionData } from '../regions/load.ts';
import { formatCountNoun } from '../plural.ts';

export interface SourcesOptions {
  dataDir: string;
  snapshot: string | null; // the participating list's date, or null for the newest
  curriculumDir?: string;
}

export interface WorkshopSources {
  key: SourcesKey; // what they were loaded from, so that a build given other options does not use them
  data: RegionData;
  curriculum: Curriculum;
  report: CurriculumReport;
  national: Stats;
  earliest: { asOf: string; agreements: number } | null; // the earliest participating list, for "since" figures
}

interface SourcesKey {
  dataDir: string;
  snapshot: string | null;
  curriculumDir: string;
}

function keyOf(options: SourcesOptions): SourcesKey {
  return {
    dataDir: options.dataDir,
    snapshot: options.snapshot,
    curriculumDir: options.curriculumDir ?? CURRICULUM_DIR,
  };
}

/** Whether `sources` were loaded for these options. */
export function sourcesMatch(sources: WorkshopSources, options: SourcesOptions): boolean {
  const key = keyOf(options);
  return (
    sources.key.dataDir === key.dataDir &&
    sources.key.snapshot === key.snapshot &&
    sources.key.curriculumDir === key.curriculumDir
  );
}

/** Loads the data and the curriculum; a curriculum with problems is refused here, before any region. */
export async function loadWorkshopSources(options: SourcesOptions): Promise<WorkshopSources> {
  const key = keyOf(options);
  const [data, curriculum, stored] = await Promise.all([
    loadRegionData(key.dataDir, key.snapshot),
    loadCurriculum(key.curriculumDir),
    listSnapshots(key.dataDir),
  ]);
  const report = checkCurriculum(curriculum);
  if (report.problems.length > 0) {
    throw new KitError('bad-input', `The curriculum has ${formatCountNoun(report.problems.length, 'problem')}.`, {
      problems: report.problems,
      hint: 'Run `kit content check` and fix them.',
    });
  }
  const earliestEntry = stored.find((entry) => entry.kind === 'participating');
  const earliest = earliestEntry ? await readSnapshot(earliestEntry.file) : null;
  return {
    key,
    data,
    curriculum,
    report,
    national: computeStats(data.dataset.participating, { byState: true }),
    earliest: earliest ? { asOf: earliest.asOf, agreements: earliest.rows.agreements } : null,
  };
}
