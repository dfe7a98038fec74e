// The snapshot store: imported lists as JSON files under <data-dir>/snapshots/, one per list and date.
// The newest participating list is the default; the pending list that goes with it is the newest one
// published on or before it (or the newest of all, for the newest participating list).

import { lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from '../errors.ts';
import { readInputText } from '../read-input.ts';
import { replaceFile } from '../replace-file.ts';
import type { Dataset, ListKind, Snapshot } from './types.ts';

export interface StoredSnapshot {
  kind: ListKind;
  asOf: string;
  file: string; // absolute path
}

const NAME = /^(participating|pending)-(\d{4}-\d{2}-\d{2})\.json$/;

export function snapshotDir(dataDir: string): string {
  return path.join(dataDir, 'snapshots');
}

export async function listSnapshots(dataDir: string): Promise<StoredSnapshot[]> {
  let names: string[];
  try {
    names = await readdir(snapshotDir(dataDir));
  } catch {
    return [];
  }
  return names
    .map((name) => NAME.exec(name))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match): StoredSnapshot => ({
      kind: match[1] === 'pending' ? 'pending' : 'participating',
      asOf: match[2]!,
      file: path.join(snapshotDir(dataDir), match[0]),
    }))
    .sort((a, b) => a.asOf.localeCompare(b.asOf) || a.kind.localeCompare(b.kind));
}

/**
 * Whether `value`, parsed from a snapshot file, has a snapshot's parts: format 1, a list kind, a date, the source and
 * row counts, and the lists of agreements, rejections and warnings. The agreements themselves are the kit's own
 * writing (`kit data import`) and are not checked one by one.
 */
function isSnapshot(value: unknown): value is Snapshot {
  if (typeof value !== 'object' || value === null) return false;
  const has = (key: string, kind: 'string' | 'object' | 'array'): boolean => {
    const field: unknown = Reflect.get(value, key);
    if (kind === 'array') return Array.isArray(field);
    return kind === 'object' ? typeof field === 'object' && field !== null : typeof field === 'string';
  };
  return (
    Reflect.get(value, 'format') === 1 &&
    (Reflect.get(value, 'kind') === 'participating' || Reflect.get(value, 'kind') === 'pending') &&
    has('asOf', 'string') &&
    has('source', 'object') &&
    has('rows', 'object') &&
    has('agreements', 'array') &&
    has('rejected', 'array') &&
    has('warnings', 'array')
  );
}

/** Reads a snapshot file. Throws KitError('bad-input') naming `file` when it is not JSON or not a snapshot. */
export async function readSnapshot(file: string): Promise<Snapshot> {
  const text = await readInputText(file);
  let snapshot: unknown;
  try {
    snapshot = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new KitError('bad-input', `${file}: this snapshot cannot be read (${reason}).`, {
      hint: 'Import the ICE list again with `kit data import FILE`.',
      cause: error,
    });
  }
  if (!isSnapshot(snapshot)) {
    throw new KitError('bad-input', `${file}: not a snapshot this version of the kit can read.`, {
      hint: 'Import the ICE list again with `kit data import FILE`.',
    });
  }
  return snapshot;
}

/**
 * Throws KitError('bad-input') when `folder` is a link or a file: the kit never writes through a link, which could
 * point anywhere (another folder of the user's, a system folder). A folder that does not exist yet is fine.
 */
async function checkNotLink(folder: string, what: string): Promise<void> {
  const info = await lstat(folder).catch(() => null);
  if (!info || (info.isDirectory() && !info.isSymbolicLink())) return;
  const found = info.isSymbolicLink() ? 'is a link' : 'is a file';
  throw new KitError(
    'bad-input',
    `${folder}: ${what} ${found} where the kit needs a plain ` +
      'folder (it never writes through links). Nothing was written.',
    {
      hint: `Remove or rename ${folder}, or give another folder with --data-dir; the kit then makes the folder itself.`,
    },
  );
}

/**
 * Writes a snapshot, one agreement per line so that changes read well in git; replaces one of the same list and date
 * (by way of a temporary file of an unpredictable name, never writing through a link). Returns the file's path.
 * Throws KitError('bad-input') when the data folder or its snapshots folder is a link or a file.
 */
export async function writeSnapshot(dataDir: string, snapshot: Snapshot): Promise<string> {
  const dir = snapshotDir(dataDir);
  await checkNotLink(dataDir, 'the data folder');
  await checkNotLink(dir, 'the snapshots folder');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${snapshot.kind}-${snapshot.asOf}.json`);
  const { agreements, ...head } = snapshot;
  const headJson = JSON.stringify(head, null, 2);
  const body = agreements.map((agreement) => `    ${JSON.stringify(agreement)}`).join(',\n');
  const text = `${headJson.slice(0, -2)},\n  "agreements": [\n${body}\n  ]\n}\n`;
  await replaceFile(file, text);
  return file;
}

/** The participating list of `asOf` (default: the newest) with the pending list current then. */
export async function loadDataset(dataDir: string, asOf?: string): Promise<Dataset> {
  const stored = await listSnapshots(dataDir);
  const participating = stored.filter((entry) => entry.kind === 'participating');
  if (participating.length === 0) {
    const download =
      "download 'Participating Agencies' from " +
      'https://www.ice.gov/identify-and-arrest/287g and run `kit data import FILE`.';
    const pending = stored.filter((entry) => entry.kind === 'pending').map((entry) => entry.asOf);
    if (pending.length) {
      throw new KitError(
        'not-found',
        `Only a pending list has been imported into ${dataDir} ` +
          `(${pending.length === 1 ? 'dated' : 'dates'} ${pending.join(', ')}), no participating list.`,
        {
          hint: `\`kit data stats --pending\` counts the pending list; for the participating list, ${download}`,
        },
      );
    }
    throw new KitError('not-found', `No ICE list has been imported into ${dataDir}.`, {
      hint: `D${download.slice(1)}`,
    });
  }
  const chosen = asOf ? participating.find((entry) => entry.asOf === asOf) : participating.at(-1);
  if (!chosen) {
    throw new KitError('not-found', `There is no participating list dated ${asOf} in ${dataDir}.`, {
      hint: `Dates available: ${participating.map((entry) => entry.asOf).join(', ')}.`,
    });
  }
  const isNewest = chosen === participating.at(-1);
  const pending = stored.filter((entry) => entry.kind === 'pending' && (isNewest || entry.asOf <= chosen.asOf)).at(-1);
  return {
    participating: await readSnapshot(chosen.file),
    pending: pending ? await readSnapshot(pending.file) : null,
  };
}

/**
 * The pending list current at `asOf` (default: the newest), as loadDataset pairs it. When no participating list
 * has been imported, the pending lists stand alone: the one dated `asOf`, else the newest published before it.
 * Throws KitError('not-found') when there is none.
 */
export async function loadPendingList(dataDir: string, asOf?: string): Promise<Snapshot> {
  const stored = await listSnapshots(dataDir);
  const pending = stored.filter((entry) => entry.kind === 'pending');
  if (pending.length === 0) {
    throw new KitError('not-found', `No pending list has been imported into ${dataDir}.`, {
      hint:
        "Download 'Pending Agencies' from https://www.ice.gov/identify-and-arrest/287g " +
        'and run `kit data import FILE --pending`.',
    });
  }
  if (stored.some((entry) => entry.kind === 'participating')) {
    const { pending: paired } = await loadDataset(dataDir, asOf);
    if (!paired)
      throw new KitError('not-found', `No pending list dated on or before ${asOf} has been imported into ${dataDir}.`, {
        hint: `Dates available: ${pending.map((entry) => entry.asOf).join(', ')}.`,
      });
    return paired;
  }
  const chosen = asOf ? pending.filter((entry) => entry.asOf <= asOf).at(-1) : pending.at(-1);
  if (!chosen) {
    throw new KitError('not-found', `There is no pending list dated on or before ${asOf} in ${dataDir}.`, {
      hint: `Dates available: ${pending.map((entry) => entry.asOf).join(', ')}.`,
    });
  }
  return readSnapshot(chosen.file);
}
