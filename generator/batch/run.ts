// Runs a batch: plans the regions, builds them over a pool of worker processes, then writes batch.json
// and index.html at the batch root. Region failures are outcomes, not exceptions.

import path from 'node:path';
import { outputFolderName } from '../workshop/kinds.ts';
import { recordAddition } from '../workshop/merge.ts';
import { writeOutputs } from '../write.ts';
import { KIT_VERSION } from '../paths.ts';
import { loadRegionData } from '../regions/load.ts';
import type { RegionOutcome, WorkerInit } from './messages.ts';
import { planBatch, type BatchPlanOptions } from './plan.ts';
import { startPool } from './pool.ts';
import { renderBatchIndex, renderBatchJson, type BatchEntry, type BatchReport } from './report.ts';

export interface BatchOptions extends BatchPlanOptions, WorkerInit {
  outRoot: string; // absolute
  option?: string; // how outRoot was given, for messages (default: --out)
  jobs: number;
  workerModule?: string; // for tests: a stand-in worker
  onPlanned?: (total: number) => void;
  onOutcome?: (outcome: RegionOutcome) => void;
}

export interface BatchResult {
  report: BatchReport;
  failures: BatchEntry[];
  seconds: number;
  peakWorkerRssMb: number;
  peakTogetherMb: number; // this process and the workers together, at the batch's peak
}

export async function runBatchJob(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const { dataDir, languages, only, today, builtAt } = options;
  // Workers start loading while the parent plans; a bad data folder is reported from here, once.
  const pool = startPool({
    jobs: options.jobs,
    init: { dataDir, languages, only, today, builtAt },
    workerModule: options.workerModule,
  });
  try {
    const data = await loadRegionData(dataDir);
    const regions = planBatch(data.catalog, data.agencies, options);
    options.onPlanned?.(regions.length);
    const folders = new Map(regions.map((region) => [region.id, outputFolderName(region)]));
    // The batch folder is claimed (refused when it holds files the kit did not write) before any region is
    // built in it; each region's folder is then checked by its own build.
    const record = recordAddition('kit batch', builtAt);
    const folder = { manifest: record, writer: 'batch' as const, option: options.option };
    await writeOutputs(options.outRoot, [], folder);
    const tasks = regions.map((region) => ({
      id: region.id,
      outDir: path.join(options.outRoot, folders.get(region.id)!),
    }));
    const outcomes = new Map(
      (await pool.run(tasks, (outcome) => options.onOutcome?.(outcome))).map((outcome) => [outcome.id, outcome]),
    );
    // Catalog order, not finishing order, so that two runs give the same files.
    const entries: BatchEntry[] = regions.map((region) => {
      const outcome = outcomes.get(region.id) ?? { id: region.id, ok: false, seconds: 0, error: 'not built' };
      return {
        ...outcome,
        name: outcome.name ?? region.name,
        kind: outcome.kind ?? region.kind,
        folder: folders.get(region.id)!,
      };
    });
    const failures = entries.filter((entry) => !entry.ok);
    const seconds = (performance.now() - started) / 1000;
    const report: BatchReport = {
      kit: { name: 'workshop-kit-287g', version: KIT_VERSION },
      builtAt,
      dataAsOf: data.dataset.participating.asOf,
      languages,
      only,
      counties: !options.counties ? 'none' : options.statewideCounties ? 'local-and-statewide' : 'local',
      totals: {
        regions: entries.length,
        built: entries.length - failures.length,
        failed: failures.length,
        seconds: Math.round(seconds * 10) / 10,
      },
      regions: entries,
    };
    await writeOutputs(
      options.outRoot,
      [
        { path: 'batch.json', bytes: renderBatchJson(report), kind: 'batch', language: null },
        { path: 'index.html', bytes: renderBatchIndex(report), kind: 'batch', language: null },
      ],
      folder,
    );
    return {
      report,
      failures,
      seconds,
      peakWorkerRssMb: pool.peakWorkerRssMb(),
      peakTogetherMb: pool.peakTogetherMb(),
    };
  } finally {
    pool.close();
  }
}
