// What `kit build` takes and gives: the options of a build and its result. Below build.ts and reuse.ts, which
// both speak of them (build.ts re-exports them for its callers).

import type { Paper } from '../config/types.ts';
import type { OutputRecord } from '../output-record.ts';
import type { WorkshopContent } from '../content/view.ts';
import type { StateMap } from '../map/model.ts';
import type { Region } from '../regions/catalog.ts';
import type { RegionSummary } from '../regions/summary.ts';
import type { OutputKind } from './kinds.ts';
import type { PrepareOptions } from './prepare.ts';
import type { TrainerNote } from './checklist.ts';

export interface BuildOptions extends PrepareOptions {
  outDir?: string; // default: <outputRoot>/<region slug>
  outputRoot: string;
  builtAt: string; // ISO timestamp recorded in the manifest
  deck?: DeckStep; // how far to take the deck: 'markdown' writes the Slidev project only
  png?: boolean; // also export every slide as PNG
  paper?: Paper; // overrides the config's paper size
  only?: readonly OutputKind[]; // build only these kinds (default: all)
  quizSeed?: string; // the same seed gives the same quiz (default: the region's id)
  quizQuestions?: number; // how many questions the quiz has (default: all)
  // for tests: the view models rendered
  onContents?: (value: { contents: WorkshopContent[]; maps: Record<string, StateMap | null> }) => void;
  env?: Record<string, string | undefined>; // for finding a browser (CHROME_PATH)
  browser?: string | null; // a browser to export with, or null for none; found on the machine when left out
  progress?: (line: string) => void;
  // build even when the output folder holds a build of the same inputs, replacing kit files edited since
  force?: boolean;
}

/** markdown: the Slidev project; site: and its static build; pdf: and deck.pdf (when a browser is found). */
export type DeckStep = 'markdown' | 'site' | 'pdf';

export interface BuildResult {
  outDir: string;
  region: Region;
  summary: RegionSummary;
  // every file of the kit in the folder, manifest.json and index.html included
  files: (OutputRecord & { bytes: number })[];
  checklist: TrainerNote[]; // the trainer's "Before the workshop" list (checklist.ts)
  warnings: string[]; // the build's notes, every renderer's among them (a Kahoot export's dropped questions)
  reused: boolean; // true when nothing was built: the output folder already held a build of the same inputs
  kept: string[]; // the kit's files from earlier runs left in the folder (other languages, kinds, quiz forms)
  leftInPlace: string[]; // files in the folder the kit did not write, untouched
}
