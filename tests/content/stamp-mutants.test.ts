// Written to kill the mutants Stryker found alive in the stamp (npm run mutate -- regions): the data's date,
// source and staleness that the view model carries, and the line every page and slide prints from it.

import { beforeAll, describe, expect, test } from 'vitest';
import { buildRegionSummary } from '../../generator/regions/summary.ts';
import { validateConfig } from '../../generator/config/validate.ts';
import { checkCurriculum } from '../../generator/content/check.ts';
import { loadCurriculum } from '../../generator/content/load.ts';
import type { Curriculum } from '../../generator/content/types.ts';
import { stampLine } from '../../generator/content/stamp.ts';
import { buildWorkshopContent, type WorkshopContent } from '../../generator/content/view.ts';
import { computeStats } from '../../generator/data/stats.ts';
import type { Dataset, Snapshot } from '../../generator/data/types.ts';
import { CURRICULUM_DIR } from '../../generator/paths.ts';
import { buildAgencies } from '../../generator/regions/agencies.ts';
import { buildCatalog } from '../../generator/regions/catalog.ts';
import { resolveRegion } from '../../generator/regions/resolve.ts';

function snapshot(kind: 'participating' | 'pending', file: string): Snapshot {
  return {
    format: 1,
    kind,
    asOf: '2026-05-18',
    importedAt: '2026-11-28T00:00:00.000Z',
    source: { file, sha256: '0'.repeat(64), bytes: 1, sheet: null, format: 'csv' },
    rows: { read: 1, agreements: 1, rejected: 0, blank: 0 },
    rejected: [],
    warnings: [],
    agreements: [
      {
        id: 'TX:dallas police:TFM',
        row: 2,
        state: 'TX',
        agency: 'Dallas Police',
        agencyKey: 'dallas police',
        type: 'municipal',
        typeText: null,
        county: 'Dallas',
        model: 'TFM',
        signed: kind === 'participating' ? '2025-05-08' : null,
        signedText: null,
        moa: { status: 'none', url: null },
        addendum: { status: 'none', url: null },
      },
    ],
  };
}

let curriculum: Curriculum;
beforeAll(async () => {
  curriculum = await loadCurriculum(CURRICULUM_DIR);
});

function content(language: string, today: string, pending: boolean): WorkshopContent {
  const dataset: Dataset = {
    participating: snapshot('participating', 'participating-2026-05-18.csv'),
    pending: pending ? snapshot('pending', 'pending-2026-05-18.csv') : null,
  };
  const agencies = buildAgencies(dataset);
  const region = buildCatalog(agencies).find((candidate) => candidate.id === 'tx/dallas-county')!;
  const summary = buildRegionSummary(resolveRegion(region, agencies), dataset, null, today);
  const { config } = validateConfig({ languages: [language], region: 'tx/dallas-county' }, null);
  const report = checkCurriculum(curriculum).languages.find((entry) => entry.language === language)!;
  return buildWorkshopContent({
    curriculum,
    language,
    report,
    fallback: true,
    config,
    summary,
    national: computeStats(dataset.participating, { byState: true }),
    earliest: null,
  });
}

describe('the stamp', () => {
  test('carries the date in the language, the ISO date, both files and no warning at 30 days old', () => {
    expect(content('en', '2026-06-17', true).stamp).toEqual({
      asOf: 'May 18, 2026',
      asOfIso: '2026-05-18',
      source: 'participating-2026-05-18.csv',
      pendingSource: 'pending-2026-05-18.csv',
      stale: null,
    });
  });

  test('warns with the date and the age in days once the data is older than 30 days', () => {
    expect(content('es', '2026-11-28', false).stamp).toEqual({
      asOf: '18 de mayo de 2026',
      asOfIso: '2026-05-18',
      source: 'participating-2026-05-18.csv',
      pendingSource: null,
      stale: { key: 'staleData', vars: { date: '18 de mayo de 2026', days: '194' } },
    });
  });

  test('prints the date and the first sentence of the not-legal-advice notice on every page', () => {
    expect(stampLine(content('en', '2026-06-17', true))).toBe(
      'ICE data as of May 18, 2026 · This is general information, not legal advice.',
    );
    expect(stampLine(content('es', '2026-06-17', true))).toBe(
      'Datos de ICE al 18 de mayo de 2026 · Esto es información general, no asesoría legal.',
    );
    // A view model with no UI strings, then one whose notice has two sentences: stampLine reads only these fields.
    const base = content('en', '2026-06-17', true);
    const bare: WorkshopContent = { ...base, ui: {}, stamp: { ...base.stamp, asOf: '2026-05-18' } };
    expect(stampLine(bare)).toBe('2026-05-18 · ');
    const oneLine: WorkshopContent = {
      ...base,
      ui: { asOf: 'As of {{ date }}', notLegalAdvice: 'Not advice.Still one.  Second one.' },
      stamp: { ...base.stamp, asOf: 'x' },
    };
    expect(stampLine(oneLine)).toBe('As of x · Not advice.Still one.');
  });
});
