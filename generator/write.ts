// The one place that puts outputs on disk. Everything is first written into a temporary folder (mkdtemp)
// inside the output folder; only when all of it is there are the kit's files moved into place one by one.
// The output folder itself is never renamed or emptied: files the kit did not write are never replaced
// or removed (kit-folder.ts decides which are its own), and links are never followed.

import { lstat, mkdir, mkdtemp, readFile, rename, rm, rmdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { errorMessage, KitError, type Problem } from './errors.ts';
import { describeOtherFolder, describeWriteError } from './folder-access.ts';
import {
  findEditedFiles,
  inspectOutputFolder,
  listFiles,
  listWriters,
  MANIFEST_FILE,
  sha256,
  TEMPORARY_PREFIX,
  type KitFolder,
  type OwnedEntry,
  type Writer,
} from './kit-folder.ts';
import { INDEX_RECORD, singleLanguage, type OutputAbout, type OutputRecord } from './output-record.ts';

/** A file to write; what it is (its record, output-record.ts) is stored in the manifest beside its checksum. */
export interface OutputFile extends Partial<OutputAbout> {
  path: string; // relative, with forward slashes
  bytes: Uint8Array | string;
  kind?: string; // recorded in the manifest (default: 'file')
  language?: string | null; // the one language it is in (default: the record's only language, else null)
}

/** A rendered file with its whole record, as every renderer of the kit returns it. */
export interface RecordedFile extends OutputRecord {
  bytes: Uint8Array | string;
  language: string | null;
}

export interface WriteOptions {
  /** Adds to the temporary folder before anything is moved (a deck's Slidev build); its files are the kit's too. */
  finish?: (temporaryDir: string) => Promise<void>;
  /** The record of a file `finish` added, as the caller declared it before (default: kind 'generated', no record). */
  recordOfGenerated?: (relative: string) => OutputAbout | null;
  /** Which of the folder's earlier kit files this write makes stale: they are removed, the others kept. */
  supersedes?: (entry: OwnedEntry, written: OwnedEntry[], earlier: OwnedEntry[]) => boolean;
  /** index.html from every file the kit owns in the folder (not manifest.json nor index.html), or null for none. */
  index?: (entries: OwnedEntry[], previous: Record<string, unknown> | null) => string | null;
  /** The manifest from every file the kit owns in the folder and the previous manifest (JSON-able). */
  manifest: (entries: OwnedEntry[], previous: Record<string, unknown> | null) => Record<string, unknown>;
  // how the folder was given, for messages: a flag, or a description when none was given (default: --out)
  option?: string;
  /**
   * The command writing, recorded in the manifest's `writtenBy`; a batch's root and a build's kit refuse each other.
   */
  writer?: Writer;
  /** Replace kit files someone edited since the kit wrote them (otherwise refused, exit 2). */
  force?: boolean;
}

export interface WriteResult {
  outDir: string;
  entries: OwnedEntry[]; // every file the manifest lists: written now or kept from before
  kept: OwnedEntry[]; // kit files from earlier runs left as they were
  removed: string[]; // earlier kit files this write made stale
  leftInPlace: string[]; // files in the folder the kit did not write, untouched
}

/** Rejects absolute paths, `..` and anything else that could land outside the output folder. */
export function assertInside(relative: string): void {
  const normalized = path.posix.normalize(relative);
  if (
    relative === '' ||
    path.posix.isAbsolute(relative) ||
    path.win32.isAbsolute(relative) ||
    normalized.startsWith('..') ||
    normalized !== relative ||
    /[\0\\]/.test(relative)
  ) {
    throw new KitError('failure', `refusing to write outside the output folder: ${JSON.stringify(relative)}`);
  }
}

/** Problems for paths the kit would have to write through or over but does not own; none when the way is clear. */
async function findObstacles(dir: string, paths: string[], owned: Set<string>): Promise<Problem[]> {
  const problems: Problem[] = [];
  const checkedFolders = new Set<string>();
  for (const relative of paths) {
    const segments = relative.split('/');
    for (let i = 1; i < segments.length; i += 1) {
      const folder = segments.slice(0, i).join('/');
      if (checkedFolders.has(folder)) continue;
      checkedFolders.add(folder);
      const info = await lstat(path.join(dir, folder)).catch(() => null);
      if (info && !info.isDirectory())
        problems.push({
          file: path.join(dir, folder),
          message: info.isSymbolicLink()
            ? 'is a link where the kit needs a folder (it never writes through links)'
            : 'is a file where the kit needs a folder',
        });
    }
    const info = await lstat(path.join(dir, relative)).catch(() => null);
    if (info && (info.isDirectory() || !owned.has(relative)))
      problems.push({
        file: path.join(dir, relative),
        message: info.isDirectory()
          ? 'is a folder where the kit writes a file'
          : 'was not written by the kit, and the kit would write a file of this name',
      });
  }
  return problems;
}

/** Creates each missing folder of `relative` inside `dir`, one level at a time, refusing links. */
async function makeFolders(dir: string, relative: string): Promise<void> {
  const segments = relative.split('/').slice(0, -1);
  for (let i = 1; i <= segments.length; i += 1) {
    const folder = path.join(dir, ...segments.slice(0, i));
    const info = await lstat(folder).catch(() => null);
    if (!info) await mkdir(folder);
    else if (!info.isDirectory())
      throw new KitError('failure', `${folder} is not a folder (the kit never writes through links).`);
  }
}

/** Moves `file` (temporary) to `relative` inside `dir`: rename replaces a file or link, never writing through it. */
async function moveInto(dir: string, relative: string, file: string): Promise<void> {
  await makeFolders(dir, relative);
  await rename(file, path.join(dir, relative));
}

/** Removes an earlier kit file and the folders it leaves empty (up to `dir`). */
async function removeOwned(dir: string, relative: string): Promise<boolean> {
  const file = path.join(dir, relative);
  const info = await lstat(file).catch(() => null);
  if (!info || info.isDirectory()) return false;
  await unlink(file);
  for (let folder = path.dirname(file); folder !== dir && folder.startsWith(dir); folder = path.dirname(folder)) {
    if (
      !(await rmdir(folder).then(
        () => true,
        () => false,
      ))
    )
      break;
  }
  return true;
}

async function stillThere(dir: string, relative: string): Promise<boolean> {
  const info = await lstat(path.join(dir, relative)).catch(() => null);
  return Boolean(info && !info.isDirectory());
}

/** A manifest entry's description of a file at `relative`: its record's fields, or the kind 'generated' alone. */
function describeEntry(
  relative: string,
  about: (Partial<OutputAbout> & Pick<OutputFile, 'language'>) | null,
): Omit<OwnedEntry, 'bytes' | 'sha256'> {
  const entry = { path: relative, kind: about?.kind ?? (about ? 'file' : 'generated') };
  const language = about?.language ?? singleLanguage(about?.languages ?? []);
  if (!about?.purpose) return { ...entry, language };
  const { languages = [], audience, group, purpose, listAs = relative, partOf = null, warnings = [] } = about;
  return { ...entry, language, languages, audience, group, purpose, listAs, partOf, warnings };
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Writes `files` into `outDir` (absolute or relative to the process) by way of a temporary folder, then
 * moves them into place and writes the merged manifest.json (and index.html). Throws a KitError (exit 2)
 * when `outDir` is not the kit's to write (kit-folder.ts) or a file the kit did not write is in the way;
 * then, and on any failure before the files are moved, the folder is left exactly as it was.
 */
export async function writeOutputs(outDir: string, files: OutputFile[], options: WriteOptions): Promise<WriteResult> {
  for (const file of files) assertInside(file.path);
  const dir = path.resolve(outDir);
  const option = options.option ?? '--out';
  const folder: KitFolder = await inspectOutputFolder(dir, { option, writer: options.writer });
  const existed = await lstat(dir).then(
    () => true,
    () => false,
  );
  let temporary: string;
  try {
    await mkdir(dir, { recursive: true });
    temporary = await mkdtemp(path.join(dir, TEMPORARY_PREFIX));
  } catch (error) {
    if (!existed) await rmdir(dir).catch(() => undefined);
    throw (
      describeWriteError(error, dir, option) ??
      new KitError('failure', `could not write the outputs to ${dir}: ${errorMessage(error)}`, { cause: error })
    );
  }
  const writers = [
    ...new Set([...(folder.manifest ? listWriters(folder.manifest) : []), ...(options.writer ? [options.writer] : [])]),
  ].sort();
  const manifestOf = (entries: OwnedEntry[], previous: Record<string, unknown> | null) => ({
    ...options.manifest(entries, previous),
    writtenBy: writers,
  });
  try {
    const declared = new Map<string, OutputFile>();
    for (const file of files) {
      const destination = path.join(temporary, file.path);
      await mkdir(path.dirname(destination), { recursive: true });
      await writeFile(destination, file.bytes, { flag: 'wx' });
      declared.set(file.path, file);
    }
    if (options.finish) await options.finish(temporary);
    const written: OwnedEntry[] = [];
    for (const relative of await listFiles(temporary, Infinity, false)) {
      if ((await lstat(path.join(temporary, relative))).isSymbolicLink()) continue;
      const bytes = await readFile(path.join(temporary, relative));
      const about = declared.get(relative) ?? options.recordOfGenerated?.(relative) ?? null;
      written.push({ ...describeEntry(relative, about), bytes: bytes.byteLength, sha256: sha256(bytes) });
    }
    const writtenPaths = new Set(written.map((entry) => entry.path));
    const earlier = folder.owned.filter(
      (entry) => !writtenPaths.has(entry.path) && entry.path !== MANIFEST_FILE && entry.path !== 'index.html',
    );
    const stale = earlier.filter((entry) => options.supersedes?.(entry, written, folder.owned) ?? false);
    const kept: OwnedEntry[] = [];
    for (const entry of earlier) if (!stale.includes(entry) && (await stillThere(dir, entry.path))) kept.push(entry);

    const owned = new Set([...folder.owned.map((entry) => entry.path), ...(folder.manifest ? [MANIFEST_FILE] : [])]);
    const obstacles = await findObstacles(
      dir,
      [...written.map((entry) => entry.path), MANIFEST_FILE, ...(options.index ? ['index.html'] : [])],
      owned,
    );
    if (obstacles.length) {
      throw new KitError(
        'bad-input',
        `${option} ${dir}: files the kit did not write are in the way, so it wrote nothing.`,
        {
          problems: obstacles,
          hint: `Move or rename them. ${describeOtherFolder(option)}`,
        },
      );
    }
    // A kit file whose bytes changed since the kit wrote it (deck-en/slides.md edited) is someone's work.
    const edited = options.force
      ? []
      : await findEditedFiles(
          dir,
          folder.owned.filter(
            (entry) =>
              writtenPaths.has(entry.path) || stale.includes(entry) || (entry.path === 'index.html' && options.index),
          ),
        );
    if (edited.length) {
      throw new KitError(
        'bad-input',
        `${option} ${dir}: ` +
          `${edited.length === 1 ? 'a file the kit wrote was' : `${edited.length} files the kit wrote were`} ` +
          `changed since, and the kit would replace ${edited.length === 1 ? 'it' : 'them'}, so it wrote ` +
          `nothing.`,
        {
          problems: edited.map((relative) => ({
            file: path.join(dir, relative),
            message: 'changed since the kit wrote it',
          })),
          hint:
            'To keep your edits, move the changed files out of the folder (the kit then writes fresh ' +
            'ones); to let the kit write fresh ones over them, delete them or run the command again with ' +
            '--force.',
        },
      );
    }

    // Until the files are in place, the manifest claims the earlier files and the new ones alike, so that a
    // run stopped half-way leaves a folder the kit still knows as its own.
    const claimed = [...folder.owned.filter((entry) => !writtenPaths.has(entry.path)), ...written];
    await writeFile(path.join(temporary, `${MANIFEST_FILE}.claim`), json(manifestOf(claimed, folder.manifest)), {
      flag: 'wx',
    });
    await moveInto(dir, MANIFEST_FILE, path.join(temporary, `${MANIFEST_FILE}.claim`));
    for (const entry of written) await moveInto(dir, entry.path, path.join(temporary, entry.path));
    const removed: string[] = [];
    for (const entry of stale) if (await removeOwned(dir, entry.path)) removed.push(entry.path);

    let entries = [...kept, ...written].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    const indexText =
      options.index?.(
        entries.filter((entry) => entry.path !== INDEX_RECORD.path),
        folder.manifest,
      ) ?? null;
    if (indexText !== null) {
      entries = [
        ...entries.filter((entry) => entry.path !== INDEX_RECORD.path),
        {
          ...describeEntry(INDEX_RECORD.path, INDEX_RECORD),
          bytes: Buffer.byteLength(indexText),
          sha256: sha256(indexText),
        },
      ];
      await writeFile(path.join(temporary, 'index.html.new'), indexText, { flag: 'wx' });
      await moveInto(dir, 'index.html', path.join(temporary, 'index.html.new'));
    } else {
      const earlierIndex = folder.owned.find((entry) => entry.path === 'index.html');
      if (earlierIndex && !writtenPaths.has('index.html') && (await stillThere(dir, 'index.html')))
        entries.push(earlierIndex);
    }
    await writeFile(path.join(temporary, `${MANIFEST_FILE}.new`), json(manifestOf(entries, folder.manifest)), {
      flag: 'wx',
    });
    await moveInto(dir, MANIFEST_FILE, path.join(temporary, `${MANIFEST_FILE}.new`));

    const ownedNow = new Set([...entries.map((entry) => entry.path), MANIFEST_FILE]);
    const leftInPlace = (await listFiles(dir, 1000)).filter((relative) => !ownedNow.has(relative));
    return { outDir: dir, entries, kept, removed, leftInPlace };
  } catch (error) {
    if (error instanceof KitError) throw error;
    throw (
      describeWriteError(error, dir, option) ??
      new KitError('failure', `could not write the outputs to ${dir}: ${errorMessage(error)}`, { cause: error })
    );
  } finally {
    await rm(temporary, { recursive: true, force: true });
    // A folder this run created and left empty (the write failed) goes again; rmdir never removes a folder with files.
    if (!existed) await rmdir(dir).catch(() => undefined);
  }
}
