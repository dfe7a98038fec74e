// The messages between `kit batch` and its worker processes (structured-clone JSON over the IPC channel).

import type { OutputKind } from '../workshop/kinds.ts';

/** What every region of a batch shares; sent once to each worker. */
export interface WorkerInit {
  dataDir: string;
  languages: string[];
  only: OutputKind[];
  today: string; // ISO date
  builtAt: string; // ISO timestamp
}

export interface BatchTask {
  id: string; // region id
  outDir: string; // absolute
}

export interface RegionOutcome {
  id: string;
  ok: boolean;
  seconds: number;
  error?: string; // when not ok: the message, with a KitError's problems and hint
  name?: string;
  kind?: string;
  agreements?: number;
  agencies?: number;
  files?: string[]; // paths inside the region's folder
  linked?: string[]; // the files the batch's index.html links in the region's row (report.ts pickLinkedFiles)
  quiz?: boolean; // whether the region's folder has a quiz/ to link
  warnings?: number;
}

export type ToWorker = { type: 'init'; init: WorkerInit } | { type: 'build'; task: BatchTask } | { type: 'stop' };
export type FromWorker =
  { type: 'ready'; maxRssKb: number } | { type: 'result'; outcome: RegionOutcome; maxRssKb: number };
