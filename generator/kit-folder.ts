// Which folders the kit may write into, and which files in them are its own: a folder is the kit's when
// its manifest.json (written by every command that writes) says so, and only the files that manifest
// lists may be replaced or removed. Any other folder that is not empty is refused.

import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { KitError } from './errors.ts';
import { isRecord } from './json-value.ts';
import { checkFolderWritable, chooseOtherFolder, describeOtherFolder } from './folder-access.ts';
import type { OutputAbout } from './output-record.ts';

export const KIT_NAME = 'workshop-kit-287g';
export const MANIFEST_FILE = 'manifest.json';
/** The prefix of the kit's temporary folders inside an output folder (mkdtemp adds random letters). */
export const TEMPORARY_PREFIX = '.kit-tmp-';
/** Manifests from format 2 on list every file the kit wrote, the deck's built site included. */
export const MANIFEST_FORMAT = 3; // 3: each output carries its record; 2: kind and language only; 1: no deck site files

/**
 * A file the kit wrote into a folder, as its manifest lists it. `path` is relative with forward slashes. Since
 * format 3 it carries its record (output-record.ts); an entry of an older manifest has none (legacy-record.ts).
 */
export interface OwnedEntry extends Partial<Omit<OutputAbout, 'kind'>> {
  path: string;
  kind: string;
  language: string | null;
  bytes: number;
  sha256: string;
}

/** The commands that write kit folders, as a manifest's `writtenBy` records them. */
export type Writer = 'build' | 'batch' | 'quiz' | 'score';

/** A folder the kit may write into: absent, empty, or a kit folder with the files its manifest owns. */
export interface KitFolder {
  dir: string; // absolute
  manifest: Record<string, unknown> | null; // the previous manifest, as read
  owned: OwnedEntry[];
}

const MAX_LISTED = 10;

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const toSlashes = (relative: string) => relative.split(path.sep).join('/');

/**
 * Every file under `dir` (relative, forward slashes), links included as files and never followed; stops after `limit`.
 */
export async function listFiles(dir: string, limit = Infinity, skipTemporary = true): Promise<string[]> {
  const found: string[] = [];
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(path.join(dir, relative), { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      if (found.length >= limit) return;
      if (skipTemporary && relative === '' && entry.name.startsWith(TEMPORARY_PREFIX)) continue;
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else found.push(child);
    }
  };
  await walk('');
  return found.map(toSlashes);
}

/**
 * True for a manifest entry naming a file inside the folder: a relative `path` that does not climb out, and a
 * `sha256`. The other fields are taken as written: the kit wrote them, and older formats lack some.
 */
export function isOwnedEntry(value: unknown): value is OwnedEntry {
  return (
    isRecord(value) &&
    typeof value.path === 'string' &&
    typeof value.sha256 === 'string' &&
    !path.posix.isAbsolute(value.path) &&
    !value.path.split('/').includes('..')
  );
}

/** Kit manifests before format 2 did not list the deck's built site: its files under deck-LANG/ count as the kit's. */
async function listLegacyDeckFiles(dir: string, outputs: OwnedEntry[]): Promise<OwnedEntry[]> {
  const listed = new Set(outputs.map((entry) => entry.path));
  // A deck's folder is the first segment of its files' paths (deck-LANG/slides.md); its slide PDFs have none.
  const decks = new Map(
    outputs
      .filter((entry) => entry.kind === 'deck' && entry.path.includes('/'))
      .map((entry) => [entry.path.split('/')[0]!, entry.language]),
  );
  const found: OwnedEntry[] = [];
  for (const [folder, language] of decks) {
    for (const file of await listFiles(path.join(dir, folder))) {
      const relative = `${folder}/${file}`;
      if (listed.has(relative)) continue;
      const bytes = await readFile(path.join(dir, relative));
      found.push({
        path: relative,
        kind: 'deck-site',
        language,
        bytes: bytes.byteLength,
        sha256: sha256(bytes),
      });
    }
  }
  return found;
}

/** Whether `dir` holds the manifest.json of a kit command (a kit folder). */
export async function isKitFolder(dir: string): Promise<boolean> {
  return (await readKitManifest(dir)) !== null;
}

/** A manifest.json as read: a JSON object whose `outputs` is a list (each entry checked where it is used). */
type ManifestJson = Record<string, unknown> & { outputs: unknown[] };

/** True for the manifest.json of a kit command: it names the kit and lists its outputs. */
function isKitManifest(value: unknown): value is ManifestJson {
  return isRecord(value) && isRecord(value.kit) && value.kit.name === KIT_NAME && Array.isArray(value.outputs);
}

async function readKitManifest(dir: string): Promise<ManifestJson | null> {
  const file = path.join(dir, MANIFEST_FILE);
  const info = await lstat(file).catch(() => null);
  if (!info?.isFile()) return null;
  try {
    const manifest: unknown = JSON.parse(await readFile(file, 'utf8'));
    return isKitManifest(manifest) ? manifest : null;
  } catch {
    return null;
  }
}

/** The commands that wrote a kit folder; manifests before `writtenBy` are told by what they hold. */
export function listWriters(manifest: Record<string, unknown>): Writer[] {
  if (Array.isArray(manifest.writtenBy))
    return manifest.writtenBy.filter((writer): writer is Writer => typeof writer === 'string');
  const writers: Writer[] = [];
  if (manifest.region) writers.push('build');
  const outputs: unknown[] = Array.isArray(manifest.outputs) ? manifest.outputs : [];
  if (outputs.some((entry) => isRecord(entry) && entry.path === 'batch.json' && entry.kind === 'batch'))
    writers.push('batch');
  return writers;
}

/** A batch's root and a region's kit are different folders: each command refuses the other's (exit 2). */
function checkWriters(dir: string, option: string, writer: Writer, manifest: Record<string, unknown>): void {
  const writers = listWriters(manifest);
  const clash =
    writer === 'batch' && writers.includes('build')
      ? "a single region's kit (kit build wrote it)"
      : writer === 'build' && writers.includes('batch')
        ? 'the root of a kit batch (its index.html lists every region)'
        : null;
  if (!clash) return;
  throw new KitError(
    'bad-input',
    `${option} ${dir}: this folder is ${clash}, and kit ${writer} would replace its index.html, so it wrote nothing.`,
    {
      hint:
        writer === 'batch'
          ? `Give kit batch a folder of its own: a new or empty one, or an earlier ` +
            `batch's. ${describeOtherFolder(option)}`
          : `A region of a batch is built in its own folder inside it ` +
            `(e.g. ${path.join(dir, 'tx-harris-county')}). ${describeOtherFolder(option)}`,
    },
  );
}

export interface InspectOptions {
  option?: string; // how the folder was given, for messages: a flag (--out) or a description (default: --out)
  writer?: Writer; // the command that would write: a batch's and a build's folders are not each other's
}

/**
 * Checks that the kit may write into `dir` (absolute) and reads what it owns there. Throws a KitError
 * (exit 2) naming the folder, up to 10 of its files and what to do when `dir` is a file, cannot be written
 * (folder-access.ts), is a folder that is not empty and holds no kit manifest, or is another command's
 * (a batch's root for kit build, a region's kit for kit batch).
 */
export async function inspectOutputFolder(dir: string, options: InspectOptions = {}): Promise<KitFolder> {
  const option = options.option ?? '--out';
  await checkFolderWritable(dir, option);
  const info = await stat(dir).catch(() => null);
  if (!info) return { dir, manifest: null, owned: [] };
  if (!info.isDirectory()) {
    throw new KitError('bad-input', `${option} ${dir}: this is a file, not a folder.`, {
      hint: option.startsWith('--')
        ? `Choose a new or empty folder for ${option} (the kit writes many files into it).`
        : describeOtherFolder(option),
    });
  }
  const manifest = await readKitManifest(dir);
  if (manifest) {
    if (options.writer) checkWriters(dir, option, options.writer, manifest);
    const outputs = manifest.outputs.filter(isOwnedEntry);
    const legacy = Number(manifest.format ?? 1) < 2 ? await listLegacyDeckFiles(dir, outputs) : [];
    return { dir, manifest, owned: [...outputs, ...legacy] };
  }
  const files = await listFiles(dir, MAX_LISTED + 1);
  if (files.length === 0) return { dir, manifest: null, owned: [] };
  const shown = files.slice(0, MAX_LISTED);
  throw new KitError(
    'bad-input',
    `${option} ${dir}: this folder holds files the kit did not write, and no manifest.json of an earlier ` +
      `kit. The kit never overwrites or deletes files it did not write, so it wrote nothing.`,
    {
      problems: [
        ...shown.map((file) => ({ file: path.join(dir, file), message: '(not written by the kit)' })),
        ...(files.length > MAX_LISTED ? [{ message: `... and more files (${MAX_LISTED} shown)` }] : []),
      ],
      hint: option.startsWith('--')
        ? `Choose an empty or new folder for ${option}, or the folder of an earlier kit build.`
        : `Move those files elsewhere, or ${chooseOtherFolder(option)}.`,
    },
  );
}

/**
 * The kit files of `entries` (in `dir`) that someone changed since the kit wrote them: their bytes no longer
 * match the manifest's checksum, or they became a link or a folder. Files that are gone are not listed.
 */
export async function findEditedFiles(dir: string, entries: OwnedEntry[]): Promise<string[]> {
  const edited: string[] = [];
  for (const entry of entries) {
    const file = path.join(dir, entry.path);
    const info = await lstat(file).catch(() => null);
    if (!info) continue;
    if (!info.isFile() || sha256(await readFile(file)) !== entry.sha256) edited.push(entry.path);
  }
  return edited;
}

/**
 * Where a write into `dir` goes: `dir` itself, or when `dir` has no manifest of its own, is a folder of a
 * kit folder (a build's quiz/) and is empty or holds files that kit folder's manifest lists, that kit folder
 * with `dir`'s name as prefix, so that its manifest lists the new files too (other files there are left alone).
 */
export async function resolveKitTarget(dir: string): Promise<{ root: string; prefix: string }> {
  if (await readKitManifest(dir)) return { root: dir, prefix: '' };
  const parent = path.dirname(dir);
  const info = await lstat(dir).catch(() => null);
  const manifest = parent !== dir && (!info || info.isDirectory()) ? await readKitManifest(parent) : null;
  if (!manifest) return { root: dir, prefix: '' };
  const prefix = `${path.basename(dir)}/`;
  const listed = new Set(manifest.outputs.filter(isOwnedEntry).map((entry) => entry.path));
  const files = await listFiles(dir);
  return files.length === 0 || files.some((file) => listed.has(`${prefix}${file}`))
    ? { root: parent, prefix }
    : { root: dir, prefix: '' };
}
