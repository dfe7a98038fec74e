// One ICE workbook into the snapshot store, as `kit data import`, `kit data update` and the app do it: the date from
// the file name (or given), the checks that it is an ICE list, the snapshot written, and the lines the user reads.

import { formatProblem, KitError } from '../errors.ts';
import { formatCountNoun } from '../plural.ts';
import { asOfFromFileName, isIsoDate } from './as-of.ts';
import { importList } from './import.ts';
import { computeStats } from './stats.ts';
import { listSnapshots, writeSnapshot } from './store.ts';
import { MODELS, type ListKind, type Snapshot } from './types.ts';

// More rejected rows than this share means the file is probably not an ICE list at all, once more than a few are.
const MAX_REJECTED_SHARE = 0.1;
const FEW_REJECTED = 3;

/**
 * Whether `rejected` unreadable rows of `read` say the file is not an ICE list: half or more of its rows, or more
 * than a tenth of them once there are more than a few. One bad row in a small list (1 of 5) is imported and listed.
 */
export function looksUnlikeIceList(read: number, rejected: number): boolean {
  if (rejected === 0) return false;
  return rejected * 2 >= read || (rejected > FEW_REJECTED && rejected > MAX_REJECTED_SHARE * read);
}

export interface ReadIceFileOptions {
  name: string; // the file's name (no folder): shown in messages, recorded in the snapshot, and read for the date
  bytes: Uint8Array; // .xlsx or .csv
  kind: ListKind;
  asOf?: string; // ISO date ICE published the list; default: from the name
  today: string; // ISO date; a later asOf is refused
  now: Date; // recorded as the time of import
}

/**
 * Reads and checks one ICE list without writing anything: its date (from `asOf` or the name), not in the future,
 * rows that mostly read as agreements, and, for a participating list, at least one agreement.
 * Throws KitError('usage') for a missing or malformed date, KitError('bad-input') for the rest (and the errors of
 * importList for a file that is not a table with ICE's columns).
 */
export async function readIceFile(options: ReadIceFileOptions): Promise<Snapshot> {
  const { name, bytes, kind } = options;
  const asOf = options.asOf ?? asOfFromFileName(name);
  if (!asOf || !isIsoDate(asOf)) {
    throw new KitError(
      'usage',
      asOf
        ? `--as-of ${asOf} is not a date written YYYY-MM-DD.`
        : `${name}: the file name does not say when ICE published the list.`,
      {
        hint: "Add --as-of YYYY-MM-DD with the date shown on ICE's page for this file.",
      },
    );
  }
  if (asOf > options.today)
    throw new KitError('bad-input', `--as-of ${asOf} is in the future.`, {
      hint: 'Use the date ICE published the list.',
    });
  const snapshot = await importList({ file: name, bytes, kind, asOf, importedAt: options.now.toISOString() });
  const { read, agreements, rejected } = snapshot.rows;
  if (looksUnlikeIceList(read, rejected)) {
    throw new KitError(
      'bad-input',
      `${name}: ${rejected} of ${formatCountNoun(read, 'row')} could not be read as agreements, so this ` +
        `does not look like an ICE ${kind} list. Nothing was imported.`,
      {
        problems: snapshot.rejected,
      },
    );
  }
  if (agreements === 0 && kind === 'participating') {
    throw new KitError('bad-input', `${name}: the list has ICE's columns but no agreements. Nothing was imported.`, {
      hint: 'Check that this is the right download.',
    });
  }
  return snapshot;
}

export interface SavedIceList {
  snapshot: Snapshot;
  saved: string; // the snapshot file's absolute path
  isNewest: boolean; // the newest list of its kind, so the default for every build
  lines: string[]; // what was read and saved (`kit data import` prints them on stdout)
  notes: string[]; // rejected rows and notes on kept rows (`kit data import` prints them on stderr); may be empty
}

/**
 * Writes a checked snapshot into `dataDir` (replacing one of the same kind and date) and says what it holds.
 * `showPath` turns the saved file's absolute path into the one shown (default: as is).
 * Throws KitError('bad-input') when the data folder or its snapshots folder is a link or a file.
 */
export async function saveIceList(
  dataDir: string,
  snapshot: Snapshot,
  showPath: (file: string) => string = (file) => file,
): Promise<SavedIceList> {
  const { kind, asOf } = snapshot;
  const name = snapshot.source.file;
  const { read, agreements, rejected, blank, duplicates = 0 } = snapshot.rows;
  const saved = await writeSnapshot(dataDir, snapshot);
  const stored = (await listSnapshots(dataDir)).filter((entry) => entry.kind === kind);
  const isNewest = stored.at(-1)?.asOf === asOf;
  const repeated = duplicates ? ` + ${duplicates} repeating an earlier row` : '';
  const skipped = blank ? ` (${formatCountNoun(blank, 'blank row')} skipped)` : '';
  const defaultNote = isNewest
    ? `; it is now the default ${kind} list.`
    : `; the newer list of ${stored.at(-1)?.asOf} stays the default.`;
  const stats = computeStats(snapshot);
  const lines = [
    `Read ${name}${snapshot.source.sheet ? ` (sheet "${snapshot.source.sheet}")` : ''}: ` +
      `${formatCountNoun(read, 'row')} = ${formatCountNoun(agreements, 'agreement')} + ${rejected} rejected` +
      `${repeated}${skipped}.`,
    ...MODELS.map((model) => {
      const count = stats.models[model];
      return (
        `  ${model}: ${formatCountNoun(count.agreements, 'agreement')}, ` +
        `${formatCountNoun(count.agencies, 'agency', 'agencies')}, ` +
        `${formatCountNoun(count.states, 'state')}`
      );
    }),
    `Saved the ${kind} list of ${asOf} as ${showPath(saved)}${defaultNote}`,
  ];
  const notes: string[] = [];
  if (snapshot.rejected.length)
    notes.push('Rejected rows (not imported):', ...snapshot.rejected.map((problem) => `  ${formatProblem(problem)}`));
  if (snapshot.warnings.length)
    notes.push('Notes (rows kept):', ...snapshot.warnings.map((problem) => `  ${formatProblem(problem)}`));
  return { snapshot, saved, isNewest, lines, notes };
}

export interface ImportIceFileOptions extends ReadIceFileOptions {
  dataDir: string; // absolute
  showPath?: (file: string) => string;
}

/**
 * `kit data import`: reads and checks one ICE list (readIceFile), then saves it (saveIceList). Nothing is written
 * when a check fails. Throws the KitErrors of both.
 */
export async function importIceFile(options: ImportIceFileOptions): Promise<SavedIceList> {
  const snapshot = await readIceFile(options);
  return saveIceList(options.dataDir, snapshot, options.showPath);
}
